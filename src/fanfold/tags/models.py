from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from fanfold.tags.naming import tag_key


class TagType(models.TextChoices):
    RATING = "rating", _("Rating")
    WARNING = "warning", _("Archive Warning")
    CATEGORY = "category", _("Category")
    FANDOM = "fandom", _("Fandom")
    RELATIONSHIP = "relationship", _("Relationship")
    CHARACTER = "character", _("Character")
    FREEFORM = "freeform", _("Additional Tags")


# Types an author types freely; the other three are a fixed vocabulary.
FREE_TYPES = (TagType.FANDOM, TagType.RELATIONSHIP, TagType.CHARACTER, TagType.FREEFORM)

# The order tags are shown in a work's header.
TYPE_ORDER = [
    TagType.RATING,
    TagType.WARNING,
    TagType.CATEGORY,
    TagType.FANDOM,
    TagType.RELATIONSHIP,
    TagType.CHARACTER,
    TagType.FREEFORM,
]


class Rating(models.TextChoices):
    GENERAL = "General Audiences", _("General Audiences")
    TEEN = "Teen And Up Audiences", _("Teen And Up Audiences")
    MATURE = "Mature", _("Mature")
    EXPLICIT = "Explicit", _("Explicit")
    NOT_RATED = "Not Rated", _("Not Rated")


# Shown behind a click-through to guests and to readers who asked for one.
ADULT_RATINGS = {Rating.MATURE, Rating.EXPLICIT, Rating.NOT_RATED}


class Warning(models.TextChoices):
    CHOSE_NOT_TO_WARN = (
        "Creator Chose Not To Use Archive Warnings",
        _("Creator Chose Not To Use Archive Warnings"),
    )
    NONE_APPLY = "No Archive Warnings Apply", _("No Archive Warnings Apply")
    VIOLENCE = "Graphic Depictions Of Violence", _("Graphic Depictions Of Violence")
    DEATH = "Major Character Death", _("Major Character Death")
    NONCON = "Rape/Non-Con", _("Rape/Non-Con")
    UNDERAGE = "Underage Sex", _("Underage Sex")


class Category(models.TextChoices):
    FF = "F/F", _("F/F")
    FM = "F/M", _("F/M")
    GEN = "Gen", _("Gen")
    MM = "M/M", _("M/M")
    MULTI = "Multi", _("Multi")
    OTHER = "Other", _("Other")


FIXED_TAGS = {
    TagType.RATING: Rating,
    TagType.WARNING: Warning,
    TagType.CATEGORY: Category,
}


class Tag(models.Model):
    """A tag as authors typed it. Wranglers make it canonical, or a synonym (merger) of
    one canonical tag; canonical tags can have parents (metatags) and belong to fandoms."""

    name = models.CharField(max_length=150)
    # Two spellings with the same key are one tag (see naming.tag_key).
    key = models.CharField(max_length=200, editable=False)
    type = models.CharField(max_length=20, choices=TagType.choices)
    canonical = models.BooleanField(default=False)
    merger = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="synonyms",
        verbose_name=_("Synonym of"),
    )
    # through_fields: TagParent names the parent first, and Django would otherwise read
    # its first foreign key as this side, turning tag.parents into the children.
    parents = models.ManyToManyField(
        "self",
        symmetrical=False,
        related_name="children",
        through="TagParent",
        through_fields=("child", "parent"),
        blank=True,
    )
    fandoms = models.ManyToManyField(
        "self",
        symmetrical=False,
        related_name="members",
        through="TagFandom",
        through_fields=("tag", "fandom"),
        blank=True,
    )
    # For relationship tags: the characters in it.
    characters = models.ManyToManyField(
        "self", symmetrical=False, related_name="relationships", blank=True
    )
    # Posted, unrestricted works that use this exact tag: safe to show anyone.
    uses = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["type", "key"], name="tag_unique_key_per_type"),
        ]
        indexes = [
            models.Index(fields=["type", "name"]),
            models.Index(fields=["type", "-uses"], name="tag_type_uses"),
            # The wrangling dashboard's list: tags nobody has wrangled yet, most used first.
            models.Index(
                fields=["type", "-uses"],
                condition=models.Q(canonical=False, merger__isnull=True),
                name="tag_unwrangled",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: object, **kwargs: object) -> None:
        self.key = tag_key(self.name)
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    def get_absolute_url(self) -> str:
        return reverse("tags:works", args=[self.url_name])

    @property
    def url_name(self) -> str:
        # AO3 escapes "/" as "*s*" so relationship tags fit in one path segment.
        return self.name.replace("/", "*s*").replace("&", "*a*").replace(".", "*d*")

    @staticmethod
    def name_from_url(value: str) -> str:
        return value.replace("*s*", "/").replace("*a*", "&").replace("*d*", ".")

    @property
    def is_wrangled(self) -> bool:
        return self.canonical or self.merger_id is not None

    @property
    def filter_tag_id(self) -> int:
        """The tag filters use for this one: its canonical tag, or itself until wrangled."""
        return self.merger_id or self.pk


class TagParent(models.Model):
    parent = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="+")
    child = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["parent", "child"], name="tagparent_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.child_id} < {self.parent_id}"


class TagFandom(models.Model):
    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="+")
    fandom = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["tag", "fandom"], name="tagfandom_unique"),
        ]
        indexes = [models.Index(fields=["fandom", "tag"], name="tagfandom_members")]

    def __str__(self) -> str:
        return f"{self.tag_id} in {self.fandom_id}"


class TagWord(models.Model):
    """Autocomplete's index (see autocomplete.py): wherever a word starts in a tag's key,
    one row with that first letter and one with the rest of the key from there; once for
    all fandoms (fandom 0) and once more for each fandom the tag belongs to. tier and
    uses are copies of the tag's, kept equal by a database trigger, so a lookup is one
    walk of one index in the order suggestions are shown."""

    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="+", db_index=False)
    type = models.CharField(max_length=20, choices=TagType.choices)
    # A fandom tag's id, or 0 for the row every search sees (not a foreign key: 0).
    fandom_id = models.BigIntegerField(default=0)
    word = models.CharField(max_length=40)
    # 0 canonical, 1 synonym, 2 not wrangled yet: canonical tags are suggested first.
    tier = models.PositiveSmallIntegerField()
    uses = models.PositiveIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["tag", "fandom_id", "word"], name="tagword_unique"),
        ]
        indexes = [
            models.Index(
                fields=["type", "fandom_id", "word", "tier", "-uses", "tag"],
                name="tagword_lookup",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.word} -> {self.tag_id}"


class Wrangler(models.Model):
    """A user allowed to wrangle the tags of one fandom, or of all (fandom empty)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="wrangling"
    )
    fandom = models.ForeignKey(
        Tag,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="wranglers",
        limit_choices_to={"type": TagType.FANDOM},
    )
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "fandom"], name="wrangler_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} wrangles {self.fandom_id or 'all'}"


class WranglingLog(models.Model):
    """Who changed which tag, how, and when."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=40)
    tag = models.ForeignKey(Tag, null=True, on_delete=models.SET_NULL, related_name="wrangling_log")
    tag_name = models.CharField(max_length=150)
    detail = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.action} {self.tag_name}"
