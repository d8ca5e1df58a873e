"""`fanfold analyze FILE [--json] [--tags FILE.csv]`: what the text of a story file
suggests, as the posting page's "Suggest tags" shows it, from the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError

from fanfold.analysis import (
    Analysis,
    AuthorNote,
    Suggestion,
    TagDictionary,
    TextStats,
    analyze,
    reader,
)
from fanfold.analysis.judging import READER_REASON
from fanfold.analysis.verdicts import DEATH_IN_PASSING
from fanfold.suggestions.vocabulary import LIMITS, NOTE_TAGS, confidence_word, note_tags

EVIDENCE_SHOWN = 3
READER = {
    "used": "used (it judged the borderline cues)",
    "not needed": "not needed (no borderline cue to judge)",
    "too long": "not used: a long work is read by the word lists alone",
    "off": "off (--no-reader)",
    "not installed": "not installed (make install adds it): the word lists read alone",
}


class Command(BaseCommand):
    help = (
        "Suggest a rating, archive warnings, content notes, fandoms, characters and "
        "relationships for a story file (.txt, .html, .md or .epub), with the sentences "
        "behind each, using the archive's tags (or --tags FILE.csv)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="the story: a .txt, .html, .md or .epub file")
        parser.add_argument("--json", action="store_true", help="print the whole analysis as JSON")
        parser.add_argument(
            "--tags",
            metavar="FILE.csv",
            help="a tag dictionary CSV (type,name,canonical,fandoms,parents) to use "
            "instead of the archive's tags",
        )
        parser.add_argument(
            "--no-reader",
            action="store_true",
            help="read with the word lists alone, without the trained reader (faster)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        chapters = self._read(path)
        dictionary = self._dictionary(options.get("tags"))
        # One analysis in a process of its own: the reader may multiply on every core
        # (a server's processes keep to one thread each: bench/reader_concurrency.py).
        threads, reader.BLAS_THREADS = reader.BLAS_THREADS, None
        try:
            analysis = analyze(chapters, dictionary=dictionary, read=not options["no_reader"])
        finally:
            reader.BLAS_THREADS = threads
        if not analysis.stats.words:
            # Nothing to rate: a rating of an empty file would read as a verdict.
            raise CommandError(f"{path} holds no text to analyse")
        if options["json"]:
            self.stdout.write(json.dumps(analysis.as_json(), indent=2, ensure_ascii=False))
        else:
            self.stdout.write(report(analysis, title=path.name))

    def _read(self, path: Path) -> list[Any]:
        from fanfold.analysis.sources import read_path

        if not path.exists():
            raise CommandError(f"No such file: {path}")
        if path.is_dir():
            raise CommandError(f"{path} is a folder; give a .txt, .html, .md or .epub file")
        try:
            chapters = read_path(path)
        except ValueError as error:  # its message names the file and what is wrong
            raise CommandError(str(error)) from error
        except OSError as error:
            raise CommandError(f"Can't read {path}: {error.strerror or error}") from error
        if not chapters:
            raise CommandError(f"{path} holds no text to analyse")
        return chapters

    def _dictionary(self, tags: str | None) -> TagDictionary:
        if tags:
            try:
                with open(tags, encoding="utf-8-sig", newline="") as stream:
                    return TagDictionary.from_csv(stream)
            except OSError as error:
                raise CommandError(f"Can't read {tags}: {error.strerror or error}") from error
            except UnicodeDecodeError as error:
                raise CommandError(f"{tags} isn't UTF-8 text: {error}") from error
        from fanfold.suggestions.dictionary import archive_dictionary

        try:
            return archive_dictionary()
        except DatabaseError as error:
            from django.conf import settings

            raise CommandError(
                f"Can't read the archive's tags in {settings.DATA_DIR} (has `fanfold migrate` "
                "been run there? Set FANFOLD_DATA_DIR to the archive's data directory, or run "
                "from the directory that holds its `var`); or pass --tags FILE.csv to use a "
                f"dictionary file instead. ({error})"
            ) from error


# The readable report -------------------------------------------------------------------


def _quote(text: str, width: int = 300) -> str:
    flat = " ".join(text.split())
    return f"“{flat if len(flat) <= width else flat[: width - 1] + '…'}”"


def _sure(suggestion: Suggestion) -> str:
    return f"{confidence_word(suggestion.confidence)}, {suggestion.confidence:.2f}"


def _where(chapter: int, source: str, many: bool) -> str:
    parts = [f"chapter {chapter + 1}"] if many else []
    if source == "notes":
        parts.append("notes")
    return f" ({', '.join(parts)})" if parts else ""


def _evidence(suggestion: Suggestion, many: bool, indent: str = "    ") -> list[str]:
    lines = []
    for evidence in suggestion.evidence[:EVIDENCE_SHOWN]:
        where = _where(evidence.chapter, evidence.source, many)
        lines.append(f"{indent}- {_quote(evidence.text)}{where}")
    if len(suggestion.evidence) > EVIDENCE_SHOWN:
        lines.append(f"{indent}  (and {len(suggestion.evidence) - EVIDENCE_SHOWN} more)")
    return lines


def _section(title: str, suggestions: tuple[Suggestion, ...], many: bool) -> list[str]:
    lines = ["", f"{title}:"]
    if not suggestions:
        return [*lines, "  none"]
    for suggestion in suggestions:
        count = f"{suggestion.count} mention{'s' if suggestion.count != 1 else ''}, "
        lines.append(
            f"  {suggestion.name} ({count if suggestion.count else ''}{_sure(suggestion)})"
        )
        lines.extend(_evidence(suggestion, many))
    return lines


def _noted(noted: tuple[Suggestion, ...], many: bool) -> list[str]:
    lines = ["", "Warned of in the author's notes (add the warning or tag if it applies):"]
    for suggestion in noted:
        label = suggestion.name
        if label in NOTE_TAGS:
            label = f"{label} (as Additional Tags: {', '.join(NOTE_TAGS[label])})"
        lines.append(f"  {label}")
        lines.extend(_evidence(suggestion, many))
    return lines


def _stats(label: str, stats: TextStats) -> str:
    return (
        (
            f"  {label}: {stats.words:,} words, {stats.reading_minutes} min to read, "
            f"{stats.pov} person, {stats.tense} tense, "
            f"{round(stats.dialogue_share * 100)}% dialogue"
        )
        .replace("unknown person", "point of view unclear")
        .replace("unknown tense", "tense unclear")
    ) + ("" if stats.english else ", not in English (not read)")


def _note(note: AuthorNote, many: bool) -> str:
    place = {"start": "at the start", "end": "at the end", "field": "in the notes"}[note.position]
    chapter = f"chapter {note.chapter + 1}, " if many else ""
    return f"  {chapter}{place}: {_quote(note.text)}"


def report(analysis: Analysis, *, title: str = "") -> str:
    many = len(analysis.chapters) > 1
    rating = analysis.rating
    lines = [f"Suggestions for {title}" if title else "Suggestions", ""]
    unread = [i + 1 for i in analysis.unread]
    if unread:
        which = (
            "the text"
            if len(analysis.chapters) == 1
            else "chapter" + ("s " if len(unread) > 1 else " ") + ", ".join(map(str, unread))
        )
        lines += [
            f"Not in English, so not read for a rating, warnings or content notes: {which}.",
            "",
        ]
    if analysis.read_nothing:
        lines.append("Suggested rating: none (nothing was read)")
    else:
        lines.append(f"Suggested rating: {rating.name} ({_sure(rating)})")
    if rating.reasons:
        lines.append(f"  because of {'; '.join(rating.reasons)}")
    lines.extend(_evidence(rating, many))

    lines.extend(_section("Archive warnings", analysis.warnings, many))

    lines += ["", "Content notes:"]
    if not analysis.notes:
        lines.append("  none")
    if not analysis.read_nothing:
        lines.append(f"  ({LIMITS})")
    for note in analysis.notes:
        tags = ", ".join(note_tags(note) or NOTE_TAGS.get(note.name, ()))
        lines.append(f"  {note.name} ({_sure(note)}; as Additional Tags: {tags})")
        for why in (READER_REASON, DEATH_IN_PASSING):
            if why in note.reasons:
                lines.append(f"    ({why})")
        lines.extend(_evidence(note, many))

    lines.extend(_section("Fandoms", analysis.fandoms, many))
    lines.extend(_section("Characters", analysis.characters, many))
    lines.extend(_section("Relationships", analysis.relationships, many))

    lines += ["", "Author's notes:"]
    lines.extend([_note(n, many) for n in analysis.author_notes] or ["  none"])

    lines.extend(_section("Spoilers", analysis.spoilers, many))
    if analysis.noted:
        # Not from the story: the author's own warnings, which a reader will meet too.
        lines.extend(_noted(analysis.noted, many))

    lines += ["", "Stats:", _stats("Whole text", analysis.stats)]
    if many:
        lines.extend(_stats(f"Chapter {i + 1}", c) for i, c in enumerate(analysis.chapters))
    lines += ["", f"Trained reader: {READER.get(analysis.reader, analysis.reader)}"]
    return "\n".join(lines) + "\n"
