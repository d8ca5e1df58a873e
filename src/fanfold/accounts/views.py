from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from fanfold.works import selectors as work_selectors
from fanfold.works.views import paginate

from . import services
from .forms import DeleteAccountForm, EmailChangeForm, PreferencesForm, PseudForm, SignupForm
from .models import ORPHAN_USERNAME, Pseud, User


def _posted(request: HttpRequest) -> QueryDict | None:
    # Not `request.POST or None`: a form of unticked checkboxes posts nothing at all.
    return request.POST if request.method == "POST" else None


def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("works:home")
    form = SignupForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            user = services.user_create(
                username=form.cleaned_data["username"],
                email=form.cleaned_data["email"],
                password=form.cleaned_data["password1"],
            )
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome to the archive, %(name)s!") % {"name": user.username})
        target = request.POST.get("next", "")
        if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
            return redirect(target)
        return redirect("works:home")
    return render(request, "accounts/signup.html", {"form": form})


def profile(request: HttpRequest, username: str) -> HttpResponse:
    user = User.objects.filter(username__iexact=username).first()
    if user is None or not (user.is_active or user.username == ORPHAN_USERNAME):
        raise Http404(_("No such user."))
    pseuds = []
    for pseud in user.pseuds.all():
        works = list(work_selectors.works_by_pseud_for(pseud, request.user)[:5])
        count = work_selectors.works_by_pseud_for(pseud, request.user).count()
        pseuds.append({"pseud": pseud, "works": works, "count": count})
    return render(request, "accounts/profile.html", {"profile_user": user, "pseuds": pseuds})


def user_works(request: HttpRequest, username: str) -> HttpResponse:
    user = get_object_or_404(User, username__iexact=username)
    page = paginate(request, work_selectors.works_by_user_for(user, request.user))
    return render(request, "accounts/works.html", {"profile_user": user, "page": page})


def pseud_works(request: HttpRequest, username: str, pseud_name: str) -> HttpResponse:
    pseud = get_object_or_404(
        Pseud.objects.select_related("user"),
        user__username__iexact=username,
        name__iexact=pseud_name,
    )
    page = paginate(request, work_selectors.works_by_pseud_for(pseud, request.user))
    return render(
        request,
        "accounts/works.html",
        {"profile_user": pseud.user, "pseud": pseud, "page": page},
    )


@login_required
def preferences(request: HttpRequest) -> HttpResponse:
    form = PreferencesForm(_posted(request), instance=request.user)
    if request.method == "POST" and form.is_valid():
        services.user_update_preferences(
            user=request.user,  # type: ignore[arg-type]
            **{name: form.cleaned_data[name] for name in PreferencesForm.Meta.fields},
        )
        messages.success(request, _("Your preferences were saved."))
        return redirect("accounts:preferences")
    return render(request, "accounts/preferences.html", {"form": form})


@login_required
def change_email(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    form = EmailChangeForm(_posted(request), user=user)
    if request.method == "POST" and form.is_valid():
        try:
            services.user_change_email(user=user, email=form.cleaned_data["email"])
        except ValidationError as error:
            form.add_error("email", error)
        else:
            messages.success(request, _("Your email address was changed."))
            return redirect("accounts:preferences")
    return render(request, "accounts/change_email.html", {"form": form})


@login_required
def delete_account(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    form = DeleteAccountForm(_posted(request), user=user)
    if request.method == "POST" and form.is_valid():
        services.user_delete(user=user, works=form.cleaned_data["works"])
        logout(request)
        messages.success(request, _("Your account was deleted."))
        return redirect("works:home")
    return render(request, "accounts/delete_account.html", {"form": form})


@login_required
def pseuds(request: HttpRequest, username: str) -> HttpResponse:
    if request.user.username.lower() != username.lower():
        raise Http404(_("No such page."))
    user: User = request.user  # type: ignore[assignment]
    form = PseudForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            pseud = services.pseud_create(
                user=user,
                name=form.cleaned_data["name"],
                description=form.cleaned_data["description"],
            )
        except ValidationError as error:
            form.add_error("name", error)
        else:
            messages.success(request, _("Pseud “%(name)s” was created.") % {"name": pseud.name})
            return redirect("accounts:pseuds", user.username)
    return render(request, "accounts/pseuds.html", {"form": form, "pseuds": user.pseuds.all()})


@login_required
def pseud_edit(request: HttpRequest, username: str, pseud_name: str) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    pseud = get_object_or_404(Pseud, user=user, name__iexact=pseud_name)
    if user.username.lower() != username.lower():
        raise Http404(_("No such page."))
    initial = {"name": pseud.name, "description": pseud.description}
    form = PseudForm(_posted(request), pseud=pseud, initial=initial)
    if request.method == "POST" and "delete" in request.POST:
        try:
            services.pseud_delete(pseud=pseud, user=user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("accounts:pseud_edit", user.username, pseud.name)
        messages.success(request, _("Pseud deleted; its works moved to your default pseud."))
        return redirect("accounts:pseuds", user.username)
    if request.method == "POST" and form.is_valid():
        try:
            services.pseud_update(
                pseud=pseud,
                user=user,
                name=form.cleaned_data["name"],
                description=form.cleaned_data["description"],
                make_default=form.cleaned_data.get("make_default", False),
            )
        except ValidationError as error:
            form.add_error("name", error)
        else:
            messages.success(request, _("Pseud was updated."))
            return redirect("accounts:pseuds", user.username)
    return render(request, "accounts/pseud_edit.html", {"form": form, "pseud": pseud})
