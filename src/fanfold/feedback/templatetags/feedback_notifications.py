"""The Subscribe/Unsubscribe button on work, series and pseud pages."""

from __future__ import annotations

from typing import Any

from django import template
from django.http import HttpRequest

from fanfold.accounts.models import Pseud
from fanfold.feedback.notifications.selectors import subscription_of
from fanfold.works.models import Series, Work
from fanfold.works.selectors import is_creator

register = template.Library()


def _own(
    request: HttpRequest, work: Work | None, series: Series | None, pseud: Pseud | None
) -> bool:
    user = request.user
    if work is not None:
        return is_creator(work, user)
    if series is not None:
        return series.pseuds.filter(user_id=user.pk).exists()
    return pseud is not None and pseud.user_id == user.pk


def button_context(
    request: HttpRequest,
    *,
    work: Work | None = None,
    series: Series | None = None,
    pseud: Pseud | None = None,
) -> dict[str, Any]:
    """What feedback/notifications/_subscribe_button.html needs. No button for guests
    or on one's own things."""
    user = request.user
    shown = user.is_authenticated and not _own(request, work, series, pseud)
    if work is not None:
        field, target = "work", work
    elif series is not None:
        field, target = "series", series
    else:
        field, target = "pseud", pseud
    return {
        "request": request,
        "subscribe_shown": shown,
        "subscribe_field": field,
        "subscribe_target": target,
        "subscription": subscription_of(user, work=work, series=series, pseud=pseud)
        if shown
        else None,
        "next": request.POST.get("next") or request.get_full_path(),
    }


@register.inclusion_tag("feedback/notifications/_subscribe_button.html", takes_context=True)
def subscribe_button(
    context: template.Context,
    work: Work | None = None,
    series: Series | None = None,
    pseud: Pseud | None = None,
    as_item: bool = False,
) -> dict[str, Any]:
    """as_item: wrapped in an <li> (only when there is a button to show)."""
    request = context.get("request")
    if request is None:
        return {"subscribe_shown": False}
    return button_context(request, work=work, series=series, pseud=pseud) | {"as_item": as_item}
