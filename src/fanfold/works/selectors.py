"""Reads of works. Every door (pages, lists, feeds, search, downloads, API) asks here
who may see what, so the rules for drafts, restricted and anonymous works live once."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet

from fanfold.accounts.models import Pseud, User
from fanfold.tags.models import Tag

from .models import Chapter, Creatorship, FilterTagging, Series, SeriesPart, Work, WorkTag

Viewer = User | AnonymousUser


def is_archive_admin(viewer: Viewer) -> bool:
    return bool(viewer.is_authenticated and viewer.is_staff)


def _created_by(viewer: Viewer) -> Exists:
    return Exists(
        Creatorship.objects.filter(work=OuterRef("pk"), pseud__user_id=viewer.pk, approved=True)
    )


def visible_works_for(viewer: Viewer) -> QuerySet[Work]:
    """Works this viewer may open: posted ones (restricted ones only when logged in),
    and their own drafts."""
    works = Work.objects.all()
    if not viewer.is_authenticated:
        return works.filter(posted=True, restricted=False)
    return works.filter(Q(posted=True) | _created_by(viewer))


def is_creator(work: Work, viewer: Viewer) -> bool:
    if not viewer.is_authenticated:
        return False
    return work.creatorships.filter(pseud__user_id=viewer.pk, approved=True).exists()


def can_edit(work: Work, viewer: Viewer) -> bool:
    return is_creator(work, viewer)


@dataclass(frozen=True)
class WorkAccess:
    work: Work | None
    needs_login: bool = False


def work_for_viewer(work_id: int, viewer: Viewer) -> WorkAccess:
    """The work if the viewer may see it; needs_login when a guest asks for a
    restricted work (they are sent to log in, as on AO3). Otherwise it does not exist."""
    work = with_listing_data(visible_works_for(viewer).filter(pk=work_id)).first()
    if work is not None:
        return WorkAccess(work)
    if (
        not viewer.is_authenticated
        and Work.objects.filter(pk=work_id, posted=True, restricted=True).exists()
    ):
        return WorkAccess(None, needs_login=True)
    return WorkAccess(None)


def with_listing_data(works: QuerySet[Work]) -> QuerySet[Work]:
    """Everything a blurb or header shows, in a fixed number of queries."""
    return works.prefetch_related(
        Prefetch("work_tags", queryset=WorkTag.objects.select_related("tag").order_by("position")),
        Prefetch(
            "creatorships",
            queryset=Creatorship.objects.filter(approved=True).select_related("pseud__user"),
            to_attr="approved_creatorships",
        ),
        Prefetch(
            "series_parts",
            queryset=SeriesPart.objects.select_related("series"),
        ),
    )


def newest_works_for(viewer: Viewer) -> QuerySet[Work]:
    return with_listing_data(
        visible_works_for(viewer).filter(posted=True).order_by("-revised_on", "-id")
    )


def creators_shown_to(work: Work, viewer: Viewer) -> list[Pseud] | None:
    """The pseuds to credit on a work, or None where the work must read "Anonymous"."""
    creatorships = getattr(work, "approved_creatorships", None)
    if creatorships is None:
        creatorships = list(work.creatorships.filter(approved=True).select_related("pseud__user"))
    pseuds = [c.pseud for c in creatorships]
    if work.anonymous and not (
        is_archive_admin(viewer) or any(p.user_id == viewer.pk for p in pseuds)
    ):
        return None
    return pseuds


def works_by_pseud_for(pseud: Pseud, viewer: Viewer) -> QuerySet[Work]:
    """A pseud's works as its page lists them; anonymous works only to their creator."""
    works = visible_works_for(viewer).filter(
        Exists(Creatorship.objects.filter(work=OuterRef("pk"), pseud=pseud, approved=True))
    )
    if not (viewer.is_authenticated and (viewer.pk == pseud.user_id or is_archive_admin(viewer))):
        works = works.filter(anonymous=False, posted=True)
    return with_listing_data(works.order_by("-revised_on", "-id"))


def works_by_user_for(user: User, viewer: Viewer) -> QuerySet[Work]:
    works = visible_works_for(viewer).filter(
        Exists(Creatorship.objects.filter(work=OuterRef("pk"), pseud__user=user, approved=True))
    )
    if not (viewer.is_authenticated and (viewer.pk == user.pk or is_archive_admin(viewer))):
        works = works.filter(anonymous=False, posted=True)
    return with_listing_data(works.order_by("-revised_on", "-id"))


def works_tagged_for(tag: Tag, viewer: Viewer) -> QuerySet[Work]:
    """Works under a tag: tagged with it, a synonym of it, or any of its sub-tags."""
    under = FilterTagging.objects.filter(work=OuterRef("pk"), tag_id=tag.filter_tag_id)
    return with_listing_data(
        visible_works_for(viewer).filter(Exists(under), posted=True).order_by("-revised_on", "-id")
    )


def series_works_for(series: Series, viewer: Viewer) -> list[Work]:
    visible = visible_works_for(viewer).filter(posted=True)
    works = with_listing_data(visible.filter(series_parts__series=series)).order_by(
        "series_parts__position", "id"
    )
    return list(works)


def series_creators_shown_to(series: Series, viewer: Viewer) -> list[Pseud] | None:
    """A series with any anonymous work keeps all of its creators hidden: naming them
    on the series would reveal who wrote the anonymous part."""
    pseuds = list(series.pseuds.select_related("user"))
    has_anonymous = series.works.filter(anonymous=True).exists()
    if has_anonymous and not (
        is_archive_admin(viewer) or any(p.user_id == viewer.pk for p in pseuds)
    ):
        return None
    return pseuds


def chapters_of(work: Work) -> QuerySet[Chapter]:
    return work.chapters.filter(posted=True).order_by("position")


def user_series(user: User) -> QuerySet[Series]:
    return Series.objects.filter(pseuds__user=user).distinct().order_by("title")


def pending_invitations(user: User) -> QuerySet[Creatorship]:
    return (
        Creatorship.objects.filter(pseud__user=user, approved=False)
        .select_related("work", "pseud", "invited_by")
        .order_by("-created_at")
    )
