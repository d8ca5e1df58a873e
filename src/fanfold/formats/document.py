"""The work document: everything a downloaded file shows, as plain data.

The Django side fills it from a work the reader may see (visibility already applied),
with HTML already sanitised; every writer reads this and nothing else.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass, field

# Primary language subtags written right to left.
RTL_LANGUAGES = frozenset(
    {"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ps", "sd", "ug", "ur", "yi"}
)
# Well-formed BCP 47 in the shape archives use (language, script, region, variants,
# private use); anything else becomes "und" so the files stay valid.
_LANGUAGE_TAG = re.compile(
    r"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*"
    r"(-x(-[A-Za-z0-9]{1,8})+)?$"
)


def language_tag(value: str) -> str:
    value = value.strip().replace("_", "-")
    return value if _LANGUAGE_TAG.match(value) else "und"


def is_rtl(language: str) -> bool:
    return language_tag(language).split("-")[0].lower() in RTL_LANGUAGES


def identifier_for(source_url: str) -> str:
    """A stable urn:uuid for a work's address (site URL + work id)."""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, source_url)}"


@dataclass(frozen=True)
class Labels:
    """The words the files show around the story, in the reader's language.

    The Django side passes them translated; `{placeholders}` stay as they are.
    `locale` is the language they are written in: where it is not the work's, the
    files mark them so (an English header in an Arabic book reads left to right).
    """

    locale: str = "en"
    by: str = "by {creators}"
    anonymous: str = "Anonymous"
    rating: str = "Rating"
    warnings: str = "Archive Warnings"
    categories: str = "Categories"
    fandoms: str = "Fandoms"
    relationships: str = "Relationships"
    characters: str = "Characters"
    freeforms: str = "Additional Tags"
    language: str = "Language"
    series: str = "Series"
    series_part: str = "Part {position} of {series}"
    stats: str = "Stats"
    published: str = "Published"
    updated: str = "Updated"
    completed: str = "Completed"
    words: str = "Words"
    chapters: str = "Chapters"
    kudos: str = "Kudos"
    comments: str = "Comments"
    bookmarks: str = "Bookmarks"
    hits: str = "Hits"
    summary: str = "Summary"
    notes: str = "Notes"
    end_notes: str = "End Notes"
    chapter_summary: str = "Chapter Summary"
    chapter_notes: str = "Chapter Notes"
    chapter_end_notes: str = "Chapter End Notes"
    chapter: str = "Chapter {number}"
    chapter_titled: str = "Chapter {number}: {title}"
    contents: str = "Contents"
    title_page: str = "Title Page"
    afterword: str = "Afterword"
    posted_at: str = "Posted originally on {archive} at {url}."
    thanks: str = "Please drop by {archive} to let the creator know if you enjoyed their work."
    leave_kudos: str = "Leave kudos"
    leave_comment: str = "Leave a comment"
    image: str = "Image"


@dataclass(frozen=True)
class Tags:
    rating: str = ""
    warnings: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    fandoms: tuple[str, ...] = ()
    relationships: tuple[str, ...] = ()
    characters: tuple[str, ...] = ()
    freeforms: tuple[str, ...] = ()

    def all(self) -> tuple[str, ...]:
        ordered = (
            (self.rating,) if self.rating else (),
            self.warnings,
            self.categories,
            self.fandoms,
            self.relationships,
            self.characters,
            self.freeforms,
        )
        return tuple(dict.fromkeys(tag for group in ordered for tag in group if tag))


@dataclass(frozen=True)
class SeriesEntry:
    title: str
    position: int
    url: str = ""


@dataclass(frozen=True)
class Chapter:
    """One chapter; every HTML string is sanitised author HTML."""

    body: str
    title: str = ""
    summary: str = ""
    notes: str = ""
    end_notes: str = ""


@dataclass(frozen=True)
class WorkDocument:
    """A work as the reader may see it. HTML strings are sanitised author HTML."""

    title: str
    chapters: tuple[Chapter, ...]
    creators: tuple[str, ...] = ()
    anonymous: bool = False
    summary: str = ""
    notes: str = ""
    end_notes: str = ""
    tags: Tags = field(default_factory=Tags)
    language: str = "en"
    language_name: str = ""
    series: tuple[SeriesEntry, ...] = ()
    published: dt.date | None = None
    updated: dt.date | None = None
    # When the work last changed (its version); dcterms:modified and the zip dates.
    modified: dt.datetime | None = None
    words: int = 0
    expected_chapters: int | None = None
    kudos: int | None = None
    comments: int | None = None
    bookmarks: int | None = None
    hits: int | None = None
    source_url: str = ""
    archive_name: str = "Fanfold"
    identifier: str = ""
    labels: Labels = field(default_factory=Labels)

    def __post_init__(self) -> None:
        # An anonymous work never carries its creators' names: no writer can leak them.
        if self.anonymous and self.creators:
            object.__setattr__(self, "creators", ())

    @property
    def shown_creators(self) -> tuple[str, ...]:
        if self.anonymous or not self.creators:
            return (self.labels.anonymous,)
        return self.creators

    @property
    def byline(self) -> str:
        return ", ".join(self.shown_creators)

    @property
    def uid(self) -> str:
        if self.identifier:
            return self.identifier
        return identifier_for(self.source_url or f"fanfold:{self.title}:{self.published}")

    @property
    def lang(self) -> str:
        return language_tag(self.language)

    @property
    def rtl(self) -> bool:
        return is_rtl(self.language)

    @property
    def complete(self) -> bool:
        return self.expected_chapters == len(self.chapters)

    @property
    def modified_utc(self) -> dt.datetime:
        if self.modified is not None:
            moment = self.modified
        else:
            day = self.updated or self.published or dt.date(2000, 1, 1)
            moment = dt.datetime(day.year, day.month, day.day)
        if moment.tzinfo is not None:
            moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
        return moment.replace(microsecond=0)

    def chapter_heading(self, index: int) -> str:
        """ "Chapter 3: Title"; a one-shot is headed by its own title or the work's."""
        chapter = self.chapters[index]
        title = chapter.title.strip()
        if len(self.chapters) == 1:
            return title or self.title
        if title:
            return self.labels.chapter_titled.format(number=index + 1, title=title)
        return self.labels.chapter.format(number=index + 1)
