"""The feed a page can be followed by, for its <link rel="alternate"> and its visible
"Subscribe to this feed" link (templates/feeds/_feed_link.html)."""

from __future__ import annotations

from typing import Any

from django import template
from django.http import HttpRequest, QueryDict
from django.urls import reverse
from django.utils.translation import gettext as _

from fanfold.accounts.models import SavedSearch

from ..selectors import FEED_OWN_PARAMS

register = template.Library()


def _filters(request: HttpRequest) -> str:
    """The page's filters, for the feed to apply too (it picks its own order and page)."""
    query = QueryDict(mutable=True)
    for key, values in request.GET.lists():
        kept = [v for v in values if v.strip()]
        if kept and key not in FEED_OWN_PARAMS:
            query.setlist(key, kept)
    return "?" + query.urlencode() if query else ""


@register.simple_tag(takes_context=True)
def page_feed(context: dict[str, Any]) -> dict[str, str] | None:
    request: HttpRequest | None = context.get("request")
    match = getattr(request, "resolver_match", None)
    if request is None or match is None:
        return None
    view = match.view_name
    if view == "tags:works" and context.get("tag"):
        tag = context["tag"]
        url = reverse("feeds:tag", args=[tag.url_name])
        title = _("Works in %(tag)s") % {"tag": tag.name}
    elif view == "search:results":
        url = reverse("feeds:search")
        title = _("Search results")
    elif view == "works:series" and context.get("series"):
        url = reverse("feeds:series", args=[context["series"].pk])
        return {"url": url, "title": _("Series: %(title)s") % {"title": context["series"].title}}
    elif view in ("accounts:pseud_works", "accounts:pseud") and context.get("pseud"):
        pseud = context["pseud"]
        url = reverse("feeds:pseud", args=[pseud.user.username, pseud.name])
        title = _("Works by %(name)s") % {"name": pseud}
    elif view == "accounts:works" and context.get("profile_user"):
        user = context["profile_user"]
        url = reverse("feeds:user", args=[user.username])
        title = _("Works by %(name)s") % {"name": user.username}
    else:
        return None
    return {"url": url + _filters(request), "title": title}


@register.simple_tag
def saved_search_feed_url(saved: SavedSearch) -> str:
    return reverse("feeds:search") + ("?" + saved.query if saved.query else "")
