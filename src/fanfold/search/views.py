from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from fanfold.accounts import services as account_services
from fanfold.accounts.models import SavedSearch, User
from fanfold.works.selectors import visible_works_for

from .forms import SavedSearchForm
from .listing import works_listing


def search(request: HttpRequest) -> HttpResponse:
    works = visible_works_for(request.user).filter(posted=True)
    listing = works_listing(request, works)
    return render(request, "search/results.html", {"listing": listing, "page": listing.page})


@login_required
@require_POST
def save_search(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    form = SavedSearchForm(request.POST)
    query = request.POST.get("query", "")
    if form.is_valid():
        try:
            saved = account_services.saved_search_create(
                user=user, name=form.cleaned_data["name"], query=form.cleaned_data["query"]
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("Saved “%(name)s”. Find it under your saved searches.") % {"name": saved.name},
            )
            return redirect(saved)
    else:
        messages.error(request, " ".join(str(e) for errors in form.errors.values() for e in errors))
    return redirect(SavedSearch(query=query[:2000]).get_absolute_url())
