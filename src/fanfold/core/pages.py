"""Small helpers every view module shares."""

from __future__ import annotations

from django.http import Http404, HttpRequest
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _


def safe_url(request: HttpRequest, target: str, fallback: str) -> str:
    """target when it points back into this archive, else fallback: never an open
    redirect."""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


def safe_next(request: HttpRequest, fallback: str) -> str:
    """Where a form asked to go back to (its `next` field or parameter), if safe."""
    return safe_url(request, request.POST.get("next") or request.GET.get("next") or "", fallback)


def own_page_or_404(request: HttpRequest, username: str) -> None:
    """Private pages (inbox, history, subscriptions...) exist only for their owner:
    anyone else is told there is no such page. Call after login_required."""
    if request.user.get_username().lower() != username.lower():
        raise Http404(_("No such page."))
