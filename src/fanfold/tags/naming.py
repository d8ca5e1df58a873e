"""Tag names as authors type them, and the key that makes two spellings one tag."""

from __future__ import annotations

import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from fanfold.core.text import strip_invisible

MAX_TAG_LENGTH = 150
FORBIDDEN_CHARACTERS = set(",^*<>{}=`\\%")


def clean_tag_name(raw: str) -> str:
    """The name to store, or ValidationError with a message an author understands."""
    name = strip_invisible(raw)
    if not name:
        raise ValidationError(_("A tag can't be empty."), code="empty")
    if len(name) > MAX_TAG_LENGTH:
        raise ValidationError(
            _("“%(name)s…” is too long: a tag can have at most %(max)d characters.")
            % {"name": name[:30], "max": MAX_TAG_LENGTH},
            code="too_long",
        )
    bad = sorted(set(name) & FORBIDDEN_CHARACTERS)
    if bad:
        raise ValidationError(
            _("“%(name)s” can't contain %(chars)s.") % {"name": name, "chars": " ".join(bad)},
            code="forbidden_character",
        )
    return name


def tag_key(name: str) -> str:
    """NFKC, case folding, accent folding and collapsed spaces: "Amélie" == "amelie "."""
    folded = unicodedata.normalize("NFKC", strip_invisible(name)).casefold()
    decomposed = unicodedata.normalize("NFD", folded)
    without_marks = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return " ".join(unicodedata.normalize("NFC", without_marks).split())
