"""The spam score that holds suspicious comments, and the traps on guests' forms."""

from __future__ import annotations

import datetime
import html as html_lib
import time

import pytest
from django import forms
from django.utils import timezone

from fanfold.core import antispam
from fanfold.feedback.comments.spam import SpamScore, comment_spam_score, score_text
from fanfold.feedback.models import Comment, CommentStatus
from tests.feedback.comments_support import guest_fields, page, post, post_url, say

OLD = datetime.timedelta(days=400)


def links(n: int) -> str:
    return " ".join(f"https://shop{i}.example.com/deal" for i in range(n))


@pytest.fixture
def seasoned(make_user):
    """A reader whose account is well over a day old."""
    return make_user("seasoned", date_joined=timezone.now() - OLD)


# The score itself


def test_an_ordinary_comment_scores_nothing():
    result = score_text("I loved the ending, thank you!", is_guest=False, account_age=OLD)
    assert result.score == 0 and result.reasons == [] and not result.held


def test_each_link_adds_and_many_links_add_a_lot():
    assert score_text(links(1), is_guest=False, account_age=OLD).score == 1
    assert score_text(links(3), is_guest=False, account_age=OLD).score == 3
    assert score_text(links(4), is_guest=False, account_age=OLD).score == 4 + 2
    assert score_text(links(6), is_guest=False, account_age=OLD).score == 6 + 6
    assert score_text(links(4), is_guest=False, account_age=OLD).held


def test_links_are_counted_in_markup_and_bbcode_too():
    text = '<a href="https://a.example">x</a> www.b.example [url=c]c[/url]'
    assert score_text(text, is_guest=False, account_age=OLD).score == 3


def test_new_accounts_and_guests_add():
    assert score_text("Hi.", is_guest=False, account_age=datetime.timedelta(hours=2)).score == 2
    assert score_text("Hi.", is_guest=True).score == 1.5


def test_long_runs_of_one_character_or_word_add():
    assert score_text("A" * 30 + "H", is_guest=False, account_age=OLD).score == 3
    assert score_text("A" * 20 + "H", is_guest=False, account_age=OLD).score == 0
    assert score_text("buy " * 10, is_guest=False, account_age=OLD).score == 3
    assert score_text("so so so good", is_guest=False, account_age=OLD).score == 0


def test_repeated_text_adds_for_long_texts_at_once_and_short_ones_at_the_third_time():
    long = "This is the same long message pasted everywhere."
    assert score_text(long, is_guest=False, account_age=OLD, earlier_copies=1).score == 5
    assert score_text("Loved it!", is_guest=False, account_age=OLD, earlier_copies=1).score == 0
    assert score_text("Loved it!", is_guest=False, account_age=OLD, earlier_copies=2).score == 5


def test_the_threshold_is_a_setting(settings):
    assert SpamScore(score=5).held
    settings.SPAM_THRESHOLD = 100
    assert not SpamScore(score=99).held


def test_the_same_text_recently_by_the_same_account_or_address_counts(
    author, seasoned, make_user, make_work
):
    work = make_work(author)
    text = "Visit my page for more stories like this one, friends."
    say(work, seasoned, text, visitor_key="k1")
    assert comment_spam_score(text, user=seasoned, visitor_key="k2").score == 5
    # Another account from the same address.
    other = make_user("sockpuppet", date_joined=timezone.now() - OLD)
    assert comment_spam_score(text, user=other, visitor_key="k1").score == 5
    assert comment_spam_score(text, user=other, visitor_key="k3").score == 0
    # Spacing, case and punctuation don't disguise it; a day later it's forgotten.
    assert comment_spam_score(text.upper() + "!!", user=seasoned, visitor_key="").score == 5
    Comment.objects.update(created_at=timezone.now() - datetime.timedelta(days=2))
    assert comment_spam_score(text, user=seasoned, visitor_key="").score == 0


# Holding for approval


def test_a_link_heavy_comment_is_held_even_where_the_work_does_not_moderate(
    client, login, author, seasoned, make_work
):
    work = make_work(author)
    assert not work.moderate_comments
    login(seasoned)
    response = post(client, work, "Great story! " + links(5))
    comment = Comment.objects.get()
    assert comment.status == CommentStatus.PENDING and comment.spam_score >= 5
    work.refresh_from_db()
    assert work.comments_count == 0
    told = page(client, response["Location"])
    assert "It will appear once the work&#x27;s creator approves it." in told
    client.logout()
    assert "Great story!" not in page(client, work.get_absolute_url())
    login(author)
    review = page(client, f"/works/{work.pk}/comments/unreviewed")
    assert "Great story!" in review and "looked like spam" in review


def test_pasting_the_same_comment_twice_holds_the_second(author, seasoned, make_work):
    first_work = make_work(author, title="One")
    second_work = make_work(author, title="Two")
    text = "Check out my profile for the best fic recommendations around."
    assert say(first_work, seasoned, text).status == CommentStatus.PUBLISHED
    assert say(second_work, seasoned, text).status == CommentStatus.PENDING


def test_an_edit_that_turns_spammy_is_held_again(client, login, author, seasoned, make_work):
    work = make_work(author)
    comment = say(work, seasoned, "Lovely work.")
    login(seasoned)
    client.post(f"/comments/{comment.pk}/edit", {"text": "Lovely work. " + links(5)})
    comment.refresh_from_db()
    work.refresh_from_db()
    assert comment.status == CommentStatus.PENDING and work.comments_count == 0


def test_an_edit_is_not_a_copy_of_itself(client, login, author, seasoned, make_work):
    work = make_work(author)
    comment = say(work, seasoned, "A thoughtful paragraph about the lamps on the quay.")
    login(seasoned)
    client.post(
        f"/comments/{comment.pk}/edit",
        {"text": "A thoughtful paragraph about the lamps on the quay!"},
    )
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PUBLISHED and comment.edited_at


def test_a_creator_is_never_held_on_their_own_work(author, make_work):
    work = make_work(author)
    assert say(work, author, "My other works: " + links(6)).status == CommentStatus.PUBLISHED


def test_a_raised_threshold_lets_links_through(settings, author, seasoned, make_work):
    settings.SPAM_THRESHOLD = 50
    work = make_work(author)
    assert say(work, seasoned, links(6)).status == CommentStatus.PUBLISHED


# The guest form's traps


def test_the_guest_form_carries_a_hidden_honeypot_and_a_signed_stamp(client, author, make_work):
    work = make_work(author)
    html = page(client, work.get_absolute_url())
    trap = html[html.index('<div class="antispam-field') :]
    trap = trap[: trap.index("</div>")]
    assert 'aria-hidden="true"' in trap and "visually-hidden" in trap
    assert 'name="website"' in trap and 'autocomplete="off"' in trap and 'tabindex="-1"' in trap
    assert "Leave this empty" in trap
    assert 'type="hidden" name="form_stamp"' in html


def test_a_logged_in_users_form_has_no_traps(client, login, author, reader, make_work):
    work = make_work(author)
    login(reader)
    html = page(client, work.get_absolute_url())
    assert 'name="website"' not in html and 'name="form_stamp"' not in html


def test_a_filled_honeypot_is_refused_without_saving_and_keeps_the_text(client, author, make_work):
    work = make_work(author)
    response = client.post(
        post_url(work),
        guest_fields(text="Genuine praise, honestly.", website="http://spam.example"),
    )
    assert response.status_code == 200
    body = html_lib.unescape(response.content.decode())
    assert "field marked “Leave this empty” was filled in" in body
    assert "Genuine praise, honestly." in body and 'value="Wanderer"' in body
    assert "http://spam.example" not in body  # emptied, so a person can just resend
    assert not Comment.objects.exists()


def test_a_form_sent_too_fast_is_refused_with_everything_kept(client, author, make_work):
    work = make_work(author)
    fresh = antispam.issue_stamp("comment")
    response = client.post(
        post_url(work), guest_fields(text="Quick but sincere.", form_stamp=fresh)
    )
    body = html_lib.unescape(response.content.decode())
    assert "faster than a person can fill in the form" in body
    assert "Quick but sincere." in body and 'value="Wanderer"' in body
    assert not Comment.objects.exists()
    # The form comes back with a new stamp; sent a little later, it goes through.
    assert 'name="form_stamp"' in body and fresh not in body


@pytest.mark.parametrize(
    "stamp",
    [
        "",
        "not-a-stamp",
        antispam.issue_stamp("comment") + "x",
        antispam.issue_stamp("signup", issued_at=time.time() - 60),
        antispam.issue_stamp("comment", issued_at=time.time() - antispam.MAX_AGE_SECONDS - 60),
    ],
    ids=["missing", "garbage", "tampered", "other-form", "too-old"],
)
def test_a_bad_or_stale_stamp_is_refused_with_the_text_kept(client, author, make_work, stamp):
    work = make_work(author)
    response = client.post(post_url(work), guest_fields(text="Kept safe.", form_stamp=stamp))
    body = html_lib.unescape(response.content.decode())
    assert "This form was open too long or was changed on the way" in body
    assert "Kept safe." in body
    assert not Comment.objects.exists()


def test_stamp_problem_checks_age_both_ways():
    now = time.time()
    assert (
        antispam.stamp_problem(antispam.issue_stamp("x", issued_at=now - 5), "x", now=now) is None
    )
    assert antispam.stamp_problem(antispam.issue_stamp("x", issued_at=now - 1), "x", now=now)
    assert antispam.stamp_problem(antispam.issue_stamp("x", issued_at=now - 5), "y", now=now)


def test_the_mixin_serves_any_form():
    class GuestbookForm(antispam.AntiSpamMixin, forms.Form):
        antispam_form_name = "guestbook"
        message = forms.CharField()

    stamp = antispam.issue_stamp("guestbook", issued_at=time.time() - 10)
    assert GuestbookForm({"message": "hi", "form_stamp": stamp, "website": ""}).is_valid()
    trapped = GuestbookForm({"message": "hi", "form_stamp": stamp, "website": "x"})
    assert not trapped.is_valid() and trapped.refused_as_spam
    assert GuestbookForm({"message": "hi"}, antispam=False).is_valid()
