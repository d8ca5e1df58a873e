"""Comments in place with htmx (no page reload), and the rate limit that keeps what
was typed."""

from __future__ import annotations

import html as html_lib

import pytest
from django.core.cache import caches

from fanfold.feedback.models import MAX_THREAD_DEPTH, Comment
from tests.feedback.comments_support import guest_fields, post, post_url, say

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture(autouse=True)
def fresh_counters(db):
    caches["ratelimit"].clear()
    yield
    caches["ratelimit"].clear()


def test_reply_opens_an_inline_form_fragment(client, login, author, reader, make_work):
    work = make_work(author)
    parent = say(work, author, "Ask me anything about the quay.")
    html = client.get(work.get_absolute_url()).content.decode()
    assert f'hx-get="/comments/{parent.pk}/reply?at=0" hx-target="#reply-slot-{parent.pk}"' in html
    assert f'id="reply-slot-{parent.pk}"' in html
    login(reader)
    fragment = client.get(f"/comments/{parent.pk}/reply?at=0", **HTMX).content.decode()
    assert "<html" not in fragment and "<form" in fragment
    assert f'hx-post="/comments/{parent.pk}/reply"' in fragment
    assert 'name="at" value="0"' in fragment
    assert f'id="reply-{parent.pk}-id_text"' not in fragment  # ids are unique per form
    assert f'id="reply-{parent.pk}-text"' in fragment


def test_a_new_comment_with_htmx_is_added_to_the_list_with_a_fresh_form(
    client, login, author, reader, make_work
):
    work = make_work(author)
    login(reader)
    response = client.post(post_url(work), {"text": "Posted in place."}, **HTMX)
    assert response.status_code == 200
    comment = Comment.objects.get()
    body = response.content.decode()
    assert '<ol hx-swap-oob="beforeend:#comment-threads">' in body
    assert f'id="comment-{comment.pk}"' in body and "Posted in place." in body
    form = body[: body.index("hx-swap-oob")]
    assert "<form" in form and "Comment posted." in form
    assert "Posted in place." not in form  # the form is empty again


def test_a_reply_with_htmx_goes_under_its_parent(client, login, author, reader, make_work):
    work = make_work(author)
    parent = say(work, author, "Thanks for reading!")
    login(reader)
    response = client.post(
        f"/comments/{parent.pk}/reply", {"text": "Thanks for writing!", "at": "0"}, **HTMX
    )
    answer = Comment.objects.get(parent=parent)
    body = response.content.decode()
    assert f'<ol hx-swap-oob="beforeend:#replies-{parent.pk}">' in body
    assert f'class="comment-node depth-1" id="comment-{answer.pk}"' in body
    assert "Comment posted." in body and "<form" not in body


def test_a_reply_past_the_shown_depth_links_to_its_thread_instead(
    client, login, author, reader, make_work
):
    work = make_work(author)
    parent = say(work, author, "Deep down.")
    login(reader)
    response = client.post(
        f"/comments/{parent.pk}/reply",
        {"text": "Deeper still.", "at": str(MAX_THREAD_DEPTH)},
        **HTMX,
    )
    answer = Comment.objects.get(parent=parent)
    body = response.content.decode()
    assert "hx-swap-oob" not in body
    assert f'href="/comments/{answer.pk}#comment-{answer.pk}"' in body


def test_htmx_form_errors_come_back_in_place_with_the_text_kept(
    client, login, author, reader, make_work
):
    work = make_work(author)
    login(reader)
    response = client.post(post_url(work), {"text": "x" * 10_001}, **HTMX)
    body = response.content.decode()
    assert response.status_code == 200 and "<html" not in body
    assert "at most 10,000 characters" in body and "x" * 10_001 in body


def test_a_held_comment_with_htmx_says_it_awaits_approval(client, login, author, reader, make_work):
    work = make_work(author, moderate_comments=True)
    login(reader)
    body = html_lib.unescape(
        client.post(post_url(work), {"text": "In the queue."}, **HTMX).content.decode()
    )
    assert "It will appear once the work's creator approves it." in body
    assert "Awaiting approval" in body and "In the queue." in body


def test_a_guest_sent_to_log_in_from_htmx_gets_a_client_redirect(client, author, make_work):
    from fanfold.works.models import CommentPermission

    work = make_work(author, comment_permission=CommentPermission.REGISTERED)
    response = client.post(post_url(work), guest_fields(text="Hi."), **HTMX)
    assert response["HX-Redirect"].startswith("/login")
    assert not Comment.objects.exists()


def test_the_form_swaps_in_refusals_and_rate_limits(client, author, make_work):
    work = make_work(author)
    html = client.get(work.get_absolute_url()).content.decode()
    assert "hx-on::before-swap=" in html and "[403, 429].includes" in html


# Rate limits


def limit_comments(settings, n):
    settings.RATE_LIMITS = {
        "comment": [
            {"per": "account", "limit": n, "seconds": 600},
            {"per": "address", "limit": n, "seconds": 600},
        ]
    }


def test_past_the_rate_limit_the_form_comes_back_with_429_and_the_text(
    client, login, settings, author, reader, make_work
):
    limit_comments(settings, 2)
    work = make_work(author)
    login(reader)
    assert post(client, work, "One.").status_code == 302
    assert post(client, work, "Two.").status_code == 302
    response = post(client, work, "Three, which I typed with care.")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    body = html_lib.unescape(response.content.decode())
    assert "You're posting comments too fast. Please wait" in body
    assert "Three, which I typed with care." in body and "<form" in body
    assert Comment.objects.count() == 2


def test_the_rate_limit_counts_guests_by_address_and_answers_htmx_in_place(
    client, settings, author, make_work
):
    limit_comments(settings, 1)
    work = make_work(author)
    assert client.post(post_url(work), guest_fields(text="First.")).status_code == 302
    response = client.post(post_url(work), guest_fields(text="Second, kept."), **HTMX)
    assert response.status_code == 429
    body = html_lib.unescape(response.content.decode())
    assert "<html" not in body and "too fast" in body and "Second, kept." in body
    assert 'value="Wanderer"' in body
    assert Comment.objects.count() == 1
