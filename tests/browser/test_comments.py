"""A reader gives kudos and posts a comment, then a reply thread through the inline htmx forms (a
too-long reply is refused in place with its text kept), without a page load."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from fanfold.feedback.models import Comment
from tests.conftest import PASSWORD

pytestmark = pytest.mark.browser


def test_a_reader_gives_kudos_and_posts_a_reply_thread_in_place(
    page: Page, author, reader, make_work
):
    work = make_work(author)
    page.goto("/login")
    page.fill("#id_username", "reader")
    page.fill("#id_password", PASSWORD)
    page.click("form button[type=submit]:has-text('Log in')")
    page.goto(work.get_absolute_url())
    # Kudos first: the section is swapped in place, no page load.
    page.evaluate("window.notReloaded = true")
    page.click("#kudos button.kudos-button")
    expect(page.locator("#kudos")).to_contain_text("reader")
    expect(page.locator("#kudos button.kudos-button")).to_be_disabled()
    assert page.evaluate("window.notReloaded") is True
    work.refresh_from_db()
    assert work.kudos_count == 1
    page.fill("#comment-text", "First thoughts from the browser.")
    page.click("form.comment-form button[type=submit]")
    expect(page.locator("#comment-threads")).to_contain_text("First thoughts from the browser.")
    first = Comment.objects.get()
    # reply inline
    page.click(f"#comment-{first.pk} .comment-actions a:has-text('Reply')")
    page.fill(f"#reply-{first.pk}-text", "Replying to myself inline.")
    page.click(f"#reply-slot-{first.pk} button[type=submit]")
    expect(page.locator(f"#replies-{first.pk}")).to_contain_text("Replying to myself inline.")
    expect(page.locator(f"#reply-slot-{first.pk}")).to_contain_text("Comment posted.")
    second = Comment.objects.get(parent=first)
    # and a reply to the reply
    page.click(f"#comment-{second.pk} .comment-actions a:has-text('Reply')")
    page.fill(f"#reply-{second.pk}-text", "x" * 10001)
    page.click(f"#reply-slot-{second.pk} button[type=submit]")
    expect(page.locator(f"#reply-slot-{second.pk}")).to_contain_text("at most 10,000")
    page.fill(f"#reply-{second.pk}-text", "Third level.")
    page.click(f"#reply-slot-{second.pk} button[type=submit]")
    expect(page.locator(f"#replies-{second.pk}")).to_contain_text("Third level.")
    assert Comment.objects.count() == 3
    assert page.evaluate("window.notReloaded") is True
    page.reload()
    expect(page.locator("#comments-heading")).to_have_text("Comments (3)")
