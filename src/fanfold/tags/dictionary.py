"""The tag dictionary: a CSV file of wrangled tags, `type,name,canonical,fandoms,parents`.

- type: fandom, character, relationship or freeform;
- canonical: empty for a canonical tag, or the name of the canonical tag (same type)
  this row is a synonym of;
- fandoms, parents: names separated by `|`; fandoms only for characters, relationships
  and freeforms; a synonym row has neither (they live on its canonical tag).

Import checks the whole file first and refuses it, naming every bad line, before
changing anything; then it applies the rows in one transaction through the same
wrangling actions as the pages (rows may come in any order), so the rules and the log
are the same. It only adds: a tag's other fandoms and parents are kept, and names are
matched by key without renaming. Running it twice changes nothing the second time.
Export writes every canonical tag and synonym in the same format.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TextIO

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Prefetch

from .autocomplete import tag_words_index
from .models import Tag, TagType
from .naming import clean_tag_name, tag_key
from .wrangling import (
    MakeCanonical,
    Merge,
    SetFandoms,
    SetParents,
    WranglingAction,
    refresh_works_for,
)

HEADER = ["type", "name", "canonical", "fandoms", "parents"]
TYPES = [TagType.FANDOM, TagType.CHARACTER, TagType.RELATIONSHIP, TagType.FREEFORM]
SEPARATOR = "|"
MAX_ERRORS = 50

Ref = tuple[str, str]  # (type, key)


class DictionaryError(Exception):
    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass
class Row:
    line: int
    type: str
    name: str
    canonical: str
    fandoms: list[str]
    parents: list[str]

    @property
    def ref(self) -> Ref:
        return self.type, tag_key(self.name)


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    tags_touched: set[int] = field(default_factory=set)

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated)


# Reading and checking -----------------------------------------------------------------


def _name(raw: str, line: int, errors: list[str]) -> str | None:
    try:
        return clean_tag_name(raw)
    except ValidationError as error:
        errors.append(f"line {line}: {' '.join(error.messages)}")
        return None


def _names(raw: str, line: int, errors: list[str]) -> list[str]:
    names = []
    for part in raw.split(SEPARATOR):
        if part.strip():
            name = _name(part, line, errors)
            if name is not None:
                names.append(name)
    return names


def parse(stream: TextIO) -> tuple[list[Row], list[str]]:
    """The well-formed rows of a dictionary file, and an error for each other line.
    A wrong header raises DictionaryError at once."""
    reader = csv.reader(stream)
    errors: list[str] = []
    try:
        header = next(reader, None)
    except csv.Error as error:
        raise DictionaryError([f"line 1: {error}"]) from error
    if header is None or [h.strip().lstrip("\ufeff") for h in header] != HEADER:
        raise DictionaryError([f"line 1: the header must be exactly {','.join(HEADER)}"])
    rows: list[Row] = []
    seen: dict[Ref, int] = {}
    while True:
        try:
            record = next(reader, None)
        except csv.Error as error:
            errors.append(f"line {reader.line_num}: {error}")
            break
        if record is None:
            break
        line = reader.line_num
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(HEADER):
            errors.append(
                f"line {line}: expected {len(HEADER)} columns ({','.join(HEADER)}), "
                f"found {len(record)}"
            )
            continue
        raw_type, raw_name, raw_canonical, raw_fandoms, raw_parents = (c.strip() for c in record)
        if raw_type not in TYPES:
            errors.append(
                f"line {line}: unknown type '{raw_type}' "
                f"(use fandom, character, relationship or freeform)"
            )
            continue
        name = _name(raw_name, line, errors)
        canonical = _name(raw_canonical, line, errors) if raw_canonical else ""
        fandoms = _names(raw_fandoms, line, errors)
        parents = _names(raw_parents, line, errors)
        if name is None or canonical is None:
            continue
        row = Row(line, raw_type, name, canonical, fandoms, parents)
        if row.ref in seen:
            errors.append(f"line {line}: '{name}' ({raw_type}) is already on line {seen[row.ref]}")
            continue
        seen[row.ref] = line
        if canonical and tag_key(canonical) == tag_key(name):
            errors.append(f"line {line}: '{name}' can't be a synonym of itself")
        elif canonical and (fandoms or parents):
            errors.append(
                f"line {line}: '{name}' is a synonym, so it has no fandoms or parents of its "
                f"own; put them on '{canonical}'"
            )
        elif fandoms and raw_type == TagType.FANDOM:
            errors.append(f"line {line}: a fandom doesn't belong to fandoms")
        elif any(tag_key(p) == tag_key(name) for p in parents):
            errors.append(f"line {line}: '{name}' can't be its own parent")
        rows.append(row)
        if len(errors) >= MAX_ERRORS:
            break
    return rows, errors


def _existing(refs: Iterable[Ref]) -> dict[Ref, Tag]:
    by_type: dict[str, set[str]] = {}
    for tag_type, key in refs:
        by_type.setdefault(tag_type, set()).add(key)
    found: dict[Ref, Tag] = {}
    for tag_type, keys in by_type.items():
        ordered = sorted(keys)
        for start in range(0, len(ordered), 500):
            for tag in Tag.objects.filter(type=tag_type, key__in=ordered[start : start + 500]):
                found[(tag.type, tag.key)] = tag
    return found


def _check_references(rows: list[Row], existing: dict[Ref, Tag]) -> list[str]:
    """Every name a row points at must be a canonical tag once the file is applied."""
    in_file = {row.ref: row for row in rows}
    errors: list[str] = []

    def canonical_after(ref: Ref) -> bool | None:
        """True/False once the file is applied; None when the tag exists nowhere."""
        if ref in in_file:
            return not in_file[ref].canonical
        tag = existing.get(ref)
        return None if tag is None else tag.canonical

    for row in rows:
        wanted: list[tuple[str, str, str]] = []
        if row.canonical:
            wanted.append((row.type, row.canonical, "canonical"))
        wanted += [(TagType.FANDOM, f, "fandom") for f in row.fandoms]
        wanted += [(row.type, p, "parent") for p in row.parents]
        for tag_type, name, role in wanted:
            state = canonical_after((tag_type, tag_key(name)))
            label = TagType(tag_type).value
            if state is None:
                errors.append(
                    f"line {row.line}: unknown {label} '{name}' (named as {role}; add a row for it)"
                )
            elif not state:
                errors.append(
                    f"line {row.line}: {label} '{name}' (named as {role}) isn't canonical"
                )
    return errors


# Applying ------------------------------------------------------------------------------


def _run(action: WranglingAction, row: Row) -> set[int]:
    try:
        action.check()
        return action.execute()
    except (ValidationError, PermissionDenied) as error:
        messages = error.messages if isinstance(error, ValidationError) else [str(error)]
        raise DictionaryError([f"line {row.line}: {' '.join(messages)}"]) from error


def _line(error: str) -> int:
    return int(error.split(":")[0].removeprefix("line "))


def dictionary_import(stream: TextIO) -> ImportResult:
    """Check the whole file, then apply it in one transaction (see the module's doc).
    DictionaryError lists every bad line, in order; nothing is imported then."""
    rows, errors = parse(stream)
    refs = {row.ref for row in rows}
    for row in rows:
        refs |= {(TagType.FANDOM, tag_key(f)) for f in row.fandoms}
        refs |= {(row.type, tag_key(p)) for p in row.parents}
        if row.canonical:
            refs.add((row.type, tag_key(row.canonical)))
    existing = _existing(refs)
    errors += _check_references(rows, existing)
    if errors:
        raise DictionaryError(sorted(errors, key=_line)[:MAX_ERRORS])

    result = ImportResult()
    changed_lines: set[int] = set()
    with transaction.atomic():
        created = []
        for row in rows:
            if row.ref not in existing:
                tag = Tag.objects.create(type=row.type, name=row.name)
                existing[row.ref] = tag
                created.append(tag)
        tag_words_index(created)
        created_lines = {row.line for row in rows if existing[row.ref] in created}

        def apply(action: WranglingAction, row: Row) -> None:
            touched = _run(action, row)
            if touched:
                changed_lines.add(row.line)
                result.tags_touched.update(touched)

        def tag(ref: Ref) -> Tag:
            return existing[ref]

        for row in rows:
            if not row.canonical and not tag(row.ref).canonical:
                apply(MakeCanonical(actor=None, tag=tag(row.ref)), row)
        for row in rows:
            if row.canonical:
                target = tag((row.type, tag_key(row.canonical)))
                current = tag(row.ref)
                current.refresh_from_db()
                if current.merger_id != target.pk:
                    apply(Merge(actor=None, tag=current, into=target), row)
        for row in rows:
            current = tag(row.ref)
            if row.fandoms:
                have = list(current.fandoms.all())
                wanted = [tag((TagType.FANDOM, tag_key(f))) for f in row.fandoms]
                if {t.pk for t in wanted} - {t.pk for t in have}:
                    apply(SetFandoms(actor=None, tag=current, fandoms=[*have, *wanted]), row)
            if row.parents:
                have = list(current.parents.all())
                wanted = [tag((row.type, tag_key(p))) for p in row.parents]
                if {t.pk for t in wanted} - {t.pk for t in have}:
                    apply(SetParents(actor=None, tag=current, parents=[*have, *wanted]), row)
        refresh_works_for(result.tags_touched)

    for row in rows:
        if row.line in created_lines:
            result.created += 1
        elif row.line in changed_lines:
            result.updated += 1
        else:
            result.unchanged += 1
    return result


# Writing -------------------------------------------------------------------------------


def dictionary_rows() -> Iterable[list[str]]:
    tags = (
        Tag.objects.filter(type__in=TYPES)
        .filter(canonical=True)
        .prefetch_related(
            Prefetch("fandoms", queryset=Tag.objects.order_by("name")),
            Prefetch("parents", queryset=Tag.objects.order_by("name")),
        )
        .order_by("type", "name", "id")
    )
    synonyms = (
        Tag.objects.filter(type__in=TYPES, merger__isnull=False)
        .select_related("merger")
        .order_by("type", "name", "id")
    )
    for tag in tags.iterator(chunk_size=2000):
        linked = [t.name for t in tag.fandoms.all()] + [t.name for t in tag.parents.all()]
        for name in linked:
            if SEPARATOR in name:
                raise DictionaryError(
                    [
                        f"'{name}' contains '{SEPARATOR}', which the fandoms and parents columns "
                        "use to separate names; rename it before exporting"
                    ]
                )
        yield [
            tag.type,
            tag.name,
            "",
            SEPARATOR.join(t.name for t in tag.fandoms.all()),
            SEPARATOR.join(t.name for t in tag.parents.all()),
        ]
    for synonym in synonyms.iterator(chunk_size=2000):
        yield [synonym.type, synonym.name, synonym.merger.name, "", ""]  # type: ignore[union-attr]


def dictionary_export(stream: TextIO) -> int:
    """Write the dictionary; returns the number of rows (without the header)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER)
    count = 0
    for row in dictionary_rows():
        writer.writerow(row)
        count += 1
    stream.write(buffer.getvalue())
    return count
