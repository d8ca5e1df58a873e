"""A reader's answers when their pseud or account goes: threads hold, counts follow."""

from __future__ import annotations

from fanfold.accounts.services import pseud_create, pseud_delete, user_delete
from fanfold.core.visitors import keyed_hash
from fanfold.feedback.bookmarks.services import BookmarkData, bookmark_create
from fanfold.feedback.comments.services import comment_post
from fanfold.feedback.kudos.services import kudos_give
from fanfold.feedback.models import Bookmark, Comment, Subscription
from fanfold.feedback.notifications.services import subscription_add


def _say(work, user, text, parent=None):
    return comment_post(
        work=work,
        chapter=work.chapters.get(),
        text=text,
        user=user,
        pseud=user.default_pseud,
        parent=parent,
        visitor_key=keyed_hash(user.username),
    )


def test_closing_an_account_keeps_others_replies_and_brings_every_count_back(
    make_user, author, make_work
):
    leaver = make_user("leaver")
    stayer = make_user("stayer")
    work = make_work(author)
    asked = _say(work, leaver, "A question from the leaver.")
    answer = _say(work, stayer, "An answer that must survive.", parent=asked)
    lonely = _say(work, leaver, "Nobody answered this one.")
    _say(work, leaver, "A reply to their own lonely comment.", parent=lonely)
    kudos_give(work=work, user=leaver, guest_key="")
    kudos_give(work=work, user=stayer, guest_key="")
    bookmark_create(user=leaver, work=work, data=BookmarkData(pseud=leaver.default_pseud))
    subscription_add(user=leaver, work=work)
    work.refresh_from_db()
    assert (work.comments_count, work.kudos_count, work.bookmarks_count) == (4, 2, 1)
    assert work.subscriptions_count == 1

    user_delete(user=leaver, works="orphan")

    work.refresh_from_db()
    asked.refresh_from_db()
    assert asked.deleted and asked.user_id is None and asked.text == ""
    assert Comment.objects.filter(pk=answer.pk).exists()
    assert not Comment.objects.filter(pk=lonely.pk).exists()
    assert work.comments_count == 1 and work.chapters.get().comments_count == 1
    assert (work.kudos_count, work.bookmarks_count, work.subscriptions_count) == (1, 0, 0)


def test_deleting_a_pseud_moves_its_bookmarks_comments_and_subscribers_to_the_default(
    make_user, author, reader, make_work
):
    work = make_work(author)
    inkwell = pseud_create(user=author, name="Inkwell")
    other = make_work(reader, title="Someone Else's")
    comment = comment_post(
        work=other,
        chapter=other.chapters.get(),
        text="Signed as Inkwell.",
        user=author,
        pseud=inkwell,
        visitor_key=keyed_hash("author"),
    )
    bookmark_create(user=author, work=other, data=BookmarkData(pseud=inkwell))
    subscription_add(user=reader, pseud=inkwell)
    subscription_add(user=make_user("fan"), pseud=inkwell)
    subscription_add(user=reader, pseud=author.default_pseud)

    pseud_delete(pseud=inkwell, user=author)

    comment.refresh_from_db()
    assert comment.pseud == author.default_pseud
    assert Bookmark.objects.get(user=author).pseud == author.default_pseud
    assert Subscription.objects.filter(pseud=author.default_pseud).count() == 2
    assert work.pk
