"""Blocks and mutes where comments are written and read."""

from __future__ import annotations

import pytest

from fanfold.accounts.services import block_add, block_remove, creator_mute_add
from fanfold.feedback.comments import services
from fanfold.feedback.comments.selectors import comment_section
from fanfold.feedback.models import Comment
from tests.feedback.comments_support import comments_html, page, post, reply, say


@pytest.fixture
def pest(make_user):
    return make_user("pest")


def header(html: str) -> str:
    start = html.index('id="comments-heading">') + len('id="comments-heading">')
    return html[start : html.index("</h2>", start)]


# Blocks


def test_a_user_blocked_by_the_creator_cannot_comment_on_the_work(
    client, login, author, pest, make_work
):
    work = make_work(author)
    block_add(blocker=author, blocked=pest)
    login(pest)
    section = comments_html(page(client, work.get_absolute_url()))
    assert "Sorry, you can&#x27;t comment on this work." in section
    assert 'name="text"' not in section
    response = post(client, work, "Let me say my piece.")
    assert response.status_code == 403
    body = response.content.decode()
    assert "Sorry, you can&#x27;t comment on this work." in body
    assert "Let me say my piece." in body
    assert not Comment.objects.exists()


def test_a_block_by_any_co_creator_is_enough(author, pest, make_user, make_work):
    from fanfold.works.services import creatorship_accept, creatorship_invite

    work = make_work(author)
    partner = make_user("partner")
    creatorship_accept(
        creatorship=creatorship_invite(work=work, inviter=author, invitee=partner), user=partner
    )
    block_add(blocker=partner, blocked=pest)
    with pytest.raises(Exception, match="can't comment on this work"):
        say(work, pest, "Hello?")


def test_a_user_blocked_by_a_commenter_cannot_reply_to_them_but_can_comment(
    client, login, author, reader, pest, make_work
):
    work = make_work(author)
    said = say(work, reader, "My favourite scene was the quay.")
    other = say(work, author, "Thanks for reading, everyone.")
    block_add(blocker=reader, blocked=pest)
    login(pest)
    html = comments_html(page(client, work.get_absolute_url()))
    assert f'href="/comments/{said.pk}/reply"' not in html
    assert f'href="/comments/{other.pk}/reply"' in html
    response = reply(client, said, "Actually it was terrible.")
    assert response.status_code == 403
    assert "Sorry, you can&#x27;t reply to this comment." in response.content.decode()
    assert "Actually it was terrible." in response.content.decode()
    assert response.status_code == 403
    assert reply(client, other, "Thanks for writing.").status_code == 302
    assert post(client, work, "A thread of my own.").status_code == 302
    assert not Comment.objects.filter(parent=said).exists()


def test_the_reply_page_of_a_blocker_says_so_without_a_form(
    client, login, reader, author, pest, make_work
):
    work = make_work(author)
    said = say(work, reader, "Quiet, please.")
    block_add(blocker=reader, blocked=pest)
    login(pest)
    response = client.get(f"/comments/{said.pk}/reply")
    assert response.status_code == 403
    assert "you can&#x27;t reply to this comment" in response.content.decode()
    assert 'name="text"' not in response.content.decode()


def test_a_blocked_users_comments_on_the_blockers_work_are_hidden_from_all_but_admins(
    client, login, author, reader, pest, make_user, make_work
):
    work = make_work(author)
    say(work, pest, "Rude remark.")
    say(work, reader, "Kind remark.")
    block_add(blocker=author, blocked=pest)
    services.comments_recount_after_block(blocker=author, blocked_id=pest.pk)
    work.refresh_from_db()
    assert work.comments_count == 1
    for viewer in (None, reader, author, pest):
        client.logout()
        if viewer is not None:
            client.force_login(viewer)
        html = comments_html(page(client, work.get_absolute_url()))
        assert "Rude remark." not in html and "Kind remark." in html
        assert header(html) == "Comments (1)"
    login(make_user("keeper", is_staff=True))
    html = comments_html(page(client, work.get_absolute_url()))
    assert "Rude remark." in html and header(html) == "Comments (2)"
    # Unblocking shows them again.
    block_remove(blocker=author, blocked_id=pest.pk)
    services.comments_recount_after_block(blocker=author, blocked_id=pest.pk)
    work.refresh_from_db()
    assert work.comments_count == 2


def test_a_blocked_users_comments_elsewhere_are_untouched(author, reader, pest, make_work):
    theirs = make_work(reader, title="Elsewhere")
    say(theirs, pest, "Fine over here.")
    block_add(blocker=author, blocked=pest)
    services.comments_recount_after_block(blocker=author, blocked_id=pest.pk)
    theirs.refresh_from_db()
    assert theirs.comments_count == 1


def test_replies_under_a_blocked_users_comment_stay_readable(
    client, author, reader, pest, make_work
):
    work = make_work(author)
    rude = say(work, pest, "Rude remark.")
    say(work, reader, "I disagree, politely.", parent=rude)
    block_add(blocker=author, blocked=pest)
    html = comments_html(page(client, work.get_absolute_url()))
    assert "Rude remark." not in html and "pest" not in html
    assert "(This comment is hidden)" in html and "I disagree, politely." in html


# Mutes


def test_a_muter_never_sees_the_muted_users_comments_and_the_count_agrees(
    client, login, author, reader, pest, make_work
):
    work = make_work(author, chapters=2)
    one, two = work.chapters.order_by("position")
    say(work, pest, "Noise on one.", chapter=one)
    say(work, pest, "Noise on two.", chapter=two)
    say(work, author, "Signal on one.", chapter=one)
    creator_mute_add(user=reader, muted=pest)
    login(reader)
    html = comments_html(page(client, one.get_absolute_url()))
    assert "Noise on one." not in html and "pest" not in html
    assert "Signal on one." in html and header(html) == "Comments (1)"
    full = comments_html(page(client, work.get_absolute_url(), view_full_work="true"))
    assert "Noise" not in full and header(full) == "Comments (1)"
    # Everyone else still sees them.
    client.logout()
    html = comments_html(page(client, one.get_absolute_url()))
    assert "Noise on one." in html and header(html) == "Comments (2)"
    work.refresh_from_db()
    assert work.comments_count == 3


def test_a_muters_stats_lines_count_only_the_comments_they_are_shown(
    client, login, author, reader, pest, make_work
):
    import re

    work = make_work(author, title="Counted Lamps")
    chapter = work.chapters.get()
    say(work, pest, "Noise.", chapter=chapter)
    say(work, author, "Signal.", chapter=chapter)
    creator_mute_add(user=reader, muted=pest)
    login(reader)

    def stat(html: str) -> str:
        return re.search(r'Comments:</dt><dd><a href="[^"]*#comments">(\d+)</a>', html).group(1)

    assert stat(client.get(work.get_absolute_url()).content.decode()) == "1"
    assert stat(client.get("/works").content.decode()) == "1"
    client.logout()
    assert stat(client.get("/works").content.decode()) == "2"


def test_replies_to_a_muted_users_comment_stay_under_a_placeholder(
    client, login, author, reader, pest, make_work
):
    work = make_work(author)
    noise = say(work, pest, "Noise.")
    answer = say(work, author, "The creator answers the noise.", parent=noise)
    say(work, pest, "More noise.", parent=answer)
    only_pest = say(work, pest, "A thread with no one else.")
    creator_mute_add(user=reader, muted=pest)
    login(reader)
    html = comments_html(page(client, work.get_absolute_url()))
    assert "(comment from a muted user)" in html
    assert "The creator answers the noise." in html
    assert "Noise." not in html and "More noise." not in html
    assert f'id="comment-{only_pest.pk}"' not in html
    assert header(html) == "Comments (1)"
    # The placeholder's own page keeps the rule.
    thread = page(client, noise.get_absolute_url())
    assert "(comment from a muted user)" in thread and "Noise." not in thread
    assert client.get(only_pest.get_absolute_url()).status_code == 404


def test_muting_an_anonymous_creator_does_not_give_them_away(
    client, login, author, reader, make_work
):
    work = make_work(author, anonymous=True)
    say(work, author, "A word from the anonymous creator.")
    creator_mute_add(user=reader, muted=author)
    login(reader)
    html = comments_html(page(client, work.get_absolute_url()))
    assert "A word from the anonymous creator." in html
    assert "Anonymous Creator" in html and "muted user" not in html


def test_the_muters_view_is_built_on_the_server(author, reader, pest, make_work):
    work = make_work(author)
    say(work, pest, "Noise.")
    creator_mute_add(user=reader, muted=pest)
    section = comment_section(work, reader, chapters=list(work.chapters.all()))
    assert section.threads == [] and section.count == 0
    assert section.page.paginator.count == 0


def test_the_chapter_index_counts_each_chapters_comments_as_the_viewer_is_shown(
    client, login, author, reader, pest, make_work
):
    work = make_work(author, chapters=2)
    one, two = work.chapters.order_by("position")
    say(work, pest, "Noise on one.", chapter=one)
    say(work, author, "Signal on one.", chapter=one)
    say(work, author, "Signal on two.", chapter=two)

    html = client.get(f"/works/{work.pk}/navigate").content.decode()
    assert "2 comments</a>" in html and "1 comment</a>" in html

    creator_mute_add(user=reader, muted=pest)
    login(reader)
    html = client.get(f"/works/{work.pk}/navigate").content.decode()
    assert "2 comments" not in html and html.count("1 comment</a>") == 2
