from django.contrib import admin

from .models import DownloadBuild


@admin.register(DownloadBuild)
class DownloadBuildAdmin(admin.ModelAdmin):
    """Background builds, to see what failed and why (the files are in the cache)."""

    list_display = ["work", "file_type", "status", "queued_at", "finished_at", "error"]
    list_filter = ["status", "file_type"]
    raw_id_fields = ["work", "requested_by"]
    readonly_fields = ["created_at"]
