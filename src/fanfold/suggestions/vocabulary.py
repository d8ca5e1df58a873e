"""How the engine's findings become the archive's tags: the one place that says which
Additional Tag (or archive warning) each content note is offered as, and how sure
counts as "likely"."""

from __future__ import annotations

import re
from typing import Any

from django.utils.translation import gettext_lazy as _l

from fanfold.analysis import Evidence, Suggestion
from fanfold.analysis.model import RAPE_NON_CON

# Confidence from here up reads "likely"; below it, "possible".
LIKELY = 0.75

# Content note -> the Additional Tags authors on AO3 use for it.
NOTE_TAGS: dict[str, tuple[str, ...]] = {
    "violence": ("Violence",),
    "graphic-violence": ("Graphic Violence",),
    "death": ("Character Death",),
    "sexual-content": ("Sexual Content",),
    "sexual-violence": ("Sexual Violence",),
    "self-harm": ("Self-Harm",),
    "suicide": ("Suicide",),
    "abuse": ("Abuse",),
    "child-abuse": ("Child Abuse",),
    # Refined to "Drug Use" and/or "Alcohol" when the evidence tells which.
    "substance-use": ("Substance Use",),
    "strong-language": ("Strong Language",),
}
# What "substance-use" is refined to when its evidence tells which.
SUBSTANCE_TAGS = ("Drug Use", "Alcohol")
# Content notes that also call for an archive warning.
NOTE_WARNINGS: dict[str, str] = {"sexual-violence": RAPE_NON_CON}

SPOILERS_TAG = "Spoilers"

# What the suggestions cannot see, said beside them on the panel and by `fanfold analyze`:
# on text the rules never saw, a note suggested is usually right, but most of what a story
# only implies is missed (docs/analysis.md, "Measured quality").
LIMITS = _l(
    "These suggestions come from what the text says outright. A death, violence, abuse or "
    "self-harm that a story only implies may get none: the warnings and tags stay yours "
    "to choose."
)

NOTE_LABELS: dict[str, Any] = {  # lazy translations
    "violence": _l("violence"),
    "graphic-violence": _l("graphic violence"),
    "death": _l("death"),
    "sexual-content": _l("sexual content"),
    "sexual-violence": _l("sexual violence"),
    "self-harm": _l("self-harm"),
    "suicide": _l("suicide"),
    "abuse": _l("abuse"),
    "child-abuse": _l("child abuse"),
    "substance-use": _l("substance use"),
    "strong-language": _l("strong language"),
}

_ALCOHOL = re.compile(
    r"\b(?:alcohol\w*|drunk\w*|drink(?:s|ing)?|drank|wine|beers?|ale|whiske?y|gin|vodka|rum|"
    r"brandy|bourbon|sherry|champagne|cider|liquor|booze|tipsy|hung ?over|hangover|pints?|"
    r"bottles?)\b",
    re.IGNORECASE,
)
_DRUGS = re.compile(
    r"\b(?:drugs?|drugged|cocaine|coke|heroin|morphine|laudanum|opium|opiates?|pills?|"
    r"joints?|weed|marijuana|cannabis|meth|syringes?|needles?|overdos\w*|snort\w*|"
    r"inject\w*|ecstasy|lsd|stoned|dope|narcotics?|powder)\b",
    re.IGNORECASE,
)


def note_tags(note: Suggestion) -> tuple[str, ...]:
    """The Additional Tags to offer for one content note."""
    if note.name != "substance-use":
        return NOTE_TAGS.get(note.name, ())
    words = " ".join([*(e.text for e in note.evidence), *note.reasons])
    drugs, alcohol = SUBSTANCE_TAGS
    tags = []
    if _DRUGS.search(words):
        tags.append(drugs)
    if _ALCOHOL.search(words):
        tags.append(alcohol)
    return tuple(tags) or NOTE_TAGS["substance-use"]


def confidence_word(confidence: float) -> str:
    return str(_l("likely") if confidence >= LIKELY else _l("possible"))


def suggestion_from_json(data: dict[str, Any]) -> Suggestion:
    """A suggestion back from its stored JSON (Suggestion.as_json)."""
    return Suggestion(
        name=str(data.get("name", "")),
        confidence=float(data.get("confidence", 0.0)),
        evidence=tuple(
            Evidence(
                text=str(e.get("text", "")),
                start=int(e.get("start", 0)),
                end=int(e.get("end", 0)),
                chapter=int(e.get("chapter", 0)),
                source="notes" if e.get("source") == "notes" else "text",
            )
            for e in data.get("evidence", [])
        ),
        reasons=tuple(str(r) for r in data.get("reasons", [])),
        count=int(data.get("count", 0)),
    )
