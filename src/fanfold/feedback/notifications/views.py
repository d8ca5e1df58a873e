from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from fanfold.accounts.models import Pseud, User
from fanfold.core.pages import own_page_or_404, safe_url
from fanfold.feedback.models import NotificationKind, Subscription
from fanfold.works.models import Series, Work

from . import selectors, services
from .text import notification_text

PER_PAGE = 25
SUBSCRIPTIONS_PER_PAGE = 50


def _owner(request: HttpRequest, username: str) -> User:
    own_page_or_404(request, username)
    return request.user  # type: ignore[return-value]


def _back(request: HttpRequest, default: str) -> str:
    return safe_url(request, request.POST.get("next", ""), default)


@login_required
def inbox(request: HttpRequest, username: str) -> HttpResponse:
    user = _owner(request, username)
    kind = request.GET.get("kind", "")
    if kind not in NotificationKind.values:
        kind = ""
    page = Paginator(selectors.inbox_for(user, kind=kind), PER_PAGE).get_page(
        request.GET.get("page")
    )
    entries = [(n, notification_text(n, user)) for n in page.object_list]
    return render(
        request,
        "feedback/notifications/inbox.html",
        {
            "page": page,
            "entries": entries,
            "kind": kind,
            "kinds": NotificationKind.choices,
            "unread": selectors.unread_count(user),
        },
    )


@login_required
@require_POST
def inbox_read_all(request: HttpRequest, username: str) -> HttpResponse:
    user = _owner(request, username)
    kind = request.POST.get("kind", "")
    services.notifications_mark_all_read(
        user=user, kind=kind if kind in NotificationKind.values else ""
    )
    messages.success(request, _("All marked as read."))
    target = reverse("feedback:inbox", args=[user.username])
    return redirect(f"{target}?kind={kind}" if kind in NotificationKind.values else target)


@login_required
def inbox_open(request: HttpRequest, username: str, notification_id: int) -> HttpResponse:
    """Mark the notification read and go where it leads (links in the inbox pass here)."""
    user = _owner(request, username)
    notification = get_object_or_404(selectors.inbox_for(user), pk=notification_id)
    services.notification_mark_read(notification=notification, user=user)
    url = notification_text(notification, user).url
    return redirect(url or reverse("feedback:inbox", args=[user.username]))


@login_required
def subscriptions(request: HttpRequest, username: str) -> HttpResponse:
    user = _owner(request, username)
    page = Paginator(selectors.subscriptions_of(user), SUBSCRIPTIONS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "feedback/notifications/subscriptions.html",
        {"page": page, "here": request.get_full_path()},
    )


def _posted_target(request: HttpRequest) -> dict[str, Work | Series | Pseud]:
    """The one thing a subscribe form names (404 when it names nothing that exists)."""
    for name, model in (("work", Work), ("series", Series), ("pseud", Pseud)):
        raw = request.POST.get(name, "")
        if raw:
            if not raw.isdigit():
                break
            return {name: get_object_or_404(model, pk=int(raw))}
    raise Http404(_("Nothing to subscribe to."))


def _button(
    request: HttpRequest, target: dict[str, Work | Series | Pseud], message: str, level: str
) -> HttpResponse:
    """The subscribe button alone, for htmx to swap in place, with the outcome in it."""
    from fanfold.feedback.templatetags.feedback_notifications import button_context

    context = button_context(request, **target)  # type: ignore[arg-type]
    context.update(subscribe_message=message, subscribe_message_level=level)
    return render(request, "feedback/notifications/_subscribe_button.html", context)


def _finish(
    request: HttpRequest, target: dict[str, Work | Series | Pseud], message: str, level: str
) -> HttpResponse:
    if request.htmx:  # type: ignore[attr-defined]
        return _button(request, target, message, level)
    messages.add_message(
        request, messages.SUCCESS if level == "success" else messages.ERROR, message
    )
    thing = next(iter(target.values()))
    return redirect(_back(request, thing.get_absolute_url()))


@login_required
@require_POST
def subscribe(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    target = _posted_target(request)
    try:
        services.subscription_add(user=user, **target)  # type: ignore[arg-type]
    except ValidationError as error:
        return _finish(request, target, error.messages[0], "error")
    return _finish(request, target, _("You are subscribed."), "success")


@login_required
@require_POST
def unsubscribe(request: HttpRequest, subscription_id: int) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    subscription = get_object_or_404(
        Subscription.objects.select_related("work", "series", "pseud__user"),
        pk=subscription_id,
        user=user,
    )
    services.subscription_remove(user=user, subscription=subscription)
    target: dict[str, Work | Series | Pseud] = {
        name: getattr(subscription, name)
        for name in ("work", "series", "pseud")
        if getattr(subscription, f"{name}_id") is not None
    }
    message = _("You are no longer subscribed.")
    if request.htmx and request.POST.get("from") != "list":  # type: ignore[attr-defined]
        return _button(request, target, message, "success")
    if request.htmx:  # type: ignore[attr-defined]
        return HttpResponse("")  # the row leaves the subscriptions list
    messages.success(request, message)
    return redirect(_back(request, reverse("feedback:subscriptions", args=[user.username])))
