"""Reads for suggestions: what of a work is analysed, and the notice its creators see."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.urls import reverse

from fanfold.analysis import ARCHIVE_WARNINGS, RATINGS, ChapterInput, Suggestion
from fanfold.analysis.model import Format
from fanfold.tags.models import Tag, TagType, Warning
from fanfold.tags.naming import tag_key
from fanfold.works import selectors as works_selectors
from fanfold.works.models import Chapter, Work

from .models import DismissedSuggestion, WorkSuggestions
from .vocabulary import (
    LIKELY,
    NOTE_TAGS,
    NOTE_WARNINGS,
    SPOILERS_TAG,
    note_tags,
    suggestion_from_json,
)

# Stored suggestions at least this sure are worth a notice on the work's page.
NOTICE_MIN_CONFIDENCE = LIKELY


def work_format(work: Work) -> Format:
    return "markdown" if work.text_format_literal == "markdown" else "html"


def joined(*parts: str) -> str:
    return "\n\n".join(p.strip() for p in parts if p and p.strip())


def chapter_input(chapter: Chapter, work: Work, *, with_work_notes: bool = False) -> ChapterInput:
    notes = [chapter.summary, chapter.notes, chapter.endnotes]
    if with_work_notes:
        notes = [work.summary, work.notes, *notes, work.endnotes]
    return ChapterInput(
        text=chapter.text.replace("\r\n", "\n"),
        format=work_format(work),
        title=chapter.title,
        notes=joined(*notes),
    )


def analysed_chapters(work: Work) -> list[Chapter]:
    """The chapters analysed for a work: its posted ones, as readers get them."""
    return list(works_selectors.chapters_of(work))


def work_inputs(work: Work) -> list[ChapterInput]:
    chapters = analysed_chapters(work)
    return [chapter_input(c, work, with_work_notes=i == 0) for i, c in enumerate(chapters)]


def tag_keys_with_canonicals(tag_type: str, names: Iterable[str]) -> set[str]:
    """Keys of these typed names and of the canonical tags any of them is a synonym of,
    so "Sherlock" in the form counts as having "Sherlock Holmes"."""
    keys = {tag_key(n) for n in names if n.strip()}
    if not keys:
        return keys
    canonical = Tag.objects.filter(
        type=tag_type, key__in=list(keys), merger__isnull=False
    ).values_list("merger__key", flat=True)
    return keys | set(canonical)


@dataclass(frozen=True)
class SuggestionsNotice:
    rating: str
    warnings: tuple[str, ...]
    tags: tuple[str, ...]
    url: str
    # name -> the first sentence behind it, so the creator can judge it from the page
    quotes: dict[str, str] = field(default_factory=dict)

    @property
    def names(self) -> list[str]:
        return [*([self.rating] if self.rating else []), *self.warnings, *self.tags]

    @property
    def because(self) -> list[tuple[str, str]]:
        return [(name, self.quotes[name]) for name in self.names if self.quotes.get(name)]


def _stored(work: Work) -> WorkSuggestions | None:
    return WorkSuggestions.objects.filter(work_id=work.pk).first()


def dismissed_names(work: Work) -> set[str]:
    """What the work's creators dismissed from the notice on its page."""
    return set(DismissedSuggestion.objects.filter(work_id=work.pk).values_list("name", flat=True))


def work_suggestions_notice(work: Work, viewer: works_selectors.Viewer) -> SuggestionsNotice | None:
    """What the stored suggestions name that the work lacks and its creators have not
    dismissed: a higher rating, archive warnings, content notes as Additional Tags. Only
    ever for the work's creators."""
    if not works_selectors.is_creator(work, viewer):
        return None
    stored = _stored(work)
    if stored is None or not stored.analysis:
        return None
    data = stored.analysis
    dismissed = dismissed_names(work)
    quotes: dict[str, str] = {}

    def quoted(name: str, suggestion: Suggestion) -> str:
        if suggestion.evidence:
            quotes.setdefault(name, " ".join(suggestion.evidence[0].text.split()))
        return name

    by_type: dict[str, list[str]] = {t: [] for t in TagType.values}
    for work_tag in work.work_tags.select_related("tag"):
        by_type[work_tag.tag.type].append(work_tag.tag.name)

    rating = ""
    suggested = suggestion_from_json(data.get("rating") or {})
    chosen = by_type[TagType.RATING][0] if by_type[TagType.RATING] else ""
    if (
        chosen in RATINGS
        and suggested.name in RATINGS
        and suggested.confidence >= NOTICE_MIN_CONFIDENCE
        and RATINGS.index(suggested.name) > RATINGS.index(chosen)
    ):
        rating = quoted(suggested.name, suggested)

    warnings: list[str] = []
    # A creator who chose not to warn has answered the question already.
    if Warning.CHOSE_NOT_TO_WARN not in by_type[TagType.WARNING]:
        have = set(by_type[TagType.WARNING])
        found = [suggestion_from_json(w) for w in data.get("warnings", [])]
        for warning in found:
            if warning.confidence >= NOTICE_MIN_CONFIDENCE and warning.name not in have:
                warnings.append(quoted(warning.name, warning))
        for raw in data.get("notes", []):
            note = suggestion_from_json(raw)
            extra = NOTE_WARNINGS.get(note.name)
            if extra and note.confidence >= NOTICE_MIN_CONFIDENCE and extra not in have:
                warnings.append(quoted(extra, note))
        # The creator's own notes warn of it ("please mind the Major Character Death
        # warning"), and the work does not carry it.
        for raw in data.get("noted", []):
            noted = suggestion_from_json(raw)
            if noted.name in ARCHIVE_WARNINGS and noted.name not in have:
                warnings.append(quoted(noted.name, noted))
        warnings = list(dict.fromkeys(warnings))

    freeforms = tag_keys_with_canonicals(TagType.FREEFORM, by_type[TagType.FREEFORM])
    tags: list[str] = []
    for raw in data.get("notes", []):
        note = suggestion_from_json(raw)
        if note.confidence < NOTICE_MIN_CONFIDENCE:
            continue
        tags.extend(quoted(t, note) for t in note_tags(note) if tag_key(t) not in freeforms)
    for raw in data.get("noted", []):
        noted = suggestion_from_json(raw)
        tags.extend(
            quoted(t, noted) for t in NOTE_TAGS.get(noted.name, ()) if tag_key(t) not in freeforms
        )
    spoilers = [suggestion_from_json(s) for s in data.get("spoilers", [])]
    sure = [s for s in spoilers if s.confidence >= NOTICE_MIN_CONFIDENCE]
    if sure and tag_key(SPOILERS_TAG) not in freeforms:
        tags.append(quoted(SPOILERS_TAG, sure[0]))
    tags = list(dict.fromkeys(tags))

    if rating in dismissed:
        rating = ""
    warnings = [w for w in warnings if w not in dismissed]
    tags = [t for t in tags if t not in dismissed]
    if not (rating or warnings or tags):
        return None
    url = reverse("works:edit", args=[work.pk]) + "?suggest=1#suggestions"
    return SuggestionsNotice(
        rating=rating, warnings=tuple(warnings), tags=tuple(tags), url=url, quotes=quotes
    )
