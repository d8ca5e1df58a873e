"""History's step when a reader opens a work page (called from feedback.reading).

The work page shows "continue reading where you left off", which is where the reader
was *before* this visit; recording the visit overwrites that. So the row is read once
before the write and kept on the request for the page's hooks (they need the row
anyway, for the Mark for Later button): a page view costs one indexed SELECT and one
UPDATE (an INSERT the first time)."""

from __future__ import annotations

from django.http import HttpRequest

from fanfold.feedback.models import Reading
from fanfold.works.models import Chapter, Work

from . import selectors, services

_BEFORE = "_fanfold_readings_before"


def reading_opened(request: HttpRequest, work: Work, chapter: Chapter | None) -> None:
    user = request.user
    if not user.is_authenticated or not work.posted:
        return
    _remember(request, work, selectors.reading_of(user, work))  # type: ignore[arg-type]
    services.reading_record(user=user, work=work, chapter=chapter)  # type: ignore[arg-type]


def reading_before_visit(request: HttpRequest, work: Work) -> Reading | None:
    """The reader's row for this work as it stood before this page view."""
    seen: dict[int, Reading | None] = getattr(request, _BEFORE, {})
    if work.pk not in seen:
        # A page that didn't record a visit (or a partial re-rendered by htmx).
        _remember(request, work, selectors.reading_of(request.user, work))  # type: ignore[arg-type]
        seen = getattr(request, _BEFORE)
    return seen[work.pk]


def _remember(request: HttpRequest, work: Work, reading: Reading | None) -> None:
    seen: dict[int, Reading | None] = getattr(request, _BEFORE, {})
    seen[work.pk] = reading
    setattr(request, _BEFORE, seen)
