"""Who is told of what. Other parts call these names (a contract):

    comment_published(comment)    creators get COMMENT, the parent's author gets REPLY
    comment_held(comment)         creators get MODERATION
    invitation_sent(creatorship)  the invitee gets INVITATION
    work_posted(work)             series and pseud subscribers
    chapter_posted(chapter)       the work's subscribers

Each saves Notification rows (the inbox) and, after the surrounding transaction
commits, queues the emails their recipients' preferences allow, so a request never
waits on mail and a rolled-back write sends nothing. Subscribers can be many: their
rows are made by a background task queued the same way, not in the request.

Nobody is told of a thing they cannot see, of their own doing, or by someone they
blocked or muted. What a notification says is worked out when it is shown or mailed
(notifications.text), so anonymity holds at that moment, not only at this one."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from django.db import transaction

from fanfold.accounts.models import ORPHAN_USERNAME, CreatorMute, User
from fanfold.accounts.selectors import has_blocked
from fanfold.feedback.models import (
    Comment,
    CommentStatus,
    Notification,
    NotificationKind,
    Subscription,
)
from fanfold.works.models import Chapter, Creatorship, Work

from .selectors import can_see_work, work_creator_ids

# Which User.email_* preference lets each kind arrive by email too.
EMAIL_PREFERENCE: dict[str, str] = {
    NotificationKind.COMMENT: "email_comments",
    NotificationKind.REPLY: "email_comments",
    NotificationKind.MODERATION: "email_comments",
    NotificationKind.KUDOS: "email_kudos",
    NotificationKind.INVITATION: "email_invitations",
    NotificationKind.WORK_UPDATE: "email_subscriptions",
    NotificationKind.SERIES_UPDATE: "email_subscriptions",
    NotificationKind.PSEUD_UPDATE: "email_subscriptions",
}
# Notification ids per email task: one task per recipient would flood the queue when a
# popular work updates, one for all would make a single failure cost everyone's mail.
EMAILS_PER_TASK = 100


def wants_email(user: User, kind: str) -> bool:
    preference = EMAIL_PREFERENCE.get(kind)
    return bool(preference and getattr(user, preference) and user.email)


def _enqueue_emails(ids: list[int]) -> None:
    from .tasks import notification_emails_send  # the tasks module imports this one

    for start in range(0, len(ids), EMAILS_PER_TASK):
        notification_emails_send.enqueue(ids[start : start + EMAILS_PER_TASK])


def deliver(notifications: list[Notification]) -> list[Notification]:
    """Save these notifications (recipients loaded) and mail them after commit."""
    created = Notification.objects.bulk_create(notifications)
    ids = [n.pk for n in created if wants_email(n.recipient, n.kind)]
    if ids:
        transaction.on_commit(partial(_enqueue_emails, ids))
    return created


def reachable(user_ids: Iterable[int]) -> list[User]:
    """Accounts that can be told anything: active ones, not the orphan account."""
    return list(
        User.objects.filter(pk__in=set(user_ids), is_active=True)
        .exclude(username=ORPHAN_USERNAME)
        .order_by("pk")
    )


def _shuns(user_id: int, actor_id: int | None) -> bool:
    """Whether user_id blocked or muted actor_id (guests are never blocked)."""
    if actor_id is None:
        return False
    return (
        has_blocked(user_id, actor_id)
        or CreatorMute.objects.filter(user_id=user_id, muted_id=actor_id).exists()
    )


def _comment_recipients(comment: Comment, kinds: dict[int, str]) -> list[Notification]:
    work = comment.work
    return [
        Notification(
            recipient=user,
            kind=kinds[user.pk],
            work=work,
            chapter_id=comment.chapter_id,
            comment=comment,
        )
        for user in reachable(kinds)
        if not _shuns(user.pk, comment.user_id) and can_see_work(user, work)
    ]


@transaction.atomic
def comment_published(comment: Comment, *, approved_by: int | None = None) -> list[Notification]:
    """A comment went public: the work's creators and the parent comment's author hear
    of it (a creator who wrote the parent gets the reply, not both). The creator who
    approved a held comment has just read it and is not told again."""
    if comment.status != CommentStatus.PUBLISHED or comment.deleted:
        return []
    kinds: dict[int, str] = {}
    parent = comment.parent
    if parent is not None and parent.user_id and not parent.deleted:
        kinds[parent.user_id] = NotificationKind.REPLY
    for creator_id in work_creator_ids(comment.work):
        kinds.setdefault(creator_id, NotificationKind.COMMENT)
    kinds.pop(comment.user_id, None)  # type: ignore[arg-type]
    kinds.pop(approved_by, None)  # type: ignore[arg-type]
    return deliver(_comment_recipients(comment, kinds))


@transaction.atomic
def comment_held(comment: Comment) -> list[Notification]:
    """A comment waits for approval: the work's creators are asked to look."""
    kinds = dict.fromkeys(work_creator_ids(comment.work), NotificationKind.MODERATION)
    kinds.pop(comment.user_id, None)  # type: ignore[arg-type]
    return deliver(_comment_recipients(comment, kinds))


@transaction.atomic
def invitation_sent(creatorship: Creatorship) -> list[Notification]:
    """The invitee of a co-creatorship hears of it. No visibility test: an invitation
    to a draft is addressed to them, and the invitations page shows it anyway."""
    invitee_id = creatorship.pseud.user_id
    if creatorship.approved or _shuns(invitee_id, creatorship.invited_by_id):
        return []
    return deliver(
        [
            Notification(recipient=user, kind=NotificationKind.INVITATION, work=creatorship.work)
            for user in reachable([invitee_id])
        ]
    )


def _enqueue_fanout(task_name: str, object_id: int) -> None:
    from . import tasks

    getattr(tasks, task_name).enqueue(object_id)


def work_posted(work: Work) -> None:
    """A work was posted (new, or a draft published): its series' subscribers and its
    creators' subscribers hear of it, from a background task after commit."""
    if work.posted:
        transaction.on_commit(partial(_enqueue_fanout, "work_posted_fanout", work.pk))


def chapter_posted(chapter: Chapter) -> None:
    """A chapter was added to a posted work: the work's subscribers hear of it."""
    if chapter.posted and chapter.work.posted:
        transaction.on_commit(partial(_enqueue_fanout, "chapter_posted_fanout", chapter.pk))


def _subscribers_who_may_hear(work: Work, user_ids: Iterable[int]) -> list[User]:
    creators = work_creator_ids(work)
    muters = set(
        CreatorMute.objects.filter(user_id__in=set(user_ids), muted_id__in=creators).values_list(
            "user_id", flat=True
        )
    )
    return [
        user for user in reachable(set(user_ids) - creators - muters) if can_see_work(user, work)
    ]


@transaction.atomic
def work_posted_now(work_id: int) -> list[Notification]:
    """The rows work_posted promised (run by its task)."""
    work = Work.objects.filter(pk=work_id, posted=True).first()
    if work is None:
        return []
    # One notification per subscriber; the series is the more specific reason.
    reasons: dict[int, Notification] = {}
    series_ids = work.series_parts.values("series_id")
    for user_id, series_id in Subscription.objects.filter(series_id__in=series_ids).values_list(
        "user_id", "series_id"
    ):
        reasons.setdefault(
            user_id,
            Notification(kind=NotificationKind.SERIES_UPDATE, work=work, series_id=series_id),
        )
    # An anonymous work is never announced to its creator's followers: that would say
    # who wrote it.
    if not work.anonymous:
        pseud_ids = Creatorship.objects.filter(work=work, approved=True).values("pseud_id")
        for user_id, pseud_id in Subscription.objects.filter(pseud_id__in=pseud_ids).values_list(
            "user_id", "pseud_id"
        ):
            reasons.setdefault(
                user_id,
                Notification(
                    kind=NotificationKind.PSEUD_UPDATE, work=work, data={"pseud": pseud_id}
                ),
            )
    notifications = []
    for user in _subscribers_who_may_hear(work, reasons):
        notification = reasons[user.pk]
        notification.recipient = user
        notifications.append(notification)
    return deliver(notifications)


@transaction.atomic
def chapter_posted_now(chapter_id: int) -> list[Notification]:
    """The rows chapter_posted promised (run by its task)."""
    chapter = Chapter.objects.select_related("work").filter(pk=chapter_id, posted=True).first()
    if chapter is None or not chapter.work.posted:
        return []
    work = chapter.work
    subscriber_ids = Subscription.objects.filter(work=work).values_list("user_id", flat=True)
    return deliver(
        [
            Notification(
                recipient=user, kind=NotificationKind.WORK_UPDATE, work=work, chapter=chapter
            )
            for user in _subscribers_who_may_hear(work, list(subscriber_ids))
        ]
    )
