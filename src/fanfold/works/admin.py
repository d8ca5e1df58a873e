from django.contrib import admin

from .models import Chapter, Creatorship, Series, Work


class ChapterInline(admin.StackedInline):
    model = Chapter
    extra = 0
    fields = ("position", "title", "word_count")
    readonly_fields = ("word_count",)


class CreatorshipInline(admin.TabularInline):
    model = Creatorship
    extra = 0
    raw_id_fields = ("pseud",)


@admin.register(Work)
class WorkAdmin(admin.ModelAdmin):
    list_display = ("title", "posted", "restricted", "anonymous", "word_count", "revised_on")
    list_filter = ("posted", "restricted", "anonymous", "language")
    search_fields = ("title",)
    inlines = [CreatorshipInline, ChapterInline]


@admin.register(Series)
class SeriesAdmin(admin.ModelAdmin):
    list_display = ("title", "complete", "updated_at")
    search_fields = ("title",)
