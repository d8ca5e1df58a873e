from __future__ import annotations

from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from fanfold.works.selectors import works_tagged_for
from fanfold.works.views import paginate

from .models import TYPE_ORDER, Tag, TagType
from .naming import tag_key


def tag_works(request: HttpRequest, name: str) -> HttpResponse:
    # One name can be, say, both a fandom and a character: ?type= picks which.
    candidates = {t.type: t for t in Tag.objects.filter(key=tag_key(Tag.name_from_url(name)))}
    if not candidates:
        raise Http404(_("No such tag."))
    wanted = request.GET.get("type", "")
    tag = candidates.get(wanted) or min(candidates.values(), key=lambda t: TYPE_ORDER.index(t.type))
    others = [t for t in candidates.values() if t.pk != tag.pk]
    page = paginate(request, works_tagged_for(tag, request.user))
    return render(request, "tags/tag_works.html", {"tag": tag, "page": page, "others": others})


def autocomplete(request: HttpRequest) -> JsonResponse:
    """Existing tags starting with (then containing) what was typed, most used first."""
    term = request.GET.get("term", "").strip()
    tag_type = request.GET.get("type", "")
    if len(term) < 1 or tag_type not in TagType.values:
        return JsonResponse({"results": []})
    key = tag_key(term)
    tags = (
        Tag.objects.filter(type=tag_type)
        .filter(Q(key__startswith=key) | Q(key__contains=" " + key))
        .order_by("-uses", "name")[:15]
    )
    return JsonResponse({"results": [{"name": t.name, "uses": t.uses} for t in tags]})
