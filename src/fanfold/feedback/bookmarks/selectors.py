"""Reads of bookmarks: who may see which.

A bookmark shows only where its work (or series) is visible to the viewer, through
works.selectors.visible_works_for; a private one only to its owner; none by a user the
viewer muted. Counts are made from the same conditions, so they agree with the lists."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.contrib.sessions.backends.base import SessionBase
from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from fanfold.accounts.models import Pseud, User
from fanfold.accounts.selectors import muted_ids_of
from fanfold.feedback.models import Bookmark
from fanfold.search.backends import get_backend
from fanfold.search.filters import apply_filters
from fanfold.search.forms import WorkFilterForm
from fanfold.search.personal import apply_personal_filters
from fanfold.search.query import parse_query
from fanfold.tags.models import Tag
from fanfold.tags.naming import tag_key
from fanfold.works.models import Series, SeriesPart, Work
from fanfold.works.selectors import Viewer, visible_works_for, with_listing_data

BookmarkTags = Bookmark.tags.through


def visible_series_for(viewer: Viewer) -> QuerySet[Series]:
    """Series this viewer may see: those with at least one posted work they may see."""
    works = visible_works_for(viewer).filter(posted=True, series_parts__series=OuterRef("pk"))
    return Series.objects.filter(Exists(works))


def _shown(viewer: Viewer) -> Q:
    """Private bookmarks only to their owner; none by users the viewer muted."""
    if not viewer.is_authenticated:
        return Q(private=False)
    return (Q(private=False) | Q(user_id=viewer.pk)) & ~Q(user_id__in=muted_ids_of(viewer.pk))


def _public_shown(viewer: Viewer) -> QuerySet[Bookmark]:
    """Public bookmarks, less those by users the viewer muted (a work's or a series'
    bookmark pages list these, and their counts count these)."""
    marks = Bookmark.objects.filter(private=False)
    if viewer.is_authenticated:
        marks = marks.exclude(user_id__in=muted_ids_of(viewer.pk))
    return marks


def bookmark_of(
    user: Viewer, *, work: Work | None = None, series: Series | None = None
) -> Bookmark | None:
    """The viewer's own bookmark of this work or series, if any."""
    if not user.is_authenticated:
        return None
    return Bookmark.objects.filter(user_id=user.pk, work=work, series=series).first()


def owned_bookmark(bookmark_id: int, user: Viewer) -> Bookmark | None:
    if not user.is_authenticated:
        return None
    return (
        Bookmark.objects.filter(pk=bookmark_id, user_id=user.pk)
        .select_related("work", "series", "pseud")
        .prefetch_related("tags")
        .first()
    )


def with_display_data(marks: QuerySet[Bookmark]) -> QuerySet[Bookmark]:
    return marks.select_related("pseud__user", "series").prefetch_related("tags")


def work_bookmarks_for(work: Work, viewer: Viewer) -> QuerySet[Bookmark]:
    """A work's public bookmarks as this viewer sees them (the work itself is checked
    by the caller)."""
    return with_display_data(_public_shown(viewer).filter(work=work))


def series_bookmarks_for(series: Series, viewer: Viewer) -> QuerySet[Bookmark]:
    return with_display_data(_public_shown(viewer).filter(series=series))


def work_bookmarks_count_for(work: Work, muted_ids: Sequence[int]) -> int:
    """How many bookmarks work_bookmarks_for lists to a viewer who muted these users,
    from the stored count: only a viewer with mutes costs a query."""
    if not muted_ids or not work.bookmarks_count:
        return work.bookmarks_count
    hidden = Bookmark.objects.filter(work=work, private=False, user_id__in=muted_ids).count()
    return work.bookmarks_count - hidden


def series_bookmarks_count_for(series: Series, viewer: Viewer) -> int:
    return _public_shown(viewer).filter(series=series).count()


# A user's (or one pseud's) bookmarks page.


@dataclass(frozen=True)
class BookmarkScope:
    """Whose bookmarks a page lists, to whom, narrowed to bookmarker's tags (each a
    set of filter tag ids: the tag named, its canonical tag and the synonyms)."""

    owner: User
    viewer: Viewer
    pseud: Pseud | None = None
    tag_filters: tuple[frozenset[int], ...] = ()

    def bookmarks(self) -> QuerySet[Bookmark]:
        marks = Bookmark.objects.filter(user=self.owner).filter(_shown(self.viewer))
        if self.pseud is not None:
            marks = marks.filter(pseud=self.pseud)
        for filter_ids in self.tag_filters:
            if not filter_ids:
                return marks.none()
            tagged = BookmarkTags.objects.filter(bookmark=OuterRef("pk")).filter(
                Q(tag_id__in=filter_ids) | Q(tag__merger_id__in=filter_ids)
            )
            marks = marks.filter(Exists(tagged))
        return marks

    def works(self) -> QuerySet[Work]:
        """The bookmarked works the viewer may see, ready for search.works_listing."""
        marked = self.bookmarks().filter(work=OuterRef("pk"))
        return visible_works_for(self.viewer).filter(Exists(marked), posted=True)

    def attach(self, works: Iterable[Work]) -> None:
        """Give each listed work its bookmark (work.bookmark) for display."""
        works = list(works)
        marks = with_display_data(self.bookmarks().filter(work_id__in=[w.pk for w in works]))
        by_work = {mark.work_id: mark for mark in marks}
        for work in works:
            work.bookmark = by_work.get(work.pk)  # type: ignore[attr-defined]

    def series_bookmarks(self, matching: QuerySet[Work] | None = None) -> QuerySet[Bookmark]:
        """Bookmarked series the viewer may see; with `matching`, only those with a
        work among them (the works the page's filters let through)."""
        marks = self.bookmarks().filter(series__in=visible_series_for(self.viewer))
        if matching is not None:
            marks = marks.filter(
                Exists(matching.filter(series_parts__series=OuterRef("series_id")))
            )
        return marks.order_by("-created_at", "-id")


def tag_filters_for(names: Iterable[str]) -> tuple[tuple[frozenset[int], ...], list[str]]:
    """The filter tag ids each typed name stands for (none for a name that is no tag:
    no bookmark has it), and the names that are no tag."""
    filters: list[frozenset[int]] = []
    unknown: list[str] = []
    for name in names:
        key = tag_key(name)
        if not key:
            continue
        ids = frozenset(t.filter_tag_id for t in Tag.objects.filter(key=key))
        filters.append(ids)
        if not ids:
            unknown.append(name.strip())
    return tuple(filters), unknown


def works_matching(form: WorkFilterForm, viewer: Viewer, session: SessionBase) -> QuerySet[Work]:
    """Every work the viewer may see that passes a listing's filters, full text and
    personal filters: a bookmarked series is listed when one of its works does."""
    works = apply_filters(visible_works_for(viewer).filter(posted=True), form)
    if form.text_query:
        parsed = parse_query(form.text_query)
        if not parsed.is_empty:
            works = get_backend().filter(works, parsed)
    return apply_personal_filters(works, viewer, session)


@dataclass
class TagCount:
    tag: Tag
    count: int


def bookmark_tag_counts(marks: QuerySet[Bookmark], *, limit: int = 20) -> list[TagCount]:
    """The tags most used on these bookmarks, with how many of them carry each."""
    tags = (
        Tag.objects.filter(bookmarks__in=marks.order_by().values("pk"))
        .annotate(n=Count("bookmarks"))
        .order_by("-n", "name", "id")[:limit]
    )
    return [TagCount(tag, tag.n) for tag in tags]  # type: ignore[attr-defined]


def series_display_data(series_list: Iterable[Series], viewer: Viewer) -> None:
    """What a series blurb shows, from the works this viewer sees in it: the works
    (series.shown_works, in series order), their words and their fandoms. One set of
    queries for all the series, not one per series."""
    series_list = list(series_list)
    ids = [series.pk for series in series_list]
    visible = visible_works_for(viewer).filter(posted=True, series_parts__series_id__in=ids)
    works = {w.pk: w for w in with_listing_data(visible.distinct())}
    parts = SeriesPart.objects.filter(series_id__in=ids, work_id__in=list(works))
    by_series: dict[int, list[Work]] = {}
    for part in parts.order_by("position", "id"):
        by_series.setdefault(part.series_id, []).append(works[part.work_id])
    for series in series_list:
        shown = by_series.get(series.pk, [])
        fandoms: dict[int, Tag] = {}
        for work in shown:
            for tag in work.tags_by_type["fandom"]:
                fandoms.setdefault(tag.pk, tag)
        series.shown_works = shown  # type: ignore[attr-defined]
        series.shown_word_count = sum(w.word_count for w in shown)  # type: ignore[attr-defined]
        series.fandoms = list(fandoms.values())  # type: ignore[attr-defined]
