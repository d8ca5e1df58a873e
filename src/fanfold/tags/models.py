from __future__ import annotations

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
    name = models.CharField(max_length=150)
    # Two spellings with the same key are one tag (see naming.tag_key).
    key = models.CharField(max_length=200, editable=False)
    type = models.CharField(max_length=20, choices=TagType.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["type", "key"], name="tag_unique_key_per_type"),
        ]
        indexes = [models.Index(fields=["type", "name"])]

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
