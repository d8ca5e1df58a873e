"""Every write to bookmarks. Each is one transaction, and keeps Work.bookmarks_count (the
work's public bookmarks) current in that same transaction."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from fanfold.accounts.models import Pseud, User
from fanfold.core.text import render_text
from fanfold.feedback.models import MAX_BOOKMARK_NOTES, MAX_BOOKMARK_TAGS, Bookmark
from fanfold.tags.models import Tag, TagType
from fanfold.tags.naming import clean_tag_name, tag_key
from fanfold.tags.services import tags_find_or_create
from fanfold.works.models import Series, Work
from fanfold.works.selectors import visible_works_for

from .selectors import visible_series_for


@dataclass
class BookmarkData:
    """What the bookmark form collects."""

    pseud: Pseud
    notes: str = ""
    tag_names: list[str] = field(default_factory=list)
    private: bool = False
    rec: bool = False


def bookmark_tags_find_or_create(names: Iterable[str]) -> list[Tag]:
    """A bookmarker's tags: a name that is already a tag of any type (a fandom, a
    character...) is that tag, so their bookmarks meet the archive's vocabulary; other
    names become new additional tags."""
    wanted: dict[str, str] = {}
    for raw in names:
        name = clean_tag_name(raw)
        wanted.setdefault(tag_key(name), name)
    found: dict[str, Tag] = {}
    # Of tags sharing a key, the wrangled one (then the first type shown) wins.
    for tag in Tag.objects.filter(key__in=list(wanted)).order_by("-canonical", "type", "id"):
        found.setdefault(tag.key, tag)
    missing = [name for key, name in wanted.items() if key not in found]
    for tag in tags_find_or_create(type=TagType.FREEFORM, names=missing):
        found.setdefault(tag.key, tag)
    return [found[key] for key in wanted if key in found]


def _check(*, user: User, data: BookmarkData) -> None:
    if data.pseud.user_id != user.pk:
        raise PermissionDenied(_("You can only bookmark as one of your own pseuds."))
    if len(data.notes) > MAX_BOOKMARK_NOTES:
        raise ValidationError(
            _("Notes can have at most %(max)d characters.") % {"max": MAX_BOOKMARK_NOTES},
            code="notes_too_long",
        )
    if len(data.tag_names) > MAX_BOOKMARK_TAGS:
        raise ValidationError(
            _("A bookmark can have at most %(max)d tags.") % {"max": MAX_BOOKMARK_TAGS},
            code="too_many_tags",
        )


def _fill(bookmark: Bookmark, data: BookmarkData) -> None:
    bookmark.pseud = data.pseud
    bookmark.notes = data.notes
    bookmark.notes_html = render_text(data.notes, "html")
    bookmark.private = data.private
    bookmark.rec = data.rec


def works_bookmarks_recount(work_ids: Iterable[int]) -> None:
    """Set each work's bookmarks_count to its public bookmarks. The work row is locked
    first, so two bookmarkers of one work take turns and neither count is lost."""
    for work_id in sorted(set(work_ids)):
        locked = Work.objects.select_for_update().filter(pk=work_id).values_list("pk")
        if not list(locked):
            continue
        count = Bookmark.objects.filter(work_id=work_id, private=False).count()
        Work.objects.filter(pk=work_id).update(bookmarks_count=count)


@transaction.atomic
def bookmark_create(
    *, user: User, data: BookmarkData, work: Work | None = None, series: Series | None = None
) -> Bookmark:
    """Bookmark a work or a series the user can see. Bookmarking it again edits the
    bookmark they already have (one per user per work or series)."""
    if (work is None) == (series is None):
        raise ValueError("Bookmark exactly one work or one series.")
    if work is not None and not visible_works_for(user).filter(pk=work.pk, posted=True).exists():
        raise PermissionDenied(_("You can't bookmark this work."))
    if series is not None and not visible_series_for(user).filter(pk=series.pk).exists():
        raise PermissionDenied(_("You can't bookmark this series."))
    existing = Bookmark.objects.filter(user=user, work=work, series=series).first()
    if existing is not None:
        return bookmark_update(bookmark=existing, user=user, data=data)
    _check(user=user, data=data)
    bookmark = Bookmark(user=user, work=work, series=series)
    _fill(bookmark, data)
    try:
        with transaction.atomic():
            bookmark.save()
    except IntegrityError:
        # The same user's other request made it a moment ago: this one edits it.
        existing = Bookmark.objects.get(user=user, work=work, series=series)
        return bookmark_update(bookmark=existing, user=user, data=data)
    bookmark.tags.set(bookmark_tags_find_or_create(data.tag_names))
    if work is not None:
        works_bookmarks_recount([work.pk])
    return bookmark


@transaction.atomic
def bookmark_update(*, bookmark: Bookmark, user: User, data: BookmarkData) -> Bookmark:
    if bookmark.user_id != user.pk:
        raise PermissionDenied(_("Only the bookmarker can edit a bookmark."))
    _check(user=user, data=data)
    _fill(bookmark, data)
    bookmark.save()
    bookmark.tags.set(bookmark_tags_find_or_create(data.tag_names))
    if bookmark.work_id is not None:
        works_bookmarks_recount([bookmark.work_id])
    return bookmark


@transaction.atomic
def bookmark_delete(*, bookmark: Bookmark, user: User) -> None:
    if bookmark.user_id != user.pk:
        raise PermissionDenied(_("Only the bookmarker can delete a bookmark."))
    work_id = bookmark.work_id
    bookmark.delete()
    if work_id is not None:
        works_bookmarks_recount([work_id])


# For account services: a deleted pseud or account must not leave counts behind.


@transaction.atomic
def bookmarks_move_to_pseud(*, pseud: Pseud, to: Pseud) -> int:
    """Before a pseud is deleted: its bookmarks stay, under another pseud of the same
    user (as its works move to the default pseud)."""
    if pseud.user_id != to.user_id:
        raise PermissionDenied(_("Bookmarks can only move between one user's pseuds."))
    return Bookmark.objects.filter(pseud=pseud).update(pseud=to)


@transaction.atomic
def bookmarks_delete_all(*, user: User) -> None:
    """Before an account is deleted: remove its bookmarks and bring counts up to date."""
    marks = Bookmark.objects.filter(user=user)
    work_ids = list(marks.filter(work__isnull=False).values_list("work_id", flat=True))
    marks.delete()
    works_bookmarks_recount(work_ids)
