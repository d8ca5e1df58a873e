"""Reads for feeds and the OPDS catalogue. Every list of works goes through the archive's
own selectors (works.selectors for visibility, search.listing.works_listing for filters,
full text and personal filters), so a feed can never show more than the matching page.

Feeds run that pipeline on a request of their own (listing_request) that carries only
the query and the viewer: a public feed's viewer is always a guest, whatever session
cookie came with the request."""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.backends.base import SessionBase
from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db.models import Count, Q, QuerySet
from django.http import HttpRequest, QueryDict

from fanfold.accounts.models import User
from fanfold.feedback.bookmarks.selectors import BookmarkScope
from fanfold.feedback.history.selectors import marked_for_later_of, reading_entries
from fanfold.feedback.models import Reading
from fanfold.search.forms import Sort
from fanfold.search.listing import Listing, works_listing
from fanfold.search.personal import SHOW_HIDDEN
from fanfold.tags.models import Tag, TagType
from fanfold.works.models import FilterTagging, Series, Work
from fanfold.works.selectors import Viewer, series_works_for, visible_works_for

from .models import FeedToken
from .services import feed_key_hash

# Navigation lists (fandoms, popular tags) are one grouped count over every work:
# counted once per viewer every ten minutes, not on every page an e-reader turns.
COUNTS_CACHE_SECONDS = 600
POPULAR_TAGS = 200
# Query parameters a feed decides for itself rather than taking from the page's link.
FEED_OWN_PARAMS = ("page", SHOW_HIDDEN, "sort", "order")


def guest() -> AnonymousUser:
    return AnonymousUser()


# Running the listing pipeline for a feed


def feed_query(data: QueryDict, *, sort: str | None = Sort.UPDATED, page: int = 1) -> QueryDict:
    """The page's filters as a feed applies them: without blanks, sorted newest first
    (unless sort is None: a search keeps its own order), at one page."""
    query = QueryDict(mutable=True)
    dropped = FEED_OWN_PARAMS if sort is not None else ("page", SHOW_HIDDEN)
    for key, values in data.lists():
        kept = [v for v in values if v.strip()]
        if kept and key not in dropped:
            query.setlist(key, kept)
    if sort is not None:
        query["sort"] = sort
    if page > 1:
        query["page"] = str(page)
    return query


def listing_request(viewer: Viewer, query: QueryDict) -> HttpRequest:
    """A request carrying only what works_listing reads: the query, the viewer and an
    empty session (a guest's muted tags live in their session; a feed has none)."""
    request = HttpRequest()
    request.method = "GET"
    request.GET = query
    request.user = viewer  # type: ignore[assignment]
    request.session = SessionBase()
    return request


def page_number(request: HttpRequest) -> int:
    value = request.GET.get("page", "")
    return int(value) if value.isdigit() and 0 < int(value) < 100_000 else 1


def feed_listing(
    request: HttpRequest,
    works: QuerySet[Work],
    viewer: Viewer,
    *,
    scope_tags: Iterable[Tag] = (),
    sort: str | None = Sort.UPDATED,
) -> Listing:
    query = feed_query(request.GET, sort=sort, page=page_number(request))
    return works_listing(listing_request(viewer, query), works, scope_tags=scope_tags)


def posted_works_for(viewer: Viewer) -> QuerySet[Work]:
    return visible_works_for(viewer).filter(posted=True)


def series_feed_works(series: Series, viewer: Viewer, *, limit: int) -> list[Work]:
    """The series' works the viewer may see, most recently updated first."""
    works = series_works_for(series, viewer)
    works.sort(key=lambda w: (w.revised_on, w.updated_at, w.pk), reverse=True)
    return works[:limit]


# Navigation: fandoms and popular tags with how many works each has


def _counts(viewer: Viewer, name: str, condition: Q, limit: int | None) -> list[tuple[int, int]]:
    key = f"feeds:counts:{name}:{viewer.pk if viewer.is_authenticated else 'guest'}"
    counts: list[tuple[int, int]] | None = cache.get(key)
    if counts is None:
        # FilterTagging holds each work's canonical tags and their ancestors, so a
        # fandom counts its synonyms' and sub-fandoms' works, as its page lists them.
        rows = (
            FilterTagging.objects.filter(condition, work__in=posted_works_for(viewer).values("pk"))
            .values("tag_id")
            .annotate(n=Count("work_id"))
            .order_by("-n", "tag_id")
        )
        counts = [(row["tag_id"], row["n"]) for row in (rows[:limit] if limit else rows)]
        cache.set(key, counts, COUNTS_CACHE_SECONDS)
    return counts


def fandom_counts(viewer: Viewer) -> list[tuple[int, int]]:
    """(tag id, works) of every fandom with works the viewer may see, most works first."""
    return _counts(viewer, "fandoms", Q(tag__type=TagType.FANDOM), None)


def popular_tag_counts(viewer: Viewer) -> list[tuple[int, int]]:
    """The most used canonical additional tags, most works first."""
    condition = Q(tag__type=TagType.FREEFORM, tag__canonical=True)
    return _counts(viewer, "freeforms", condition, POPULAR_TAGS)


def tags_counted(counts: list[tuple[int, int]]) -> list[tuple[Tag, int]]:
    tags = Tag.objects.in_bulk([tag_id for tag_id, _n in counts])
    return [(tags[tag_id], n) for tag_id, n in counts if tag_id in tags]


def paged(items: list[tuple[int, int]], per_page: int, number: int) -> Page[tuple[int, int]]:
    return Paginator(items, per_page).get_page(number)


# A reader's own shelves (OPDS, authenticated)


def bookmarked_works(user: User) -> QuerySet[Work]:
    return BookmarkScope(owner=user, viewer=user).works()


def marked_for_later_page(user: User, *, per_page: int, number: int) -> Page[Reading]:
    return Paginator(marked_for_later_of(user), per_page).get_page(number)


def works_of_readings(readings: Iterable[Reading], user: User) -> list[Work]:
    """The works of these Mark for Later rows that the reader may still see."""
    return [entry.work for entry in reading_entries(list(readings), user) if entry.work]


# Feed keys


def feed_token_for_key(key: str) -> FeedToken | None:
    if not key or len(key) > 200:
        return None
    return (
        FeedToken.objects.select_related("user")
        .filter(key_hash=feed_key_hash(key), user__is_active=True)
        .first()
    )


def feed_tokens_of(user: User) -> QuerySet[FeedToken]:
    return FeedToken.objects.filter(user=user).order_by("-created_at", "-id")
