"""Counts on blurbs and work headers that agree with what this viewer is shown: a
reader who muted someone does not count that person's comments."""

from __future__ import annotations

from typing import Any

from django import template

from fanfold.feedback.comments.selectors import public_comments, work_creator_ids
from fanfold.works.models import Chapter, Work

from .feedback_bookmarks import _muted_ids

register = template.Library()


def _shown(context: dict[str, Any], work: Work, chapter: Chapter | None) -> int:
    muted = set(_muted_ids(context.get("request")))
    if not muted:
        return chapter.comments_count if chapter is not None else work.comments_count
    creator_ids = work_creator_ids(work)
    # An anonymous work's creators are never muted on it: that would reveal them.
    if work.anonymous:
        muted -= creator_ids
    comments = public_comments(work, creator_ids).exclude(user_id__in=muted)
    if chapter is not None:
        comments = comments.filter(chapter=chapter)
    return comments.count()


@register.simple_tag(takes_context=True)
def shown_comments_count(context: dict[str, Any], work: Work) -> int:
    return _shown(context, work, None)


@register.simple_tag(takes_context=True)
def shown_chapter_comments_count(context: dict[str, Any], chapter: Chapter) -> int:
    return _shown(context, chapter.work, chapter)
