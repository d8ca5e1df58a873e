from __future__ import annotations

from typing import Any

from django import template

from fanfold.suggestions.selectors import SuggestionsNotice, work_suggestions_notice
from fanfold.works.models import Work

register = template.Library()


@register.simple_tag(takes_context=True, name="work_suggestions_notice")
def work_suggestions_notice_tag(context: Any, work: Work) -> SuggestionsNotice | None:
    """The "text now suggests ..." notice for a work's page; None for anyone but its
    creators."""
    request = context.get("request")
    if request is None or work is None:
        return None
    return work_suggestions_notice(work, request.user)
