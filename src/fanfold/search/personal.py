"""Personal filters: what a reader muted (tags with their synonyms and sub-tags,
ratings, warnings, creators), applied to any set of works. Logged-in readers keep their
mutes in the database; guests keep tag mutes in their session.

apply_personal_filters is the one place this happens: listings, search, feeds and
recommendations all call it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.contrib.sessions.backends.base import SessionBase
from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce

from fanfold.accounts import services as account_services
from fanfold.accounts.models import MAX_MUTES, CreatorMute, TagMute, User
from fanfold.core.paging import capped_count
from fanfold.tags.models import Tag
from fanfold.works.models import Creatorship, FilterTagging, Work
from fanfold.works.selectors import Viewer

# Guests' muted tags (ids), kept in their session.
SESSION_MUTED_TAGS = "muted_tags"
# ?show_hidden=1 shows, this once, what personal filters would hide.
SHOW_HIDDEN = "show_hidden"


# Personal filters


def session_muted_tag_ids(session: SessionBase) -> list[int]:
    ids = session.get(SESSION_MUTED_TAGS, [])
    return [i for i in ids if isinstance(i, int)][:MAX_MUTES] if isinstance(ids, list) else []


def session_mute_tags(session: SessionBase, tags: Iterable[Tag]) -> int:
    """Add tags to a guest's mutes; how many were added (none past the limit)."""
    ids = session_muted_tag_ids(session)
    added = 0
    for tag in tags:
        if tag.pk not in ids and len(ids) < MAX_MUTES:
            ids.append(tag.pk)
            added += 1
    session[SESSION_MUTED_TAGS] = ids
    return added


def session_unmute_tags(session: SessionBase, tag_ids: Iterable[int]) -> None:
    gone = set(tag_ids)
    session[SESSION_MUTED_TAGS] = [i for i in session_muted_tag_ids(session) if i not in gone]


@dataclass(frozen=True)
class PersonalFilters:
    """What one reader muted, as conditions on works (None: nothing of that kind)."""

    under_muted_tag: Exists | None = None
    by_muted_creator: Exists | None = None

    @classmethod
    def of(cls, viewer: Viewer, session: SessionBase | None) -> PersonalFilters:
        if viewer.is_authenticated:
            tag_ids: Any = TagMute.objects.filter(user_id=viewer.pk).values("tag_id")
            has_tags = tag_ids.exists()
            creators = CreatorMute.objects.filter(user_id=viewer.pk).values("muted_id")
            by_creator = None
            if creators.exists():
                by_creator = Exists(
                    Creatorship.objects.filter(
                        work=OuterRef("pk"), approved=True, pseud__user_id__in=Subquery(creators)
                    )
                )
        else:
            tag_ids = session_muted_tag_ids(session) if session is not None else []
            has_tags = bool(tag_ids)
            by_creator = None
        under_tag = None
        if has_tags:
            # Muting a synonym mutes its canonical tag; FilterTagging adds the sub-tags.
            filter_ids = (
                Tag.objects.filter(pk__in=tag_ids)
                .annotate(filter_id=Coalesce("merger_id", "id"))
                .values("filter_id")
            )
            under_tag = Exists(
                FilterTagging.objects.filter(work=OuterRef("pk"), tag_id__in=Subquery(filter_ids))
            )
        return cls(under_tag, by_creator)

    @property
    def active(self) -> bool:
        return self.under_muted_tag is not None or self.by_muted_creator is not None

    def _hiding(self) -> Q:
        conditions = [c for c in (self.under_muted_tag, self.by_muted_creator) if c is not None]
        result = Q(conditions[0])
        for condition in conditions[1:]:
            result |= Q(condition)
        return result

    def apply(self, works: QuerySet[Work], *, show_hidden: bool = False) -> QuerySet[Work]:
        if self.by_muted_creator is not None:
            # An anonymous work by a muted creator stays hidden even when the reader
            # asks to see what their filters hid, and is never counted as hidden:
            # pointing at it would tell them who wrote it (docs/finding.md).
            works = works.exclude(Q(self.by_muted_creator) & Q(anonymous=True))
        if show_hidden or not self.active:
            return works
        return works.exclude(self._hiding())

    def hidden_count(self, works: QuerySet[Work], *, limit: int) -> tuple[int, bool]:
        """How many of these works (before personal filters) the filters hide, up to
        limit, and whether there are more; counting only works whose hiding the reader
        may learn of."""
        if not self.active:
            return 0, False
        return capped_count(self.apply(works, show_hidden=True).filter(self._hiding()), limit)


def apply_personal_filters(
    works: QuerySet[Work],
    viewer: Viewer,
    session: SessionBase | None = None,
    *,
    show_hidden: bool = False,
) -> QuerySet[Work]:
    """Remove what this reader muted: works under a muted tag (with its synonyms and
    sub-tags, ratings and warnings included) or by a muted creator. Guests' tag mutes
    come from their session."""
    return PersonalFilters.of(viewer, session).apply(works, show_hidden=show_hidden)


# Managing a reader's tag mutes, whether they are logged in or a guest.


def muted_tags(viewer: Viewer, session: SessionBase) -> list[Tag]:
    if viewer.is_authenticated:
        tags = Tag.objects.filter(pk__in=TagMute.objects.filter(user_id=viewer.pk).values("tag_id"))
    else:
        tags = Tag.objects.filter(pk__in=session_muted_tag_ids(session))
    return list(tags.select_related("merger").order_by("type", "name"))


def is_tag_muted(viewer: Viewer, session: SessionBase, tag: Tag) -> bool:
    if viewer.is_authenticated:
        return TagMute.objects.filter(user_id=viewer.pk, tag=tag).exists()
    return tag.pk in session_muted_tag_ids(session)


def mute_tags(viewer: Viewer, session: SessionBase, tags: Iterable[Tag]) -> None:
    """Raises ValidationError past the limit."""
    tags = list(tags)
    if viewer.is_authenticated:
        account_services.tag_mute_add(user=_user(viewer), tags=tags)
        return
    new = {t.pk for t in tags} - set(session_muted_tag_ids(session))
    if len(session_muted_tag_ids(session)) + len(new) > MAX_MUTES:
        raise account_services.too_many_mutes()
    session_mute_tags(session, tags)


def unmute_tags(viewer: Viewer, session: SessionBase, tag_ids: Iterable[int]) -> None:
    if viewer.is_authenticated:
        account_services.tag_mute_remove(user=_user(viewer), tag_ids=tag_ids)
    else:
        session_unmute_tags(session, tag_ids)


def set_type_mutes(
    viewer: Viewer, session: SessionBase, types: Iterable[str], tags: Iterable[Tag]
) -> None:
    """Make the muted tags of these types (ratings, warnings, ...) exactly these."""
    types, tags = list(types), list(tags)
    if viewer.is_authenticated:
        account_services.tag_mutes_set(user=_user(viewer), types=types, tags=tags)
        return
    wanted = {t.pk for t in tags}
    dropped = Tag.objects.filter(pk__in=session_muted_tag_ids(session), type__in=types).exclude(
        pk__in=wanted
    )
    session_unmute_tags(session, dropped.values_list("pk", flat=True))
    mute_tags(viewer, session, tags)


def _user(viewer: Viewer) -> User:
    assert isinstance(viewer, User)
    return viewer
