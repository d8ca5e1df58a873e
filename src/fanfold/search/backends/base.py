"""What both engines share: writing documents in batches, and turning an engine's
marked-up excerpt into safe HTML."""

from __future__ import annotations

import html
from abc import ABC, abstractmethod
from collections.abc import Iterable

from django.db import transaction
from django.utils.safestring import SafeString, mark_safe

from fanfold.works.models import Work

from ..index import BATCH, DocumentText, documents_for
from ..models import SearchDocument
from ..text import SEP

# Where an engine marks a match. Indexed text never holds control characters
# (text.prepare_text replaces them), so these can only come from the engine.
START, STOP = "\x02", "\x03"
ELLIPSIS = "…"
# Field prefixes of the query language and the document columns they search.
FIELD_COLUMNS = {
    "title": "title",
    "author": "creators",
    "tag": "tags",
    "summary": "summary",
    "notes": "notes",
}


class BaseBackend(ABC):
    def index(self, work_ids: Iterable[int]) -> None:
        ids = sorted(set(work_ids))
        for start in range(0, len(ids), BATCH):
            batch = ids[start : start + BATCH]
            with transaction.atomic():
                self._store(batch, documents_for(batch))

    def remove(self, work_ids: Iterable[int]) -> None:
        # Body segments go with their document.
        SearchDocument.objects.filter(work_id__in=list(set(work_ids))).delete()

    def rebuild(self) -> int:
        # Batch by batch, so searching goes on meanwhile (with old documents).
        ids = list(Work.objects.order_by("pk").values_list("pk", flat=True))
        self.index(ids)
        self._tidy()
        return len(ids)

    @abstractmethod
    def _store(self, work_ids: list[int], documents: list[DocumentText]) -> None:
        """Make the index hold these documents for these works (a work without one
        loses its). Unchanged documents are left alone: most refreshes change nothing,
        or a tag name, and rewriting a work's text in the index is the costly part."""

    def _tidy(self) -> None:  # noqa: B027  (a hook: engines that need it override it)
        """After a rebuild: let the engine reorganise its index."""


def snippet_html(marked: str) -> SafeString:
    """An engine's excerpt (matches between START and STOP) as escaped HTML with the
    matches in <mark>."""
    text = " ".join(marked.replace(SEP, "").split())
    escaped = html.escape(text, quote=False)
    result = escaped.replace(START, "<mark>").replace(STOP, "</mark>")
    if result.count("<mark>") != result.count("</mark>"):
        result = escaped.replace(START, "").replace(STOP, "")
    return mark_safe(result)  # escaped above: only <mark> is added
