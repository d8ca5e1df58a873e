from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l

from fanfold.core.pages import safe_next
from fanfold.core.ratelimit import RateResult, rate_hit
from fanfold.search import personal
from fanfold.search.forms import (
    FIXED_TYPES,
    TYPE_FIELDS,
    CreatorMuteForm,
    FixedMutesForm,
    SavedSearchRenameForm,
    TagMutesForm,
)
from fanfold.search.listing import works_listing
from fanfold.tags.models import Tag
from fanfold.works import selectors as work_selectors

from . import services
from .forms import (
    BlockForm,
    DeleteAccountForm,
    EmailChangeForm,
    LoginForm,
    PreferencesForm,
    PseudForm,
    SignupForm,
)
from .models import ORPHAN_USERNAME, Block, CreatorMute, Pseud, SavedSearch, User


def _posted(request: HttpRequest) -> QueryDict | None:
    # Not `request.POST or None`: a form of unticked checkboxes posts nothing at all.
    return request.POST if request.method == "POST" else None


def _typed(request: HttpRequest, *names: str) -> dict[str, str]:
    return {name: request.POST.get(name, "") for name in names}


def _refused(response: HttpResponse, result: RateResult) -> HttpResponse:
    """A page that re-renders its own form past a rate limit: 429 and when to retry."""
    response.status_code = 429
    response["Retry-After"] = str(result.retry_after)
    return response


def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("works:home")
    if request.method == "POST":
        limit = rate_hit(request, "signup")
        if not limit.allowed:
            # Unbound, so nothing is validated; what was typed comes back, passwords don't.
            form = SignupForm(initial=_typed(request, "username", "email"))
            context = {"form": form, "rate_limit": limit.message}
            return _refused(render(request, "accounts/signup.html", context), limit)
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


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        # Every attempt counts, good password or bad: the limit is there to stop
        # guessing, and a person who types their password right rarely needs ten tries.
        limit = rate_hit(request, "login", username=request.POST.get("username", ""))
        if not limit.allowed:
            form = LoginForm(request, initial=_typed(request, "username"))
            context = self.get_context_data(form=form, rate_limit=limit.message)
            return _refused(self.render_to_response(context), limit)
        return super().post(request, *args, **kwargs)


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "accounts/password_reset.html"
    email_template_name = "accounts/email/password_reset.txt"
    subject_template_name = "accounts/email/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        limit = rate_hit(request, "password_reset", email=request.POST.get("email", ""))
        if not limit.allowed:
            form = self.form_class(initial=_typed(request, "email"))
            context = self.get_context_data(form=form, rate_limit=limit.message)
            return _refused(self.render_to_response(context), limit)
        return super().post(request, *args, **kwargs)


def profile(request: HttpRequest, username: str) -> HttpResponse:
    user = User.objects.filter(username__iexact=username).first()
    if user is None or not (user.is_active or user.username == ORPHAN_USERNAME):
        raise Http404(_("No such user."))
    pseuds = []
    # The preview is a listing too: the reader's mutes hold here as everywhere, and it
    # says what they hid rather than claiming a muted creator has no works.
    filters = personal.PersonalFilters.of(request.user, request.session)
    for pseud in user.pseuds.all():
        every = work_selectors.works_by_pseud_for(pseud, request.user)
        works = filters.apply(every)
        hidden, hidden_more = filters.hidden_count(every, limit=settings.WORKS_COUNT_LIMIT)
        pseuds.append(
            {
                "pseud": pseud,
                "works": list(works[:5]),
                "count": works.count(),
                "hidden": hidden,
                "hidden_more": hidden_more,
            }
        )
    viewer_id = request.user.pk if request.user.is_authenticated else None
    context = {
        "profile_user": user,
        "pseuds": pseuds,
        # The Block and Mute buttons say which way they go.
        "blocked": viewer_id is not None
        and Block.objects.filter(blocker_id=viewer_id, blocked=user).exists(),
        "muted": viewer_id is not None
        and CreatorMute.objects.filter(user_id=viewer_id, muted=user).exists(),
    }
    return render(request, "accounts/profile.html", context)


def user_works(request: HttpRequest, username: str) -> HttpResponse:
    user = get_object_or_404(User, username__iexact=username)
    works = work_selectors.works_by_user_for(user, request.user)
    listing = works_listing(request, works, savable=False)
    return render(
        request,
        "accounts/works.html",
        {"profile_user": user, "listing": listing, "page": listing.page},
    )


def pseud_works(request: HttpRequest, username: str, pseud_name: str) -> HttpResponse:
    pseud = get_object_or_404(
        Pseud.objects.select_related("user"),
        user__username__iexact=username,
        name__iexact=pseud_name,
    )
    works = work_selectors.works_by_pseud_for(pseud, request.user)
    listing = works_listing(request, works, savable=False)
    return render(
        request,
        "accounts/works.html",
        {"profile_user": pseud.user, "pseud": pseud, "listing": listing, "page": listing.page},
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


def _posted_id(request: HttpRequest, name: str) -> int:
    try:
        return int(request.POST.get(name, ""))
    except ValueError:
        raise Http404(_("No such item.")) from None


def mutes(request: HttpRequest) -> HttpResponse:
    """Personal filters: muted tags (guests keep theirs in the session) and creators."""
    viewer, session = request.user, request.session
    fixed_form, tags_form, creator_form = FixedMutesForm(), TagMutesForm(), CreatorMuteForm()
    if request.method == "POST":
        action = request.POST.get("action")
        here = reverse("accounts:mutes")
        try:
            if action == "fixed":
                fixed_form = FixedMutesForm(request.POST)
                if fixed_form.is_valid():
                    personal.set_type_mutes(viewer, session, FIXED_TYPES, fixed_form.tags())
                    messages.success(request, _("Your muted ratings and warnings were saved."))
                    return redirect(here)
            elif action == "tags":
                tags_form = TagMutesForm(request.POST)
                if tags_form.is_valid():
                    personal.mute_tags(viewer, session, tags_form.tags())
                    messages.success(request, _("Those tags are muted."))
                    return redirect(here)
            elif action in ("mute_tag", "unmute_tag"):
                tag = get_object_or_404(Tag, pk=_posted_id(request, "tag"))
                if action == "mute_tag":
                    personal.mute_tags(viewer, session, [tag])
                    message = _("“%(name)s” is muted: works under it are hidden from your lists.")
                else:
                    personal.unmute_tags(viewer, session, [tag.pk])
                    message = _("“%(name)s” is no longer muted.")
                messages.success(request, message % {"name": tag.name})
                return redirect(safe_next(request, here))
            elif action == "mute_creator" and request.user.is_authenticated:
                creator_form = CreatorMuteForm(request.POST)
                if creator_form.is_valid():
                    muted = creator_form.cleaned_data["username"]
                    services.creator_mute_add(user=request.user, muted=muted)  # type: ignore[arg-type]
                    messages.success(
                        request, _("Works by %(name)s are now hidden.") % {"name": muted.username}
                    )
                    return redirect(safe_next(request, here))
            elif action == "unmute_creator" and request.user.is_authenticated:
                services.creator_mute_remove(
                    user=request.user,  # type: ignore[arg-type]
                    muted_id=_posted_id(request, "user"),
                )
                messages.success(request, _("That creator is no longer muted."))
                return redirect(here)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(safe_next(request, here))
    muted = personal.muted_tags(viewer, session)
    if not fixed_form.is_bound:
        fixed_form = FixedMutesForm(
            initial={
                TYPE_FIELDS[t][0]: [tag.name for tag in muted if tag.type == t] for t in FIXED_TYPES
            }
        )
    creators = []
    if request.user.is_authenticated:
        creators = list(
            CreatorMute.objects.filter(user=request.user)
            .select_related("muted")
            .order_by("muted__username")
        )
    return render(
        request,
        "accounts/mutes.html",
        {
            "fixed_form": fixed_form,
            "tags_form": tags_form,
            "creator_form": creator_form,
            "muted_tags": [t for t in muted if t.type not in FIXED_TYPES],
            "muted_creators": creators,
        },
    )


@login_required
def saved_searches(request: HttpRequest, username: str) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    if user.username.lower() != username.lower():
        raise Http404(_("No such page."))
    rename_errors: dict[int, list[str]] = {}
    if request.method == "POST":
        saved = get_object_or_404(SavedSearch, pk=_posted_id(request, "search"), user=user)
        if request.POST.get("action") == "delete":
            services.saved_search_delete(saved=saved, user=user)
            messages.success(request, _("“%(name)s” was deleted.") % {"name": saved.name})
            return redirect("accounts:searches", user.username)
        form = SavedSearchRenameForm(request.POST, instance=SavedSearch(user=user))
        if form.is_valid():
            try:
                services.saved_search_rename(saved=saved, user=user, name=form.cleaned_data["name"])
            except ValidationError as error:
                rename_errors[saved.pk] = error.messages
            else:
                messages.success(request, _("Renamed to “%(name)s”.") % {"name": saved.name})
                return redirect("accounts:searches", user.username)
        else:
            rename_errors[saved.pk] = [str(e) for e in form.errors.get("name", [])]
    searches = [
        {"saved": s, "errors": rename_errors.get(s.pk, [])}
        for s in SavedSearch.objects.filter(user=user)
    ]
    return render(request, "accounts/searches.html", {"searches": searches})


# Blocks, and the Block and Mute buttons of a profile


BLOCK_DONE = _l(
    "You blocked %(name)s. They can no longer comment on your works, reply to your "
    "comments, give your works kudos or invite you as a co-creator, and their comments "
    "on your works are hidden."
)


@login_required
def blocked_users(request: HttpRequest, username: str) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    if user.username.lower() != username.lower():
        raise Http404(_("No such page."))
    here = reverse("accounts:blocked", args=[user.username])
    form = BlockForm()
    if request.method == "POST" and request.POST.get("action") == "unblock":
        blocked = get_object_or_404(User, pk=_posted_id(request, "user"))
        services.block_remove(blocker=user, blocked_id=blocked.pk)
        messages.success(request, _("You unblocked %(name)s.") % {"name": blocked.username})
        return redirect(here)
    if request.method == "POST":
        form = BlockForm(request.POST)
        if form.is_valid():
            blocked = form.cleaned_data["username"]
            try:
                services.block_add(blocker=user, blocked=blocked)
            except ValidationError as error:
                form.add_error("username", error)
            else:
                messages.success(request, str(BLOCK_DONE) % {"name": blocked.username})
                return redirect(here)
    blocks = Block.objects.filter(blocker=user).select_related("blocked")
    return render(
        request,
        "accounts/blocked.html",
        {"form": form, "blocks": blocks.order_by("blocked__username")},
    )


def _profile_target(request: HttpRequest, username: str) -> User:
    if request.method != "POST":
        raise Http404(_("No such page."))
    return get_object_or_404(User, username__iexact=username)


@login_required
def profile_block(request: HttpRequest, username: str) -> HttpResponse:
    target = _profile_target(request, username)
    user: User = request.user  # type: ignore[assignment]
    if request.POST.get("action") == "unblock":
        services.block_remove(blocker=user, blocked_id=target.pk)
        messages.success(request, _("You unblocked %(name)s.") % {"name": target.username})
    else:
        try:
            services.block_add(blocker=user, blocked=target)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, str(BLOCK_DONE) % {"name": target.username})
    return redirect("accounts:profile", target.username)


@login_required
def profile_mute(request: HttpRequest, username: str) -> HttpResponse:
    target = _profile_target(request, username)
    user: User = request.user  # type: ignore[assignment]
    if request.POST.get("action") == "unmute":
        services.creator_mute_remove(user=user, muted_id=target.pk)
        messages.success(request, _("You unmuted %(name)s.") % {"name": target.username})
    else:
        try:
            services.creator_mute_add(user=user, muted=target)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("You muted %(name)s: their works, comments and bookmarks are hidden from you.")
                % {"name": target.username},
            )
    return redirect("accounts:profile", target.username)
