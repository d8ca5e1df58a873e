"""Writes to a reader's history and Mark for Later list (one Reading row per reader and
work holds both)."""

from __future__ import annotations

from datetime import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import Exists, F, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from fanfold.accounts.models import User
from fanfold.feedback.models import Reading
from fanfold.works.models import Chapter, Creatorship, Work
from fanfold.works.selectors import is_creator


def _last_posted_chapter(work: Work) -> Subquery:
    return Subquery(
        Chapter.objects.filter(work=work, posted=True).order_by("-position").values("pk")[:1]
    )


def _visit_update(work: Work, chapter: Chapter | None, now: datetime) -> dict[str, object]:
    """The one UPDATE a visit costs. The full-work view keeps the chapter the reader had
    reached, or starts them at the last one."""
    last_chapter: object = (
        chapter.pk
        if chapter is not None
        else Coalesce(
            F("last_chapter_id"),
            _last_posted_chapter(work),
            output_field=models.BigIntegerField(),
        )
    )
    return {"visits": F("visits") + 1, "last_visited_at": now, "last_chapter_id": last_chapter}


# Not wrapped in a transaction: a repeat visit is one UPDATE statement, and an outer
# transaction would add round trips to every page view for nothing.
def reading_record(*, user: User, work: Work, chapter: Chapter | None) -> bool:
    """Remember that a logged-in reader opened a posted work (chapter None: the whole
    work at once). Nothing is kept for guests, for readers who turned history off, or
    for the work's own creators. Returns whether the visit was recorded."""
    if not user.is_authenticated or not user.keep_history or not work.posted:
        return False
    now = timezone.now()
    changes = _visit_update(work, chapter, now)
    # Creators are excluded inside the UPDATE itself, so a repeat visit stays one query.
    own = Creatorship.objects.filter(work=work, pseud__user=user, approved=True)
    rows = Reading.objects.filter(user=user, work=work).filter(~Exists(own))
    if rows.update(**changes):
        return True
    if is_creator(work, user):
        return False
    first_chapter = chapter.pk if chapter is not None else _last_posted_chapter_id(work)
    try:
        # Its own (sub)transaction: the same reader's other tab may insert the row first.
        with transaction.atomic():
            Reading.objects.create(
                user=user,
                work=work,
                last_chapter_id=first_chapter,
                visits=1,
                last_visited_at=now,
            )
    except IntegrityError:
        Reading.objects.filter(user=user, work=work).update(**changes)
    return True


def _last_posted_chapter_id(work: Work) -> int | None:
    return (
        Chapter.objects.filter(work=work, posted=True)
        .order_by("-position")
        .values_list("pk", flat=True)
        .first()
    )


@transaction.atomic
def reading_mark_for_later(*, user: User, work: Work) -> Reading:
    """An explicit choice, so it works even with history turned off. The mark stays
    through later visits until the reader removes it."""
    if not work.posted:
        raise ValidationError(_("Only posted works can be marked for later."))
    if is_creator(work, user):
        raise ValidationError(_("You can't mark your own work for later."))
    now = timezone.now()
    reading, created = Reading.objects.get_or_create(
        user=user, work=work, defaults={"marked_for_later": True, "marked_at": now}
    )
    if not created and not reading.marked_for_later:
        reading.marked_for_later = True
        reading.marked_at = now
        reading.save(update_fields=["marked_for_later", "marked_at"])
    return reading


@transaction.atomic
def reading_unmark(*, user: User, work: Work) -> None:
    """Take a work off Mark for Later; its history (if any) stays."""
    Reading.objects.filter(user=user, work=work, last_visited_at__isnull=True).delete()
    Reading.objects.filter(user=user, work=work).update(marked_for_later=False, marked_at=None)


def _forget_visits(readings: models.QuerySet[Reading]) -> int:
    """Drop the visits of these rows; a row still marked for later stays as a mark."""
    deleted, _by_model = readings.filter(marked_for_later=False).delete()
    kept = readings.filter(marked_for_later=True, last_visited_at__isnull=False).update(
        visits=0, last_visited_at=None, last_chapter=None
    )
    return deleted + kept


@transaction.atomic
def reading_delete(*, user: User, reading: Reading) -> None:
    """Delete one work from the reader's history (a Mark for Later on it stays)."""
    if reading.user_id != user.pk:
        raise PermissionDenied(_("This is not your history."))
    _forget_visits(Reading.objects.filter(pk=reading.pk))


@transaction.atomic
def readings_clear(*, user: User) -> int:
    """Clear the reader's whole history, keeping their Mark for Later list. Returns how
    many works left the history."""
    return _forget_visits(Reading.objects.filter(user=user, last_visited_at__isnull=False))
