"""What the analysis takes and gives, as plain frozen data.

Offsets (`start`, `end`) are character offsets into the input string the caller
passed (the raw HTML or Markdown, not a cleaned copy), so the posting page can
point at them and a command-line user can cut them out with `text[start:end]`.
`chapter` is the index of the chapter in the input (0 for a single text).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal


def source_digest(folder: Path) -> str:
    """A digest of the Python source and data (the trained reader's heads) in `folder`
    and any package inside it."""
    digest = hashlib.sha256()
    for path in sorted([*folder.rglob("*.py"), *folder.rglob("*.json")]):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


# The engine's version is its own source: any change to the rules or word lists changes
# it, so the archive recomputes the suggestions it stored with an older engine, and
# nobody has to remember to raise a number.
ENGINE_VERSION = source_digest(Path(__file__).resolve().parent)

Format = Literal["plain", "html", "markdown"]
Pov = Literal["first", "second", "third", "unknown"]
Tense = Literal["past", "present", "unknown"]

# The content-note vocabulary (issue 6), in the order suggestions are shown.
CONTENT_NOTES: tuple[str, ...] = (
    "violence",
    "graphic-violence",
    "death",
    "sexual-content",
    "sexual-violence",
    "self-harm",
    "suicide",
    "abuse",
    "child-abuse",
    "substance-use",
    "strong-language",
)

# AO3's scale, lowest first; "Not Rated" is never suggested.
RATINGS: tuple[str, ...] = (
    "General Audiences",
    "Teen And Up Audiences",
    "Mature",
    "Explicit",
)

GRAPHIC_VIOLENCE = "Graphic Depictions Of Violence"
MAJOR_CHARACTER_DEATH = "Major Character Death"
RAPE_NON_CON = "Rape/Non-Con"
UNDERAGE = "Underage Sex"
ARCHIVE_WARNINGS: tuple[str, ...] = (
    GRAPHIC_VIOLENCE,
    MAJOR_CHARACTER_DEATH,
    RAPE_NON_CON,
    UNDERAGE,
)


@dataclass(frozen=True)
class ChapterInput:
    """One chapter (or a whole one-shot) as the author wrote it."""

    text: str
    format: Format = "plain"
    title: str = ""
    # The notes fields of the posting form (beginning and end notes, summary): analysed
    # as author's notes, never as story.
    notes: str = ""


@dataclass(frozen=True)
class Evidence:
    text: str
    start: int
    end: int
    chapter: int = 0
    # "text" for the story, "notes" for a notes field passed in ChapterInput.notes.
    source: Literal["text", "notes"] = "text"

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"text": self.text, "start": self.start, "end": self.end}
        data["chapter"] = self.chapter
        if self.source != "text":
            data["source"] = self.source
        return data


@dataclass(frozen=True)
class Suggestion:
    """One suggested rating, warning, content note or tag, with why."""

    name: str
    confidence: float
    evidence: tuple[Evidence, ...] = ()
    # Short plain-English reasons ("graphic violence", "named character dies").
    reasons: tuple[str, ...] = ()
    # How often it was seen (mentions of a character, sentences for a note).
    count: int = 0

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": self.name,
            "confidence": round(self.confidence, 3),
            "evidence": [e.as_json() for e in self.evidence],
        }
        if self.reasons:
            data["reasons"] = list(self.reasons)
        if self.count:
            data["count"] = self.count
        return data


@dataclass(frozen=True)
class AuthorNote:
    text: str
    start: int
    end: int
    chapter: int = 0
    position: Literal["start", "end", "field"] = "start"

    def as_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "chapter": self.chapter,
            "position": self.position,
        }


@dataclass(frozen=True)
class TextStats:
    words: int
    reading_minutes: int
    pov: Pov
    tense: Tense
    dialogue_share: float  # 0..1, share of the story's characters inside dialogue
    # Written in English, so its content notes, point of view and tense were read (the
    # rules are English). For a whole work: most of its words are.
    english: bool = True

    def as_json(self) -> dict[str, Any]:
        return {
            "words": self.words,
            "reading_minutes": self.reading_minutes,
            "pov": self.pov,
            "tense": self.tense,
            "dialogue_share": round(self.dialogue_share, 3),
            "english": self.english,
        }


@dataclass(frozen=True)
class Analysis:
    rating: Suggestion
    warnings: tuple[Suggestion, ...]
    notes: tuple[Suggestion, ...]  # content notes
    fandoms: tuple[Suggestion, ...]
    characters: tuple[Suggestion, ...]
    relationships: tuple[Suggestion, ...]
    author_notes: tuple[AuthorNote, ...]
    spoilers: tuple[Suggestion, ...]
    stats: TextStats
    chapters: tuple[TextStats, ...] = field(default=())
    # What the trained reader did: "used" (it read paragraphs), "not needed" (no cue
    # left for it to judge), "too long" (a long work: the word lists alone), "off"
    # (analyze(read=False)) or "not installed".
    reader: str = "off"
    # Archive warnings and content notes the author's own notes warn of ("TW: self-harm",
    # "please mind the Major Character Death warning"), quoting them: apart from the
    # story's suggestions, which never come from the notes.
    noted: tuple[Suggestion, ...] = ()

    @property
    def unread(self) -> tuple[int, ...]:
        """The chapters (by index) with words but not in English, so not read for content
        notes, a rating or warnings."""
        return tuple(i for i, c in enumerate(self.chapters) if c.words and not c.english)

    @property
    def read_nothing(self) -> bool:
        """No chapter with words was read: the rating is no suggestion at all."""
        return bool(self.unread) and not any(c.english for c in self.chapters if c.words)

    def as_json(self) -> dict[str, Any]:
        stats = self.stats.as_json()
        stats["chapters"] = [c.as_json() for c in self.chapters]
        return {
            "rating": self.rating.as_json(),
            "warnings": [s.as_json() for s in self.warnings],
            "notes": [s.as_json() for s in self.notes],
            "fandoms": [s.as_json() for s in self.fandoms],
            "characters": [s.as_json() for s in self.characters],
            "relationships": [s.as_json() for s in self.relationships],
            "author_notes": [n.as_json() for n in self.author_notes],
            "spoilers": [s.as_json() for s in self.spoilers],
            "stats": stats,
            "reader": self.reader,
            "noted": [s.as_json() for s in self.noted],
        }
