"""What happens when a reader opens a work or one of its chapters (after the access
checks passed): the hit is counted and the reader's history remembers it. Each part
owns its own step; this only calls them, so the works views need one line."""

from __future__ import annotations

from django.http import HttpRequest

from fanfold.feedback.history.visits import reading_opened
from fanfold.feedback.kudos.hits import hit_record
from fanfold.works.models import Chapter, Work


def work_opened(request: HttpRequest, work: Work, chapter: Chapter | None) -> None:
    """chapter is None when the whole work is shown at once."""
    # Each feedback part adds its step below.
    hit_record(request, work)
    reading_opened(request, work, chapter)
