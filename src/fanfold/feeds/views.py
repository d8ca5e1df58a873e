"""Atom feeds of tags, creators, series and searches, and the page where a reader
manages their OPDS feed keys.

Feeds are public and always built for a guest: feed readers and the services behind
them (and any cache on the way) fetch a feed once and show it to everyone subscribed,
so a feed that followed the session cookie could hand one reader's restricted works,
or their idea of who wrote an anonymous work, to strangers. Personal mutes don't apply
for the same reason: they live in a session a feed never has."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Page
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.encoding import escape_uri_path
from django.utils.translation import gettext as _

from fanfold.accounts.models import ORPHAN_USERNAME, Pseud, User
from fanfold.search.listing import Listing
from fanfold.tags.selectors import tag_from_url
from fanfold.works.models import Series, Work
from fanfold.works.selectors import works_by_pseud_for, works_by_user_for, works_tagged_for

from . import services
from .atom import ATOM_TYPE, EPOCH, Feed, Link, Person, render_feed
from .entries import work_entry
from .forms import FeedTokenForm
from .models import FeedToken
from .responses import ATOM_CONTENT_TYPE, text_response, xml_response
from .selectors import (
    feed_listing,
    feed_query,
    feed_tokens_of,
    guest,
    posted_works_for,
    series_feed_works,
)


def _site_author() -> Person:
    return Person(settings.SITE_NAME, settings.SITE_URL + "/")


def _with_query(path: str, query: QueryDict) -> str:
    return f"{path}?{query.urlencode()}" if query else path


def _paging_links(request: HttpRequest, page: Page[Work] | None) -> list[Link]:
    if page is None or page.paginator.num_pages <= 1:
        return []
    links = []

    def at(number: int) -> str:
        query = request.GET.copy()
        query.pop("page", None)
        if number > 1:
            query["page"] = str(number)
        return request.build_absolute_uri(_with_query(request.path, query))

    links.append(Link(at(1), rel="first", type=ATOM_TYPE))
    if page.has_previous():
        links.append(Link(at(page.previous_page_number()), rel="previous", type=ATOM_TYPE))
    if page.has_next():
        links.append(Link(at(page.next_page_number()), rel="next", type=ATOM_TYPE))
    return links


def _works_feed(
    request: HttpRequest,
    works: list[Work],
    *,
    title: str,
    page_path: str,
    page: Page[Work] | None = None,
    fallback_updated: datetime.datetime = EPOCH,
) -> HttpResponseBase:
    """The Atom answer for works already chosen for a guest. page_path: the HTML page
    this feed follows, with its filters."""
    viewer = guest()
    absolute = request.build_absolute_uri
    entries = [work_entry(work, viewer, absolute) for work in works]
    updated = max((entry.updated for entry in entries), default=fallback_updated)
    own = feed_query(request.GET, sort=None)
    feed = Feed(
        # The feed's address with its filters, on the archive's own name: stable
        # whichever host name or page the reader fetched it through.
        id=settings.SITE_URL + _with_query(escape_uri_path(request.path), own),
        title=f"{settings.SITE_NAME}: {title}",
        updated=updated,
        authors=[_site_author()],
        links=[
            Link(absolute(request.get_full_path()), rel="self", type=ATOM_TYPE),
            Link(absolute(page_path), rel="alternate", type="text/html"),
            *_paging_links(request, page),
        ],
        entries=entries,
    )
    last_modified = updated if entries else None
    return xml_response(
        request, render_feed(feed), content_type=ATOM_CONTENT_TYPE, last_modified=last_modified
    )


def _invalid_filters(listing: Listing) -> HttpResponse | None:
    """A feed whose filters don't apply (a tag that no longer exists, say) says so,
    rather than quietly listing everything the filter was meant to narrow."""
    if not listing.form.errors:
        return None
    problems = "; ".join(
        f"{entry['label']}: {' '.join(str(e) for e in entry['errors'])}"
        for entry in listing.form.error_summary()
    )
    return text_response(
        _("This feed's filters can't be applied: %(problems)s") % {"problems": problems},
        status=400,
    )


def _page_query(request: HttpRequest) -> QueryDict:
    return feed_query(request.GET, sort=None)


def tag_feed(request: HttpRequest, name: str) -> HttpResponseBase:
    tag, _others = tag_from_url(name, request.GET.get("type", ""))
    if tag is None:
        raise Http404(_("No such tag."))
    viewer = guest()
    listing = feed_listing(request, works_tagged_for(tag, viewer), viewer, scope_tags=[tag])
    return _invalid_filters(listing) or _works_feed(
        request,
        list(listing.page.object_list),
        title=_("Works in %(tag)s") % {"tag": tag.name},
        page_path=_with_query(tag.get_absolute_url(), _page_query(request)),
        page=listing.page,
        fallback_updated=tag.created_at,
    )


def pseud_feed(request: HttpRequest, username: str, pseud_name: str) -> HttpResponseBase:
    pseud = get_object_or_404(
        Pseud.objects.select_related("user"),
        user__username__iexact=username,
        name__iexact=pseud_name,
    )
    viewer = guest()
    listing = feed_listing(request, works_by_pseud_for(pseud, viewer), viewer)
    return _invalid_filters(listing) or _works_feed(
        request,
        list(listing.page.object_list),
        title=_("Works by %(name)s") % {"name": pseud},
        page_path=_with_query(pseud.get_absolute_url(), _page_query(request)),
        page=listing.page,
        fallback_updated=pseud.created_at,
    )


def user_feed(request: HttpRequest, username: str) -> HttpResponseBase:
    user = User.objects.filter(username__iexact=username).first()
    if user is None or not (user.is_active or user.username == ORPHAN_USERNAME):
        raise Http404(_("No such user."))
    viewer = guest()
    listing = feed_listing(request, works_by_user_for(user, viewer), viewer)
    return _invalid_filters(listing) or _works_feed(
        request,
        list(listing.page.object_list),
        title=_("Works by %(name)s") % {"name": user.username},
        page_path=_with_query(
            reverse("accounts:works", args=[user.username]), _page_query(request)
        ),
        page=listing.page,
        fallback_updated=user.date_joined,
    )


def series_feed(request: HttpRequest, series_id: int) -> HttpResponseBase:
    series = get_object_or_404(Series, pk=series_id)
    works = series_feed_works(series, guest(), limit=settings.WORKS_PER_PAGE)
    if not works:
        raise Http404(_("No such series."))
    return _works_feed(
        request,
        works,
        title=_("Series: %(title)s") % {"title": series.title},
        page_path=series.get_absolute_url(),
        fallback_updated=series.updated_at,
    )


def search_feed(request: HttpRequest) -> HttpResponseBase:
    viewer = guest()
    listing = feed_listing(request, posted_works_for(viewer), viewer)
    if listing.text_query:
        title = _("Works matching “%(q)s”") % {"q": listing.text_query}
    elif listing.has_filters:
        title = _("Works: %(name)s") % {"name": listing.suggested_name}
    else:
        title = _("Newest works")
    return _invalid_filters(listing) or _works_feed(
        request,
        list(listing.page.object_list),
        title=title,
        page_path=_with_query(reverse("search:results"), _page_query(request)),
        page=listing.page,
    )


# Feed keys


@login_required
def feed_tokens(request: HttpRequest, username: str) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    if user.username.lower() != username.lower():
        raise Http404(_("No such page."))
    form = FeedTokenForm()
    new_key = ""
    if request.method == "POST":
        if request.POST.get("action") == "revoke":
            token = get_object_or_404(FeedToken, pk=_posted_id(request), user=user)
            services.feed_token_revoke(token=token, user=user)
            messages.success(
                request,
                _("“%(name)s” was revoked: apps using it can no longer sign in.")
                % {"name": token.name},
            )
            return redirect("feeds:tokens", user.username)
        form = FeedTokenForm(request.POST)
        if form.is_valid():
            try:
                created = services.feed_token_create(user=user, name=form.cleaned_data["name"])
            except ValidationError as error:
                form.add_error("name", error)
            else:
                new_key = created.key
                form = FeedTokenForm()
    context = {
        "tokens": feed_tokens_of(user),
        "form": form,
        "new_key": new_key,
        "new_catalogue_url": request.build_absolute_uri(
            reverse("feeds:opds_token_root", args=[new_key])
        )
        if new_key
        else "",
        "catalogue_url": request.build_absolute_uri(reverse("feeds:opds_root")),
    }
    response = render(request, "feeds/tokens.html", context)
    # The new key is on this page once: no cache may keep a copy.
    patch_cache_control(response, private=True, no_store=True)
    return response


def _posted_id(request: HttpRequest) -> int:
    value = request.POST.get("token", "")
    if not value.isdigit():
        raise Http404(_("No such feed key."))
    return int(value)
