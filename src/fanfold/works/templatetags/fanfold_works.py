from __future__ import annotations

from typing import Any

from django import template
from django.http import QueryDict

from fanfold.works.languages import LANGUAGE_CHOICES, RIGHT_TO_LEFT
from fanfold.works.models import Work
from fanfold.works.selectors import creators_shown_to

register = template.Library()
LANGUAGE_NAMES = dict(LANGUAGE_CHOICES)


@register.inclusion_tag("includes/byline.html", takes_context=True)
def byline(context: dict[str, Any], work: Work) -> dict[str, Any]:
    """Creators of a work as this viewer may see them ("Anonymous" otherwise)."""
    viewer = context["request"].user
    return {"creators": creators_shown_to(work, viewer), "work": work}


@register.filter
def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


@register.filter
def text_direction(code: str) -> str:
    return "rtl" if code in RIGHT_TO_LEFT else "ltr"


@register.simple_tag(takes_context=True)
def page_url(context: dict[str, Any], page_number: int, param: str = "page") -> str:
    """This page's query with one paging parameter changed (a page may page two lists)."""
    query: QueryDict = context["request"].GET.copy()
    query[param] = str(page_number)
    return "?" + query.urlencode()
