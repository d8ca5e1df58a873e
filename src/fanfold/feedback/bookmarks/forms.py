from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.humanize.templatetags.humanize import intcomma
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l

from fanfold.accounts.models import Pseud, User
from fanfold.feedback.models import MAX_BOOKMARK_NOTES, MAX_BOOKMARK_TAGS, Bookmark
from fanfold.tags.models import TagType
from fanfold.works.forms import TagListField

from .services import BookmarkData


class BookmarkForm(forms.Form):
    pseud = forms.ModelChoiceField(
        label=_l("Bookmark as"),
        queryset=Pseud.objects.none(),
        empty_label=None,
        error_messages={"invalid_choice": _l("Choose one of your own pseuds.")},
    )
    # No max_length here: a browser would cut a long paste short without a word. The
    # limit is checked in clean_notes, which keeps the text for shortening.
    notes = forms.CharField(
        label=_l("Notes"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_l("Plain text or HTML, up to 5,000 characters."),
    )
    tags = TagListField(
        label=_l("Your tags"),
        tag_type=TagType.FREEFORM,
        help_text=_l("Separated by commas: your own way of sorting what you keep."),
    )
    rec = forms.BooleanField(label=_l("Rec (recommend it to others)"), required=False)
    private = forms.BooleanField(label=_l("Private bookmark (only you see it)"), required=False)

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        pseuds = user.pseuds.all()
        field = self.fields["pseud"]
        field.queryset = pseuds  # type: ignore[attr-defined]
        if len(pseuds) == 1:
            field.widget = forms.HiddenInput()
        if not self.is_bound and "pseud" not in self.initial:
            self.initial["pseud"] = next((p.pk for p in pseuds if p.is_default), None)

    @classmethod
    def for_bookmark(cls, bookmark: Bookmark, *args: Any, user: User) -> BookmarkForm:
        initial = {
            "pseud": bookmark.pseud_id,
            "notes": bookmark.notes,
            "tags": [tag.name for tag in bookmark.tags.all()],
            "rec": bookmark.rec,
            "private": bookmark.private,
        }
        return cls(*args, user=user, initial=initial)

    def clean_notes(self) -> str:
        notes: str = self.cleaned_data["notes"].replace("\r\n", "\n")
        if len(notes) > MAX_BOOKMARK_NOTES:
            raise ValidationError(
                _(
                    "Notes can have at most %(max)s characters; these have %(n)s. "
                    "Shorten them and save again: your text is kept below."
                )
                % {"max": intcomma(MAX_BOOKMARK_NOTES), "n": intcomma(len(notes))},
                code="too_long",
            )
        return notes

    def clean_tags(self) -> list[str]:
        names: list[str] = self.cleaned_data["tags"]
        if len(names) > MAX_BOOKMARK_TAGS:
            raise ValidationError(
                _("A bookmark can have at most %(max)d tags; you typed %(n)d.")
                % {"max": MAX_BOOKMARK_TAGS, "n": len(names)},
                code="too_many_tags",
            )
        return names

    def bookmark_data(self) -> BookmarkData:
        c = self.cleaned_data
        return BookmarkData(
            pseud=c["pseud"],
            notes=c["notes"],
            tag_names=c["tags"],
            private=c["private"],
            rec=c["rec"],
        )
