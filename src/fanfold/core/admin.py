from django.contrib import admin

from .models import SiteOptions


@admin.register(SiteOptions)
class SiteOptionsAdmin(admin.ModelAdmin):
    def has_add_permission(self, request: object) -> bool:  # type: ignore[override]
        return not SiteOptions.objects.exists()

    def has_delete_permission(self, request: object, obj: object = None) -> bool:  # type: ignore[override]
        return False
