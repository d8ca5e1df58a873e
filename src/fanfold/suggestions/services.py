"""Writes for suggestions: analysing text with the archive's tags, and keeping each
work's stored suggestions current.

works.services imports this module to queue the recomputation; the engine and the rest
of this app are imported only when used, so nothing here can stand in the way of
posting a chapter.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils import timezone

if TYPE_CHECKING:
    from fanfold.accounts.models import User
    from fanfold.analysis import Analysis, ChapterInput
    from fanfold.works.models import Work

    from .models import WorkSuggestions


def text_analyze(*, chapters: Sequence[ChapterInput]) -> Analysis:
    """Analyse these chapters against the archive's tag dictionary."""
    from fanfold.analysis import analyze

    from .dictionary import archive_dictionary

    return analyze(list(chapters), dictionary=archive_dictionary())


def inputs_hash(chapters: Sequence[ChapterInput]) -> str:
    from fanfold.analysis import ENGINE_VERSION

    from .dictionary import dictionary_version

    digest = hashlib.sha256()
    digest.update(repr((ENGINE_VERSION, dictionary_version())).encode())
    for chapter in chapters:
        for part in (chapter.format, chapter.title, chapter.notes, chapter.text):
            digest.update(part.encode("utf-8", "surrogatepass"))
            digest.update(b"\x00")
        digest.update(b"\x01")
    return digest.hexdigest()


def work_suggestions_refresh(*, work_id: int, force: bool = False) -> WorkSuggestions | None:
    """Analyse the work's posted chapters and store what they suggest; nothing is done
    when the text (and the tags) haven't changed since last time."""
    from fanfold.works.models import Work

    from . import selectors
    from .models import WorkSuggestions

    work = Work.objects.filter(pk=work_id).first()
    if work is None:
        return None
    chapters = selectors.work_inputs(work)
    if not chapters:
        WorkSuggestions.objects.filter(work=work).delete()
        return None
    digest = inputs_hash(chapters)
    stored = WorkSuggestions.objects.filter(work=work).first()
    if stored is not None and stored.text_hash == digest and not force:
        return stored
    analysis = text_analyze(chapters=chapters)
    stored, _created = WorkSuggestions.objects.update_or_create(
        work=work,
        defaults={
            "analysis": analysis.as_json(),
            "text_hash": digest,
            "computed_at": timezone.now(),
        },
    )
    return stored


@transaction.atomic
def work_suggestions_dismiss(*, work: Work, user: User, names: Sequence[str]) -> list[str]:
    """Dismiss from the notice on the work's page those of `names` it names now (what the
    creator saw, less anything the notice has stopped naming since), so it stops naming
    them. Returns the names dismissed. The caller checks that `user` is a creator."""
    from . import selectors
    from .models import DismissedSuggestion

    notice = selectors.work_suggestions_notice(work, user)
    shown = notice.names if notice is not None else []
    asked = set(names)
    wanted = [name for name in shown if name in asked]
    DismissedSuggestion.objects.bulk_create(
        [DismissedSuggestion(work=work, name=name, dismissed_by=user) for name in wanted],
        ignore_conflicts=True,
    )
    return wanted


@transaction.atomic
def work_suggestions_restore(*, work: Work, names: Sequence[str]) -> int:
    """Let the notice name these again (the undo of a dismissal). Returns how many were
    dismissed."""
    from .models import DismissedSuggestion

    deleted, _by_model = DismissedSuggestion.objects.filter(
        work=work, name__in=list(names)
    ).delete()
    return deleted


def _enqueue_refresh(work_id: int) -> None:
    from .tasks import work_suggestions_compute  # tasks imports this module

    work_suggestions_compute.enqueue(work_id)


def work_suggestions_queue(*, work_id: int) -> None:
    """Recompute a work's suggestions in the background once the current transaction
    commits (works.services calls this when a chapter is posted or edited). A failure
    here must never cost the author their chapter: robust, and logged."""
    transaction.on_commit(partial(_enqueue_refresh, work_id), robust=True)
