"""Notifications: who is told of what, by inbox and by email (sent from background
tasks after commit), the inbox page, the kudos digest, and anonymity: an anonymous
work's creator never appears in anything sent to others."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse

from fanfold.accounts.models import Pseud, User
from fanfold.accounts.services import block_add, creator_mute_add
from fanfold.feedback.comments.services import comment_approve, comment_post
from fanfold.feedback.kudos.services import kudos_give
from fanfold.feedback.models import Comment, Kudos, Notification, NotificationKind
from fanfold.feedback.notifications.services import kudos_digest_send, subscription_add
from fanfold.feedback.notifications.tasks import (
    kudos_digest_daily,
    notification_email,
    notification_emails_send,
)
from fanfold.feedback.notifications.text import notification_text
from fanfold.works import services as works
from fanfold.works.models import Series, Work

K = NotificationKind


@pytest.fixture
def committed(django_capture_on_commit_callbacks) -> Callable[[], object]:
    """Run the block as if its transaction committed: on_commit work (the fan-out and
    email tasks, which the test settings run immediately) happens for real."""

    @contextmanager
    def run() -> Iterator[None]:
        with django_capture_on_commit_callbacks(execute=True):
            yield

    return run


def kinds_for(user: User) -> list[str]:
    return list(Notification.objects.filter(recipient=user).values_list("kind", flat=True))


def say(work: Work, user: User | None, text: str, **kwargs: object) -> Comment:
    if user is None:
        kwargs.setdefault("guest_name", "Passing Reader")
    return comment_post(work=work, chapter=work.chapters.first(), text=text, user=user, **kwargs)


def add_chapter(work: Work, editor: User, title: str = "The Tide Turns"):
    return works.chapter_add(
        work=work,
        editor=editor,
        data=works.ChapterData(title=title, text="The boats came in late that night, all at once."),
    )


def everything_sent(mailoutbox, client, user: User) -> str:
    """Every word user was sent: email subjects, text and HTML bodies, and the inbox."""
    parts = []
    for message in mailoutbox:
        if user.email in message.to:
            parts += [message.subject, message.body]
            parts += [content for content, _type in message.alternatives]
    client.force_login(user)
    parts.append(client.get(f"/users/{user.username}/inbox").content.decode())
    return "\n".join(parts)


def assert_never_named(creator: User, sent: str) -> None:
    for name in {creator.username, *creator.pseuds.values_list("name", flat=True)}:
        assert name not in sent, f"{name!r} leaked"


# Comments and replies


def test_a_comment_tells_the_creator_by_inbox_and_email(
    author, reader, make_work, committed, mailoutbox
):
    work = make_work(author, title="Lamplight")
    with committed():
        say(work, reader, "The lamplighter scene made me put the book down and breathe.")
    assert kinds_for(author) == [K.COMMENT]
    assert kinds_for(reader) == []
    [message] = mailoutbox
    assert message.to == [author.email]
    assert "reader commented on “Lamplight”" in message.subject
    assert "made me put the book down" in message.body
    assert Notification.objects.get(recipient=author).emailed_at is not None


def test_a_reply_tells_the_parent_author_and_the_creator(
    author, reader, make_user, make_work, committed, mailoutbox
):
    work = make_work(author)
    other = make_user("other")
    with committed():
        parent = say(work, reader, "Was the ledger a clue, or just atmosphere?")
        say(work, other, "I think it was a clue: watch the dates.", parent=parent)
    assert kinds_for(reader) == [K.REPLY]
    assert sorted(kinds_for(author)) == [K.COMMENT, K.COMMENT]


def test_a_creator_replying_on_their_own_work_tells_only_the_reader(
    author, reader, make_work, committed
):
    work = make_work(author)
    with committed():
        parent = say(work, reader, "Please tell me Ottilie forgives him eventually.")
        say(work, author, "You'll have to wait for chapter three!", parent=parent)
    assert kinds_for(author) == [K.COMMENT]
    assert kinds_for(reader) == [K.REPLY]


def test_a_creator_who_wrote_the_parent_gets_the_reply_only_once(
    author, reader, make_work, committed
):
    work = make_work(author)
    with committed():
        parent = say(work, author, "Thank you all for reading this far.")
        say(work, reader, "Thank you for writing it!", parent=parent)
    assert kinds_for(author) == [K.REPLY]


def test_replying_to_oneself_tells_nobody_but_the_creator(author, reader, make_work, committed):
    work = make_work(author)
    with committed():
        parent = say(work, reader, "First thought: the harbour is a character.")
        say(work, reader, "Second thought: so is the fog.", parent=parent)
    assert kinds_for(reader) == []
    assert kinds_for(author) == [K.COMMENT, K.COMMENT]


def test_a_blocked_users_reply_does_not_reach_the_blocker(
    author, reader, make_user, make_work, committed
):
    # The comment services refuse a blocked user's reply; one held for approval before
    # the block and approved after it is the way such a reply can still go public.
    work = make_work(author)
    pest = make_user("pest")
    with committed():
        parent = say(work, reader, "I loved the quiet ending of this one.")
    Work.objects.filter(pk=work.pk).update(moderate_comments=True)
    work.refresh_from_db()
    with committed():
        reply = say(work, pest, "Quiet endings are a cop-out.", parent=parent)
    block_add(blocker=reader, blocked=pest)
    with committed():
        comment_approve(comment=reply, user=author)
    assert kinds_for(reader) == []
    # Newest first. The author approved the reply: they are not told of it again.
    assert kinds_for(author) == [K.MODERATION, K.COMMENT]


def test_a_muted_commenter_does_not_reach_the_muter(
    author, reader, make_user, make_work, committed
):
    work = make_work(author)
    noisy = make_user("noisy")
    creator_mute_add(user=author, muted=noisy)
    with committed():
        say(work, noisy, "Another chapter soon, please, please.")
        say(work, reader, "This was lovely.")
    assert [n.comment.user_id for n in Notification.objects.filter(recipient=author)] == [reader.pk]


def test_a_held_comment_asks_the_creators_to_review_it(author, reader, make_work, committed):
    work = make_work(author, title="Lamplight")
    Work.objects.filter(pk=work.pk).update(moderate_comments=True)
    work.refresh_from_db()
    with committed():
        say(work, reader, "Waiting patiently for the next part.")
    [notification] = Notification.objects.filter(recipient=author)
    assert notification.kind == K.MODERATION
    text = notification_text(notification, author)
    assert "awaits your approval" in text.subject
    assert text.url == reverse("feedback:comments_unreviewed", args=[work.pk])


def test_approving_a_held_comment_tells_the_other_creators_but_not_the_approver(
    author, reader, make_user, make_work, committed
):
    from fanfold.works import services as work_services

    partner = make_user("partner")
    work = make_work(author)
    invitation = work_services.creatorship_invite(work=work, inviter=author, invitee=partner)
    work_services.creatorship_accept(creatorship=invitation, user=partner)
    Work.objects.filter(pk=work.pk).update(moderate_comments=True)
    work.refresh_from_db()
    with committed():
        held = say(work, reader, "Waiting for the two of you.")
    with committed():
        comment_approve(comment=held, user=author)
    assert kinds_for(author) == [K.MODERATION]
    assert kinds_for(partner) == [K.COMMENT, K.MODERATION, K.INVITATION]


def test_a_guest_comment_names_the_guest(author, make_work, committed, mailoutbox):
    work = make_work(author)
    with committed():
        say(work, None, "A guest's view: gorgeous prose.", guest_name="Wanderer")
    assert "Wanderer (Guest)" in mailoutbox[0].subject
    assert "wanderer@" not in mailoutbox[0].body


# Email preferences and delivery


def test_email_respects_preferences_but_the_inbox_always_has_it(
    make_user, reader, make_work, committed, mailoutbox
):
    quiet = make_user("quietwriter", email_comments=False)
    work = make_work(quiet)
    with committed():
        say(work, reader, "The bell at the end of the quay: perfect detail.")
    assert kinds_for(quiet) == [K.COMMENT]
    assert mailoutbox == []


def test_emails_go_out_only_after_commit_and_through_the_task(
    author, reader, make_work, django_capture_on_commit_callbacks, mailoutbox
):
    work = make_work(author)
    with django_capture_on_commit_callbacks() as callbacks:
        say(work, reader, "Captured, not yet committed.")
    assert callbacks and mailoutbox == []
    # The commit: what it runs queues the email task, which sends the mail.
    with django_capture_on_commit_callbacks(execute=True) as queued:
        for callback in callbacks:
            callback()
        assert mailoutbox == []
    assert queued and len(mailoutbox) == 1


def test_nothing_is_sent_when_the_transaction_rolls_back(
    author, reader, make_work, committed, mailoutbox
):
    work = make_work(author)
    subscription_add(user=reader, work=work)
    with committed(), pytest.raises(RuntimeError), transaction.atomic():
        add_chapter(work, author)
        say(work, reader, "This comment never happened.")
        raise RuntimeError("the request failed")
    assert not Notification.objects.exists()
    assert mailoutbox == []


def test_a_retried_email_task_sends_nothing_twice(author, reader, make_work, committed, mailoutbox):
    work = make_work(author)
    with committed():
        say(work, reader, "One email, please.")
    notification = Notification.objects.get(recipient=author)
    assert notification_emails_send.call([notification.pk]) == 0
    assert len(mailoutbox) == 1


def test_emails_have_text_and_html_with_links_to_the_site(author, reader, make_work, settings):
    settings.SITE_URL = "https://archive.example.org"
    work = make_work(author, title="Lamplight")
    comment = say(work, reader, "A <b>bold</b> & lovely read.")
    notification = Notification(recipient=author, kind=K.COMMENT, work=work, comment=comment)
    message = notification_email(notification)
    assert "https://archive.example.org/users/quill/inbox" in message.body
    assert "A bold & lovely read." in message.body  # plain text, not escaped
    html = message.alternatives[0][0]
    assert "A bold &amp; lovely read." in html
    assert "\n" not in message.subject


# Subscriptions


def test_a_new_chapter_tells_the_works_subscribers(
    author, reader, make_user, make_work, committed, mailoutbox
):
    work = make_work(author, title="Lamplight")
    subscription_add(user=reader, work=work)
    no_mail = make_user("nomail", email_subscriptions=False)
    subscription_add(user=no_mail, work=work)
    with committed():
        chapter = add_chapter(work, author)
    [notification] = Notification.objects.filter(recipient=reader)
    assert (notification.kind, notification.chapter_id) == (K.WORK_UPDATE, chapter.pk)
    assert kinds_for(no_mail) == [K.WORK_UPDATE]
    assert kinds_for(author) == []
    assert [m.to for m in mailoutbox] == [[reader.email]]
    assert "New chapter of “Lamplight” by quill" in mailoutbox[0].subject


def test_drafts_tell_nobody_until_posted(author, reader, make_user, make_work, committed):
    fan = make_user("fan")
    subscription_add(user=fan, pseud=author.default_pseud)
    with committed():
        draft = make_work(author, post=False)
        add_chapter(draft, author)
    assert not Notification.objects.exists()
    with committed():
        works.work_post(work=draft, user=author)
    assert kinds_for(fan) == [K.PSEUD_UPDATE]


def test_a_new_work_tells_series_and_pseud_subscribers_once_each(
    author, reader, make_user, make_work, committed
):
    make_work(author, title="Part One", new_series_title="Harbour Lights")
    series = Series.objects.get(title="Harbour Lights")
    both = make_user("both")
    subscription_add(user=both, series=series)
    subscription_add(user=both, pseud=author.default_pseud)
    subscription_add(user=reader, pseud=author.default_pseud)
    with committed():
        new = make_work(author, title="Part Two", series=series)
    assert kinds_for(both) == [K.SERIES_UPDATE]
    assert kinds_for(reader) == [K.PSEUD_UPDATE]
    text = notification_text(Notification.objects.get(recipient=reader), reader)
    assert text.subject == "quill posted a new work: “Part Two”"
    assert text.url == new.get_absolute_url()


def test_a_subscriber_who_muted_the_creator_is_not_told(author, reader, make_work, committed):
    work = make_work(author)
    subscription_add(user=reader, work=work)
    creator_mute_add(user=reader, muted=author)
    with committed():
        add_chapter(work, author)
    assert not Notification.objects.exists()


def test_restricted_works_still_reach_their_logged_in_subscribers(
    author, reader, make_work, committed
):
    work = make_work(author, restricted=True)
    subscription_add(user=reader, work=work)
    with committed():
        add_chapter(work, author)
    assert kinds_for(reader) == [K.WORK_UPDATE]


# Anonymity


@pytest.fixture
def masked(author) -> User:
    """The creator, with a second pseud to comment under."""
    Pseud.objects.create(user=author, name="Lantern Keeper")
    return author


def test_a_reply_by_an_anonymous_works_creator_comes_from_anonymous_creator(
    client, masked, reader, make_work, committed, mailoutbox
):
    work = make_work(masked, anonymous=True, title="Fogbound")
    with committed():
        parent = say(work, reader, "Who wrote this? It's wonderful.")
        say(
            work,
            masked,
            "Thank you, truly.",
            parent=parent,
            pseud=masked.pseuds.get(name="Lantern Keeper"),
        )
    assert kinds_for(reader) == [K.REPLY]
    sent = everything_sent(mailoutbox, client, reader)
    assert "Anonymous Creator replied to your comment on “Fogbound”" in sent
    assert_never_named(masked, sent)


def test_a_new_chapter_of_an_anonymous_work_names_no_one(
    client, masked, reader, make_work, committed, mailoutbox
):
    work = make_work(masked, anonymous=True, title="Fogbound")
    subscription_add(user=reader, work=work)
    with committed():
        add_chapter(work, masked)
    sent = everything_sent(mailoutbox, client, reader)
    assert "New chapter of “Fogbound” by Anonymous" in sent
    assert_never_named(masked, sent)


def test_pseud_subscribers_are_not_told_of_anonymous_works(
    masked, reader, make_user, make_work, committed
):
    make_work(masked, title="Known", new_series_title="Tides")
    series = Series.objects.get(title="Tides")
    subscription_add(user=reader, pseud=masked.default_pseud)
    series_fan = make_user("seriesfan")
    subscription_add(user=series_fan, series=series)
    with committed():
        make_work(masked, anonymous=True, title="Unsigned", series=series)
    assert kinds_for(reader) == []
    [notification] = Notification.objects.filter(recipient=series_fan)
    text = notification_text(notification, series_fan)
    assert text.subject == "New work in the series “Tides”: “Unsigned” by Anonymous"
    assert_never_named(masked, f"{text.subject}\n{text.body}")


def test_a_work_made_anonymous_later_stops_naming_its_creator(
    client, masked, reader, make_work, committed, mailoutbox
):
    subscription_add(user=reader, pseud=masked.default_pseud)
    with committed():
        work = make_work(masked, title="Second Thoughts")
    Work.objects.filter(pk=work.pk).update(anonymous=True)
    client.force_login(reader)
    inbox = client.get("/users/reader/inbox").content.decode()
    assert "Second Thoughts" in inbox
    assert_never_named(masked, inbox)


def test_an_invitation_to_an_anonymous_work_does_not_name_the_inviter(
    client, masked, reader, make_work, committed, mailoutbox
):
    work = make_work(masked, anonymous=True, title="Fogbound")
    with committed():
        works.creatorship_invite(work=work, inviter=masked, invitee=reader)
    sent = everything_sent(mailoutbox, client, reader)
    assert "You were invited to be a co-creator of “Fogbound”" in sent
    assert_never_named(masked, sent)


# Invitations and the block rule


def test_an_invitation_reaches_the_invitee(author, reader, make_work, committed, mailoutbox):
    work = make_work(author, title="Lamplight")
    with committed():
        works.creatorship_invite(work=work, inviter=author, invitee=reader)
    [notification] = Notification.objects.filter(recipient=reader)
    assert notification.kind == K.INVITATION
    text = notification_text(notification, reader)
    assert text.subject == "quill invited you to be a co-creator of “Lamplight”"
    assert text.url == reverse("works:invitations")
    assert "quill invited you" in mailoutbox[0].subject


def test_someone_who_blocked_you_cannot_be_invited(author, reader, make_work, committed):
    work = make_work(author)
    block_add(blocker=reader, blocked=author)
    with pytest.raises(ValidationError, match="reader has blocked you"):
        works.creatorship_invite(work=work, inviter=author, invitee=reader)
    assert not work.creatorships.filter(pseud__user=reader).exists()
    assert not Notification.objects.exists()


# Kudos digest


def test_kudos_digest_groups_by_creator_and_marks_kudos_digested(
    author, reader, make_user, make_work, mailoutbox, committed
):
    first = make_work(author, title="Lamplight")
    second = make_work(author, title="Fogbound")
    fans = [make_user(f"fan{n}") for n in range(2)]
    muted = make_user("grump")
    creator_mute_add(user=author, muted=muted)
    for giver in [reader, *fans, muted]:
        kudos_give(work=first, user=giver, guest_key="")
    kudos_give(work=first, user=None, guest_key="guest-a")
    kudos_give(work=second, user=None, guest_key="guest-a")
    kudos_give(work=second, user=None, guest_key="guest-b")
    with committed():
        assert kudos_digest_send() == 1
    [digest] = Notification.objects.filter(recipient=author, kind=K.KUDOS)
    by_work = {entry["work"]: entry for entry in digest.data["works"]}
    assert sorted(by_work[first.pk]["users"]) == ["fan0", "fan1", "reader"]  # not grump
    assert by_work[first.pk]["guests"] == 1
    assert by_work[second.pk] == {"work": second.pk, "title": "Fogbound", "users": [], "guests": 2}
    assert not Kudos.objects.filter(digested=False).exists()
    text = notification_text(digest, author)
    assert "“Fogbound”: kudos from 2 guests" in text.body
    assert "grump" not in text.body
    [message] = mailoutbox
    assert "new kudos on your works" in message.subject
    with committed():
        assert kudos_digest_send() == 0


def test_co_creators_each_get_their_own_digest(author, reader, make_user, make_work, committed):
    partner = make_user("partner", email_kudos=False)
    work = make_work(author)
    works.creatorship_invite(work=work, inviter=author, invitee=partner)
    works.creatorship_accept(creatorship=work.creatorships.get(pseud__user=partner), user=partner)
    kudos_give(work=work, user=reader, guest_key="")
    with committed():
        assert kudos_digest_send() == 2
    assert K.KUDOS in kinds_for(author) and K.KUDOS in kinds_for(partner)
    assert not Kudos.objects.filter(digested=False).exists()


def test_the_digest_command_sends_what_is_waiting(author, reader, make_work, capsys):
    kudos_give(work=make_work(author), user=reader, guest_key="")
    call_command("send_kudos_digests")
    assert "Sent 1 kudos digest" in capsys.readouterr().out
    assert kinds_for(author) == [K.KUDOS]


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.mark.usefixtures("database_tasks")
def test_the_digest_schedules_itself_for_the_next_day(author, reader, make_work, capsys):
    from django_tasks_db.models import DBTaskResult

    call_command("send_kudos_digests", "--schedule")
    assert "scheduled" in capsys.readouterr().out
    [queued] = DBTaskResult.objects.all()
    assert queued.task_path.endswith("kudos_digest_daily")
    call_command("send_kudos_digests", "--schedule")
    assert "already scheduled" in capsys.readouterr().out
    queued.delete()
    kudos_give(work=make_work(author), user=reader, guest_key="")
    assert kudos_digest_daily.call() == 1
    [tomorrow] = DBTaskResult.objects.all()
    wait = tomorrow.run_after - datetime.datetime.now(tz=datetime.UTC)
    assert datetime.timedelta(hours=23) < wait <= datetime.timedelta(days=1)


def test_schedule_refuses_when_tasks_cannot_wait(capsys):
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="cron"):
        call_command("send_kudos_digests", "--schedule")


# The inbox


def test_inbox_lists_newest_first_and_highlights_unread(
    client, login, author, reader, make_work, committed
):
    work = make_work(author, title="Lamplight")
    with committed():
        say(work, reader, "An early comment.")
        say(work, reader, "A later comment.")
    older, newer = Notification.objects.filter(recipient=author).order_by("pk")
    Notification.objects.filter(pk=older.pk).update(
        created_at=newer.created_at - datetime.timedelta(hours=1)
    )
    login(author)
    page = client.get("/users/quill/inbox").content.decode()
    assert page.index("A later comment.") < page.index("An early comment.")
    assert page.count("notification-unread") == 2
    assert "Inbox (2)" in page


def test_opening_a_notification_marks_it_read_and_goes_there(
    client, login, author, reader, make_work, committed
):
    work = make_work(author)
    with committed():
        comment = say(work, reader, "Opening this should mark it read.")
    notification = Notification.objects.get(recipient=author)
    login(author)
    response = client.get(f"/users/quill/inbox/{notification.pk}")
    assert response.status_code == 302
    assert str(comment.pk) in response["Location"]
    notification.refresh_from_db()
    assert notification.read_at is not None
    assert "Inbox (0)" in client.get("/").content.decode()


def test_mark_all_read_and_filter_by_kind(client, login, author, reader, make_work, committed):
    work = make_work(author, title="Lamplight")
    with committed():
        say(work, reader, "A comment to filter by.")
        works.creatorship_invite(
            work=make_work(reader, title="Duet"), inviter=reader, invitee=author
        )
    login(author)
    comments_only = client.get("/users/quill/inbox", {"kind": "comment"}).content.decode()
    assert "A comment to filter by." in comments_only and "Duet" not in comments_only
    assert "Inbox (2)" in comments_only
    client.post("/users/quill/inbox/read", {"kind": ""})
    assert not Notification.objects.filter(recipient=author, read_at__isnull=True).exists()
    assert "Inbox (0)" in client.get("/users/quill/inbox").content.decode()


def test_the_inbox_is_its_owners_only(client, login, author, reader):
    assert client.get("/users/quill/inbox").status_code == 302
    login(reader)
    assert client.get("/users/quill/inbox").status_code == 404


def test_someone_elses_notification_cannot_be_opened(
    client, login, author, reader, make_work, committed
):
    with committed():
        say(make_work(author), reader, "Only the creator may open this.")
    notification = Notification.objects.get(recipient=author)
    login(reader)
    assert client.get(f"/users/reader/inbox/{notification.pk}").status_code == 404
    notification.refresh_from_db()
    assert notification.read_at is None


def test_the_header_unread_count_is_one_indexed_query(client, login, author, reader, make_work):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    login(reader)
    with CaptureQueriesContext(connection) as queries:
        page = client.get("/").content.decode()
    assert "Inbox (0)" in page
    counting = [q["sql"] for q in queries if "feedback_notification" in q["sql"]]
    assert len(counting) == 1 and "read_at" in counting[0]
    client.logout()
    assert "Inbox" not in client.get("/").content.decode()
