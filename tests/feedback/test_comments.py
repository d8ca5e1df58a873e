"""Comments as readers write them: who may post, what is kept, editing and deleting.
Threads, pages and counts are in test_comments_threads.py."""

from __future__ import annotations

import html as html_lib

import pytest

from fanfold.core.models import SiteOptions
from fanfold.feedback.models import MAX_COMMENT, Comment
from fanfold.works.models import CommentPermission, Work
from tests.feedback.comments_support import comments_html, page, post, say


def count_header(html: str) -> str:
    start = html.index('id="comments-heading">') + len('id="comments-heading">')
    return html[start : html.index("</h2>", start)]


# Posting


def test_a_reader_comments_and_lands_on_the_comment(client, login, author, reader, make_work):
    work = make_work(author)
    login(reader)
    response = post(client, work, "The lamps coming on one at a time: lovely.")
    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{work.get_absolute_url()}#comment-{comment.pk}"
    assert (comment.user, comment.pseud, comment.chapter) == (
        reader,
        reader.default_pseud,
        work.chapters.get(),
    )
    html = page(client, work.get_absolute_url())
    assert "The lamps coming on one at a time: lovely." in html
    assert f'id="comment-{comment.pk}"' in html
    assert "Comment posted." in html


def test_a_guest_comments_under_a_name_and_their_email_is_never_shown(client, author, make_work):
    work = make_work(author)
    response = post(client, work, "Read it twice.", name="Lantern Fan", email="fan@example.net")
    assert response.status_code == 302
    comment = Comment.objects.get()
    assert (comment.guest_name, comment.guest_email, comment.user) == (
        "Lantern Fan",
        "fan@example.net",
        None,
    )
    assert comment.visitor_key and "127.0.0.1" not in comment.visitor_key
    for viewer in (None, author):
        if viewer:
            client.force_login(viewer)
        html = page(client, work.get_absolute_url())
        assert "Lantern Fan (Guest)" in html
        assert "fan@example.net" not in html and "example.net" not in html
        assert "fan@example.net" not in page(client, comment.get_absolute_url())


def test_a_guest_comment_needs_a_name_and_keeps_the_text(client, author, make_work):
    work = make_work(author)
    response = post(client, work, "Nameless but keen.", name="")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Please give a name to comment under." in html
    assert "Nameless but keen." in html
    assert not Comment.objects.exists()


def test_the_guest_form_asks_for_name_and_optional_email_the_account_form_does_not(
    client, login, author, reader, make_work
):
    work = make_work(author)
    guest_form = comments_html(page(client, work.get_absolute_url()))
    assert 'name="name"' in guest_form and 'name="email"' in guest_form
    assert "Email (optional, never shown)" in guest_form
    login(reader)
    reader_form = comments_html(page(client, work.get_absolute_url()))
    assert 'name="name"' not in reader_form and 'name="email"' not in reader_form
    assert "Commenting as reader" in reader_form


def test_a_user_with_several_pseuds_chooses_one(client, login, author, reader, make_work):
    from fanfold.accounts.services import pseud_create

    work = make_work(author)
    night = pseud_create(user=reader, name="Night Reader")
    login(reader)
    assert 'name="pseud"' in page(client, work.get_absolute_url())
    post(client, work, "As my other self.", pseud=night.pk)
    assert Comment.objects.get().pseud == night
    assert "Night Reader (reader)" in page(client, work.get_absolute_url())


def test_nobody_comments_as_someone_elses_pseud(client, login, author, reader, make_work):
    from fanfold.accounts.services import pseud_create

    work = make_work(author)
    pseud_create(user=reader, name="Night Reader")
    login(reader)
    response = post(client, work, "Borrowed name.", pseud=author.default_pseud.pk)
    assert response.status_code == 200
    assert "Borrowed name." in response.content.decode()
    assert not Comment.objects.exists()


def test_an_empty_comment_is_refused(client, login, author, reader, make_work):
    work = make_work(author)
    login(reader)
    response = post(client, work, "   \n  ")
    assert "A comment needs some text." in response.content.decode()
    assert not Comment.objects.exists()


def test_a_comment_of_10001_characters_is_refused_with_the_text_kept(
    client, login, author, reader, make_work
):
    work = make_work(author)
    login(reader)
    text = "word " * 2000 + "x"
    assert len(text) == MAX_COMMENT + 1
    response = post(client, work, text)
    assert response.status_code == 200
    html = response.content.decode()
    assert "at most 10,000 characters long; this one has 10,001" in html
    assert text in html_lib.unescape(html)
    assert not Comment.objects.exists()
    # No maxlength: a browser would cut a long paste short without a word.
    assert "maxlength" not in html[html.index("<textarea") : html.index("</textarea>")]


def test_a_comment_of_exactly_10000_characters_is_accepted(
    client, login, author, reader, make_work
):
    work = make_work(author)
    login(reader)
    post(client, work, "a" * 9_991 + " the end.")
    assert len(Comment.objects.get().text) == MAX_COMMENT


def test_links_get_nofollow_ugc_and_scripts_are_stripped(client, login, author, reader, make_work):
    work = make_work(author)
    login(reader)
    post(
        client,
        work,
        'See <a href="https://example.org/notes" onclick="steal()">my notes</a>'
        "<script>alert('x')</script> and <img src=https://example.org/pixel.gif>.",
    )
    stored = Comment.objects.get().text_html
    assert '<a href="https://example.org/notes" rel="nofollow ugc">my notes</a>' in stored
    assert "script" not in stored and "alert" not in stored and "onclick" not in stored
    assert "<img" not in stored
    html = page(client, work.get_absolute_url())
    assert 'rel="nofollow ugc">my notes</a>' in html
    assert "alert('x')" not in html and "pixel.gif" not in html


def test_plain_text_comments_keep_their_paragraphs(author, reader, make_work):
    work = make_work(author)
    comment = say(work, reader, "First thought.\n\nSecond thought.")
    assert comment.text_html == "<p>First thought.</p>\n<p>Second thought.</p>"


def test_a_draft_takes_no_comments(client, login, author, reader, make_work):
    draft = make_work(author, post=False)
    login(reader)
    assert post(client, draft, "Early!").status_code == 404
    assert not Comment.objects.exists()


# Who may comment: the work's setting and the archive's switch


def test_a_restricted_work_refuses_guest_comments_and_sends_them_to_log_in(
    client, author, make_work
):
    work = make_work(author, restricted=True)
    response = post(client, work, "Let me in.")
    assert response.status_code == 302 and response["Location"].startswith("/login")
    assert not Comment.objects.exists()


def test_registered_only_refuses_guests_with_a_way_to_log_in(client, author, make_work):
    work = make_work(author, comment_permission=CommentPermission.REGISTERED)
    section = comments_html(page(client, work.get_absolute_url()))
    assert "Only registered users can comment on this work. Log in to comment." in section
    assert "/login?next=" in section
    assert 'name="text"' not in section
    response = post(client, work, "Guest here.")
    assert response.status_code == 302 and response["Location"].startswith("/login")
    assert not Comment.objects.exists()


def test_registered_only_lets_logged_in_users_comment(client, login, author, reader, make_work):
    work = make_work(author, comment_permission=CommentPermission.REGISTERED)
    login(reader)
    assert 'name="text"' in comments_html(page(client, work.get_absolute_url()))
    assert post(client, work, "Members only, and here I am.").status_code == 302
    assert Comment.objects.count() == 1


def test_comments_turned_off_refuse_everyone_and_say_so(client, login, author, reader, make_work):
    work = make_work(author, comment_permission=CommentPermission.NOBODY)
    login(reader)
    section = comments_html(page(client, work.get_absolute_url()))
    assert "The creator has turned off comments on this work." in section
    assert 'name="text"' not in section
    response = post(client, work, "Can I, though?")
    assert response.status_code == 403
    html = response.content.decode()
    assert "The creator has turned off comments on this work." in html
    assert "Can I, though?" in html
    assert not Comment.objects.exists()


def test_turning_comments_off_keeps_the_old_ones_readable(client, author, reader, make_work):
    work = make_work(author)
    say(work, reader, "Said before the door closed.")
    Work.objects.filter(pk=work.pk).update(comment_permission=CommentPermission.NOBODY)
    assert "Said before the door closed." in page(client, work.get_absolute_url())


@pytest.fixture
def guest_comments_off(db):
    SiteOptions(guest_comments=False).save()
    yield
    # Saving clears the cached options, so later tests see the default again.
    SiteOptions(guest_comments=True).save()


def test_the_archive_can_turn_guest_comments_off_everywhere(
    client, login, author, reader, make_work, guest_comments_off
):
    work = make_work(author)
    section = comments_html(page(client, work.get_absolute_url()))
    assert "Guest comments are turned off on this archive. Log in to comment." in section
    assert 'name="text"' not in section
    response = post(client, work, "A guest tries anyway.")
    assert response.status_code == 302 and response["Location"].startswith("/login")
    assert not Comment.objects.exists()
    login(reader)
    assert post(client, work, "Logged-in users still can.").status_code == 302
    assert Comment.objects.count() == 1


def test_an_admin_turns_guest_comments_off_in_the_admin(client, make_user, author, make_work):
    work = make_work(author)
    client.force_login(make_user("keeper", is_staff=True, is_superuser=True))
    try:
        response = client.get("/admin/core/siteoptions/")
        assert response["Location"] == "/admin/core/siteoptions/add/"
        assert "Guests may comment" in page(client, response["Location"])
        assert client.post("/admin/core/siteoptions/add/", {"_save": "1"}).status_code == 302
        assert not SiteOptions.current().guest_comments
        assert client.get("/admin/core/siteoptions/")["Location"] == (
            "/admin/core/siteoptions/1/change/"
        )
        client.logout()
        assert "Guest comments are turned off" in page(client, work.get_absolute_url())
    finally:
        SiteOptions(guest_comments=True).save()


# Editing and deleting


def test_the_author_edits_their_comment_and_it_is_marked_edited(
    client, login, author, reader, make_work
):
    work = make_work(author)
    comment = say(work, reader, "Teh best chapter.")
    login(reader)
    form = page(client, f"/comments/{comment.pk}/edit")
    assert "Teh best chapter." in form
    response = client.post(f"/comments/{comment.pk}/edit", {"text": "The best chapter."})
    assert response["Location"] == f"{work.get_absolute_url()}#comment-{comment.pk}"
    comment.refresh_from_db()
    assert comment.text == "The best chapter." and comment.edited_at is not None
    html = page(client, work.get_absolute_url())
    assert "The best chapter." in html and "Last edited" in html
    assert "Teh best" not in html


def test_an_edit_over_the_limit_is_refused_with_the_text_kept(
    client, login, author, reader, make_work
):
    work = make_work(author)
    comment = say(work, reader, "Short.")
    login(reader)
    text = "z" * (MAX_COMMENT + 5)
    response = client.post(f"/comments/{comment.pk}/edit", {"text": text})
    assert response.status_code == 200 and text in response.content.decode()
    comment.refresh_from_db()
    assert comment.text == "Short." and comment.edited_at is None


def test_only_the_author_edits_a_comment(client, login, author, reader, make_user, make_work):
    work = make_work(author)
    comment = say(work, reader, "Mine.")
    login(make_user("other"))
    assert client.get(f"/comments/{comment.pk}/edit").status_code == 403
    assert client.post(f"/comments/{comment.pk}/edit", {"text": "Yours."}).status_code == 403
    login(author)  # not even the work's creator
    assert client.post(f"/comments/{comment.pk}/edit", {"text": "Ours."}).status_code == 403
    comment.refresh_from_db()
    assert comment.text == "Mine."
    assert "/edit" not in comments_html(page(client, work.get_absolute_url())).split("Mine.")[1]


def test_deleting_a_comment_without_replies_removes_it(client, login, author, reader, make_work):
    work = make_work(author)
    comment = say(work, reader, "Regret this.")
    login(reader)
    assert "Delete this comment?" in page(client, f"/comments/{comment.pk}/delete")
    response = client.post(f"/comments/{comment.pk}/delete")
    assert response.status_code == 302
    assert not Comment.objects.exists()
    work.refresh_from_db()
    assert work.comments_count == 0
    html = page(client, work.get_absolute_url())
    assert "Regret this." not in html and "This comment was deleted" not in html


def test_deleting_a_comment_with_replies_leaves_a_placeholder(
    client, login, author, reader, make_work
):
    work = make_work(author)
    parent = say(work, reader, "Something I will take back.")
    answer = say(work, author, "A reply that should stay.", parent=parent)
    login(reader)
    client.post(f"/comments/{parent.pk}/delete")
    parent.refresh_from_db()
    assert parent.deleted and parent.text == "" and parent.user is None
    work.refresh_from_db()
    assert work.comments_count == 1
    html = comments_html(page(client, work.get_absolute_url()))
    assert "(This comment was deleted)" in html
    assert "Something I will take back." not in html
    assert "A reply that should stay." in html
    assert count_header(html) == "Comments (1)"
    # The reply no longer holds it up once it goes too.
    client.force_login(author)
    client.post(f"/comments/{answer.pk}/delete")
    assert not Comment.objects.exists()


def test_only_the_author_or_the_creators_delete_a_comment(
    client, login, author, reader, make_user, make_work
):
    work = make_work(author)
    comment = say(work, reader, "Stays put.")
    login(make_user("other"))
    assert client.post(f"/comments/{comment.pk}/delete").status_code == 403
    assert Comment.objects.filter(pk=comment.pk).exists()


def test_guests_cannot_edit_or_delete(client, author, make_work):
    work = make_work(author)
    comment = say(work, None, "A guest's words.")
    for action in ("edit", "delete"):
        response = client.post(f"/comments/{comment.pk}/{action}", {"text": "Changed."})
        assert response.status_code == 302 and response["Location"].startswith("/login")
    comment.refresh_from_db()
    assert comment.text == "A guest's words."


@pytest.mark.parametrize("viewer", ["guest", "reader"])
def test_the_thread_page_of_a_restricted_work_needs_a_login(
    client, login, author, reader, make_work, viewer
):
    work = make_work(author, restricted=True)
    comment = say(work, reader, "Members' corner.")
    if viewer == "reader":
        login(reader)
        assert "Members' corner." in html_lib.unescape(page(client, comment.get_absolute_url()))
    else:
        response = client.get(comment.get_absolute_url())
        assert response.status_code == 302 and response["Location"].startswith("/login")
