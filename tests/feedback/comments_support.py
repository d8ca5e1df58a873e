"""Shared helpers for the comment tests (test_comments*.py, test_spam.py)."""

from __future__ import annotations

import time
from typing import Any

from django.test import Client

from fanfold.accounts.models import User
from fanfold.core.antispam import HONEYPOT_FIELD, STAMP_FIELD, issue_stamp
from fanfold.feedback.comments.services import comment_post
from fanfold.feedback.models import Comment
from fanfold.works.models import Chapter, Work


def aged_stamp(seconds: float = 10) -> str:
    """A comment form's stamp as if the form was shown `seconds` ago."""
    return issue_stamp("comment", issued_at=time.time() - seconds)


def guest_fields(**extra: Any) -> dict[str, Any]:
    return {"name": "Wanderer", HONEYPOT_FIELD: "", STAMP_FIELD: aged_stamp(), **extra}


def post_url(work: Work, chapter: Chapter | None = None) -> str:
    chapter = chapter or work.chapters.order_by("position").first()
    return f"/works/{work.pk}/chapters/{chapter.pk}/comments"


def post(client: Client, work: Work, text: str, *, chapter: Chapter | None = None, **data: Any):
    """POST a comment as whoever the client is (a guest gets the guest fields)."""
    fields: dict[str, Any] = {"text": text, **data}
    if "_auth_user_id" not in client.session:
        fields = {**guest_fields(), **fields}
    return client.post(post_url(work, chapter), fields)


def reply(client: Client, parent: Comment, text: str, **data: Any):
    fields: dict[str, Any] = {"text": text, **data}
    if "_auth_user_id" not in client.session:
        fields = {**guest_fields(), **fields}
    return client.post(f"/comments/{parent.pk}/reply", fields)


def say(
    work: Work,
    user: User | None,
    text: str,
    *,
    chapter: Chapter | None = None,
    parent: Comment | None = None,
    **kwargs: Any,
) -> Comment:
    """A comment made through the service (no request)."""
    if user is None:
        kwargs.setdefault("guest_name", "Wanderer")
    return comment_post(
        work=work,
        chapter=chapter or work.chapters.order_by("position").first(),
        text=text,
        user=user,
        parent=parent,
        **kwargs,
    )


def page(client: Client, url: str, **params: Any) -> str:
    response = client.get(url, params)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def comments_html(html: str) -> str:
    """The comments section of a page."""
    start = html.index('id="comments"')
    return html[start:]
