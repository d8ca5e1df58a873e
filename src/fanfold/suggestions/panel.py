"""What the "Suggest tags" panel shows: the engine's Analysis turned into suggestions an
author can add to the posting form with one click, each knowing the form field it
goes to and whether the form has it already."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from fanfold.analysis import (
    ARCHIVE_WARNINGS,
    RATINGS,
    Analysis,
    AuthorNote,
    Evidence,
    Suggestion,
    TextStats,
)
from fanfold.tags.models import TagType
from fanfold.tags.naming import tag_key

from .vocabulary import (
    LIMITS,
    NOTE_LABELS,
    NOTE_TAGS,
    NOTE_WARNINGS,
    SPOILERS_TAG,
    confidence_word,
    note_tags,
)

# The posting form's comma-separated tag fields, by tag type.
TAG_FIELDS = {
    TagType.FANDOM: "fandoms",
    TagType.RELATIONSHIP: "relationships",
    TagType.CHARACTER: "characters",
    TagType.FREEFORM: "freeforms",
}
EVIDENCE_SHOWN = 5


@dataclass(frozen=True)
class FormState:
    """What the form holds already. can_add: the page has the tag fields (the chapter
    pages don't: tags are changed on the work's edit page)."""

    rating: str = ""
    warnings: frozenset[str] = frozenset()
    # form field -> keys (tags.naming.tag_key) of its tags and of their canonical tags
    tag_keys: dict[str, set[str]] = field(default_factory=dict)
    can_add: bool = True


@dataclass(frozen=True)
class EvidenceLine:
    text: str
    label: str  # "Chapter 2", "notes", or ""


@dataclass(frozen=True)
class Item:
    kind: str  # rating, warning, note, fandom, character, relationship, spoiler
    name: str
    field: str  # the form field one click adds it to
    value: str
    confidence: float
    evidence: tuple[EvidenceLine, ...] = ()
    reasons: tuple[str, ...] = ()
    count: int = 0
    added: bool = False
    detail: str = ""  # e.g. the content note an Additional Tag stands for

    @property
    def confidence_word(self) -> str:
        return confidence_word(self.confidence)


@dataclass(frozen=True)
class RatingNotice:
    chosen: str
    suggested: str
    reasons: tuple[str, ...]
    evidence: tuple[EvidenceLine, ...]

    @property
    def because(self) -> str:
        return "; ".join(self.reasons)


@dataclass(frozen=True)
class NoteMove:
    """An author's note found inside the chapter text in the form, and where it goes."""

    text: str
    raw: str  # the exact characters in the chapter text field
    start: int
    end: int
    target: str  # the notes field it moves to
    position: str


@dataclass(frozen=True)
class StatsLine:
    label: str
    words: int
    reading_minutes: int
    pov: str
    tense: str
    dialogue_percent: int


@dataclass(frozen=True)
class Panel:
    rating: Item | None
    rating_notice: RatingNotice | None
    warnings: tuple[Item, ...]
    notes: tuple[Item, ...]
    fandoms: tuple[Item, ...]
    characters: tuple[Item, ...]
    relationships: tuple[Item, ...]
    spoilers: tuple[Item, ...]
    author_notes: tuple[NoteMove, ...]
    other_notes: tuple[AuthorNote, ...]
    stats: tuple[StatsLine, ...]
    can_add: bool
    # Chapters not in English, so not read for a rating, warnings or content notes
    # ("Chapter 2"; "the text" for a single text), and whether that is all of it.
    unread: tuple[str, ...] = ()
    unread_all: bool = False
    # What the author's own notes warn of ("TW: self-harm"), as warnings and tags to
    # add, where the text's suggestions above do not already offer them.
    noted: tuple[Item, ...] = ()

    @property
    def limits(self) -> Any:
        """What the suggestions cannot see, said beside them."""
        return LIMITS

    @property
    def empty(self) -> bool:
        return not (
            self.warnings or self.notes or self.fandoms or self.characters or self.relationships
        )


def _pov(value: str) -> str:
    return {
        "first": _("first person"),
        "second": _("second person"),
        "third": _("third person"),
    }.get(value, _("unclear"))


def _tense(value: str) -> str:
    return {"past": _("past tense"), "present": _("present tense")}.get(value, _("unclear"))


class PanelBuilder:
    """One analysis, the form it was asked from, and the chapters' labels."""

    def __init__(
        self,
        analysis: Analysis,
        state: FormState,
        *,
        chapter_labels: Sequence[str],
        form_chapter: int | None = None,
        form_text: str = "",
        note_targets: tuple[str, str] = ("notes", "endnotes"),
    ) -> None:
        self.analysis = analysis
        self.state = state
        self.chapter_labels = list(chapter_labels)
        self.form_chapter = form_chapter
        self.form_text = form_text
        self.note_targets = note_targets

    def evidence(self, suggestion: Suggestion) -> tuple[EvidenceLine, ...]:
        return tuple(self._line(e) for e in suggestion.evidence[:EVIDENCE_SHOWN])

    def _line(self, evidence: Evidence) -> EvidenceLine:
        label = ""
        if len(self.chapter_labels) > 1 and 0 <= evidence.chapter < len(self.chapter_labels):
            label = self.chapter_labels[evidence.chapter]
        if evidence.source == "notes":
            label = f"{label}, {_('notes')}" if label else _("notes")
        return EvidenceLine(text=evidence.text.strip(), label=label)

    def _has_tag(self, form_field: str, name: str) -> bool:
        return tag_key(name) in self.state.tag_keys.get(form_field, set())

    def item(self, kind: str, suggestion: Suggestion, form_field: str, value: str) -> Item:
        if form_field == "rating":
            added = self.state.rating == value
        elif form_field == "warnings":
            added = value in self.state.warnings
        else:
            added = self._has_tag(form_field, value)
        return Item(
            kind=kind,
            name=value,
            field=form_field,
            value=value,
            confidence=suggestion.confidence,
            evidence=self.evidence(suggestion),
            reasons=suggestion.reasons,
            count=suggestion.count,
            added=added,
        )

    def unread(self) -> tuple[list[str], bool]:
        """The chapters the rules could not read (not English), and whether none was."""
        unread, everything = self.analysis.unread, self.analysis.read_nothing
        if not unread:
            return [], False
        if len(self.analysis.chapters) == 1:
            return [_("the text")], everything
        return [self._chapter_label(i) for i in unread], everything

    def _chapter_label(self, index: int) -> str:
        if index < len(self.chapter_labels):
            return self.chapter_labels[index]
        return _("Chapter %(n)d") % {"n": index + 1}

    def rating_notice(self) -> RatingNotice | None:
        if self.unread()[1]:
            return None  # nothing was read: no rating to compare with
        chosen, suggested = self.state.rating, self.analysis.rating.name
        # "Not Rated" (or nothing) is no choice to compare with.
        if chosen not in RATINGS or suggested not in RATINGS:
            return None
        if RATINGS.index(chosen) >= RATINGS.index(suggested):
            return None
        return RatingNotice(
            chosen=chosen,
            suggested=suggested,
            reasons=self.analysis.rating.reasons,
            evidence=self.evidence(self.analysis.rating),
        )

    def note_items(self) -> tuple[list[Item], list[Item]]:
        notes: list[Item] = []
        warnings: list[Item] = []
        suggested_warnings = {w.name for w in self.analysis.warnings}
        for note in self.analysis.notes:
            label = str(NOTE_LABELS.get(note.name, note.name))
            for tag in note_tags(note):
                item = self.item("note", note, "freeforms", tag)
                # "Drug Use (substance use)", but not "Violence (violence)".
                same = tag.casefold() == label.casefold()
                notes.append(item if same else _with_detail(item, label))
            warning = NOTE_WARNINGS.get(note.name)
            if warning and warning not in suggested_warnings:
                suggested_warnings.add(warning)
                item = self.item("warning", note, "warnings", warning)
                warnings.append(_with_detail(item, label))
        return notes, warnings

    def note_moves(self) -> tuple[list[NoteMove], list[AuthorNote]]:
        moves: list[NoteMove] = []
        others: list[AuthorNote] = []
        start_field, end_field = self.note_targets
        for note in self.analysis.author_notes:
            raw = self.form_text[note.start : note.end]
            if (
                self.form_chapter is not None
                and note.chapter == self.form_chapter
                and note.position in ("start", "end")
                and raw.strip()
            ):
                moves.append(
                    NoteMove(
                        text=note.text.strip(),
                        raw=raw,
                        start=note.start,
                        end=note.end,
                        target=start_field if note.position == "start" else end_field,
                        position=note.position,
                    )
                )
            else:
                others.append(note)
        return moves, others

    def stats(self) -> list[StatsLine]:
        def line(label: str, stats: TextStats) -> StatsLine:
            return StatsLine(
                label=label,
                words=stats.words,
                reading_minutes=stats.reading_minutes,
                pov=_pov(stats.pov),
                tense=_tense(stats.tense),
                dialogue_percent=round(stats.dialogue_share * 100),
            )

        lines = [line(_("Whole text"), self.analysis.stats)]
        if len(self.analysis.chapters) > 1:
            for index, stats in enumerate(self.analysis.chapters):
                lines.append(line(self._chapter_label(index), stats))
        return lines

    def spoilers(self) -> tuple[Item, ...]:
        """All spoiler signals are one "Spoilers" tag, quoting every note that gave one."""
        found = self.analysis.spoilers
        if not found:
            return ()
        merged = Suggestion(
            name=SPOILERS_TAG,
            confidence=max(s.confidence for s in found),
            evidence=tuple(e for s in found for e in s.evidence),
            reasons=tuple(r for s in found for r in s.reasons),
        )
        return (self.item("spoiler", merged, "freeforms", SPOILERS_TAG),)

    def noted(self, offered: list[Item]) -> tuple[Item, ...]:
        """The warnings and tags the author's notes warn of, each once, not those the
        text's own suggestions already offer."""
        seen = {(item.field, item.value) for item in offered}
        items: list[Item] = []
        for suggestion in self.analysis.noted:
            if suggestion.name in ARCHIVE_WARNINGS:
                found = [self.item("warning", suggestion, "warnings", suggestion.name)]
            else:
                label = str(NOTE_LABELS.get(suggestion.name, suggestion.name))
                found = [
                    _with_detail(self.item("note", suggestion, "freeforms", tag), label)
                    if tag.casefold() != label.casefold()
                    else self.item("note", suggestion, "freeforms", tag)
                    for tag in NOTE_TAGS.get(suggestion.name, ())
                ]
            for item in found:
                if (item.field, item.value) not in seen:
                    seen.add((item.field, item.value))
                    items.append(item)
        return tuple(items)

    def build(self) -> Panel:
        analysis = self.analysis
        notes, note_warnings = self.note_items()
        warnings = [self.item("warning", w, "warnings", w.name) for w in analysis.warnings]
        moves, others = self.note_moves()
        unread, unread_all = self.unread()
        rating = None
        if analysis.rating.name in RATINGS and not unread_all:
            rating = self.item("rating", analysis.rating, "rating", analysis.rating.name)
        return Panel(
            rating=rating,
            rating_notice=self.rating_notice(),
            warnings=tuple(warnings + note_warnings),
            notes=tuple(notes),
            fandoms=tuple(self.item("fandom", s, "fandoms", s.name) for s in analysis.fandoms),
            characters=tuple(
                self.item("character", s, "characters", s.name) for s in analysis.characters
            ),
            relationships=tuple(
                self.item("relationship", s, "relationships", s.name)
                for s in analysis.relationships
            ),
            spoilers=self.spoilers(),
            author_notes=tuple(moves),
            other_notes=tuple(others),
            stats=tuple(self.stats()),
            can_add=self.state.can_add,
            unread=tuple(unread),
            unread_all=unread_all,
            noted=self.noted([*warnings, *note_warnings, *notes]),
        )


def _with_detail(item: Item, detail: str) -> Item:
    return Item(**{**item.__dict__, "detail": detail})
