"""Pages of big lists without counting everything.

An exact count costs as much as the whole result set: a fandom of 180,000 works is
counted by visiting 180,000 rows, however few the page shows. A CappedPaginator counts
up to a limit and says "more" past it ("10,000+ works"), so a page of a huge list
costs about what a page of a small one does. Pages past the limit aren't offered."""

from __future__ import annotations

from typing import Any

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.utils.functional import cached_property


def capped_count(items: QuerySet[Any], limit: int) -> tuple[int, bool]:
    """How many items there are, up to limit, and whether there are more."""
    found = items.order_by().values("pk")[: limit + 1].count()
    return min(found, limit), found > limit


class CappedPaginator(Paginator):
    def __init__(
        self,
        object_list: QuerySet[Any],
        per_page: int,
        *,
        limit: int,
        counted: QuerySet[Any] | None = None,
    ) -> None:
        """counted: the same items as a query better shaped for counting, if any."""
        super().__init__(object_list, per_page)
        self.limit = limit
        self.counted = object_list if counted is None else counted

    @cached_property
    def _capped(self) -> tuple[int, bool]:
        return capped_count(self.counted, self.limit)

    @cached_property
    def count(self) -> int:
        return self._capped[0]

    @property
    def more(self) -> bool:
        """Whether there are more items than counted (and paged)."""
        return self._capped[1]
