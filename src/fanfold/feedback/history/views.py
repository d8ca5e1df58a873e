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

from fanfold.accounts.models import User
from fanfold.core.pages import own_page_or_404, safe_url
from fanfold.feedback.models import Reading
from fanfold.works.models import Work
from fanfold.works.selectors import work_for_viewer

from . import selectors, services

PER_PAGE = 20
TO_READ = "to-read"


def _owner(request: HttpRequest, username: str) -> User:
    own_page_or_404(request, username)
    return request.user  # type: ignore[return-value]


def _back(request: HttpRequest, default: str) -> str:
    return safe_url(request, request.POST.get("next", ""), default)


@login_required
def readings(request: HttpRequest, username: str) -> HttpResponse:
    user = _owner(request, username)
    to_read = request.GET.get("show") == TO_READ
    rows = selectors.marked_for_later_of(user) if to_read else selectors.history_of(user)
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "feedback/history/readings.html",
        {
            "to_read": to_read,
            "page": page,
            "entries": selectors.reading_entries(page.object_list, user),
            "here": request.get_full_path(),
        },
    )


@login_required
@require_POST
def reading_delete(request: HttpRequest, username: str, reading_id: int) -> HttpResponse:
    user = _owner(request, username)
    reading = get_object_or_404(Reading, pk=reading_id, user=user)
    services.reading_delete(user=user, reading=reading)
    if request.htmx:  # type: ignore[attr-defined]
        return HttpResponse("")
    messages.success(request, _("The work was deleted from your history."))
    return redirect(_back(request, reverse("feedback:readings", args=[user.username])))


@login_required
def readings_clear(request: HttpRequest, username: str) -> HttpResponse:
    user = _owner(request, username)
    if request.method == "POST":
        services.readings_clear(user=user)
        messages.success(request, _("Your history was cleared. Your Mark for Later list was kept."))
        return redirect("feedback:readings", user.username)
    marked = selectors.marked_for_later_of(user).count()
    return render(request, "feedback/history/clear.html", {"marked": marked})


def _later_answer(
    request: HttpRequest, work: Work, *, marked: bool, done: str, error: str = ""
) -> HttpResponse:
    """The Mark for Later button in its new state: swapped in place for htmx (or removed
    from a list page), otherwise back to where the reader was."""
    default = (
        work.get_absolute_url()
        if work.posted
        else reverse(
            "feedback:readings",
            args=[request.user.username],  # type: ignore[union-attr]
        )
    )
    back = _back(request, default)
    if request.htmx:  # type: ignore[attr-defined]
        if request.POST.get("in") == "list" and not error:
            return HttpResponse("")
        return render(
            request,
            "feedback/history/later_item.html",
            {"work": work, "marked": marked, "later_next": back, "later_error": error},
        )
    if error:
        messages.error(request, error)
    else:
        messages.success(request, done)
    return redirect(back)


@login_required
@require_POST
def mark_for_later(request: HttpRequest, work_id: int) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    work = work_for_viewer(work_id, user).work
    if work is None:
        raise Http404(_("No such work."))
    try:
        services.reading_mark_for_later(user=user, work=work)
    except ValidationError as error:
        return _later_answer(request, work, marked=False, done="", error=" ".join(error.messages))
    return _later_answer(
        request,
        work,
        marked=True,
        done=_("“%(title)s” was marked for later.") % {"title": work.title},
    )


@login_required
@require_POST
def unmark_for_later(request: HttpRequest, work_id: int) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    # The work itself may have gone out of sight (made a draft): its mark can still go.
    reading = Reading.objects.filter(user=user, work_id=work_id).select_related("work").first()
    if reading is None:
        work = work_for_viewer(work_id, user).work
        if work is None:
            raise Http404(_("No such work."))
    else:
        work = reading.work
        services.reading_unmark(user=user, work=work)
    return _later_answer(
        request, work, marked=False, done=_("Removed from your Mark for Later list.")
    )
