from typing import Any

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext as _

from . import services
from .models import Tag, TagType, Wrangler, WranglingLog


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    # Tags change on the wrangling pages (/tags/wrangling/), through the services that
    # log every change and bring works up to date; here they are only looked at.
    list_display = ("name", "type", "canonical", "merger", "uses", "created_at")
    list_filter = ("type", "canonical")
    search_fields = ("name",)
    exclude = ("parents", "fandoms", "characters")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class WranglerForm(forms.ModelForm):
    class Meta:
        model = Wrangler
        fields = ("user", "fandom")

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        fandom = data.get("fandom")
        if fandom is not None and (fandom.type != TagType.FANDOM or not fandom.canonical):
            raise ValidationError(_("Choose a canonical fandom, or none for every fandom."))
        user = data.get("user")
        if user and Wrangler.objects.filter(user=user, fandom=fandom).exists():
            raise ValidationError(_("%(user)s already wrangles that.") % {"user": user})
        return data


@admin.register(Wrangler)
class WranglerAdmin(admin.ModelAdmin):
    """Grant and revoke wrangler roles; both go through the services, so both are logged."""

    form = WranglerForm
    list_display = ("user", "fandom", "granted_by", "created_at")
    raw_id_fields = ("user", "fandom")
    search_fields = ("user__username", "fandom__name")

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return obj is None  # a role is granted or revoked, never edited

    def save_model(self, request: HttpRequest, obj: Wrangler, form: Any, change: bool) -> None:
        role = services.wrangler_grant(
            actor=request.user,  # type: ignore[arg-type]
            user=obj.user,
            fandom=obj.fandom,
        )
        obj.pk = role.pk

    def delete_model(self, request: HttpRequest, obj: Wrangler) -> None:
        services.wrangler_revoke(actor=request.user, role=obj)  # type: ignore[arg-type]

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        for role in queryset:
            services.wrangler_revoke(actor=request.user, role=role)  # type: ignore[arg-type]


@admin.register(WranglingLog)
class WranglingLogAdmin(admin.ModelAdmin):
    list_display = ("created_at", "actor", "action", "tag_name")
    list_filter = ("action",)
    search_fields = ("tag_name", "actor__username")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
