"""The text of each work's search document, gathered from works, chapters, creators and
tags. works.services.works_derived_refresh calls index_works after every change."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import QuerySet

from fanfold.core.text import TextFormat, html_to_text, render_text
from fanfold.tags.models import Tag
from fanfold.works.filtering import ancestors
from fanfold.works.models import Chapter, Creatorship, Work, WorkTag

from .text import prepare_text

# How much of each field is searchable. The body limit keeps re-indexing a huge work
# (500 chapters of 510,000 characters) to a second; 2,000,000 characters is about
# 350,000 English words. Notes and summaries of hundreds of chapters add up too.
BODY_LIMIT = 2_000_000
SUMMARY_LIMIT = 20_000
NOTES_LIMIT = 100_000
# Works per batch when indexing many: bounds memory and each write.
BATCH = 100


@dataclass
class DocumentText:
    work_id: int
    title: str = ""
    creators: str = ""
    tags: str = ""
    summary: str = ""
    notes: str = ""
    body: str = ""


class _Field:
    """Text parts gathered up to a limit of characters."""

    def __init__(self, limit: int) -> None:
        self.parts: list[str] = []
        self.room = limit

    def add(self, text: str) -> None:
        if text and self.room > 0:
            text = text[: self.room]
            self.parts.append(text)
            self.room -= len(text) + 2

    @property
    def full(self) -> bool:
        return self.room <= 0

    def text(self) -> str:
        return prepare_text("\n\n".join(self.parts))


def index_works(work_ids: Iterable[int]) -> None:
    """Bring these works' search documents up to date (a deleted work's goes with it)."""
    from .backends import get_backend

    get_backend().index(work_ids)


def documents_for(work_ids: Iterable[int]) -> list[DocumentText]:
    """The search documents of these works (works that don't exist are skipped)."""
    ids = sorted(set(work_ids))
    works = Work.objects.filter(pk__in=ids).values_list(
        "id", "title", "summary", "notes", "endnotes", "anonymous", "text_format"
    )
    formats: dict[int, TextFormat] = {}
    anonymous_ids: set[int] = set()
    summaries: dict[int, _Field] = {}
    notes: dict[int, _Field] = {}
    documents: dict[int, DocumentText] = {}
    for work_id, title, summary, note, endnote, anonymous, text_format in works:
        formats[work_id] = "markdown" if text_format == "markdown" else "html"
        documents[work_id] = DocumentText(work_id, title=prepare_text(title))
        summaries[work_id] = _Field(SUMMARY_LIMIT)
        summaries[work_id].add(_plain(summary, formats[work_id]))
        notes[work_id] = _Field(NOTES_LIMIT)
        notes[work_id].add(_plain(note, formats[work_id]))
        notes[work_id].add(_plain(endnote, formats[work_id]))
        if anonymous:
            anonymous_ids.add(work_id)
    found = list(documents)

    creators: dict[int, list[str]] = defaultdict(list)
    for work_id, name in _credited(found):
        if work_id not in anonymous_ids and name not in creators[work_id]:
            creators[work_id].append(name)
    tags = _tag_names(found)

    bodies = {work_id: _Field(BODY_LIMIT) for work_id in found}
    chapters = (
        Chapter.objects.filter(work_id__in=found, posted=True)
        .order_by("work_id", "position")
        .values_list("work_id", "title", "summary", "notes", "endnotes", "text_html")
    )
    for work_id, title, summary, note, endnote, text_html in chapters.iterator(chunk_size=50):
        summaries[work_id].add(_plain(summary, formats[work_id]))
        notes[work_id].add(_plain(note, formats[work_id]))
        notes[work_id].add(_plain(endnote, formats[work_id]))
        body = bodies[work_id]
        if not body.full:
            body.add(title)
            body.add(html_to_text(text_html[: body.room * 2]))

    for work_id, document in documents.items():
        document.creators = prepare_text("\n".join(creators[work_id]))
        document.tags = prepare_text("\n".join(tags[work_id]))
        document.summary = summaries[work_id].text()
        document.notes = notes[work_id].text()
        document.body = bodies[work_id].text()
    return list(documents.values())


def _plain(value: str, text_format: TextFormat) -> str:
    if not value or not value.strip():
        return ""
    return html_to_text(render_text(value, text_format))


def _credited(work_ids: list[int]) -> QuerySet[Creatorship, tuple[int, str]]:
    return (
        Creatorship.objects.filter(work_id__in=work_ids, approved=True)
        .order_by("work_id", "created_at", "id")
        .values_list("work_id", "pseud__name")
    )


def _tag_names(work_ids: list[int]) -> dict[int, list[str]]:
    """Each tag as typed, its canonical tag, and all their ancestors: a search for the
    canonical form or a metatag finds a work tagged with a synonym or a sub-tag."""
    rows = list(
        WorkTag.objects.filter(work_id__in=work_ids)
        .order_by("work_id", "position")
        .values_list("work_id", "tag__name", "tag_id", "tag__merger_id")
    )
    canonical = {merger_id or tag_id for _, _, tag_id, merger_id in rows}
    ups = ancestors(canonical)
    wanted = canonical.union(*ups.values()) if ups else canonical
    names = dict(Tag.objects.filter(pk__in=wanted).values_list("id", "name"))
    result: dict[int, list[str]] = defaultdict(list)
    for work_id, name, tag_id, merger_id in rows:
        main = merger_id or tag_id
        for each in (name, names.get(main, ""), *(names[t] for t in sorted(ups[main]))):
            if each and each not in result[work_id]:
                result[work_id].append(each)
    return result
