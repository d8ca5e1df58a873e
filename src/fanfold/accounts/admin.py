from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from .models import Pseud, User


class PseudInline(admin.TabularInline):
    model = Pseud
    extra = 0


@admin.register(User)
class FanfoldUserAdmin(UserAdmin):
    inlines = [PseudInline]
    fieldsets = (
        *UserAdmin.fieldsets,
        (
            "Reading preferences",
            {"fields": ("show_adult_content", "hide_warnings", "hide_freeform", "view_full_work")},
        ),
    )
