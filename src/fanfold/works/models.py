from __future__ import annotations

from functools import cached_property

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from fanfold.accounts.models import Pseud
from fanfold.core.text import TextFormat, render_text
from fanfold.tags.models import ADULT_RATINGS, Tag, TagType

from .languages import LANGUAGE_CHOICES

# AO3's limits.
MAX_TITLE = 255
MAX_SUMMARY = 1250
MAX_NOTES = 5000
MIN_CHAPTER_TEXT = 10
MAX_CHAPTER_TEXT = 510_000
MAX_TAGS_PER_WORK = 75


class TextFormats(models.TextChoices):
    HTML = "html", _("HTML (or plain text)")
    MARKDOWN = "markdown", _("Markdown")


class CommentPermission(models.TextChoices):
    EVERYONE = "everyone", _("Everyone, including guests")
    REGISTERED = "registered", _("Only registered users")
    NOBODY = "nobody", _("No one")


class Series(models.Model):
    title = models.CharField(_("Series title"), max_length=MAX_TITLE)
    summary = models.TextField(_("Summary"), blank=True, max_length=MAX_SUMMARY)
    notes = models.TextField(_("Notes"), blank=True, max_length=MAX_NOTES)
    complete = models.BooleanField(_("Complete"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(default=timezone.now)
    pseuds = models.ManyToManyField(Pseud, related_name="series", verbose_name=_("Creators"))

    class Meta:
        verbose_name_plural = "series"
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("works:series", args=[self.pk])


class Work(models.Model):
    title = models.CharField(_("Title"), max_length=MAX_TITLE)
    summary = models.TextField(_("Summary"), blank=True)
    notes = models.TextField(_("Notes"), blank=True)
    endnotes = models.TextField(_("End notes"), blank=True)
    text_format = models.CharField(
        _("Text format"), max_length=10, choices=TextFormats.choices, default=TextFormats.HTML
    )
    language = models.CharField(
        _("Language"), max_length=12, choices=LANGUAGE_CHOICES, default="en"
    )
    tags = models.ManyToManyField(Tag, through="WorkTag", related_name="works")

    # A draft (posted=False) is seen only by its creators.
    posted = models.BooleanField(default=False)
    restricted = models.BooleanField(_("Only show to registered users"), default=False)
    anonymous = models.BooleanField(_("Post anonymously"), default=False)
    comment_permission = models.CharField(
        _("Who can comment"),
        max_length=12,
        choices=CommentPermission.choices,
        default=CommentPermission.EVERYONE,
    )
    moderate_comments = models.BooleanField(
        _("Moderate comments: new comments wait for my approval"), default=False
    )
    expected_chapters = models.PositiveIntegerField(
        _("Expected number of chapters"), null=True, blank=True
    )

    # Kept current by the services that change chapters.
    word_count = models.PositiveIntegerField(default=0)
    chapter_count = models.PositiveIntegerField(default=0)
    complete = models.BooleanField(default=False)
    # Kept current by works.filtering.refresh_work_filters: fandoms under more than one
    # top-level fandom, and the name listings sort by ("Anonymous" hides the creator).
    crossover = models.BooleanField(default=False)
    creator_sort = models.CharField(max_length=100, blank=True, default="")
    # Readers' responses, counted by the feedback services (public ones only).
    kudos_count = models.PositiveIntegerField(default=0)
    hits_count = models.PositiveIntegerField(default=0)
    comments_count = models.PositiveIntegerField(default=0)
    bookmarks_count = models.PositiveIntegerField(default=0)
    subscriptions_count = models.PositiveIntegerField(default=0)

    published_on = models.DateField(_("Publication date"), default=timezone.localdate)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(default=timezone.now)
    # The date readers see as "Updated": a new or edited chapter moves it.
    revised_on = models.DateField(default=timezone.localdate)

    series = models.ManyToManyField(Series, through="SeriesPart", related_name="works")

    class Meta:
        indexes = [
            # Not led by posted: SQLite reads a bare boolean test from no index.
            models.Index(fields=["-revised_on", "-id"], name="work_revised"),
            models.Index(fields=["-published_on", "-id"], name="work_published"),
            models.Index(fields=["-word_count", "-id"], name="work_words"),
            models.Index(fields=["-kudos_count", "-id"], name="work_kudos"),
            models.Index(fields=["-hits_count", "-id"], name="work_hits"),
            models.Index(fields=["-comments_count", "-id"], name="work_comments"),
            models.Index(fields=["-bookmarks_count", "-id"], name="work_bookmarks"),
            models.Index(fields=["-subscriptions_count", "-id"], name="work_subscriptions"),
            models.Index(fields=["title", "id"], name="work_title"),
            models.Index(fields=["creator_sort", "id"], name="work_creator"),
            # Whether a work is listed at all, without reading its (wide) row: lists
            # found from a tag's index check each work here (seconds saved at a
            # million works when the rows aren't cached).
            models.Index(fields=["id", "posted", "restricted"], name="work_visibility"),
            # Counts the crossovers (or not) a guest may see from the index alone.
            models.Index(fields=["crossover", "posted", "restricted"], name="work_crossover"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("works:detail", args=[self.pk])

    def render(self, value: str) -> str:
        return render_text(value, self.text_format_literal)

    @property
    def text_format_literal(self) -> TextFormat:
        return "markdown" if self.text_format == TextFormats.MARKDOWN else "html"

    @property
    def summary_html(self) -> str:
        return self.render(self.summary)

    @property
    def notes_html(self) -> str:
        return self.render(self.notes)

    @property
    def endnotes_html(self) -> str:
        return self.render(self.endnotes)

    # Tag access works from a prefetch of tags (see selectors.with_listing_data).
    @cached_property
    def tags_by_type(self) -> dict[str, list[Tag]]:
        grouped: dict[str, list[Tag]] = {t: [] for t in TagType.values}
        for work_tag in self.work_tags.all():
            grouped[work_tag.tag.type].append(work_tag.tag)
        return grouped

    @property
    def rating(self) -> str:
        ratings = self.tags_by_type[TagType.RATING]
        return ratings[0].name if ratings else ""

    @property
    def is_adult(self) -> bool:
        return self.rating in ADULT_RATINGS

    @property
    def expected_chapters_display(self) -> str:
        return str(self.expected_chapters) if self.expected_chapters else "?"


class WorkTag(models.Model):
    work = models.ForeignKey(Work, on_delete=models.CASCADE, related_name="work_tags")
    tag = models.ForeignKey(Tag, on_delete=models.PROTECT, related_name="work_tags")
    # The order the author typed them in.
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["work", "tag"], name="worktag_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.work_id}: {self.tag_id}"


class FilterTagging(models.Model):
    """The canonical tags (and all their ancestors) a work is found under: what filters
    and facets read, so a synonym or a sub-tag costs nothing at query time."""

    work = models.ForeignKey(Work, on_delete=models.CASCADE, related_name="filter_taggings")
    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="filter_taggings")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["tag", "work"], name="filtertagging_unique"),
        ]
        indexes = [models.Index(fields=["work", "tag"], name="filtertagging_work")]

    def __str__(self) -> str:
        return f"{self.work_id}: {self.tag_id}"


class Creatorship(models.Model):
    """A pseud credited on a work. Invited co-creators are credited once they accept."""

    work = models.ForeignKey(Work, on_delete=models.CASCADE, related_name="creatorships")
    pseud = models.ForeignKey(Pseud, on_delete=models.CASCADE, related_name="creatorships")
    approved = models.BooleanField(default=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["work", "pseud"], name="creatorship_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.pseud_id} on {self.work_id}"


class Chapter(models.Model):
    work = models.ForeignKey(Work, on_delete=models.CASCADE, related_name="chapters")
    position = models.PositiveIntegerField()
    title = models.CharField(_("Chapter title"), max_length=MAX_TITLE, blank=True)
    summary = models.TextField(_("Chapter summary"), blank=True)
    notes = models.TextField(_("Chapter notes"), blank=True)
    endnotes = models.TextField(_("Chapter end notes"), blank=True)
    # What the author typed, and the sanitised HTML readers get.
    text = models.TextField(_("Chapter text"))
    text_html = models.TextField(editable=False)
    word_count = models.PositiveIntegerField(default=0)
    # Published comments that anyone may see, kept current by the comment services.
    comments_count = models.PositiveIntegerField(default=0)
    posted = models.BooleanField(default=True)
    published_on = models.DateField(default=timezone.localdate)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["work", "position"], name="chapter_position_unique"),
        ]

    def __str__(self) -> str:
        return self.display_title

    def get_absolute_url(self) -> str:
        return reverse("works:chapter", args=[self.work_id, self.pk])

    @property
    def display_title(self) -> str:
        label = _("Chapter %(n)d") % {"n": self.position}
        return f"{label}: {self.title}" if self.title else label

    @property
    def summary_html(self) -> str:
        return self.work.render(self.summary)

    @property
    def notes_html(self) -> str:
        return self.work.render(self.notes)

    @property
    def endnotes_html(self) -> str:
        return self.work.render(self.endnotes)


class SeriesPart(models.Model):
    series = models.ForeignKey(Series, on_delete=models.CASCADE, related_name="parts")
    work = models.ForeignKey(Work, on_delete=models.CASCADE, related_name="series_parts")
    position = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["series", "work"], name="seriespart_unique"),
        ]

    def __str__(self) -> str:
        return f"Part {self.position} of {self.series_id}"
