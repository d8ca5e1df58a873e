"""Counts on blurbs and work headers that agree with what this viewer is shown: a
reader who muted someone does not count that person's comments."""

from __future__ import annotations

from typing import Any

from django import template

from fanfold.feedback.comments.selectors import public_comments, work_creator_ids
from fanfold.works.models import Work

from .feedback_bookmarks import _muted_ids

register = template.Library()


@register.simple_tag(takes_context=True)
def shown_comments_count(context: dict[str, Any], work: Work) -> int:
    muted = set(_muted_ids(context.get("request")))
    if not muted:
        return work.comments_count
    creator_ids = work_creator_ids(work)
    # An anonymous work's creators are never muted on it: that would reveal them.
    if work.anonymous:
        muted -= creator_ids
    return public_comments(work, creator_ids).exclude(user_id__in=muted).count()
