from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from fanfold.search.listing import works_listing
from fanfold.search.personal import is_tag_muted
from fanfold.works.selectors import works_tagged_for

from .autocomplete import tag_suggestions
from .models import TYPE_ORDER, Tag
from .naming import tag_key


def tag_works(request: HttpRequest, name: str) -> HttpResponse:
    # One name can be, say, both a fandom and a character: ?type= picks which.
    candidates = {t.type: t for t in Tag.objects.filter(key=tag_key(Tag.name_from_url(name)))}
    if not candidates:
        raise Http404(_("No such tag."))
    wanted = request.GET.get("type", "")
    tag = candidates.get(wanted) or min(candidates.values(), key=lambda t: TYPE_ORDER.index(t.type))
    others = [t for t in candidates.values() if t.pk != tag.pk]
    listing = works_listing(request, works_tagged_for(tag, request.user), scope_tags=[tag])
    context = {"tag": tag, "listing": listing, "page": listing.page, "others": others}
    context["tag_muted"] = is_tag_muted(request.user, request.session, tag)
    return render(request, "tags/tag_works.html", context)


def autocomplete(request: HttpRequest) -> JsonResponse:
    """Suggestions for a tag field: ?type=character&term=jo&fandoms=Name,Other Name."""
    fandoms = request.GET.get("fandoms", "").split(",")
    suggestions = tag_suggestions(
        type=request.GET.get("type", ""), term=request.GET.get("term", "")[:200], fandoms=fandoms
    )
    return JsonResponse({"results": [s.as_json() for s in suggestions]})
