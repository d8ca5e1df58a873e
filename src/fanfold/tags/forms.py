"""Wrangling forms. They turn typed names into existing tags and say which names are
unknown; the rules themselves live in wrangling.py and reach the form as errors."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l

from fanfold.accounts.models import User
from fanfold.works.forms import TagListField

from .models import FREE_TYPES, Tag, TagType
from .selectors import tags_named
from .services import BulkAction

TYPE_CHOICES = [("", _l("All types"))] + [(t.value, t.label) for t in FREE_TYPES]


def _existing(tag_type: str, names: list[str]) -> list[Tag]:
    found, missing = tags_named(tag_type, names)
    if missing:
        raise ValidationError(
            _("There is no %(type)s tag named %(names)s.")
            % {
                "type": TagType(tag_type).label.lower(),
                "names": ", ".join(f"“{n}”" for n in missing),
            },
            code="unknown",
        )
    return found


class TagNameField(forms.CharField):
    def __init__(self, *, tag_type: str, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 200)
        super().__init__(**kwargs)
        self.widget.attrs.update(
            {"data-autocomplete": tag_type, "autocomplete": "off", "class": "tag-input"}
        )


class MergeForm(forms.Form):
    into = TagNameField(
        tag_type="",
        label=_l("Make it a synonym of"),
        help_text=_l("A canonical tag of the same type. Its synonyms and links move along."),
    )

    def __init__(self, *args: Any, tag: Tag, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.tag = tag
        self.fields["into"].widget.attrs["data-autocomplete"] = tag.type

    def clean_into(self) -> Tag:
        return _existing(self.tag.type, [self.cleaned_data["into"]])[0]


class RenameForm(forms.Form):
    name = forms.CharField(
        label=_l("New name"),
        max_length=200,
        help_text=_l("Changes the name shown everywhere; works keep this tag."),
    )


class ParentsForm(forms.Form):
    def __init__(self, *args: Any, tag: Tag, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.tag = tag
        self.fields["parents"] = TagListField(
            tag_type=tag.type,
            label=_("Parent tags (metatags)"),
            help_text=_("Canonical tags of the same type, separated by commas."),
        )

    def clean_parents(self) -> list[Tag]:
        return _existing(self.tag.type, self.cleaned_data["parents"])


class FandomsForm(forms.Form):
    fandoms = TagListField(
        tag_type=TagType.FANDOM,
        label=_l("Fandoms"),
        help_text=_l("Canonical fandoms, separated by commas."),
    )

    def clean_fandoms(self) -> list[Tag]:
        return _existing(TagType.FANDOM, self.cleaned_data["fandoms"])


class CharactersForm(forms.Form):
    characters = TagListField(
        tag_type=TagType.CHARACTER,
        label=_l("Characters in this relationship"),
        help_text=_l("Canonical characters, separated by commas."),
    )

    def clean_characters(self) -> list[Tag]:
        return _existing(TagType.CHARACTER, self.cleaned_data["characters"])


class DashboardFilterForm(forms.Form):
    type = forms.ChoiceField(label=_l("Type"), choices=TYPE_CHOICES, required=False)
    fandom = TagNameField(
        tag_type=TagType.FANDOM,
        label=_l("Used in fandom"),
        required=False,
        help_text=_l("Only tags used on works in this fandom (or its sub-fandoms)."),
    )
    order = forms.ChoiceField(
        label=_l("Sort by"),
        required=False,
        choices=[("uses", _l("Most used")), ("name", _l("Name")), ("newest", _l("Newest"))],
    )

    def clean_fandom(self) -> Tag | None:
        name = self.cleaned_data["fandom"].strip()
        return _existing(TagType.FANDOM, [name])[0] if name else None


class BulkForm(forms.Form):
    tags = forms.ModelMultipleChoiceField(
        label=_l("Tags"),
        queryset=Tag.objects.filter(type__in=FREE_TYPES),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _l("Tick at least one tag.")},
    )
    action = forms.ChoiceField(label=_l("Action"), choices=BulkAction.choices)
    into = forms.CharField(
        label=_l("Synonym of (for “Make synonyms of”)"), required=False, max_length=200
    )
    names = forms.CharField(
        label=_l("Fandoms or parents (for “Add to fandoms” and “Add parents”)"),
        required=False,
        max_length=5000,
        help_text=_l("Names separated by commas."),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        tags: list[Tag] = list(data.get("tags") or [])
        action = data.get("action")
        if not tags or not action:
            return data
        types = {t.type for t in tags}
        names = [n.strip() for n in data.get("names", "").split(",") if n.strip()]
        data["into_tag"], data["fandom_tags"], data["parent_tags"] = None, [], []
        if action in (BulkAction.MERGE, BulkAction.ADD_PARENTS) and len(types) > 1:
            raise ValidationError(_("Tick tags of one type for this action."))
        if action == BulkAction.MERGE:
            if not data.get("into", "").strip():
                self.add_error("into", _("Name the canonical tag to merge them into."))
            else:
                try:
                    data["into_tag"] = _existing(types.pop(), [data["into"]])[0]
                except ValidationError as error:
                    self.add_error("into", error)
        elif action in (BulkAction.ADD_FANDOMS, BulkAction.ADD_PARENTS):
            if not names:
                self.add_error("names", _("Name at least one tag."))
            else:
                tag_type = TagType.FANDOM if action == BulkAction.ADD_FANDOMS else types.pop()
                key = "fandom_tags" if action == BulkAction.ADD_FANDOMS else "parent_tags"
                try:
                    data[key] = _existing(tag_type, names)
                except ValidationError as error:
                    self.add_error("names", error)
        return data


class GrantForm(forms.Form):
    username = forms.CharField(label=_l("User name"), max_length=150)
    fandom = TagNameField(
        tag_type=TagType.FANDOM,
        label=_l("Fandom"),
        required=False,
        help_text=_l("Leave empty to let them wrangle every fandom."),
    )

    def clean_username(self) -> User:
        name = self.cleaned_data["username"].strip()
        user = User.objects.filter(username__iexact=name).first()
        if user is None:
            raise ValidationError(_("There is no user named “%(name)s”.") % {"name": name})
        return user

    def clean_fandom(self) -> Tag | None:
        name = self.cleaned_data["fandom"].strip()
        if not name:
            return None
        return _existing(TagType.FANDOM, [name])[0]


class LogFilterForm(forms.Form):
    tag = forms.CharField(label=_l("Tag"), required=False, max_length=200)
    wrangler = forms.CharField(label=_l("Wrangler"), required=False, max_length=150)
