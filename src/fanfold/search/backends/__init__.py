"""One search interface, two engines: SQLite FTS5 for the embedded default, PostgreSQL
tsvector + GIN when DATABASE_URL points at PostgreSQL. Pages, feeds and the API call
`get_backend()` and never care which one answers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.db.models import QuerySet

from fanfold.works.models import Work

from ..query import ParsedQuery


class SearchBackend(Protocol):
    def index(self, work_ids: Iterable[int]) -> None:
        """(Re)build the documents of these works; a work that no longer exists loses its."""

    def remove(self, work_ids: Iterable[int]) -> None: ...

    def rebuild(self) -> int:
        """Index every work; returns how many."""

    def filter(self, works: QuerySet[Work], query: ParsedQuery) -> QuerySet[Work]:
        """Narrow `works` (never widen: visibility is the caller's) to the matches, and
        annotate `search_rank`, higher for better matches. An empty query keeps all."""

    def snippets(self, work_ids: Sequence[int], query: ParsedQuery) -> dict[int, str]:
        """For each id, safe HTML: escaped text around the matches, which are in <mark>;
        "" when there is nothing to show."""


_backends: dict[str, SearchBackend] = {}


def get_backend() -> SearchBackend:
    vendor = connection.vendor
    if vendor not in _backends:
        if vendor == "postgresql":
            from .postgres import PostgresBackend

            _backends[vendor] = PostgresBackend()
        elif vendor == "sqlite":
            from .sqlite import SqliteBackend

            _backends[vendor] = SqliteBackend()
        else:
            raise ImproperlyConfigured(
                f"Fanfold searches on SQLite or PostgreSQL, not on {vendor}."
            )
    return _backends[vendor]
