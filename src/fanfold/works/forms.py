from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l

from fanfold.accounts.models import ORPHAN_USERNAME, Pseud, User
from fanfold.core.text import strip_invisible
from fanfold.tags.models import Category, Rating, TagType, Warning
from fanfold.tags.naming import clean_tag_name, tag_key

from .languages import LANGUAGE_CHOICES
from .models import (
    MAX_CHAPTER_TEXT,
    MAX_NOTES,
    MAX_SUMMARY,
    MAX_TAGS_PER_WORK,
    MAX_TITLE,
    MIN_CHAPTER_TEXT,
    CommentPermission,
    Series,
    TextFormats,
)
from .selectors import user_series
from .services import ChapterData, WorkData

FREE_TAG_FIELDS = {
    "fandoms": TagType.FANDOM,
    "relationships": TagType.RELATIONSHIP,
    "characters": TagType.CHARACTER,
    "freeforms": TagType.FREEFORM,
}


class TagListField(forms.CharField):
    """Comma-separated tag names; cleans to a list without repeats."""

    def __init__(self, *, tag_type: str, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 20_000)
        super().__init__(**kwargs)
        self.tag_type = tag_type
        self.widget.attrs.update(
            {"data-autocomplete": tag_type, "autocomplete": "off", "class": "tag-input"}
        )

    def to_python(self, value: Any) -> list[str]:  # type: ignore[override]
        text = super().to_python(value)
        names: list[str] = []
        seen: set[str] = set()
        errors: list[ValidationError] = []
        for raw in text.split(","):
            if not raw.strip():
                continue
            try:
                name = clean_tag_name(raw)
            except ValidationError as error:
                if error.code == "empty":
                    error = ValidationError(
                        _("“%(raw)s” is empty once invisible characters are removed.")
                        % {"raw": raw.strip()}
                    )
                errors.append(error)
                continue
            if tag_key(name) not in seen:
                seen.add(tag_key(name))
                names.append(name)
        if errors:
            raise ValidationError(errors)
        return names

    def validate(self, value: Any) -> None:
        if self.required and not value:
            raise ValidationError(self.error_messages["required"], code="required")

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, list):
            return ", ".join(value)
        return value


def _limited(length: int) -> dict[str, Any]:
    return {"max_length": length, "required": False, "widget": forms.Textarea(attrs={"rows": 4})}


class WorkForm(forms.Form):
    """The work's own fields. The posting form adds the first chapter (NewWorkForm)."""

    pseuds = forms.ModelMultipleChoiceField(
        label=_l("Creator/Pseud(s)"),
        queryset=Pseud.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )
    co_creators = forms.CharField(
        label=_l("Invite co-creators"),
        required=False,
        help_text=_l("Usernames, separated by commas. They are credited once they accept."),
    )
    rating = forms.ChoiceField(label=_l("Rating"), choices=Rating.choices, widget=forms.RadioSelect)
    warnings = forms.MultipleChoiceField(
        label=_l("Archive Warnings"),
        choices=Warning.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _l("Choose at least one archive warning.")},
    )
    categories = forms.MultipleChoiceField(
        label=_l("Categories"),
        choices=Category.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    fandoms = TagListField(
        label=_l("Fandoms"),
        tag_type=TagType.FANDOM,
        required=True,
        error_messages={"required": _l("Name at least one fandom.")},
    )
    relationships = TagListField(label=_l("Relationships"), tag_type=TagType.RELATIONSHIP)
    characters = TagListField(label=_l("Characters"), tag_type=TagType.CHARACTER)
    freeforms = TagListField(label=_l("Additional Tags"), tag_type=TagType.FREEFORM)
    title = forms.CharField(
        label=_l("Work Title"),
        max_length=MAX_TITLE,
        error_messages={"required": _l("A work needs a title.")},
    )
    summary = forms.CharField(label=_l("Summary"), **_limited(MAX_SUMMARY))
    notes = forms.CharField(label=_l("Notes (at the beginning)"), **_limited(MAX_NOTES))
    endnotes = forms.CharField(label=_l("End notes"), **_limited(MAX_NOTES))
    text_format = forms.ChoiceField(
        label=_l("I am writing in"),
        choices=TextFormats.choices,
        initial=TextFormats.HTML,
        widget=forms.RadioSelect,
    )
    language = forms.ChoiceField(label=_l("Language"), choices=LANGUAGE_CHOICES, initial="en")
    series = forms.ModelChoiceField(
        label=_l("Add to one of your series"),
        queryset=Series.objects.none(),
        required=False,
        empty_label=_l("(none)"),
    )
    new_series_title = forms.CharField(
        label=_l("Or start a new series"), max_length=MAX_TITLE, required=False
    )
    published_on = forms.DateField(
        label=_l("Publication date"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_l("Set an earlier date to backdate a work first posted elsewhere."),
    )
    expected_chapters = forms.IntegerField(
        label=_l("Expected number of chapters"),
        required=False,
        min_value=1,
        max_value=10_000,
        help_text=_l("Leave empty if you don't know yet."),
    )
    restricted = forms.BooleanField(
        label=_l("Only show this work to registered users"), required=False
    )
    anonymous = forms.BooleanField(
        label=_l("Post anonymously (only you and the archive's admins will see who wrote it)"),
        required=False,
    )
    comment_permission = forms.ChoiceField(
        label=_l("Who can comment on this work"),
        choices=CommentPermission.choices,
        initial=CommentPermission.EVERYONE,
        widget=forms.RadioSelect,
    )
    moderate_comments = forms.BooleanField(
        label=_l("Moderate comments: new comments appear only once I approve them"),
        required=False,
    )

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["pseuds"].queryset = user.pseuds.all()
        self.fields["series"].queryset = user_series(user)
        if not self.is_bound and "pseuds" not in self.initial:
            self.initial["pseuds"] = [user.default_pseud.pk]
        self.initial.setdefault("published_on", timezone.localdate())
        if user.pseuds.count() == 1:
            self.fields["pseuds"].widget = forms.MultipleHiddenInput()

    def clean_title(self) -> str:
        title = strip_invisible(self.cleaned_data["title"])
        if not title:
            raise ValidationError(_("A work needs a title."))
        return title

    def clean_published_on(self) -> Any:
        date = self.cleaned_data["published_on"]
        if date and date > timezone.localdate():
            raise ValidationError(_("The publication date can't be in the future."))
        return date

    def clean_warnings(self) -> list[str]:
        warnings: list[str] = self.cleaned_data["warnings"]
        opt_outs = {Warning.CHOSE_NOT_TO_WARN, Warning.NONE_APPLY}
        if Warning.NONE_APPLY in warnings and len(set(warnings) - opt_outs) > 0:
            raise ValidationError(
                _("“No Archive Warnings Apply” can't be chosen with another warning.")
            )
        return warnings

    def clean_co_creators(self) -> list[User]:
        names = [n.strip() for n in self.cleaned_data["co_creators"].split(",") if n.strip()]
        users = []
        missing = []
        for name in names:
            found = (
                User.objects.filter(username__iexact=name, is_active=True)
                .exclude(username=ORPHAN_USERNAME)
                .first()
            )
            if found is None:
                missing.append(name)
            elif found.pk != self.user.pk:
                users.append(found)
        if missing:
            raise ValidationError(
                _("There is no user called %(names)s.") % {"names": ", ".join(missing)}
            )
        return users

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        total = sum(len(cleaned.get(name) or []) for name in FREE_TAG_FIELDS)
        if total > MAX_TAGS_PER_WORK:
            message = _(
                "A work can have at most %(max)d fandom, relationship, character and "
                "additional tags together; this one has %(n)d."
            ) % {"max": MAX_TAGS_PER_WORK, "n": total}
            for name in FREE_TAG_FIELDS:
                if cleaned.get(name):
                    self.add_error(name, message)
        if cleaned.get("series") and cleaned.get("new_series_title"):
            self.add_error("new_series_title", _("Choose an existing series or a new one."))
        return cleaned

    def work_data(self) -> WorkData:
        c = self.cleaned_data
        return WorkData(
            title=c["title"],
            summary=c["summary"],
            notes=c["notes"],
            endnotes=c["endnotes"],
            text_format=c["text_format"],
            rating=c["rating"],
            warnings=c["warnings"],
            categories=c["categories"],
            fandoms=c["fandoms"],
            relationships=c["relationships"],
            characters=c["characters"],
            freeforms=c["freeforms"],
            language=c["language"],
            published_on=c["published_on"],
            restricted=c["restricted"],
            anonymous=c["anonymous"],
            comment_permission=c["comment_permission"],
            moderate_comments=c["moderate_comments"],
            expected_chapters=c["expected_chapters"],
            series=c["series"],
            new_series_title=c["new_series_title"],
        )


class ChapterFieldsMixin(forms.Form):
    chapter_title = forms.CharField(label=_l("Chapter title"), max_length=MAX_TITLE, required=False)
    chapter_summary = forms.CharField(label=_l("Chapter summary"), **_limited(MAX_SUMMARY))
    chapter_notes = forms.CharField(
        label=_l("Chapter notes (at the beginning)"), **_limited(MAX_NOTES)
    )
    chapter_endnotes = forms.CharField(label=_l("Chapter end notes"), **_limited(MAX_NOTES))
    chapter_text = forms.CharField(
        label=_l("Chapter text"),
        min_length=MIN_CHAPTER_TEXT,
        max_length=MAX_CHAPTER_TEXT,
        widget=forms.Textarea(attrs={"rows": 20, "class": "chapter-text"}),
        strip=False,
    )

    def clean_chapter_text(self) -> str:
        text: str = self.cleaned_data["chapter_text"]
        if len(text.strip()) < MIN_CHAPTER_TEXT:
            raise ValidationError(
                _("Chapter text needs at least %(min)d characters.") % {"min": MIN_CHAPTER_TEXT}
            )
        return text

    def chapter_data(self) -> ChapterData:
        c = self.cleaned_data
        return ChapterData(
            title=c["chapter_title"],
            summary=c["chapter_summary"],
            notes=c["chapter_notes"],
            endnotes=c["chapter_endnotes"],
            text=c["chapter_text"],
        )


class NewWorkForm(WorkForm, ChapterFieldsMixin):
    pass


class ChapterForm(ChapterFieldsMixin):
    expected_chapters = forms.IntegerField(
        label=_l("Expected number of chapters in the work"),
        required=False,
        min_value=1,
        max_value=10_000,
        help_text=_l("Leave empty if you don't know yet."),
    )


class ChapterOrderForm(forms.Form):
    order = forms.CharField(widget=forms.HiddenInput, required=False)
