"""Reads of a reader's history and Mark for Later list."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.db.models import QuerySet
from django.utils import timezone

from fanfold.accounts.models import User
from fanfold.feedback.models import Reading
from fanfold.works.models import Chapter, Work
from fanfold.works.selectors import visible_works_for, with_listing_data


def reading_of(user: User, work: Work) -> Reading | None:
    return Reading.objects.filter(user=user, work=work).first()


def history_of(user: User) -> QuerySet[Reading]:
    """Works the user visited, newest visit first. Personal filters don't apply: your
    own history shows everything you read."""
    return Reading.objects.filter(user=user, last_visited_at__isnull=False).order_by(
        "-last_visited_at", "-id"
    )


def marked_for_later_of(user: User) -> QuerySet[Reading]:
    return Reading.objects.filter(user=user, marked_for_later=True).order_by("-marked_at", "-id")


@dataclass(frozen=True)
class ReadingEntry:
    reading: Reading
    # None when the reader may no longer see the work (it became a draft, say): the
    # entry then shows no title, only that the work is gone.
    work: Work | None
    last_chapter: Chapter | None
    update_available: bool


def reading_entries(readings: Sequence[Reading], viewer: User) -> list[ReadingEntry]:
    """One page of history rows with what their blurbs need, in a fixed number of
    queries; the works go through the one visibility selector."""
    work_ids = [r.work_id for r in readings]
    works = {
        w.pk: w
        for w in with_listing_data(visible_works_for(viewer).filter(posted=True, pk__in=work_ids))
    }
    chapter_ids = [r.last_chapter_id for r in readings if r.last_chapter_id]
    chapters = {
        c.pk: c
        for c in Chapter.objects.filter(pk__in=chapter_ids, posted=True).only(
            "pk", "work_id", "position", "title"
        )
    }
    entries = []
    for reading in readings:
        work = works.get(reading.work_id)
        chapter = (
            chapters.get(reading.last_chapter_id) if work and reading.last_chapter_id else None
        )
        updated = bool(
            work
            and reading.last_visited_at
            and work.revised_on > timezone.localtime(reading.last_visited_at).date()
        )
        entries.append(ReadingEntry(reading, work, chapter, updated))
    return entries
