"""SQLite FTS5: one row per work in `search_fts` (external content: SearchDocument),
unicode61 tokenizer folding case and accents, bm25 with column weights, snippet()."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.db import connection
from django.db.models import Case, F, FloatField, Func, QuerySet, Value, When
from django.db.models.expressions import RawSQL

from fanfold.works.models import Work

from ..index import DocumentText
from ..models import SearchDocument
from ..query import ParsedQuery, Term
from ..text import prepare_text
from .base import ELLIPSIS, FIELD_COLUMNS, START, STOP, BaseBackend, snippet_html

FIELDS = [f.name for f in dataclasses.fields(DocumentText)]
# bm25 weights in the table's column order: title, creators, tags, summary, notes, body.
# A word's bm25 score in one column is at most 2.2 times its weight and rarely under a
# fifth of it, so weights ten apart rank a match in a weightier field first.
WEIGHTS = (10_000.0, 1_000.0, 1_000.0, 100.0, 10.0, 1.0)
COLUMNS = ("title", "creators", "tags", "summary", "notes")
BODY_COLUMN = 5
SNIPPET_TOKENS = 24


def fts_term(term: Term) -> str:
    """A term as an FTS5 phrase: quoted, so nothing in it is an operator."""
    phrase = '"' + prepare_text(term.text).replace('"', '""') + '"'
    return f"{FIELD_COLUMNS[term.field]} : {phrase}" if term.field else phrase


def all_of(terms: Sequence[Term]) -> str:
    return " AND ".join(fts_term(t) for t in terms)


def any_of(terms: Sequence[Term]) -> str:
    return " OR ".join(fts_term(t) for t in terms)


class SqliteBackend(BaseBackend):
    def _store(self, work_ids: list[int], documents: list[DocumentText]) -> None:
        # The triggers on SearchDocument write the FTS5 index: a changed document is
        # deleted and inserted again (FTS5 re-reads the whole row either way).
        stored = {
            row.work_id: DocumentText(**{f: getattr(row, f) for f in FIELDS})
            for row in SearchDocument.objects.filter(work_id__in=work_ids)
        }
        fresh = [d for d in documents if stored.get(d.work_id) != d]
        kept = {d.work_id for d in documents} - {d.work_id for d in fresh}
        SearchDocument.objects.filter(work_id__in=set(stored) - kept).delete()
        SearchDocument.objects.bulk_create(
            SearchDocument(**{f: getattr(d, f) for f in FIELDS}) for d in fresh
        )

    def _tidy(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")

    def filter(self, works: QuerySet[Work], query: ParsedQuery) -> QuerySet[Work]:
        if not query.required:
            if query.excluded:
                matching = RawSQL(
                    "SELECT rowid FROM search_fts WHERE search_fts MATCH %s",
                    [any_of(query.excluded)],
                )
                works = works.exclude(pk__in=matching)
            return works.annotate(search_rank=Value(0.0, output_field=FloatField()))
        expression = all_of(query.required)
        if query.excluded:
            expression = f"({expression}) NOT ({any_of(query.excluded)})"
        # A join, not a subquery, so FTS5 computes bm25 once per match.
        matching = works.filter(search_fts__document__match=expression)
        if not self._common(expression):
            bm25 = Func(
                F("search_fts__document"),
                *(Value(w) for w in WEIGHTS),
                function="bm25",
                output_field=FloatField(),
            )
            return matching.annotate(search_rank=bm25 * Value(-1.0))
        # Words in many works: rank the newest window of matches (those passing the
        # other filters) by the fields they match in, newest first within a field.
        window = settings.WORKS_COUNT_LIMIT
        edge = (
            matching.order_by("-search_fts__pk")
            .values_list("pk", flat=True)[window : window + 1]
            .first()
        )
        if edge is not None:
            matching = matching.filter(search_fts__pk__gte=edge)
        return matching.annotate(search_rank=self._field_rank(query, edge or 0))

    def _common(self, expression: str) -> bool:
        """Whether more works match than a window holds. bm25 weighs a phrase by how
        rare it is, which FTS5 learns by finding every match: half a second for a
        phrase in 200,000 works of a million, however few of them a page's filters
        keep. Finding whether there are more than a window's worth takes milliseconds:
        FTS5 walks its matches and stops there (in index order: walking backwards means
        reading a common word's whole list first). Only works anyone may see are
        counted, so which way a list is ranked tells nothing of drafts or of
        restricted works."""
        public = (
            Work.objects.filter(posted=True, restricted=False)
            .filter(search_fts__document__match=expression)
            .order_by()
        )
        return public.values_list("pk", flat=True)[settings.WORKS_COUNT_LIMIT :].exists()

    def _field_rank(self, query: ParsedQuery, edge: int) -> Any:
        """The weight of each field (WEIGHTS) a search word matches in, summed: what
        bm25 ranks first, without its count of every match. Each field is searched
        within the window only (rowid >= edge)."""
        rank: Any = Value(float(WEIGHTS[BODY_COLUMN]))
        for term in query.required:
            if term.field:
                continue  # every match has it in that field
            for column, weight in zip(COLUMNS, WEIGHTS, strict=False):
                in_column = RawSQL(
                    "SELECT rowid FROM search_fts WHERE search_fts MATCH %s AND rowid >= %s",
                    [f"{column} : {fts_term(term)}", edge],
                )
                rank = rank + Case(
                    When(pk__in=in_column, then=Value(weight)),
                    default=Value(0.0),
                    output_field=FloatField(),
                )
        return rank

    def snippets(self, work_ids: Sequence[int], query: ParsedQuery) -> dict[int, str]:
        result: dict[int, str] = dict.fromkeys(work_ids, "")
        if not query.required or not work_ids:
            return result
        # The body's excerpt when the text itself matches, else the best column's.
        marks = f"char({ord(START)}), char({ord(STOP)}), '{ELLIPSIS}', {SNIPPET_TOKENS}"
        placeholders = ", ".join(["%s"] * len(work_ids))
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid, snippet(search_fts, {BODY_COLUMN}, {marks}),"
                f" snippet(search_fts, -1, {marks})"
                f" FROM search_fts WHERE search_fts MATCH %s AND rowid IN ({placeholders})",
                [any_of(query.required), *work_ids],
            )
            for work_id, body, best in cursor.fetchall():
                result[work_id] = snippet_html(body if START in body else best)
        return result
