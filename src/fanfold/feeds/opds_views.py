"""The OPDS catalogue at /opds/ (guests, or Basic over HTTPS), /opds/auth/ (Basic
required) and /opds/t/KEY/ (a personal feed key): the same views under each, every
link staying under the root the client came in by. See auth.py for who a request is
for; lists come through selectors.py, so they hold what the matching pages hold."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.core.paginator import Page
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import get_object_or_404
from django.urls import Resolver404, resolve
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from fanfold.downloads.views import FROM_APP
from fanfold.search.forms import Sort
from fanfold.search.listing import Listing
from fanfold.tags.models import Tag, TagType
from fanfold.works.selectors import works_tagged_for

from .atom import EPOCH, render_feed
from .auth import PUBLIC, OpdsClient, opds_client
from .opds import (
    ACQUISITION,
    NAVIGATION,
    OPENSEARCH_DESCRIPTION,
    REL_SORT_NEW,
    REL_SORT_POPULAR,
    acquisition_feed,
    navigation_entry,
    navigation_feed,
    opensearch_description,
)
from .responses import text_response, xml_response
from .selectors import (
    bookmarked_works,
    fandom_counts,
    feed_listing,
    marked_for_later_page,
    page_number,
    paged,
    popular_tag_counts,
    posted_works_for,
    tags_counted,
    works_of_readings,
)

NAVIGATION_PER_PAGE = 50

OpdsView = Callable[..., HttpResponseBase]


def opds_view(view: OpdsView) -> Callable[..., HttpResponseBase]:
    @wraps(view)
    def wrapped(
        request: HttpRequest, *args: Any, mode: str = PUBLIC, key: str = "", **kwargs: Any
    ) -> HttpResponseBase:
        client = opds_client(request, mode=mode, key=key)
        response = client if isinstance(client, HttpResponse) else view(client, *args, **kwargs)
        # The same address answers guests and Basic-authenticated apps differently.
        patch_vary_headers(response, ("Authorization",))
        return response

    return wrapped


def _answer(
    client: OpdsClient, body: bytes, kind: str, updated: datetime.datetime | None
) -> HttpResponseBase:
    return xml_response(
        client.request,
        body,
        content_type=f"{kind};charset=utf-8",
        last_modified=updated,
        private=client.authenticated,
    )


def _latest(client: OpdsClient) -> datetime.datetime:
    """When the newest work this client may see last changed (the catalogue's date)."""
    newest = (
        posted_works_for(client.viewer)
        .order_by("-revised_on", "-id")
        .values_list("updated_at", flat=True)
        .first()
    )
    return newest or EPOCH


def _needs_sign_in() -> HttpResponse:
    return text_response(
        _(
            "Your own shelves need you signed in: use your personal feed key's catalogue "
            "address, or your username and password over HTTPS."
        ),
        status=403,
    )


def _acquisition(
    client: OpdsClient,
    *,
    route: str,
    title: str,
    page: Page[Any],
    works: list[Any] | None = None,
    up: str | None = "",
) -> HttpResponseBase:
    feed = acquisition_feed(
        client,
        route=route,
        title=title,
        works=list(page.object_list) if works is None else works,
        page=page,
        up=up,
        fallback_updated=EPOCH,
    )
    updated = feed.updated if feed.entries else None
    return _answer(client, render_feed(feed), ACQUISITION, updated)


def _listing_answer(
    client: OpdsClient, listing: Listing, *, route: str, title: str, up: str | None = ""
) -> HttpResponseBase:
    if listing.form.errors:
        # An app shows an empty list with the reason better than an error page; and a
        # query that can't be searched must not list everything.
        problems = "; ".join(
            " ".join(str(e) for e in entry["errors"]) for entry in listing.form.error_summary()
        )
        feed = acquisition_feed(
            client,
            route=route,
            title=title,
            works=[],
            page=None,
            up=up,
            fallback_updated=EPOCH,
            subtitle=problems,
        )
        return _answer(client, render_feed(feed), ACQUISITION, None)
    return _acquisition(client, route=route, title=title, page=listing.page, up=up)


@opds_view
def root(client: OpdsClient) -> HttpResponseBase:
    updated = _latest(client)
    entries = [
        navigation_entry(
            client,
            route="new",
            title=_("Newest"),
            text=_("Works most recently posted or updated."),
            updated=updated,
            rel=REL_SORT_NEW,
        ),
        navigation_entry(
            client,
            route="kudos",
            title=_("Most kudos"),
            text=_("The works readers liked most."),
            updated=updated,
            rel=REL_SORT_POPULAR,
        ),
        navigation_entry(
            client,
            route="fandoms",
            title=_("By fandom"),
            text=_("Every fandom with works, the largest first."),
            updated=updated,
            kind=NAVIGATION,
        ),
        navigation_entry(
            client,
            route="tags",
            title=_("By tag"),
            text=_("The most used additional tags."),
            updated=updated,
            kind=NAVIGATION,
        ),
    ]
    if client.authenticated:
        entries += [
            navigation_entry(
                client,
                route="bookmarks",
                title=_("My bookmarks"),
                text=_("Works you bookmarked."),
                updated=updated,
            ),
            navigation_entry(
                client,
                route="later",
                title=_("Marked for Later"),
                text=_("Works you marked to read later."),
                updated=updated,
            ),
        ]
    feed = navigation_feed(
        client, route="", title=settings.SITE_NAME, entries=entries, updated=updated, up=None
    )
    return _answer(client, render_feed(feed), NAVIGATION, updated)


@opds_view
def newest(client: OpdsClient) -> HttpResponseBase:
    listing = feed_listing(client.request, posted_works_for(client.viewer), client.viewer)
    return _listing_answer(client, listing, route="new", title=_("Newest works"))


@opds_view
def most_kudos(client: OpdsClient) -> HttpResponseBase:
    works = posted_works_for(client.viewer)
    listing = feed_listing(client.request, works, client.viewer, sort=Sort.KUDOS)
    return _listing_answer(client, listing, route="kudos", title=_("Most kudos"))


def _counted_tags(
    client: OpdsClient, counts: list[tuple[int, int]], *, route: str, title: str
) -> HttpResponseBase:
    updated = _latest(client)
    page = paged(counts, NAVIGATION_PER_PAGE, page_number(client.request))
    entries = [
        navigation_entry(
            client,
            route=f"{route}/{tag.pk}",
            title=tag.name,
            text=ngettext("%(n)d work", "%(n)d works", n) % {"n": n},
            updated=updated,
            count=n,
        )
        for tag, n in tags_counted(list(page.object_list))
    ]
    feed = navigation_feed(
        client, route=route, title=title, entries=entries, updated=updated, up="", page=page
    )
    return _answer(client, render_feed(feed), NAVIGATION, updated)


@opds_view
def fandoms(client: OpdsClient) -> HttpResponseBase:
    counts = fandom_counts(client.viewer)
    return _counted_tags(client, counts, route="fandoms", title=_("Fandoms"))


@opds_view
def popular_tags(client: OpdsClient) -> HttpResponseBase:
    counts = popular_tag_counts(client.viewer)
    return _counted_tags(client, counts, route="tags", title=_("Popular tags"))


def _tag_works(client: OpdsClient, tag: Tag, *, route: str, up: str) -> HttpResponseBase:
    works = works_tagged_for(tag, client.viewer)
    listing = feed_listing(client.request, works, client.viewer, scope_tags=[tag])
    return _listing_answer(client, listing, route=f"{route}/{tag.pk}", title=tag.name, up=up)


@opds_view
def fandom(client: OpdsClient, tag_id: int) -> HttpResponseBase:
    tag = get_object_or_404(Tag, pk=tag_id, type=TagType.FANDOM)
    return _tag_works(client, tag, route="fandoms", up="fandoms")


@opds_view
def tag_works(client: OpdsClient, tag_id: int) -> HttpResponseBase:
    tag = get_object_or_404(Tag, pk=tag_id)
    return _tag_works(client, tag, route="tags", up="tags")


@opds_view
def bookmarks(client: OpdsClient) -> HttpResponseBase:
    if not client.authenticated:
        return _needs_sign_in()
    listing = feed_listing(client.request, bookmarked_works(client.user), client.viewer)
    return _listing_answer(client, listing, route="bookmarks", title=_("My bookmarks"))


@opds_view
def later(client: OpdsClient) -> HttpResponseBase:
    if not client.authenticated:
        return _needs_sign_in()
    page = marked_for_later_page(
        client.user, per_page=settings.WORKS_PER_PAGE, number=page_number(client.request)
    )
    works = works_of_readings(page.object_list, client.user)
    return _acquisition(client, route="later", title=_("Marked for Later"), page=page, works=works)


@opds_view
def search(client: OpdsClient) -> HttpResponseBase:
    works = posted_works_for(client.viewer)
    # A search keeps its own order: best match first when there are words to match.
    listing = feed_listing(client.request, works, client.viewer, sort=None)
    title = (
        _("Works matching “%(q)s”") % {"q": listing.text_query}
        if listing.text_query
        else _("Search results")
    )
    return _listing_answer(client, listing, route="search", title=title)


@opds_view
def opensearch(client: OpdsClient) -> HttpResponseBase:
    return _answer(client, opensearch_description(client), OPENSEARCH_DESCRIPTION, None)


@opds_view
def download(client: OpdsClient, work_id: int, file_name: str) -> HttpResponseBase:
    """A file for a signed-in app: the downloads app's own view, answering as the
    client's user (it knows sessions, not feed keys or Basic)."""
    try:
        match = resolve(f"/downloads/{work_id}/{file_name}")
    except Resolver404 as error:
        raise Http404(_("No such file.")) from error
    if not (match.namespace == "downloads"):
        raise Http404(_("No such file."))
    request = client.request
    request.user = client.viewer  # type: ignore[assignment]
    setattr(request, FROM_APP, True)
    response: HttpResponseBase = match.func(request, *match.args, **match.kwargs)
    return response
