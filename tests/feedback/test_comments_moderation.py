"""What a work's creators can do with its comments (delete, hide, freeze, approve),
and how a creator's comment on their own anonymous work keeps them anonymous."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied

from fanfold.accounts.services import pseud_create
from fanfold.feedback.comments import services
from fanfold.feedback.comments.selectors import comment_byline
from fanfold.feedback.models import Comment, CommentStatus
from fanfold.works.models import Work
from tests.feedback.comments_support import comments_html, page, post, reply, say
from tests.works.test_posting import form_data


def action(client, comment, name, **data):
    return client.post(f"/comments/{comment.pk}/{name}", data)


# Delete, hide, freeze


def test_a_creator_deletes_any_comment_on_their_work(client, login, author, reader, make_work):
    work = make_work(author)
    comment = say(work, reader, "Unkind words.")
    login(author)
    html = comments_html(page(client, work.get_absolute_url()))
    assert f'href="/comments/{comment.pk}/delete"' in html
    assert f'href="/comments/{comment.pk}/edit"' not in html
    response = client.post(f"/comments/{comment.pk}/delete")
    assert response.status_code == 302 and response["Location"].endswith("#comments")
    assert not Comment.objects.exists()


def test_a_creator_cannot_delete_comments_on_someone_elses_work(
    client, login, author, reader, make_user, make_work
):
    other_work = make_work(make_user("otherwriter"))
    comment = say(other_work, reader, "Not yours to remove.")
    login(author)
    assert client.post(f"/comments/{comment.pk}/delete").status_code == 403
    assert Comment.objects.filter(pk=comment.pk).exists()


def test_a_hidden_comment_is_seen_only_by_the_creators_and_its_author(
    client, login, author, reader, make_user, make_work
):
    work = make_work(author)
    comment = say(work, reader, "Something best kept quiet.")
    say(work, reader, "Something fine.")
    login(author)
    response = action(client, comment, "hide")
    assert response.status_code == 302
    comment.refresh_from_db()
    work.refresh_from_db()
    assert comment.hidden_by_creator and work.comments_count == 1

    for viewer, sees in (
        (None, False),
        (make_user("bystander"), False),
        (reader, True),
        (author, True),
    ):
        client.logout()
        if viewer is not None:
            client.force_login(viewer)
        html = comments_html(page(client, work.get_absolute_url()))
        assert ("Something best kept quiet." in html) is sees
        assert ("Hidden: only the work's creators and the comment's author see it" in html) is sees
        assert ("Comments (2)" if sees else "Comments (1)") in html

    login(author)
    action(client, comment, "unhide")
    work.refresh_from_db()
    assert work.comments_count == 2
    client.logout()
    assert "Something best kept quiet." in page(client, work.get_absolute_url())


def test_replies_to_a_hidden_comment_stay_under_a_placeholder(client, author, reader, make_work):
    work = make_work(author)
    parent = say(work, reader, "The hidden part.")
    say(work, author, "A reply anyone may read.", parent=parent)
    services.comment_hide(comment=parent, user=author)
    html = comments_html(page(client, work.get_absolute_url()))
    assert "The hidden part." not in html
    assert "(This comment is hidden)" in html and "A reply anyone may read." in html
    assert "Comments (1)" in html


def test_a_frozen_thread_takes_no_new_replies_until_unfrozen(
    client, login, author, reader, make_work
):
    work = make_work(author)
    top = say(work, reader, "Where it started.")
    middle = say(work, author, "Where it went.", parent=top)
    login(author)
    action(client, top, "freeze")
    assert set(Comment.objects.values_list("frozen", flat=True)) == {True}

    login(reader)
    html = comments_html(page(client, work.get_absolute_url()))
    assert "Frozen" in html
    assert f'href="/comments/{top.pk}/reply"' not in html
    assert f'href="/comments/{middle.pk}/reply"' not in html
    for parent in (top, middle):
        response = reply(client, parent, "Can I still add this?")
        assert response.status_code == 403
        body = response.content.decode()
        assert "This thread is frozen: no new replies can be added." in body
        assert "Can I still add this?" in body
    assert Comment.objects.count() == 2
    # Frozen comments aren't edited either; new threads are still welcome.
    assert f'href="/comments/{top.pk}/edit"' not in html
    assert post(client, work, "A new thread is fine.").status_code == 302

    login(author)
    action(client, top, "unfreeze")
    login(reader)
    assert reply(client, middle, "Open again.").status_code == 302


def test_freezing_a_reply_freezes_only_its_own_branch(author, reader, make_work):
    work = make_work(author)
    top = say(work, reader, "Root.")
    left = say(work, author, "Left.", parent=top)
    left_child = say(work, reader, "Left child.", parent=left)
    right = say(work, reader, "Right.", parent=top)
    services.comment_freeze(comment=left, user=author)
    frozen = dict(Comment.objects.values_list("pk", "frozen"))
    assert frozen == {top.pk: False, left.pk: True, left_child.pk: True, right.pk: False}


@pytest.mark.parametrize("name", ["hide", "unhide", "freeze", "unfreeze", "approve"])
def test_only_the_creators_use_the_creator_tools(client, login, author, reader, make_work, name):
    work = make_work(author)
    comment = say(work, reader, "Leave me be.")
    login(reader)
    assert action(client, comment, name).status_code == 403
    html = comments_html(page(client, work.get_absolute_url()))
    assert "Freeze thread" not in html and ">Hide<" not in html


def test_the_tools_need_a_post(client, login, author, reader, make_work):
    work = make_work(author)
    comment = say(work, reader, "Hmm.")
    login(author)
    assert client.get(f"/comments/{comment.pk}/hide").status_code == 405
    assert client.post(f"/comments/{comment.pk}/explode").status_code == 404


def test_co_creators_moderate_too(client, login, author, reader, make_user, make_work):
    from fanfold.works.services import creatorship_accept, creatorship_invite

    work = make_work(author)
    partner = make_user("partner")
    creatorship_accept(
        creatorship=creatorship_invite(work=work, inviter=author, invitee=partner), user=partner
    )
    comment = say(work, reader, "To both of you.")
    login(partner)
    action(client, comment, "hide")
    comment.refresh_from_db()
    assert comment.hidden_by_creator


# Moderation


@pytest.fixture
def moderated(author, make_work) -> Work:
    return make_work(author, moderate_comments=True)


def test_a_moderated_work_holds_comments_until_a_creator_approves(
    client, login, author, reader, make_user, moderated
):
    work = moderated
    login(reader)
    response = post(client, work, "Waiting my turn.")
    comment = Comment.objects.get()
    assert comment.status == CommentStatus.PENDING
    work.refresh_from_db()
    assert work.comments_count == 0
    html = page(client, response["Location"])
    assert "It will appear once the work&#x27;s creator approves it." in html
    assert "Waiting my turn." in html and "Awaiting approval" in html
    assert f'href="/comments/{comment.pk}/reply"' not in html

    for viewer in (None, make_user("bystander")):
        client.logout()
        if viewer:
            client.force_login(viewer)
        assert "Waiting my turn." not in page(client, work.get_absolute_url())

    login(author)
    work_page = page(client, work.get_absolute_url())
    assert "Waiting my turn." not in work_page  # reviewed on their own page
    assert "1 comment awaits your approval" in work_page
    unreviewed = page(client, f"/works/{work.pk}/comments/unreviewed")
    assert "Waiting my turn." in unreviewed and "reader" in unreviewed
    response = action(client, comment, "approve", next=f"/works/{work.pk}/comments/unreviewed")
    assert response["Location"] == f"/works/{work.pk}/comments/unreviewed"
    comment.refresh_from_db()
    work.refresh_from_db()
    assert comment.status == CommentStatus.PUBLISHED and work.comments_count == 1
    assert "No comments are waiting for approval." in page(
        client, f"/works/{work.pk}/comments/unreviewed"
    )
    client.logout()
    assert "Waiting my turn." in page(client, work.get_absolute_url())


def test_a_guest_is_told_their_comment_awaits_approval(client, moderated):
    response = post(client, moderated, "A guest, waiting.")
    assert response["Location"].endswith("#comments")
    html = page(client, response["Location"])
    assert "It will appear once the work&#x27;s creator approves it." in html
    assert "A guest, waiting." not in html


def test_a_creator_deletes_a_held_comment_from_the_review_page(
    client, login, author, reader, moderated
):
    comment = say(moderated, reader, "Buy cheap things here.")
    login(author)
    here = f"/works/{moderated.pk}/comments/unreviewed"
    response = client.post(f"/comments/{comment.pk}/delete", {"next": here})
    assert response["Location"] == here
    assert not Comment.objects.exists()


def test_the_review_page_is_for_the_creators_only(client, login, reader, moderated):
    login(reader)
    assert client.get(f"/works/{moderated.pk}/comments/unreviewed").status_code == 403
    client.logout()
    response = client.get(f"/works/{moderated.pk}/comments/unreviewed")
    assert response.status_code == 302 and response["Location"].startswith("/login")


def test_creators_are_not_held_on_their_own_moderated_work(author, moderated):
    assert say(moderated, author, "Thanks for reading!").status == CommentStatus.PUBLISHED


def test_pending_comments_cannot_be_replied_to(author, reader, make_user, moderated):
    pending = say(moderated, reader, "Held.")
    with pytest.raises(Exception, match="replied to"):
        say(moderated, make_user("other"), "Answer.", parent=pending)


def test_the_work_form_offers_moderation_and_saves_it(client, login, author, make_work):
    work = make_work(author)
    login(author)
    form = page(client, f"/works/{work.pk}/edit")
    assert 'name="moderate_comments"' in form
    data = form_data(moderate_comments="on")
    for key in ("chapter_title", "chapter_text", "post_work"):
        data.pop(key)
    assert client.post(f"/works/{work.pk}/edit", data).status_code == 302
    work.refresh_from_db()
    assert work.moderate_comments
    data.pop("moderate_comments")
    client.post(f"/works/{work.pk}/edit", data)
    work.refresh_from_db()
    assert not work.moderate_comments


# Anonymous creators


@pytest.fixture
def anonymous_work(author, make_work) -> Work:
    pseud_create(user=author, name="Fogwriter")
    return make_work(author, title="Fogbound", anonymous=True)


def creators_names(author) -> list[str]:
    return [author.username, *author.pseuds.values_list("name", flat=True)]


def test_a_creator_on_their_anonymous_work_is_anonymous_creator_to_everyone_else(
    client, login, author, reader, make_user, anonymous_work
):
    work = anonymous_work
    fog = author.pseuds.get(name="Fogwriter")
    question = say(work, reader, "Who wrote this? It's wonderful.")
    answer = say(work, author, "Thank you so much!", parent=question, pseud=fog)
    say(work, author, "A note from me.", pseud=author.default_pseud)
    urls = [
        work.get_absolute_url(),
        answer.get_absolute_url(),
        question.get_absolute_url(),
        f"/comments/{answer.pk}/reply",
    ]
    for viewer in (None, reader, make_user("bystander")):
        client.logout()
        if viewer is not None:
            client.force_login(viewer)
        for url in urls:
            html = page(client, url)
            assert "Anonymous Creator" in html, url
            for name in creators_names(author):
                assert name not in html, (viewer, url, name)
            assert f"/users/{author.username}" not in html


def test_the_creators_and_admins_see_who_wrote_an_anonymous_creators_comment(
    client, login, author, make_user, anonymous_work
):
    say(anonymous_work, author, "From me.", pseud=author.pseuds.get(name="Fogwriter"))
    admin = make_user("keeper", is_staff=True)
    for viewer in (author, admin):
        login(viewer)
        html = comments_html(page(client, anonymous_work.get_absolute_url()))
        assert "Fogwriter (quill)" in html and "Anonymous Creator" not in html


def test_comment_byline_names_pseud_guest_anonymous_creator_or_deleted(
    author, reader, make_user, make_work, anonymous_work
):
    open_work = make_work(author, title="Open")
    by_reader = say(open_work, reader, "Hello.")
    by_guest = say(open_work, None, "Hi.", guest_name="Wanderer")
    by_author = say(open_work, author, "Thanks.")
    anonymous = say(anonymous_work, author, "Shh.")
    admin = make_user("keeper", is_staff=True)
    assert comment_byline(by_reader, None) == "reader"
    assert comment_byline(by_guest, reader) == "Wanderer (Guest)"
    assert comment_byline(by_author, reader) == "quill"
    assert comment_byline(anonymous, None) == "Anonymous Creator"
    assert comment_byline(anonymous, reader) == "Anonymous Creator"
    assert comment_byline(anonymous, author) == "quill"
    assert comment_byline(anonymous, admin) == "quill"
    say(anonymous_work, reader, "A reply.", parent=anonymous)
    services.comment_delete(comment=anonymous, user=author)
    anonymous.refresh_from_db()
    assert comment_byline(anonymous, reader) == "(deleted)"


def test_a_work_made_anonymous_later_hides_its_creators_earlier_comments(client, author, make_work):
    work = make_work(author)
    say(work, author, "Posted before the veil.")
    Work.objects.filter(pk=work.pk).update(anonymous=True)
    html = page(client, work.get_absolute_url())
    assert "Anonymous Creator" in html and "quill" not in html


def test_services_refuse_what_the_pages_do_not_offer(author, reader, make_work):
    work = make_work(author)
    comment = say(work, reader, "Mine.")
    with pytest.raises(PermissionDenied):
        services.comment_hide(comment=comment, user=reader)
    with pytest.raises(PermissionDenied):
        services.comment_edit(comment=comment, user=author, text="Not mine.")
    with pytest.raises(PermissionDenied):
        services.comment_approve(comment=comment, user=reader)
