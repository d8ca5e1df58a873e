"""Writes for subscriptions, the inbox and the daily kudos digest."""

from __future__ import annotations

from collections import defaultdict

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from fanfold.accounts.models import CreatorMute, Pseud, User
from fanfold.feedback.models import Kudos, Notification, NotificationKind, Subscription
from fanfold.works.models import Creatorship, Series, Work

from .notify import deliver, reachable
from .selectors import subscription_refusal


@transaction.atomic
def subscription_add(
    *,
    user: User,
    work: Work | None = None,
    series: Series | None = None,
    pseud: Pseud | None = None,
) -> Subscription:
    """Subscribe to exactly one of a work, a series or a pseud. Subscribing twice is
    harmless."""
    if sum(x is not None for x in (work, series, pseud)) != 1:
        raise ValidationError(_("Choose one work, series or creator to subscribe to."))
    refusal = subscription_refusal(user, work=work, series=series, pseud=pseud)
    if refusal:
        raise ValidationError(refusal)
    subscription, created = Subscription.objects.get_or_create(
        user=user, work=work, series=series, pseud=pseud
    )
    if created and work is not None:
        Work.objects.filter(pk=work.pk).update(subscriptions_count=F("subscriptions_count") + 1)
    return subscription


@transaction.atomic
def subscription_remove(*, user: User, subscription: Subscription) -> None:
    if subscription.user_id != user.pk:
        raise PermissionDenied(_("This subscription is someone else's."))
    deleted, _counts = Subscription.objects.filter(pk=subscription.pk).delete()
    if deleted and subscription.work_id is not None:
        Work.objects.filter(pk=subscription.work_id, subscriptions_count__gt=0).update(
            subscriptions_count=F("subscriptions_count") - 1
        )


def notification_mark_read(*, notification: Notification, user: User) -> None:
    if notification.recipient_id != user.pk:
        raise PermissionDenied(_("This notification is someone else's."))
    if notification.read_at is None:
        notification.read_at = timezone.now()
        Notification.objects.filter(pk=notification.pk, read_at__isnull=True).update(
            read_at=notification.read_at
        )


def notifications_mark_all_read(*, user: User, kind: str = "") -> int:
    unread = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if kind:
        unread = unread.filter(kind=kind)
    return unread.update(read_at=timezone.now())


def _digest_entries(kudos: list[Kudos], muted: set[int]) -> list[dict[str, object]]:
    """Per work: the names of the accounts that left kudos (not muted ones) and the
    number of guests who did."""
    names: dict[int, list[str]] = {}
    guests: dict[int, int] = {}
    titles: dict[int, str] = {}
    for k in kudos:
        titles[k.work_id] = k.work.title
        names.setdefault(k.work_id, [])
        guests.setdefault(k.work_id, 0)
        if k.user_id is None:
            guests[k.work_id] += 1
        elif k.user_id not in muted:
            names[k.work_id].append(k.user.username)  # type: ignore[union-attr]
    return [
        {"work": w, "title": titles[w], "users": names[w], "guests": guests[w]}
        for w in titles
        if names[w] or guests[w]
    ]


def kudos_digest_send() -> int:
    """Tell each creator, in one notification, of the kudos given since the last digest
    (names of giving accounts, except ones they muted, and counts of guests); mail it
    if they want. Each recipient's notification and the marking of their kudos is one
    transaction. Returns the number of notifications made."""
    pending = list(
        Kudos.objects.filter(digested=False)
        .select_related("work", "user")
        .order_by("work_id", "created_at", "id")
    )
    if not pending:
        return 0
    creators: dict[int, set[int]] = defaultdict(set)
    for work_id, user_id in Creatorship.objects.filter(
        work_id__in={k.work_id for k in pending}, approved=True
    ).values_list("work_id", "pseud__user_id"):
        creators[work_id].add(user_id)
    per_recipient: dict[int, list[Kudos]] = defaultdict(list)
    for k in pending:
        for user_id in creators[k.work_id]:
            per_recipient[user_id].append(k)
    # A kudos shared by co-creators is marked once the last of them has been told, so
    # a run stopped halfway tells the rest next time.
    last_recipient = {k.pk: max(creators[k.work_id], default=None) for k in pending}
    recipients = {u.pk: u for u in reachable(per_recipient)}
    made = 0
    for user_id in sorted(per_recipient):
        kudos = per_recipient[user_id]
        with transaction.atomic():
            user = recipients.get(user_id)
            if user is not None:
                muted = set(
                    CreatorMute.objects.filter(user=user).values_list("muted_id", flat=True)
                )
                entries = _digest_entries(kudos, muted)
                if entries:
                    deliver(
                        [
                            Notification(
                                recipient=user,
                                kind=NotificationKind.KUDOS,
                                data={"works": entries},
                            )
                        ]
                    )
                    made += 1
            done = [k.pk for k in kudos if last_recipient[k.pk] == user_id]
            Kudos.objects.filter(pk__in=done).update(digested=True)
    # Kudos on works nobody can be told about (no creators left) are done too.
    Kudos.objects.filter(pk__in=[k.pk for k in pending if not creators[k.work_id]]).update(
        digested=True
    )
    return made
