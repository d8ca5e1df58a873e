"""Background work for notifications: mail, the fan-out to subscribers, and the daily
kudos digest. `fanfold worker` runs these; tests run them immediately."""

from __future__ import annotations

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import TaskResultStatus, task

from fanfold.feedback.models import Notification

from . import notify
from .services import kudos_digest_send
from .text import notification_text

logger = logging.getLogger(__name__)

DIGEST_EVERY = datetime.timedelta(days=1)


def notification_email(notification: Notification) -> EmailMultiAlternatives:
    """The email for one notification: the same words as the inbox, as text and HTML."""
    user = notification.recipient
    text = notification_text(notification, user)
    context = {
        "user": user,
        "text": text,
        "url": f"{settings.SITE_URL}{text.url}" if text.url else settings.SITE_URL,
        "inbox_url": settings.SITE_URL + reverse("feedback:inbox", args=[user.username]),
        "settings_url": settings.SITE_URL + reverse("accounts:preferences"),
        "SITE_NAME": settings.SITE_NAME,
    }
    subject = f"[{settings.SITE_NAME}] {text.subject}"
    message = EmailMultiAlternatives(
        subject=" ".join(subject.split()),  # headers allow no newlines
        body=render_to_string("feedback/notifications/email/notification.txt", context),
        to=[user.email],
    )
    message.attach_alternative(
        render_to_string("feedback/notifications/email/notification.html", context), "text/html"
    )
    return message


@task()
def notification_emails_send(notification_ids: list[int]) -> int:
    """Mail these notifications, if their recipients still want them and they weren't
    mailed already (a retried task sends nothing twice)."""
    sent = 0
    notifications = Notification.objects.filter(
        pk__in=notification_ids, emailed_at__isnull=True
    ).select_related("recipient", "work", "chapter", "series", "comment")
    for notification in notifications:
        user = notification.recipient
        if not (user.is_active and notify.wants_email(user, notification.kind)):
            continue
        with translation.override(settings.LANGUAGE_CODE):
            message = notification_email(notification)
        try:
            message.send()
        except Exception:
            # One bad address must not cost the others their mail.
            logger.exception("could not mail notification %s", notification.pk)
            continue
        Notification.objects.filter(pk=notification.pk).update(emailed_at=timezone.now())
        sent += 1
    return sent


@task()
def work_posted_fanout(work_id: int) -> int:
    return len(notify.work_posted_now(work_id))


@task()
def chapter_posted_fanout(chapter_id: int) -> int:
    return len(notify.chapter_posted_now(chapter_id))


def kudos_digest_waiting() -> bool:
    """Whether a digest is already queued for later (so a second chain never starts)."""
    from django_tasks_db.models import DBTaskResult  # models: imported once apps are ready

    return DBTaskResult.objects.filter(
        task_path=kudos_digest_daily.module_path, status=TaskResultStatus.READY
    ).exists()


def kudos_digest_schedule(after: datetime.timedelta = DIGEST_EVERY) -> bool:
    """Queue the next digest to run after this long, where the task backend can defer
    work (the database backend can). False when it can't: run `fanfold
    send_kudos_digests` from cron instead."""
    if not kudos_digest_daily.get_backend().supports_defer:
        return False
    if not kudos_digest_waiting():
        kudos_digest_daily.using(run_after=timezone.now() + after).enqueue()
    return True


@task()
def kudos_digest_daily() -> int:
    """Send the kudos digests, then queue tomorrow's (even after a failure: one bad
    day must not end the chain)."""
    try:
        return kudos_digest_send()
    finally:
        kudos_digest_schedule()
