from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from .models import SiteOptions


@admin.register(SiteOptions)
class SiteOptionsAdmin(admin.ModelAdmin):
    fields = ["guest_comments"]

    def has_add_permission(self, request: object) -> bool:  # type: ignore[override]
        return not SiteOptions.objects.exists()

    def has_delete_permission(self, request: object, obj: object = None) -> bool:  # type: ignore[override]
        return False

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, object] | None = None
    ) -> HttpResponse:
        # There is one row: "Site options" opens it (or, on a new archive, its form).
        if SiteOptions.objects.filter(pk=1).exists():
            return redirect("admin:core_siteoptions_change", 1)
        return redirect("admin:core_siteoptions_add")
