"""PostgreSQL: weighted tsvector documents (A title, B tags and creators, C summary,
D notes) and body segments, each with a GIN index; ts_rank_cd; ts_headline only for
the works of the page being shown."""

from __future__ import annotations

import multiprocessing
import os
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.db import connection, connections
from django.db.models import BooleanField, FloatField, OuterRef, QuerySet, Subquery, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce

from fanfold.works.models import Work

from ..index import BATCH, DocumentText
from ..models import SearchBodySegment, SearchDocument
from ..query import ParsedQuery, Term
from ..text import SEP, prepare_text
from .base import ELLIPSIS, FIELD_COLUMNS, START, STOP, BaseBackend, snippet_html

CONFIG = "fanfold_search"
# SQL functions of migrations/0003_postgres_tsvector.py: one separates ASCII
# punctuation from words, the other steers the planner to the GIN indexes.
WORDS = "fanfold_search_words"
CHECKED = "fanfold_search_checked"
# ts_rank_cd weights for D, C, B, A. Ranks are scaled to rank/(rank + 1) (flag 32), so
# one title match (0.5) beats tags (0.29), summary (0.17) and notes (0.09), and the
# text, counted at BODY_FACTOR, stays below them all (under 0.05).
DOC_WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"
# For very common words: each weight class the words are found in, as SQLite's column
# weights (title; creators and tags; summary; notes), the text counting 1.
FIELD_WEIGHTS = (("a", 10_000), ("b", 1_000), ("c", 100), ("d", 10))
BODY_FACTOR = 0.05
# The document's own fields; the body goes to segments.
FIELDS = ["work_id", "title", "creators", "tags", "summary", "notes"]
# Short segments (about 500 words): a tsvector counts word positions only up to 16,383
# and holds at most 1 MB; and PostgreSQL confirms a phrase by reading the vector of
# every segment that has all its words, which short segments rarely have by chance.
# Segments overlap a little, so a phrase across a boundary is still found.
SEGMENT_CHARS = 3_000
SEGMENT_OVERLAP = 150
# As created by the migration.
GIN_INDEXES = {
    "search_document_vector": ("search_searchdocument", "vector"),
    "search_segment_vector": ("search_searchbodysegment", "vector"),
}
HEADLINE_OPTIONS = (
    f"StartSel={START}, StopSel={STOP}, MaxWords=30, MinWords=12, ShortWord=0, "
    f'MaxFragments=2, FragmentDelimiter=" {ELLIPSIS} "'
)
# Where a snippet comes from when the body doesn't match, in the FTS5 table's order.
SNIPPET_COLUMNS = ("title", "creators", "tags", "summary", "notes")


def tsquery(term: Term) -> tuple[str, list[str]]:
    # phraseto_tsquery reads its argument as text, never as tsquery syntax.
    return f"phraseto_tsquery('{CONFIG}', {WORDS}(%s))", [prepare_text(term.text)]


def matching_works(term: Term, since: int | None = None) -> tuple[str, list[Any]]:
    """SQL for the ids of works matching one term (of ids from `since` up, if given)."""
    query, params = tsquery(term)
    newer, newer_params = (" AND work_id >= %s", [since]) if since is not None else ("", [])
    documents = (
        f"SELECT work_id FROM search_searchdocument WHERE vector @@ {query}"
        f" AND {CHECKED}(work_id){newer}"
    )
    if term.field:
        # The GIN index finds candidates; the field's own text confirms.
        column = FIELD_COLUMNS[term.field]
        return (
            f"{documents} AND to_tsvector('{CONFIG}', {WORDS}({column})) @@ {query}",
            [*params, *newer_params, *params],
        )
    return (
        f"{documents} UNION SELECT work_id FROM search_searchbodysegment"
        f" WHERE vector @@ {query} AND {CHECKED}(work_id){newer}",
        [*params, *newer_params, *params, *newer_params],
    )


def any_of(terms: Sequence[Term]) -> tuple[str, list[str]]:
    parts = [tsquery(t) for t in terms]
    return "(" + " || ".join(sql for sql, _ in parts) + ")", [p for _, ps in parts for p in ps]


def segments(body: str) -> list[str]:
    """The body cut into segments at a space (or a CJK separator) near SEGMENT_CHARS,
    each starting with the end of the one before."""
    result: list[str] = []
    start = 0
    while start < len(body):
        end = min(start + SEGMENT_CHARS, len(body))
        if end < len(body):
            cut = max(body.rfind(" ", end - 1000, end), body.rfind(SEP, end - 1000, end))
            end = cut if cut > start else end
        overlap = ""
        if start:
            tail = body[max(0, start - SEGMENT_OVERLAP) : start]
            breaks = [i for i in (tail.find(" "), tail.find(SEP)) if i >= 0]
            overlap = tail[min(breaks, default=0) :]
        result.append(overlap + body[start:end])
        start = end
    return result


# A bulk (re)build of this many works or more runs in one process per core: gathering
# each work's text is Python's work and computing its vectors the server's, and one
# process alone keeps only one of them busy at a time.
PARALLEL_FROM = 20_000


def _index_in_parallel(ids: list[int]) -> None:
    batches = [ids[start : start + BATCH] for start in range(0, len(ids), BATCH)]
    # Each process opens its own connection; none may share the parent's.
    connections.close_all()
    jobs = max(2, os.cpu_count() or 2)
    with multiprocessing.get_context("fork").Pool(jobs, initializer=_own_connections) as pool:
        for _ in pool.imap_unordered(_index_batch, batches, chunksize=4):
            pass


def _own_connections() -> None:
    """In a forked process: forget any connection inherited from the parent, without
    closing it (that would close the parent's), so this process opens its own. Two
    processes talking over one socket read each other's answers."""
    for conn in connections.all(initialized_only=True):
        conn.connection = None
        conn.in_atomic_block = False
        conn.savepoint_ids = []
        conn.needs_rollback = False
        conn.closed_in_transaction = False
        conn.run_on_commit = []


def _index_batch(ids: list[int]) -> None:
    from . import get_backend

    get_backend().index(ids)


class PostgresBackend(BaseBackend):
    def _store(self, work_ids: list[int], documents: list[DocumentText]) -> None:
        # The vectors are generated columns: PostgreSQL computes them on insert and
        # update. A work's fields and its text are each rewritten only if they changed.
        stored = {d.work_id: d for d in SearchDocument.objects.filter(work_id__in=work_ids)}
        # Only a stored document has segments. Asking for nothing when nothing is
        # stored also keeps a bulk build from querying a table that grows faster than
        # its statistics (PostgreSQL then scans it all, batch after batch).
        stored_segments: dict[int, list[str]] = defaultdict(list)
        for work_id, text in (
            SearchBodySegment.objects.filter(document_id__in=list(stored))
            .order_by("document_id", "position")
            .values_list("document_id", "text")
        ):
            stored_segments[work_id].append(text)
        SearchDocument.objects.filter(
            work_id__in=set(stored) - {d.work_id for d in documents}
        ).delete()

        rows = [SearchDocument(**{f: getattr(d, f) for f in FIELDS}) for d in documents]
        SearchDocument.objects.bulk_create(r for r in rows if r.work_id not in stored)
        changed = [
            r
            for r in rows
            if r.work_id in stored
            and any(getattr(r, f) != getattr(stored[r.work_id], f) for f in FIELDS)
        ]
        SearchDocument.objects.bulk_update(changed, FIELDS[1:])

        texts = {d.work_id: segments(d.body) for d in documents}
        rewritten = [i for i, parts in texts.items() if parts != stored_segments.get(i, [])]
        SearchBodySegment.objects.filter(
            document_id__in=[i for i in rewritten if i in stored]
        ).delete()
        SearchBodySegment.objects.bulk_create(
            (
                SearchBodySegment(document_id=i, position=n, text=text)
                for i in rewritten
                for n, text in enumerate(texts[i], start=1)
            ),
            batch_size=500,
        )

    def rebuild(self) -> int:
        if SearchDocument.objects.exists():
            return super().rebuild()
        # An empty index (a new archive, a bulk load): building the GIN indexes once at
        # the end is much faster than updating them document by document.
        with connection.cursor() as cursor:
            for name in GIN_INDEXES:
                cursor.execute(f"DROP INDEX IF EXISTS {name}")
        try:
            ids = list(Work.objects.order_by("pk").values_list("pk", flat=True))
            if len(ids) < PARALLEL_FROM:
                self.index(ids)
            else:
                _index_in_parallel(ids)
            self._tidy()
            return len(ids)
        finally:
            with connection.cursor() as cursor:
                # Inside a transaction, deferred foreign key checks must run first.
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
                for name, (table, column) in GIN_INDEXES.items():
                    cursor.execute(
                        f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin ({column})"
                    )
                cursor.execute("SET CONSTRAINTS ALL DEFERRED")

    def _tidy(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE search_searchdocument, search_searchbodysegment")

    def filter(self, works: QuerySet[Work], query: ParsedQuery) -> QuerySet[Work]:
        if not query.required:
            excluded = [matching_works(t) for t in query.excluded]
            if excluded:
                sql = " UNION ".join(f"({s})" for s, _ in excluded)
                works = works.exclude(pk__in=RawSQL(sql, [p for _, ps in excluded for p in ps]))
            return works.annotate(search_rank=Value(0.0, output_field=FloatField()))
        matching = works.filter(pk__in=self._matching(query))
        # Words in many works: rank only the newest window of matches (those passing
        # the other filters), by the fields they match in. PostgreSQL confirms each
        # match by reading its vectors, so every later query (the count, the page, the
        # facets) is also kept to the window's ids.
        window = settings.WORKS_COUNT_LIMIT
        edge = matching.order_by("-pk").values_list("pk", flat=True)[window : window + 1].first()
        if edge is not None:
            return works.filter(pk__in=self._matching(query, since=edge)).annotate(
                search_rank=self._field_rank(query)
            )
        works = matching

        # Correlated subqueries: only the matches are ranked. `vector` is unqualified
        # so it names the subquery's own table, however Django aliases it.
        ranked, rank_params = any_of(query.required)
        doc_rank = (
            SearchDocument.objects.filter(work_id=OuterRef("pk"))
            .annotate(r=RawSQL(f"ts_rank_cd('{DOC_WEIGHTS}', vector, {ranked}, 32)", rank_params))
            .values("r")[:1]
        )
        matching_segment = RawSQL(f"vector @@ {ranked}", rank_params, output_field=BooleanField())
        # The text's rank is that of its first matching segment: the best one would
        # mean ranking every segment of every match, seconds for very common words.
        body_rank = (
            SearchBodySegment.objects.filter(matching_segment, document_id=OuterRef("pk"))
            .order_by("position")
            .annotate(r=RawSQL(f"ts_rank_cd(vector, {ranked}, 32)", rank_params))
            .values("r")[:1]
        )
        return works.annotate(
            search_rank=Coalesce(Subquery(doc_rank, output_field=FloatField()), 0.0)
            + BODY_FACTOR * Coalesce(Subquery(body_rank, output_field=FloatField()), 0.0)
        )

    def _matching(self, query: ParsedQuery, since: int | None = None) -> RawSQL:
        required = [matching_works(t, since) for t in query.required]
        excluded = [matching_works(t, since) for t in query.excluded]
        sql = " INTERSECT ".join(f"({s})" for s, _ in required)
        sql += "".join(f" EXCEPT ({s})" for s, _ in excluded)
        return RawSQL(sql, [p for _, ps in required + excluded for p in ps])

    def _field_rank(self, query: ParsedQuery) -> Coalesce:
        """The weight of each field a search word matches in (FIELD_WEIGHTS: the
        document vector's weight classes), summed, plus one for the text."""
        cases, params = [], []
        for term in query.required:
            if term.field:
                continue  # every match has it in that field
            ranked, term_params = tsquery(term)
            for label, weight in FIELD_WEIGHTS:
                cases.append(
                    f"CASE WHEN ts_filter(vector, '{{{label}}}') @@ {ranked}"
                    f" THEN {weight} ELSE 0 END"
                )
                params += term_params
        rank = SearchDocument.objects.filter(work_id=OuterRef("pk")).annotate(
            r=RawSQL(" + ".join(["1.0", *cases]), params)
        )
        return Coalesce(Subquery(rank.values("r")[:1], output_field=FloatField()), 1.0)

    def snippets(self, work_ids: Sequence[int], query: ParsedQuery) -> dict[int, str]:
        result: dict[int, str] = dict.fromkeys(work_ids, "")
        ids = list(work_ids)
        if not ids:
            return result
        with connection.cursor() as cursor:
            # The best matching body segment of each work...
            anywhere = [t for t in query.required if t.field is None]
            if anywhere:
                ranked, params = any_of(anywhere)
                cursor.execute(
                    f"SELECT DISTINCT ON (work_id) work_id,"
                    f" ts_headline('{CONFIG}', {WORDS}(text), {ranked}, %s)"
                    f" FROM search_searchbodysegment"
                    f" WHERE work_id = ANY(%s) AND vector @@ {ranked}"
                    f" ORDER BY work_id, ts_rank_cd(vector, {ranked}) DESC, position",
                    [*params, HEADLINE_OPTIONS, ids, *params, *params],
                )
                for work_id, marked in cursor.fetchall():
                    result[work_id] = snippet_html(marked)
            # ...else the first field of the document matching a term meant for it.
            rest = [i for i in ids if not result[i]]
            cases, case_params = [], []
            for column in SNIPPET_COLUMNS:
                terms = [
                    t for t in query.required if t.field is None or FIELD_COLUMNS[t.field] == column
                ]
                if terms:
                    ranked, params = any_of(terms)
                    cases.append(
                        f"WHEN to_tsvector('{CONFIG}', {WORDS}({column})) @@ {ranked}"
                        f" THEN ts_headline('{CONFIG}', {WORDS}({column}), {ranked}, %s)"
                    )
                    case_params += [*params, *params, HEADLINE_OPTIONS]
            if rest and cases:
                cursor.execute(
                    f"SELECT work_id, CASE {' '.join(cases)} ELSE '' END"
                    f" FROM search_searchdocument WHERE work_id = ANY(%s)",
                    [*case_params, rest],
                )
                for work_id, marked in cursor.fetchall():
                    result[work_id] = snippet_html(marked)
        return result
