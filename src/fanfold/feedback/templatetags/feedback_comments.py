"""What the comments section at the end of a work page needs."""

from __future__ import annotations

from typing import Any

from django import template
from django.urls import reverse

from fanfold.feedback.comments.forms import CommentForm
from fanfold.feedback.comments.selectors import comment_section as build_section
from fanfold.feedback.comments.selectors import unreviewed_comments

register = template.Library()


@register.simple_tag(takes_context=True)
def comment_section(context: template.Context) -> dict[str, Any]:
    """The chapter's comments (or, on the entire work, every chapter's), the page of
    threads asked for with ?page=, and the form, if this viewer may comment."""
    request = context["request"]
    work = context["work"]
    chapter = context.get("chapter")
    chapters = [chapter] if chapter else list(context.get("shown_chapters") or [])
    section = build_section(
        work, request.user, chapters=chapters, page_number=request.GET.get("page") or 1
    )
    user = request.user if request.user.is_authenticated else None
    form = None
    action = ""
    if section.refusal is None and section.post_chapter is not None:
        form = CommentForm(user=user, auto_id="comment-%s")
        action = reverse("feedback:comment_create", args=[work.pk, section.post_chapter.pk])
    return {
        "section": section,
        "form": form,
        "action": action,
        "unreviewed": (unreviewed_comments(work).count() if section.rules.can_moderate else 0),
    }
