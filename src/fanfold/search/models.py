"""What the search engines index: one document per work, in plain text, prepared by
search.index. The engine-specific parts are added by vendor-conditional migrations:

- SQLite: the FTS5 table `search_fts`, an external-content index over SearchDocument
  kept in step by triggers (so a deleted document, or a deleted work's cascade, can
  never leave a stale row). Django rebuilds a SQLite table to alter it, which drops its
  triggers: a migration changing SearchDocument must create them again
  (see migrations/0002_sqlite_fts5.py).
- PostgreSQL: a generated, weighted `vector` column with a GIN index on SearchDocument
  and on SearchBodySegment. The chapter text lives in segments there, so no tsvector
  nears its 1 MB limit and phrase positions (counted up to 16,383 per vector) stay exact.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Lookup

from fanfold.works.models import Work


class SearchDocument(models.Model):
    work = models.OneToOneField(
        Work, primary_key=True, on_delete=models.CASCADE, related_name="search_document"
    )
    title = models.TextField(blank=True)
    # Pseud names; empty for anonymous works, so they can't be found or shown.
    creators = models.TextField(blank=True)
    # Each tag as typed, its canonical tag and their parents, one per line.
    tags = models.TextField(blank=True)
    summary = models.TextField(blank=True)
    # Work and chapter notes, beginning and end.
    notes = models.TextField(blank=True)
    # Chapter titles and text (SQLite only; PostgreSQL keeps it in SearchBodySegment).
    body = models.TextField(blank=True)

    def __str__(self) -> str:
        return f"search document of {self.work_id}"


class SearchBodySegment(models.Model):
    """A stretch of a work's chapter text (PostgreSQL only; empty on SQLite)."""

    document = models.ForeignKey(
        SearchDocument, on_delete=models.CASCADE, db_column="work_id", related_name="segments"
    )
    position = models.PositiveIntegerField()
    text = models.TextField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["document", "position"], name="search_segment_unique"),
        ]

    def __str__(self) -> str:
        return f"segment {self.position} of {self.document_id}"


class FtsMatchField(models.TextField):
    """The FTS5 table's hidden column named after the table: what MATCH and bm25() take."""


@FtsMatchField.register_lookup
class FtsMatch(Lookup):
    lookup_name = "match"

    def as_sql(self, compiler, connection):  # type: ignore[no-untyped-def]
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} MATCH {rhs}", [*lhs_params, *rhs_params]


class FtsEntry(models.Model):
    """A row of the SQLite FTS5 table, so a works query can join it and rank by bm25
    in one pass. Unmanaged: the table is created by migration on SQLite only."""

    work = models.OneToOneField(
        Work,
        primary_key=True,
        db_column="rowid",
        db_constraint=False,
        on_delete=models.DO_NOTHING,
        related_name="search_fts",
    )
    document = FtsMatchField(db_column="search_fts")

    class Meta:
        managed = False
        db_table = "search_fts"

    def __str__(self) -> str:
        return f"fts entry of {self.work_id}"
