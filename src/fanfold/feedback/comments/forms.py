from __future__ import annotations

from typing import Any

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _l

from fanfold.accounts.models import Pseud, User
from fanfold.core.antispam import AntiSpamMixin
from fanfold.feedback.models import MAX_COMMENT

from .services import MAX_GUEST_NAME, clean_comment_text


class CommentForm(AntiSpamMixin, forms.Form):
    """A new comment or reply. Logged-in users pick a pseud (when they have several);
    guests give a name and an optional email, and meet the spam traps."""

    antispam_form_name = "comment"

    pseud = forms.ModelChoiceField(
        label=_l("Comment as"), queryset=Pseud.objects.none(), empty_label=None
    )
    name = forms.CharField(
        label=_l("Name"),
        max_length=MAX_GUEST_NAME,
        error_messages={"required": _l("Please give a name to comment under.")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_l("Email (optional, never shown)"),
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    # No max_length on the field: the browser would cut a long paste short without a
    # word. The limit is checked on the server, with everything typed kept.
    text = forms.CharField(
        label=_l("Comment"),
        strip=False,
        widget=forms.Textarea(attrs={"rows": 6, "class": "comment-text-input"}),
        help_text=format_lazy(
            _l("Up to {max} characters. Plain text or HTML; blank lines start new paragraphs."),
            max=f"{MAX_COMMENT:,}",
        ),
        error_messages={"required": _l("A comment needs some text.")},
    )

    def __init__(self, *args: Any, user: User | None, **kwargs: Any) -> None:
        super().__init__(*args, antispam=user is None, **kwargs)
        self.user = user
        if user is None:
            del self.fields["pseud"]
            return
        del self.fields["name"], self.fields["email"]
        pseuds = user.pseuds.all()
        if len(pseuds) > 1:
            self.fields["pseud"].queryset = pseuds
            self.initial.setdefault("pseud", next(p.pk for p in pseuds if p.is_default))
        else:
            del self.fields["pseud"]

    def clean_text(self) -> str:
        return clean_comment_text(self.cleaned_data["text"])

    def chosen_pseud(self) -> Pseud | None:
        return self.cleaned_data.get("pseud")


class CommentEditForm(forms.Form):
    text = CommentForm.base_fields["text"]

    def clean_text(self) -> str:
        return clean_comment_text(self.cleaned_data["text"])
