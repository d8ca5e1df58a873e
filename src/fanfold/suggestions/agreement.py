"""How the stored suggestions compare with what the archive's creators chose.

The evaluation sets of docs/analysis.md measure the engine on passages written for it;
this measures it on the archive's own works. For every posted work with stored
suggestions it compares the suggested rating, archive warnings and content notes with
the work's own rating, warnings and Additional Tags, and counts, over the archive, how
often the two agree. Only counts leave this module: no title, creator or text.

Creators see the suggestions while they tag (the panel, the notice on the work's page),
so a work tagged after reading them agrees more than one tagged before: the figures are
agreement with what creators chose, not precision and recall against a reader's labels.

What creators dismissed from the notice on a work's page is the one direct answer to a
suggestion: "not for this work". It is counted too, for the suggestions it answered.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from fanfold.analysis import CONTENT_NOTES, RATINGS
from fanfold.analysis.model import (
    ARCHIVE_WARNINGS,
    GRAPHIC_VIOLENCE,
    MAJOR_CHARACTER_DEATH,
    UNDERAGE,
)
from fanfold.tags.models import TagType, Warning
from fanfold.works.models import Work

from .models import WorkSuggestions
from .vocabulary import NOTE_TAGS, NOTE_WARNINGS, SUBSTANCE_TAGS, suggestion_from_json

# The Additional Tags the notice names for each content note, and so may be dismissed.
OFFERED_AS: dict[str, frozenset[str]] = {
    note: frozenset({*NOTE_TAGS[note], *(SUBSTANCE_TAGS if note == "substance-use" else ())})
    for note in CONTENT_NOTES
}

# What a creator may have chosen for each content note: the Additional Tags the panel
# offers for it, and the archive warnings that say it too (graphic violence is violence,
# a major character's death is a death).
_WARNED_AS: dict[str, tuple[str, ...]] = {
    "violence": (GRAPHIC_VIOLENCE,),
    "graphic-violence": (GRAPHIC_VIOLENCE,),
    "death": (MAJOR_CHARACTER_DEATH,),
    "sexual-content": (UNDERAGE,),
    **{note: (warning,) for note, warning in NOTE_WARNINGS.items()},
}
CHOSEN_AS: dict[str, frozenset[str]] = {
    note: OFFERED_AS[note] | frozenset(_WARNED_AS.get(note, ())) for note in CONTENT_NOTES
}


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


@dataclass
class Agreement:
    """One content note or archive warning over the works compared."""

    name: str
    suggested: int = 0  # works whose stored suggestions name it
    chosen: int = 0  # works whose creators chose it
    both: int = 0
    dismissed: int = 0  # works it was suggested for whose creators dismissed it

    @property
    def held(self) -> float | None:
        """The share of the works it was suggested for whose creators chose it too."""
        return self.both / self.suggested if self.suggested else None

    @property
    def found(self) -> float | None:
        """The share of the works whose creators chose it that it was suggested for."""
        return self.both / self.chosen if self.chosen else None

    def count(self, suggested: bool, chosen: bool, dismissed: bool = False) -> None:
        self.suggested += suggested
        self.chosen += chosen
        self.both += suggested and chosen
        self.dismissed += suggested and dismissed

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "suggested": self.suggested,
            "chosen": self.chosen,
            "both": self.both,
            "dismissed": self.dismissed,
            "held": _rounded(self.held),
            "found": _rounded(self.found),
        }


@dataclass
class AgreementReport:
    min_confidence: float
    works: int = 0  # posted works compared
    not_english: int = 0  # posted works with suggestions, not read (not English)
    not_analysed: int = 0  # posted works with no suggestions stored yet
    # Ratings: (chosen, suggested) -> works; works rated Not Rated are left out.
    ratings: Counter[tuple[str, str]] = field(default_factory=Counter)
    not_rated: int = 0
    # Works whose suggested rating (higher than the chosen one) their creators dismissed.
    rating_dismissed: int = 0
    notes: dict[str, Agreement] = field(default_factory=dict)
    warnings: dict[str, Agreement] = field(default_factory=dict)
    # Works whose creators chose not to use archive warnings: left out of `warnings`.
    chose_not_to_warn: int = 0

    def __post_init__(self) -> None:
        self.notes = {note: Agreement(note) for note in CONTENT_NOTES}
        self.warnings = {w: Agreement(w) for w in ARCHIVE_WARNINGS}

    @property
    def rated(self) -> int:
        return sum(self.ratings.values())

    def _share(self, steps: Iterable[int]) -> float | None:
        wanted = set(steps)
        if not self.rated:
            return None
        same = sum(
            n
            for (chosen, suggested), n in self.ratings.items()
            if RATINGS.index(suggested) - RATINGS.index(chosen) in wanted
        )
        return same / self.rated

    @property
    def rating_exact(self) -> float | None:
        return self._share([0])

    @property
    def rating_within_one(self) -> float | None:
        return self._share([-1, 0, 1])

    @property
    def rating_higher(self) -> int:
        return sum(n for (c, s), n in self.ratings.items() if RATINGS.index(s) > RATINGS.index(c))

    @property
    def rating_lower(self) -> int:
        return sum(n for (c, s), n in self.ratings.items() if RATINGS.index(s) < RATINGS.index(c))

    def as_json(self) -> dict[str, Any]:
        return {
            "min_confidence": self.min_confidence,
            "works": self.works,
            "not_english": self.not_english,
            "not_analysed": self.not_analysed,
            "rating": {
                "works": self.rated,
                "not_rated": self.not_rated,
                "exact": _rounded(self.rating_exact),
                "within_one": _rounded(self.rating_within_one),
                "suggested_higher": self.rating_higher,
                "suggested_lower": self.rating_lower,
                "dismissed": self.rating_dismissed,
                "pairs": [
                    {"chosen": c, "suggested": s, "works": n}
                    for (c, s), n in sorted(
                        self.ratings.items(),
                        key=lambda item: (RATINGS.index(item[0][0]), RATINGS.index(item[0][1])),
                    )
                ],
            },
            "notes": [a.as_json() for a in self.notes.values()],
            "warnings": [a.as_json() for a in self.warnings.values()],
            "chose_not_to_warn": self.chose_not_to_warn,
        }


def _rounded(share: float | None) -> float | None:
    return None if share is None else round(share, 3)


def agreement_report(min_confidence: float = 0.0) -> AgreementReport:
    """Suggestions against creators' choices over every posted work (drafts are still
    being tagged). A suggestion counts from `min_confidence` up (0: every one the panel
    shows; vocabulary.LIKELY: those the work's page gives a notice for). Reads the stored
    analyses 500 at a time, so an archive of any size fits in memory."""
    report = AgreementReport(min_confidence)
    report.not_analysed = Work.objects.filter(posted=True, text_suggestions__isnull=True).count()
    stored = (
        WorkSuggestions.objects.filter(work__posted=True)
        .select_related("work")
        .prefetch_related(
            "work__work_tags__tag", "work__filter_taggings__tag", "work__dismissed_suggestions"
        )
        .order_by("pk")
        .iterator(chunk_size=500)
    )
    for row in stored:
        data = row.analysis
        if not data:
            report.not_analysed += 1
            continue
        if not (data.get("stats") or {}).get("english", True):
            report.not_english += 1
            continue
        report.works += 1
        _compare(report, row.work, data, min_confidence)
    return report


def _compare(report: AgreementReport, work: Work, data: dict[str, Any], least: float) -> None:
    # The tags as the creator typed them, and the work's filter tags: their canonical
    # forms and every ancestor, so "Minor Character Death", wrangled under "Character
    # Death", counts as choosing it, as it does in the archive's filters.
    chosen: dict[str, set[str]] = {t: set() for t in TagType.values}
    for tagging in [*work.work_tags.all(), *work.filter_taggings.all()]:
        chosen[tagging.tag.type].add(_key(tagging.tag.name))
    dismissed = {_key(d.name) for d in work.dismissed_suggestions.all()}

    rating = suggestion_from_json(data.get("rating") or {})
    ratings = [r for r in RATINGS if _key(r) in chosen[TagType.RATING]]
    if not ratings:
        report.not_rated += 1
    elif rating.name in RATINGS:
        report.ratings[(ratings[0], rating.name)] += 1
        report.rating_dismissed += _key(rating.name) in dismissed

    notes = {
        s.name for s in map(suggestion_from_json, data.get("notes", [])) if s.confidence >= least
    }
    tagged = chosen[TagType.FREEFORM] | chosen[TagType.WARNING]
    for note, agreement in report.notes.items():
        agreement.count(
            note in notes,
            any(_key(t) in tagged for t in CHOSEN_AS[note]),
            any(_key(t) in dismissed for t in OFFERED_AS[note]),
        )

    if _key(Warning.CHOSE_NOT_TO_WARN) in chosen[TagType.WARNING]:
        report.chose_not_to_warn += 1
        return
    warnings = {
        s.name for s in map(suggestion_from_json, data.get("warnings", [])) if s.confidence >= least
    }
    # A content note that calls for a warning is suggested as one (the panel offers both).
    warnings |= {NOTE_WARNINGS[n] for n in notes if n in NOTE_WARNINGS}
    for warning, agreement in report.warnings.items():
        agreement.count(
            warning in warnings,
            _key(warning) in chosen[TagType.WARNING],
            _key(warning) in dismissed,
        )
