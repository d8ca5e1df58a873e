from __future__ import annotations

from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from fanfold.works.selectors import works_tagged_for
from fanfold.works.views import paginate

from .models import Tag, TagType
from .naming import tag_key


def tag_works(request: HttpRequest, name: str) -> HttpResponse:
    tag_name = Tag.name_from_url(name)
    tag = Tag.objects.filter(key=tag_key(tag_name)).order_by("type").first()
    if tag is None:
        raise Http404(_("No such tag."))
    page = paginate(request, works_tagged_for(tag, request.user))
    return render(request, "tags/tag_works.html", {"tag": tag, "page": page})


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
        .annotate(uses=Count("work_tags"))
        .order_by("-uses", "name")[:15]
    )
    return JsonResponse({"results": [{"name": t.name, "uses": t.uses} for t in tags]})
