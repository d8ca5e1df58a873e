"""Tag suggestions while typing: canonical tags first, then synonyms, then tags nobody has
wrangled yet, each group by uses; a typed term matches the start of a tag's name or of
any word in it; characters, relationships and additional tags of the work's fandoms
come before the others.

The index is TagWord: wherever a word starts in a tag's key there is one row with that
first letter and one with the rest of the key from there (cut at WORD_LENGTH); these
rows exist once for all fandoms (fandom 0) and once more for each fandom the tag (or,
for a synonym, its canonical tag) belongs to. The lookup index is ordered (type, fandom,
word, tier, -uses, tag), the order suggestions are shown in, so:

- a one-letter term reads the first rows of its letter's bucket;
- a longer term is a range of that index (every key part starting with the term); a
  range of at most RANGE_CAP rows is ranked in Python, and a bigger one means the term
  is common, so walking its first letter's bucket in rank order and keeping the tags
  that also have a row in the range finds enough after a few rows.

Each case reads a bounded number of index entries, whatever the number of tags, on
SQLite and PostgreSQL alike (plain comparisons on an indexed column; the column uses
the "C" collation on PostgreSQL so ranges follow code points).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db import connection, transaction
from django.db.models import Exists, OuterRef, QuerySet

from .models import Tag, TagFandom, TagType, TagWord
from .naming import tag_key

WORD_LENGTH = 40
SUGGESTIONS = 15
# Measured at 1,000,000 tags: 500 is faster than 2000 on both databases.
RANGE_CAP = 500
# Fandoms named beyond this many are ignored (a work rarely has more).
MAX_FANDOMS = 5
# Tags that belong to fandoms; suggestions for these prefer the work's fandoms.
FANDOM_BOUND_TYPES = {TagType.CHARACTER, TagType.RELATIONSHIP, TagType.FREEFORM}


@dataclass(frozen=True)
class Suggestion:
    name: str
    uses: int
    canonical: bool
    synonym_of: str | None

    def as_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "uses": self.uses,
            "canonical": self.canonical,
            "synonym_of": self.synonym_of,
        }


# Building the index ------------------------------------------------------------------


def word_starts(key: str) -> list[int]:
    """Where the name starts, and every letter or digit that follows a non-letter."""
    return [i for i, ch in enumerate(key) if i == 0 or (ch.isalnum() and not key[i - 1].isalnum())]


def words_of(key: str) -> set[str]:
    words: set[str] = set()
    for start in word_starts(key):
        words.add(key[start])
        words.add(key[start : start + WORD_LENGTH])
    return words


def tier_of(*, canonical: bool, merger_id: int | None) -> int:
    if canonical:
        return 0
    return 1 if merger_id is not None else 2


Row = tuple[int, str, int, str, int, int]  # tag, type, fandom, word, tier, uses
INSERT = (
    "INSERT INTO tags_tagword (tag_id, type, fandom_id, word, tier, uses) "
    "VALUES (%s, %s, %s, %s, %s, %s)"
)


def _rows(
    tag_id: int,
    tag_type: str,
    key: str,
    canonical: bool,
    merger_id: int | None,
    uses: int,
    fandoms: Iterable[int],
) -> list[Row]:
    tier = tier_of(canonical=canonical, merger_id=merger_id)
    scopes = [0, *sorted(set(fandoms))] if tag_type in FANDOM_BOUND_TYPES else [0]
    return [
        (tag_id, tag_type, scope, word, tier, uses)
        for scope in scopes
        for word in sorted(words_of(key))
    ]


def _fandoms_of(owner_ids: Iterable[int]) -> dict[int, list[int]]:
    owners = sorted(set(owner_ids))
    found: dict[int, list[int]] = {}
    for start in range(0, len(owners), 500):
        links = TagFandom.objects.filter(tag_id__in=owners[start : start + 500])
        for tag_id, fandom_id in links.values_list("tag_id", "fandom_id"):
            found.setdefault(tag_id, []).append(fandom_id)
    return found


def tag_words_index(tags: Iterable[Tag]) -> None:
    """(Re)build the rows of these tags: after creating or renaming them, or changing
    the fandoms they (or their canonical tag) belong to."""
    tags = list(tags)
    if not tags:
        return
    fandoms = _fandoms_of(t.merger_id or t.pk for t in tags)
    TagWord.objects.filter(tag_id__in=[t.pk for t in tags]).delete()
    rows = [
        row
        for t in tags
        for row in _rows(
            t.pk,
            t.type,
            tag_key(t.name),
            t.canonical,
            t.merger_id,
            t.uses,
            fandoms.get(t.merger_id or t.pk, []),
        )
    ]
    with connection.cursor() as cursor:
        _write(cursor, rows)


def _write(cursor: Any, rows: list[Row]) -> None:
    if connection.vendor == "postgresql":
        # COPY: an order of magnitude faster than INSERTs for a million tags.
        columns = "tag_id, type, fandom_id, word, tier, uses"
        with cursor.copy(f"COPY tags_tagword ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
    else:
        cursor.executemany(INSERT, rows)


def tag_words_rebuild(*, batch: int = 5000) -> int:
    """Rebuild the whole index, e.g. after tags were bulk-loaded behind the services'
    back. Plain SQL on the columns of migration 0005, so that migration can use it.
    Returns the number of rows written."""
    written = 0
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM tags_tagword")
        cursor.execute("SELECT tag_id, fandom_id FROM tags_tagfandom")
        fandoms: dict[int, list[int]] = {}
        for tag_id, fandom_id in cursor.fetchall():
            fandoms.setdefault(tag_id, []).append(fandom_id)
        cursor.execute("SELECT id, type, key, canonical, merger_id, uses FROM tags_tag ORDER BY id")
        with connection.cursor() as writer:
            while chunk := cursor.fetchmany(batch):
                rows = [
                    row
                    for tag_id, tag_type, key, canonical, merger_id, uses in chunk
                    for row in _rows(
                        tag_id,
                        tag_type,
                        key,
                        bool(canonical),
                        merger_id,
                        uses,
                        fandoms.get(merger_id or tag_id, []),
                    )
                ]
                _write(writer, rows)
                written += len(rows)
    return written


# Reading it --------------------------------------------------------------------------


def _successor(text: str) -> str:
    """The smallest string greater than every string starting with text."""
    last = ord(text[-1]) + 1
    if 0xD800 <= last <= 0xDFFF:
        last = 0xE000
    if last > 0x10FFFF:
        return text + "\U0010ffff"
    return text[:-1] + chr(last)


def _matching(rows: QuerySet[TagWord], key: str) -> QuerySet[TagWord]:
    if len(key) == 1:
        return rows.filter(word=key)
    start = key[:WORD_LENGTH]
    return rows.filter(word__gte=start, word__lt=_successor(start))


Ranked = tuple[int, int, int]  # tier, -uses, tag: sorts in the order shown


def _best(tag_type: str, fandom: int, key: str, limit: int) -> list[Ranked]:
    """The best `limit` tags of this type (in this fandom, or 0 for all) for key."""
    bucket = TagWord.objects.filter(type=tag_type, fandom_id=fandom)
    columns = ("tier", "uses", "tag_id")
    if len(key) > 1:
        rows = list(_matching(bucket, key).values_list(*columns)[: RANGE_CAP + 1])
        if len(rows) <= RANGE_CAP:
            return sorted({(tier, -uses, tag) for tier, uses, tag in rows})[:limit]
        # A common term: walk its first letter's bucket in rank order instead.
        also = _matching(TagWord.objects.filter(tag_id=OuterRef("tag_id"), fandom_id=0), key)
        bucket = bucket.filter(Exists(also))
    letter = bucket.filter(word=key[0]).order_by("tier", "-uses", "tag_id")
    return [(tier, -uses, tag) for tier, uses, tag in letter.values_list(*columns)[:limit]]


def _fandom_ids(names: Sequence[str]) -> list[int]:
    keys = {tag_key(n) for n in names if n.strip()}
    if not keys:
        return []
    found = (
        Tag.objects.filter(type=TagType.FANDOM, key__in=keys)
        .order_by()
        .values_list("id", "merger_id")
    )
    return sorted({merger_id or tag_id for tag_id, merger_id in found})[:MAX_FANDOMS]


def _matches(key: str, term: str) -> bool:
    return any(key.startswith(term, start) for start in word_starts(key))


def tag_suggestions(
    *, type: str, term: str, fandoms: Sequence[str] = (), limit: int = SUGGESTIONS
) -> list[Suggestion]:
    """What to offer someone typing term into a field of this tag type; fandoms are the
    names already in the work's fandom field."""
    key = tag_key(term)
    if not key or type not in TagType.values:
        return []
    first: list[Ranked] = []
    if type in FANDOM_BOUND_TYPES:
        for fandom in _fandom_ids(fandoms):
            first.extend(_best(type, fandom, key, limit))
    ids = [tag for *_, tag in sorted(set(first))]
    ids += [tag for *_, tag in _best(type, 0, key, limit + len(ids)) if tag not in ids]
    ids = ids[:limit]
    tags = Tag.objects.select_related("merger").in_bulk(ids)
    found = [tags[t] for t in ids if t in tags]
    if len(key) > WORD_LENGTH:
        found = [t for t in found if _matches(t.key, key)]
    return [
        Suggestion(
            name=t.name,
            uses=t.uses,
            canonical=t.canonical,
            synonym_of=t.merger.name if t.merger is not None else None,
        )
        for t in found
    ]
