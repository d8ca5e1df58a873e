from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from fanfold.core.pages import safe_url
from fanfold.core.ratelimit import rate_hit, too_many_requests
from fanfold.core.visitors import address_key
from fanfold.works.models import Work
from fanfold.works.selectors import is_creator, work_for_viewer

from . import selectors, services

# Givers per page of a work's kudos page (and when the list unfolds in place).
PER_PAGE = 500


def _work(request: HttpRequest, work_id: int) -> Work | HttpResponse:
    access = work_for_viewer(work_id, request.user)
    if access.needs_login:
        if request.method == "POST":
            messages.error(request, _("Only logged-in users can leave kudos on this work."))
        return redirect_to_login(reverse("works:detail", args=[work_id]))
    if access.work is None or not access.work.posted:
        raise Http404(_("No such work."))
    return access.work


def guest_key_of(request: HttpRequest) -> str:
    return "" if request.user.is_authenticated else address_key(request)


def section_context(
    request: HttpRequest, work: Work, *, limit: int | None = selectors.NAMED_ON_WORK
) -> dict[str, object]:
    """What templates/feedback/kudos/section.html needs (the work page's hook too)."""
    return {
        "work": work,
        "kudos": selectors.kudos_panel_for(
            work, request.user, guest_key=guest_key_of(request), limit=limit
        ),
        "kudos_is_creator": is_creator(work, request.user),
        "kudos_expanded": limit != selectors.NAMED_ON_WORK,
    }


def _back(request: HttpRequest, work: Work) -> str:
    target = safe_url(request, request.POST.get("next", ""), work.get_absolute_url())
    return target.split("#")[0] + "#kudos"


def work_kudos(request: HttpRequest, work_id: int) -> HttpResponse:
    """GET: who left kudos. POST: leave kudos (AO3's URL for both)."""
    if request.method == "POST":
        return kudos_give(request, work_id)
    found = _work(request, work_id)
    if isinstance(found, HttpResponse):
        return found
    if request.htmx:
        context = section_context(request, found, limit=PER_PAGE)
        return render(request, "feedback/kudos/section.html", context)
    page = Paginator(selectors.named_kudos_for(found, request.user), PER_PAGE).get_page(
        request.GET.get("page")
    )
    users, guests = selectors.kudos_counts(found)
    return render(
        request,
        "feedback/kudos/list.html",
        {
            "work": found,
            "page": page,
            "unnamed": users - page.paginator.count,
            "guests": guests,
        },
    )


def kudos_give(request: HttpRequest, work_id: int) -> HttpResponse:
    found = _work(request, work_id)
    if isinstance(found, HttpResponse):
        return found
    work = found
    limit = rate_hit(request, "kudos")
    if not limit.allowed:
        if not request.htmx:
            return too_many_requests(request, limit)
        response = _section(request, work, limit.message, "error", status=429)
        response["Retry-After"] = str(limit.retry_after)
        return response
    user = request.user if request.user.is_authenticated else None
    try:
        services.kudos_give(work=work, user=user, guest_key=guest_key_of(request))  # type: ignore[arg-type]
    except ValidationError as error:
        level, text = "error", error.messages[0]
    else:
        level, text = "success", _("Thank you for leaving kudos!")
    if request.htmx:
        return _section(request, work, text, level)
    messages.add_message(request, messages.SUCCESS if level == "success" else messages.ERROR, text)
    return redirect(_back(request, work))


def _section(
    request: HttpRequest, work: Work, message: str, level: str, *, status: int = 200
) -> HttpResponse:
    """The kudos section alone, for htmx to swap in place, with the outcome in it."""
    context = section_context(request, work)
    context.update(kudos_message=message, kudos_message_level=level)
    return render(request, "feedback/kudos/section.html", context, status=status)
