"""Wrangling pages: the dashboard of unwrangled tags (with bulk actions), a tag's
wrangling page, the log, and the admins' page for wrangler roles. Thin: forms read the
input, services do the work, errors go back into the form that caused them."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from fanfold.accounts.models import User

from . import selectors, services
from .forms import (
    BulkForm,
    CharactersForm,
    DashboardFilterForm,
    FandomsForm,
    GrantForm,
    LogFilterForm,
    MergeForm,
    ParentsForm,
    RenameForm,
)
from .models import Tag, TagParent, TagType, Wrangler
from .selectors import WranglingScope

PER_PAGE = 50


def _scope(request: HttpRequest) -> WranglingScope:
    scope = selectors.wrangling_scope_for(request.user)
    if scope is None:
        raise PermissionDenied(_("Only tag wranglers can see this page."))
    return scope


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _fail(form: forms.Form, error: ValidationError | PermissionDenied, field: str | None) -> None:
    if isinstance(error, PermissionDenied):
        form.add_error(None, str(error))
    else:
        form.add_error(field if field in form.fields else None, error)


# Dashboard and bulk actions ----------------------------------------------------------


def _dashboard(
    request: HttpRequest, scope: WranglingScope, bulk: BulkForm, status: int = 200
) -> HttpResponse:
    filters = DashboardFilterForm(request.GET or None)
    tag_type, fandom, order = "", None, "uses"
    if filters.is_valid():
        tag_type = filters.cleaned_data["type"]
        fandom = filters.cleaned_data["fandom"]
        order = filters.cleaned_data["order"] or "uses"
    tags = selectors.unwrangled_for(scope, tag_type=tag_type, fandom=fandom, order=order)
    if tag_type:
        bulk.fields["into"].widget.attrs.update(
            {"data-autocomplete": tag_type, "autocomplete": "off", "class": "tag-input"}
        )
    page = Paginator(tags, PER_PAGE).get_page(request.GET.get("page"))
    ticked = {str(v) for v in bulk["tags"].value() or []} if bulk.is_bound else set()
    return render(
        request,
        "wrangling/dashboard.html",
        {
            "filters": filters,
            "page": page,
            "bulk": bulk,
            "ticked": ticked,
            "by_fandom": selectors.unwrangled_by_fandom(scope),
            "scope": scope,
            "query": request.GET.urlencode(),
        },
        status=status,
    )


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    return _dashboard(request, _scope(request), BulkForm())


@login_required
@require_POST
def bulk(request: HttpRequest) -> HttpResponse:
    scope = _scope(request)
    form = BulkForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        tags = list(data["tags"])
        try:
            services.tags_wrangle_bulk(
                actor=_user(request),
                tags=tags,
                action=data["action"],
                into=data["into_tag"],
                fandoms=data["fandom_tags"],
                parents=data["parent_tags"],
            )
        except (ValidationError, PermissionDenied) as error:
            _fail(form, error, None)
        else:
            messages.success(
                request,
                _("%(action)s: done for %(count)d tags.")
                % {"action": dict(services.BulkAction.choices)[data["action"]], "count": len(tags)},
            )
            query = request.GET.urlencode()
            return redirect(reverse("tags:wrangling") + (f"?{query}" if query else ""))
    return _dashboard(request, scope, form, status=400)


# One tag ------------------------------------------------------------------------------


def edit_url(tag: Tag, others: list[Tag] | None = None) -> str:
    url = reverse("tags:edit", args=[tag.url_name])
    return f"{url}?{urlencode({'type': tag.type})}" if others else url


def _edit_forms(tag: Tag, bound: str = "", data: Any = None) -> dict[str, forms.Form]:
    def pick(name: str) -> Any:
        return data if name == bound else None

    built: dict[str, forms.Form] = {
        "status": forms.Form(pick("status")),
        "merge": MergeForm(pick("merge"), tag=tag),
        "rename": RenameForm(pick("rename"), initial={"name": tag.name}),
    }
    if tag.canonical:
        built["parents"] = ParentsForm(
            pick("parents"), tag=tag, initial={"parents": [p.name for p in tag.parents.all()]}
        )
    if tag.type in (TagType.CHARACTER, TagType.RELATIONSHIP, TagType.FREEFORM) and not tag.merger:
        built["fandoms"] = FandomsForm(
            pick("fandoms"), initial={"fandoms": [f.name for f in tag.fandoms.all()]}
        )
    if tag.type == TagType.RELATIONSHIP and not tag.merger:
        built["characters"] = CharactersForm(
            pick("characters"), initial={"characters": [c.name for c in tag.characters.all()]}
        )
    return built


def _apply(request: HttpRequest, tag: Tag, action: str, form: forms.Form) -> str:
    """Run the action the form asked for; returns the message saying it was done."""
    actor = _user(request)
    data = form.cleaned_data
    if action == "canonical":
        services.tag_make_canonical(actor=actor, tag=tag)
        return _("“%(name)s” is now canonical.") % {"name": tag.name}
    if action == "uncanonical":
        services.tag_make_uncanonical(actor=actor, tag=tag)
        return _("“%(name)s” is no longer canonical.") % {"name": tag.name}
    if action == "merge":
        services.tag_merge(actor=actor, tag=tag, into=data["into"])
        return _("“%(name)s” is now a synonym of “%(into)s”.") % {
            "name": tag.name,
            "into": data["into"].name,
        }
    if action == "rename":
        services.tag_rename(actor=actor, tag=tag, name=data["name"])
        return _("Renamed to “%(name)s”.") % {"name": tag.name}
    if action == "parents":
        services.tag_set_parents(actor=actor, tag=tag, parents=data["parents"])
        return _("Parents of “%(name)s” saved.") % {"name": tag.name}
    if action == "fandoms":
        services.tag_set_fandoms(actor=actor, tag=tag, fandoms=data["fandoms"])
        return _("Fandoms of “%(name)s” saved.") % {"name": tag.name}
    services.tag_set_characters(actor=actor, tag=tag, characters=data["characters"])
    return _("Characters of “%(name)s” saved.") % {"name": tag.name}


ACTION_FORMS = {
    "canonical": "status",
    "uncanonical": "status",
    "merge": "merge",
    "rename": "rename",
    "parents": "parents",
    "fandoms": "fandoms",
    "characters": "characters",
}
FIELD_OF = {"merge": "into", "rename": "name", "parents": "parents"}


@login_required
def tag_edit(request: HttpRequest, name: str) -> HttpResponse:
    scope = _scope(request)
    wanted_type = request.POST.get("type") or request.GET.get("type", "")
    tag, others = selectors.tag_from_url(name, wanted_type)
    if tag is None:
        raise Http404(_("No such tag."))
    if not selectors.can_wrangle(request.user, tag, scope):
        raise PermissionDenied(_("You can't wrangle this tag: it isn't in a fandom you wrangle."))
    status = 200
    action = request.POST.get("action", "")
    bound = ACTION_FORMS.get(action, "")
    built = _edit_forms(tag, bound, request.POST if request.method == "POST" else None)
    if request.method == "POST":
        form = built.get(bound)
        if form is None:
            raise Http404(_("No such action for this tag."))
        if form.is_valid():
            try:
                message = _apply(request, tag, action, form)
            except (ValidationError, PermissionDenied) as error:
                _fail(form, error, FIELD_OF.get(action) or action)
            else:
                messages.success(request, message)
                return redirect(edit_url(tag, others))
        status = 400
    context = {
        "tag": tag,
        "others": others,
        "forms": built,
        "synonyms": tag.synonyms.order_by("name"),
        "parents": tag.parents.order_by("name"),
        "children": Tag.objects.filter(
            pk__in=TagParent.objects.filter(parent=tag).values("child_id")
        ).order_by("name"),
        "fandoms": tag.fandoms.order_by("name"),
        "characters": tag.characters.order_by("name"),
        "members": tag.members.count() if tag.type == TagType.FANDOM else 0,
        "relationships": tag.relationships.order_by("name")[:50],
        "log": tag.wrangling_log.select_related("actor")[:10],
        "type_query": urlencode({"type": tag.type}) if others else "",
    }
    return render(request, "wrangling/tag.html", context, status=status)


# Log and roles ------------------------------------------------------------------------


@login_required
def log(request: HttpRequest) -> HttpResponse:
    _scope(request)
    filters = LogFilterForm(request.GET or None)
    tag_name = wrangler = ""
    if filters.is_valid():
        tag_name, wrangler = filters.cleaned_data["tag"], filters.cleaned_data["wrangler"]
    entries = selectors.wrangling_log(tag_name=tag_name, wrangler=wrangler)
    page = Paginator(entries, PER_PAGE).get_page(request.GET.get("page"))
    query = {k: v for k, v in request.GET.items() if k != "page"}
    return render(
        request,
        "wrangling/log.html",
        {"filters": filters, "page": page, "query": urlencode(query)},
    )


def _admin(request: HttpRequest) -> User:
    user = _user(request)
    if not user.is_staff:
        raise PermissionDenied(_("Only archive admins manage wrangler roles."))
    return user


@login_required
def wranglers(request: HttpRequest) -> HttpResponse:
    admin = _admin(request)
    form = GrantForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                role = services.wrangler_grant(
                    actor=admin,
                    user=form.cleaned_data["username"],
                    fandom=form.cleaned_data["fandom"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request,
                    _("%(user)s can now wrangle %(what)s.")
                    % {
                        "user": role.user.username,
                        "what": role.fandom.name if role.fandom else _("every fandom"),
                    },
                )
                return redirect("tags:wranglers")
        status = 400
    return render(
        request,
        "wrangling/wranglers.html",
        {"form": form, "roles": selectors.wranglers()},
        status=status,
    )


@login_required
@require_POST
def wrangler_revoke(request: HttpRequest, role_id: int) -> HttpResponse:
    admin = _admin(request)
    role = get_object_or_404(Wrangler.objects.select_related("user", "fandom"), pk=role_id)
    services.wrangler_revoke(actor=admin, role=role)
    messages.success(
        request,
        _("%(user)s no longer wrangles %(what)s.")
        % {
            "user": role.user.username,
            "what": role.fandom.name if role.fandom else _("every fandom"),
        },
    )
    return redirect("tags:wranglers")
