"""What a reader can ask of a list of works, read from the query string so every
filtered list is a link to share."""

from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l

from fanfold.accounts.models import SavedSearch, User
from fanfold.tags.models import FIXED_TAGS, Tag, TagType
from fanfold.tags.naming import tag_key
from fanfold.works.languages import LANGUAGE_CHOICES

from .query import MAX_QUERY_CHARS

# Each tag type's include and exclude parameter, in the order the sidebar shows them.
TYPE_FIELDS: dict[str, tuple[str, str]] = {
    TagType.RATING: ("ratings", "exclude_ratings"),
    TagType.WARNING: ("warnings", "exclude_warnings"),
    TagType.CATEGORY: ("categories", "exclude_categories"),
    TagType.FANDOM: ("fandoms", "exclude_fandoms"),
    TagType.RELATIONSHIP: ("relationships", "exclude_relationships"),
    TagType.CHARACTER: ("characters", "exclude_characters"),
    TagType.FREEFORM: ("freeforms", "exclude_freeforms"),
}
FIXED_TYPES = tuple(FIXED_TAGS)
TYPE_LABELS = {
    TagType.RATING: _l("Ratings"),
    TagType.WARNING: _l("Warnings"),
    TagType.CATEGORY: _l("Categories"),
    TagType.FANDOM: _l("Fandoms"),
    TagType.RELATIONSHIP: _l("Relationships"),
    TagType.CHARACTER: _l("Characters"),
    TagType.FREEFORM: _l("Additional tags"),
}

# Large enough for any real work, small enough for every database's integer.
MAX_WORDS = 2_000_000_000


class Sort:
    BEST_MATCH = "best_match"
    UPDATED = "updated"
    POSTED = "posted"
    TITLE = "title"
    CREATOR = "creator"
    WORDS = "words"
    KUDOS = "kudos"
    HITS = "hits"
    COMMENTS = "comments"
    BOOKMARKS = "bookmarks"
    SUBSCRIPTIONS = "subscriptions"

    CHOICES = [
        (BEST_MATCH, _l("Best match")),
        (UPDATED, _l("Date updated")),
        (POSTED, _l("Date posted")),
        (TITLE, _l("Title")),
        (CREATOR, _l("Creator")),
        (WORDS, _l("Word count")),
        (KUDOS, _l("Kudos")),
        (HITS, _l("Hits")),
        (COMMENTS, _l("Comments")),
        (BOOKMARKS, _l("Bookmarks")),
        (SUBSCRIPTIONS, _l("Subscriptions")),
    ]


class ExistingTagsField(forms.CharField):
    """Comma-separated names of existing tags of one type; cleans to those tags (a
    synonym's name finds the synonym, which filters as its canonical tag)."""

    def __init__(self, *, tag_type: str, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 5000)
        super().__init__(**kwargs)
        self.tag_type = tag_type
        self.widget.attrs.update(
            {"data-autocomplete": tag_type, "autocomplete": "off", "class": "tag-input"}
        )

    def clean(self, value: Any) -> list[Tag]:  # type: ignore[override]
        text: str = super().clean(value)
        wanted: dict[str, str] = {}
        for raw in text.split(","):
            key = tag_key(raw)
            if key:
                wanted.setdefault(key, raw.strip())
        if not wanted:
            return []
        found = {t.key: t for t in Tag.objects.filter(type=self.tag_type, key__in=list(wanted))}
        unknown = [name for key, name in wanted.items() if key not in found]
        if unknown:
            raise ValidationError(
                _("No tag called %(names)s here. Check the spelling, or choose a suggestion.")
                % {"names": ", ".join(f"“{name}”" for name in unknown)},
                code="unknown_tag",
            )
        return [found[key] for key in wanted]


def _fixed_choices(tag_type: str) -> list[tuple[str, str]]:
    return list(FIXED_TAGS[tag_type].choices)  # type: ignore[index]


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self) -> None:
        super().__init__(format="%Y-%m-%d")


class WorkFilterForm(forms.Form):
    """Bound to request.GET. An invalid field is reported beside itself and left out;
    the others still apply."""

    q = forms.CharField(
        label=_l("Search"),
        required=False,
        max_length=MAX_QUERY_CHARS,
        help_text=_l('Words, "a phrase", -excluded, title:, author:, tag:'),
    )
    sort = forms.ChoiceField(label=_l("Sort by"), required=False, choices=Sort.CHOICES)
    order = forms.ChoiceField(
        label=_l("Order"),
        required=False,
        choices=[("", _l("Default")), ("asc", _l("Ascending")), ("desc", _l("Descending"))],
    )
    crossover = forms.ChoiceField(
        label=_l("Crossovers"),
        required=False,
        widget=forms.RadioSelect,
        choices=[
            ("", _l("Include crossovers")),
            ("exclude", _l("Exclude crossovers")),
            ("only", _l("Only crossovers")),
        ],
    )
    complete = forms.ChoiceField(
        label=_l("Completion status"),
        required=False,
        widget=forms.RadioSelect,
        choices=[
            ("", _l("All works")),
            ("complete", _l("Complete works only")),
            ("in_progress", _l("Works in progress only")),
        ],
    )
    words_from = forms.IntegerField(
        label=_l("Words from"), required=False, min_value=0, max_value=MAX_WORDS
    )
    words_to = forms.IntegerField(
        label=_l("Words to"), required=False, min_value=0, max_value=MAX_WORDS
    )
    updated_from = forms.DateField(label=_l("Updated from"), required=False, widget=DateInput())
    updated_to = forms.DateField(label=_l("Updated to"), required=False, widget=DateInput())
    posted_from = forms.DateField(label=_l("Posted from"), required=False, widget=DateInput())
    posted_to = forms.DateField(label=_l("Posted to"), required=False, widget=DateInput())
    language = forms.ChoiceField(
        label=_l("Language"),
        required=False,
        choices=[("", _l("Any language")), *LANGUAGE_CHOICES],
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not str(self.data.get("q", "")).strip():
            # Without search words there is no best match: the box offers the sorts
            # that apply, the first (newest) shown when none was asked for.
            self.fields["sort"].choices = Sort.CHOICES[1:]  # type: ignore[attr-defined]
            if self.data.get("sort") == Sort.BEST_MATCH:
                self.data = self.data.copy()
                self.data.pop("sort")
        for tag_type, (include, exclude) in TYPE_FIELDS.items():
            label = TYPE_LABELS[tag_type]
            if tag_type in FIXED_TYPES:
                for name in (include, exclude):
                    self.fields[name] = forms.MultipleChoiceField(
                        label=label,
                        required=False,
                        choices=_fixed_choices(tag_type),
                        widget=forms.CheckboxSelectMultiple,
                    )
            else:
                for name in (include, exclude):
                    self.fields[name] = ExistingTagsField(tag_type=tag_type, label=label)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        for low, high in (
            ("words_from", "words_to"),
            ("updated_from", "updated_to"),
            ("posted_from", "posted_to"),
        ):
            if data.get(low) is not None and data.get(high) is not None and data[low] > data[high]:
                self.add_error(high, _("This must not be before the “from” value."))
        # Ratings, warnings and categories are ticked by name; filters want the tags.
        fixed = [
            (tag_type, name)
            for tag_type in FIXED_TYPES
            for name in TYPE_FIELDS[tag_type]
            if data.get(name)
        ]
        if fixed:
            by_name = {
                (t.type, t.name): t
                for t in Tag.objects.filter(type__in=[tag_type for tag_type, _n in fixed])
            }
            for tag_type, name in fixed:
                data[name] = [by_name[tag_type, v] for v in data[name] if (tag_type, v) in by_name]
        return data

    # The sidebar's groups of fields.

    def include_fields(self) -> list[forms.BoundField]:
        return [self[include] for include, _exclude in TYPE_FIELDS.values()]

    def exclude_fields(self) -> list[forms.BoundField]:
        return [self[exclude] for _include, exclude in TYPE_FIELDS.values()]

    def more_fields(self) -> list[forms.BoundField]:
        names = ["crossover", "complete", "words_from", "words_to", "updated_from"]
        names += ["updated_to", "posted_from", "posted_to", "language"]
        return [self[name] for name in names]

    def error_summary(self) -> list[dict[str, Any]]:
        """Each field with a problem, named as the sidebar groups it."""
        excluded = {exclude for _include, exclude in TYPE_FIELDS.values()}
        summary = []
        for name, errors in self.errors.items():
            if name not in self.fields:
                continue
            label = str(self.fields[name].label)
            if name in excluded:
                label = _("Exclude: %(label)s") % {"label": label}
            summary.append({"anchor": f"field-{name}", "label": label, "errors": errors})
        return summary

    # What the listing applies: only fields that cleaned without an error.

    def value_of(self, name: str) -> Any:
        if not self.is_bound:
            return None
        self.is_valid()
        return self.cleaned_data.get(name)

    def tags(self, name: str) -> list[Tag]:
        return list(self.value_of(name) or [])

    def included_tags(self) -> list[Tag]:
        return [tag for include, _exclude in TYPE_FIELDS.values() for tag in self.tags(include)]

    def excluded_tags(self) -> list[Tag]:
        return [tag for _include, exclude in TYPE_FIELDS.values() for tag in self.tags(exclude)]

    @property
    def text_query(self) -> str:
        return (self.value_of("q") or "").strip()

    @property
    def effective_sort(self) -> str:
        """Best match needs search words; without them a list is newest first."""
        sort = self.value_of("sort") or ""
        if sort == Sort.BEST_MATCH and not self.text_query:
            sort = ""
        return sort or (Sort.BEST_MATCH if self.text_query else Sort.UPDATED)

    def date_range(self, prefix: str) -> tuple[datetime.date | None, datetime.date | None]:
        return self.value_of(f"{prefix}_from"), self.value_of(f"{prefix}_to")


NEEDS_A_NAME = _l("A saved search needs a name.")


class SavedSearchForm(forms.Form):
    name = forms.CharField(
        label=_l("Name"), max_length=100, error_messages={"required": NEEDS_A_NAME}
    )
    query = forms.CharField(
        required=False,
        max_length=2000,
        widget=forms.HiddenInput,
        error_messages={"max_length": _l("This search is too long to save.")},
    )

    def clean_query(self) -> str:
        """Whatever was posted, stored as a plain query string of non-empty values."""
        parsed = QueryDict(self.cleaned_data["query"])
        kept = QueryDict(mutable=True)
        for key, values in parsed.lists():
            values = [v for v in values if v.strip()]
            if values and key not in ("page", "show_hidden", "type"):
                kept.setlist(key, values)
        query = kept.urlencode()
        if len(query) > 2000:
            raise ValidationError(_("This search is too long to save."))
        return query


class SavedSearchRenameForm(forms.ModelForm):
    class Meta:
        model = SavedSearch
        fields = ["name"]
        error_messages = {"name": {"required": NEEDS_A_NAME}}


class FixedMutesForm(forms.Form):
    """Ratings, warnings and categories to mute, ticked."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for tag_type in FIXED_TYPES:
            self.fields[TYPE_FIELDS[tag_type][0]] = forms.MultipleChoiceField(
                label=TYPE_LABELS[tag_type],
                required=False,
                choices=_fixed_choices(tag_type),
                widget=forms.CheckboxSelectMultiple,
            )

    def tags(self) -> list[Tag]:
        ticked = {
            (tag_type, name)
            for tag_type in FIXED_TYPES
            for name in self.cleaned_data.get(TYPE_FIELDS[tag_type][0], [])
        }
        fixed = Tag.objects.filter(type__in=FIXED_TYPES)
        return [t for t in fixed if (t.type, t.name) in ticked]


class TagMutesForm(forms.Form):
    """Tags of the free types to mute, typed with autocomplete."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for tag_type, (include, _exclude) in TYPE_FIELDS.items():
            if tag_type not in FIXED_TYPES:
                self.fields[include] = ExistingTagsField(
                    tag_type=tag_type, label=TYPE_LABELS[tag_type]
                )

    def tags(self) -> list[Tag]:
        return [tag for name in self.fields for tag in self.cleaned_data.get(name, [])]


class CreatorMuteForm(forms.Form):
    username = forms.CharField(label=_l("Username"), max_length=150)

    def clean_username(self) -> User:
        name = self.cleaned_data["username"].strip()
        user = User.objects.filter(username__iexact=name, is_active=True).first()
        if user is None:
            raise ValidationError(_("There is no user called “%(name)s”.") % {"name": name})
        return user
