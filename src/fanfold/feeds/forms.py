from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _l


class FeedTokenForm(forms.Form):
    name = forms.CharField(
        label=_l("Name"),
        max_length=100,
        help_text=_l("The app or device this key is for, so you know which to revoke."),
        error_messages={"required": _l("A feed key needs a name, such as the app it is for.")},
    )
