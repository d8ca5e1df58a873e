from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django_htmx.http import HttpResponseClientRedirect

from fanfold.accounts.models import Pseud, User
from fanfold.accounts.selectors import muted_ids_of
from fanfold.core.pages import safe_next, safe_url
from fanfold.feedback.models import Bookmark
from fanfold.search.listing import works_listing
from fanfold.tags.naming import tag_key
from fanfold.works.models import Series, Work
from fanfold.works.selectors import work_for_viewer

from . import selectors, services
from .forms import BookmarkForm

TAG_PARAM = "bookmark_tag"
SERIES_PAGE_PARAM = "series_page"


def _visible_work(request: HttpRequest, work_id: int) -> Work | HttpResponse:
    access = work_for_viewer(work_id, request.user)
    if access.needs_login:
        return redirect_to_login(request.get_full_path())
    if access.work is None or not access.work.posted:
        raise Http404(_("No such work."))
    return access.work


def _visible_series(request: HttpRequest, series_id: int) -> Series:
    return get_object_or_404(selectors.visible_series_for(request.user), pk=series_id)


# A work's or a series' public bookmarks


def work_bookmarks(request: HttpRequest, work_id: int) -> HttpResponse:
    found = _visible_work(request, work_id)
    if isinstance(found, HttpResponse):
        return found
    marks = selectors.work_bookmarks_for(found, request.user)
    page = Paginator(marks, settings.WORKS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request, "feedback/bookmarks/target_bookmarks.html", {"work": found, "page": page}
    )


def series_bookmarks(request: HttpRequest, series_id: int) -> HttpResponse:
    series = _visible_series(request, series_id)
    selectors.series_display_data([series], request.user)
    marks = selectors.series_bookmarks_for(series, request.user)
    page = Paginator(marks, settings.WORKS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request, "feedback/bookmarks/target_bookmarks.html", {"series": series, "page": page}
    )


# Making, editing and deleting a bookmark


def _bookmark_form(
    request: HttpRequest,
    *,
    work: Work | None = None,
    series: Series | None = None,
    bookmark: Bookmark | None = None,
) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    data = request.POST if request.method == "POST" else None
    if bookmark is not None:
        form = BookmarkForm.for_bookmark(bookmark, data, user=user)
    else:
        form = BookmarkForm(data, user=user)
    target = work or series
    assert target is not None
    if data is not None and form.is_valid():
        try:
            if bookmark is not None:
                services.bookmark_update(bookmark=bookmark, user=user, data=form.bookmark_data())
            else:
                services.bookmark_create(
                    user=user, work=work, series=series, data=form.bookmark_data()
                )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your bookmark was saved."))
            return redirect(safe_next(request, target.get_absolute_url()))
    return render(
        request,
        "feedback/bookmarks/form.html",
        {"form": form, "work": work, "series": series, "bookmark": bookmark},
    )


@login_required
def work_bookmark_new(request: HttpRequest, work_id: int) -> HttpResponse:
    """Bookmark a work; a work already bookmarked opens its bookmark to edit."""
    found = _visible_work(request, work_id)
    if isinstance(found, HttpResponse):
        return found
    existing = selectors.bookmark_of(request.user, work=found)
    return _bookmark_form(request, work=found, bookmark=existing)


@login_required
def series_bookmark_new(request: HttpRequest, series_id: int) -> HttpResponse:
    series = _visible_series(request, series_id)
    existing = selectors.bookmark_of(request.user, series=series)
    return _bookmark_form(request, series=series, bookmark=existing)


@login_required
def bookmark_edit(request: HttpRequest, bookmark_id: int) -> HttpResponse:
    bookmark = selectors.owned_bookmark(bookmark_id, request.user)
    if bookmark is None:
        raise Http404(_("No such bookmark."))
    return _bookmark_form(request, work=bookmark.work, series=bookmark.series, bookmark=bookmark)


@login_required
def bookmark_delete(request: HttpRequest, bookmark_id: int) -> HttpResponse:
    bookmark = selectors.owned_bookmark(bookmark_id, request.user)
    if bookmark is None:
        raise Http404(_("No such bookmark."))
    if request.method == "POST":
        services.bookmark_delete(bookmark=bookmark, user=request.user)  # type: ignore[arg-type]
        messages.success(request, _("Your bookmark was deleted."))
        fallback = reverse("feedback:user_bookmarks", args=[request.user.username])  # type: ignore[union-attr]
        if request.htmx:  # type: ignore[attr-defined]
            # Asked from a list (after the browser's "are you sure?"): that page is
            # loaded again, so its counts and links agree with what is left.
            current = request.htmx.current_url_abs_path or ""  # type: ignore[attr-defined]
            return HttpResponseClientRedirect(safe_url(request, current, fallback))
        return redirect(safe_next(request, fallback))
    return render(request, "feedback/bookmarks/delete.html", {"bookmark": bookmark})


# A user's (or one pseud's) bookmarks: the bookmarked works as a works listing, with
# the same sidebar of filters, plus the bookmarked series and the bookmarker's tags.


def user_bookmarks(request: HttpRequest, username: str) -> HttpResponse:
    owner = get_object_or_404(User, username__iexact=username, is_active=True)
    return _bookmarks_page(request, owner, None)


def pseud_bookmarks(request: HttpRequest, username: str, pseud_name: str) -> HttpResponse:
    pseud = get_object_or_404(
        Pseud.objects.select_related("user"),
        user__username__iexact=username,
        user__is_active=True,
        name__iexact=pseud_name,
    )
    return _bookmarks_page(request, pseud.user, pseud)


def _query_url(request: HttpRequest, key: str, *, add: str = "", remove: str = "") -> str:
    query: QueryDict = request.GET.copy()
    for name in ("page", SERIES_PAGE_PARAM):
        query.pop(name, None)
    values = [v for v in query.getlist(key) if v.strip() and v.strip() != remove]
    if add and add not in values:
        values.append(add)
    query.setlist(key, values)
    return "?" + query.urlencode()


def _bookmarks_page(request: HttpRequest, owner: User, pseud: Pseud | None) -> HttpResponse:
    viewer = request.user
    names = [n.strip() for n in request.GET.getlist(TAG_PARAM) if n.strip()]
    tag_filters, unknown = selectors.tag_filters_for(names)
    scope = selectors.BookmarkScope(owner, viewer, pseud, tag_filters)
    listing = works_listing(request, scope.works(), savable=False)
    scope.attach(listing.page.object_list)

    series_marks = scope.series_bookmarks(
        selectors.works_matching(listing.form, viewer, request.session)
    )
    series_page = Paginator(
        selectors.with_display_data(series_marks), settings.WORKS_PER_PAGE
    ).get_page(request.GET.get(SERIES_PAGE_PARAM))
    selectors.series_display_data([m.series for m in series_page.object_list], viewer)

    # Bookmarker's tags are counted over what the page lists: the works passing the
    # filters (the listing's own counted set) and the series shown.
    counted = listing.page.paginator.counted  # type: ignore[attr-defined]
    listed = scope.bookmarks().filter(
        Q(work__in=counted.order_by().values("pk")) | Q(pk__in=series_marks.values("pk"))
    )
    chosen = {tag_key(n) for n in names}
    tag_counts = [
        (entry, _query_url(request, TAG_PARAM, add=entry.tag.name))
        for entry in selectors.bookmark_tag_counts(listed)
        if tag_key(entry.tag.name) not in chosen
    ]
    muted_owner = viewer.is_authenticated and owner.pk in set(muted_ids_of(viewer.pk))
    return render(
        request,
        "feedback/bookmarks/user_bookmarks.html",
        {
            "profile_user": owner,
            "pseud": pseud,
            "listing": listing,
            "page": listing.page,
            "series_page": series_page,
            "tag_counts": tag_counts,
            "chosen_tags": [(n, _query_url(request, TAG_PARAM, remove=n)) for n in names],
            "unknown_tags": unknown,
            "muted_owner": muted_owner,
            "is_owner": viewer.is_authenticated and viewer.pk == owner.pk,
        },
    )
