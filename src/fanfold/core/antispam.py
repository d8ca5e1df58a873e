"""Cheap checks that turn away most spam bots from forms guests may send.

Two traps, for any form a guest fills in (add AntiSpamMixin to the form class):
- a honeypot: a text field people never see (visually hidden, hidden from screen
  readers, skipped by Tab and by autofill), which bots that fill every field fill in;
- a signed stamp of when the form was shown: a form sent back sooner than a person
  could have read it, with a stamp that was tampered with, or after the stamp grew
  too old, is refused.

Either way the form comes back with a plain message and everything typed kept, so a
person who tripped a trap loses nothing; a bot gets nothing saved.
"""

from __future__ import annotations

import time
from typing import Any

from django import forms
from django.core import signing
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _l

HONEYPOT_FIELD = "website"
STAMP_FIELD = "form_stamp"
# Faster than this, nobody has read the form, let alone typed into it.
MIN_SECONDS = 3
# A comment may take an evening to write; older than this the page was left open.
MAX_AGE_SECONDS = 12 * 60 * 60

TOO_FAST = _l(
    "That was sent faster than a person can fill in the form. Please check it and send it again."
)
STALE = _l(
    "This form was open too long or was changed on the way. Please send it again; "
    "nothing you typed was lost."
)
HONEYPOT_FILLED = _l(
    "This form could not be sent because the field marked “Leave this empty” was "
    "filled in. Please clear it and send the form again."
)


def _salt(form_name: str) -> str:
    # One salt per form: a stamp issued for one form can't be replayed on another.
    return f"fanfold.antispam.{form_name}"


def issue_stamp(form_name: str, *, issued_at: float | None = None) -> str:
    """A signed note of when (and for which form) the form was shown."""
    when = time.time() if issued_at is None else issued_at
    return signing.dumps({"t": round(when, 3)}, salt=_salt(form_name))


def stamp_problem(stamp: str, form_name: str, *, now: float | None = None) -> str | None:
    """What is wrong with a stamp sent back with a form, or None when it's fine."""
    now = time.time() if now is None else now
    try:
        data = signing.loads(stamp, salt=_salt(form_name), max_age=MAX_AGE_SECONDS)
        issued = float(data["t"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return str(STALE)
    if now - issued < MIN_SECONDS:
        return str(TOO_FAST)
    if now - issued > MAX_AGE_SECONDS:
        return str(STALE)
    return None


class HoneypotInput(forms.TextInput):
    """A text box people never meet: off screen, hidden from assistive technology,
    out of the Tab order and away from autofill. Its own label says to leave it
    empty, for the rare person who finds it anyway."""

    def __init__(self) -> None:
        super().__init__(attrs={"autocomplete": "off", "tabindex": "-1"})

    def render(
        self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None
    ) -> str:
        box = super().render(name, value, attrs, renderer)
        field_id = (attrs or {}).get("id", "")
        return format_html(
            '<div class="antispam-field visually-hidden" aria-hidden="true">'
            '<label for="{}">{}</label>{}</div>',
            field_id,
            _l("Leave this empty"),
            box,
        )


class AntiSpamMixin(forms.Form):
    """Adds the honeypot and the signed stamp to a form (when antispam is on: for
    guests). Set antispam_form_name per form class. Render the two fields with the
    form's other fields; the honeypot hides itself."""

    antispam_form_name = "form"

    def __init__(self, *args: Any, antispam: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.antispam = antispam
        if antispam:
            self.fields[HONEYPOT_FIELD] = forms.CharField(
                label="", required=False, widget=HoneypotInput()
            )
            self.fields[STAMP_FIELD] = forms.CharField(
                required=False,
                widget=forms.HiddenInput,
                initial=issue_stamp(self.antispam_form_name),
            )

    @property
    def honeypot_field(self) -> forms.BoundField | None:
        return self[HONEYPOT_FIELD] if self.antispam else None

    @property
    def stamp_field(self) -> forms.BoundField | None:
        return self[STAMP_FIELD] if self.antispam else None

    def _replace_data(self, name: str, value: str) -> None:
        # What the form shows again when re-rendered: a fresh stamp, an emptied trap.
        data = self.data.copy()
        data[self.add_prefix(name)] = value
        self.data = data

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if not self.antispam:
            return cleaned
        if cleaned.get(HONEYPOT_FIELD):
            self._replace_data(HONEYPOT_FIELD, "")
            self.add_error(None, forms.ValidationError(HONEYPOT_FILLED, code="honeypot"))
            return cleaned
        problem = stamp_problem(cleaned.get(STAMP_FIELD) or "", self.antispam_form_name)
        if problem is not None:
            # The next try is timed from now, with a stamp that is whole again.
            self._replace_data(STAMP_FIELD, issue_stamp(self.antispam_form_name))
            self.add_error(None, forms.ValidationError(problem, code="stamp"))
        return cleaned

    @property
    def refused_as_spam(self) -> bool:
        """Whether a trap (not the person's own input) stopped the form."""
        return any(
            error.code in {"honeypot", "stamp"}
            for error in self.errors.as_data().get("__all__", [])
        )
