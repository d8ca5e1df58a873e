"""Reads for subscriptions and the inbox."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext as _

from fanfold.accounts.models import Pseud, User
from fanfold.feedback.models import Notification, NotificationKind, Subscription
from fanfold.works.models import Creatorship, Series, Work
from fanfold.works.selectors import Viewer, is_creator, series_works_for, visible_works_for


def subscription_of(
    user: Viewer,
    *,
    work: Work | None = None,
    series: Series | None = None,
    pseud: Pseud | None = None,
) -> Subscription | None:
    """The viewer's subscription to this one thing, if any."""
    if not user.is_authenticated:
        return None
    return Subscription.objects.filter(
        user_id=user.pk, work=work, series=series, pseud=pseud
    ).first()


def subscription_refusal(
    user: User,
    *,
    work: Work | None = None,
    series: Series | None = None,
    pseud: Pseud | None = None,
) -> str | None:
    """Why this user may not subscribe to this thing, or None when they may. Only
    things they can see, and never their own."""
    if work is not None:
        if not visible_works_for(user).filter(pk=work.pk, posted=True).exists():
            return _("No such work.")
        if is_creator(work, user):
            return _("You can't subscribe to your own work.")
    elif series is not None:
        if not series_works_for(series, user):
            return _("No such series.")
        if series.pseuds.filter(user=user).exists():
            return _("You can't subscribe to your own series.")
    elif pseud is not None:
        if not pseud.user.is_active:
            return _("No such creator.")
        if pseud.user_id == user.pk:
            return _("You can't subscribe to yourself.")
    else:
        return _("Choose a work, a series or a creator to subscribe to.")
    return None


def subscriptions_of(user: User) -> QuerySet[Subscription]:
    """Everything the user subscribes to, newest first. A work they can no longer see
    still shows (by title only) so they can unsubscribe."""
    return Subscription.objects.filter(user=user).select_related("work", "series", "pseud__user")


def work_creator_ids(work: Work) -> set[int]:
    return set(
        Creatorship.objects.filter(work=work, approved=True).values_list(
            "pseud__user_id", flat=True
        )
    )


def can_see_work(user: User, work: Work) -> bool:
    return visible_works_for(user).filter(pk=work.pk).exists()


def inbox_for(user: User, *, kind: str = "") -> QuerySet[Notification]:
    """The user's notifications, newest first, with what their text needs."""
    notifications = Notification.objects.filter(recipient=user)
    if kind in NotificationKind.values:
        notifications = notifications.filter(kind=kind)
    return notifications.select_related(
        "work", "chapter", "series", "comment__pseud__user", "comment__user", "comment__chapter"
    ).prefetch_related(
        Prefetch(
            "work__creatorships",
            queryset=Creatorship.objects.filter(approved=True).select_related("pseud__user"),
            to_attr="approved_creatorships",
        )
    )


def unread_count(user: User) -> int:
    # Served by the partial index notification_unread alone.
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()
