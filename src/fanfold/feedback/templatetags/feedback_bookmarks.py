"""What bookmark hooks and stat lines need: the viewer's own bookmark, and bookmark counts
as this viewer sees them (bookmarks by users they muted are neither shown nor counted)."""

from __future__ import annotations

from typing import Any

from django import template
from django.http import HttpRequest

from fanfold.accounts.models import Pseud
from fanfold.accounts.selectors import muted_ids_of
from fanfold.feedback.bookmarks import selectors
from fanfold.feedback.models import Bookmark
from fanfold.works.models import Series, Work
from fanfold.works.selectors import series_creators_shown_to

register = template.Library()

# The viewer's muted user ids, read once per request however many blurbs a page has.
_MUTED_ATTR = "_fanfold_bookmark_muted_ids"


def _muted_ids(request: HttpRequest | None) -> list[int]:
    if request is None or not request.user.is_authenticated:
        return []
    if not hasattr(request, _MUTED_ATTR):
        setattr(request, _MUTED_ATTR, list(muted_ids_of(request.user.pk)))
    ids: list[int] = getattr(request, _MUTED_ATTR)
    return ids


@register.simple_tag(takes_context=True)
def shown_bookmarks_count(context: dict[str, Any], work: Work) -> int:
    """The count the work's bookmarks page lists to this viewer."""
    return selectors.work_bookmarks_count_for(work, _muted_ids(context.get("request")))


@register.simple_tag(takes_context=True)
def series_bookmarks_count(context: dict[str, Any], series: Series) -> int:
    request = context.get("request")
    viewer = request.user if request is not None else None
    if viewer is None:
        return 0
    return selectors.series_bookmarks_count_for(series, viewer)


@register.simple_tag(takes_context=True)
def series_creators(context: dict[str, Any], series: Series) -> list[Pseud] | None:
    """A series' creators, or None where it must read "Anonymous"."""
    return series_creators_shown_to(series, context["request"].user)


@register.simple_tag(takes_context=True)
def my_bookmark(
    context: dict[str, Any], work: Work | None = None, series: Series | None = None
) -> Bookmark | None:
    request = context.get("request")
    if request is None:
        return None
    return selectors.bookmark_of(request.user, work=work, series=series)
