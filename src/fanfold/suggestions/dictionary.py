"""The analysis engine's tag dictionary, built from the archive's wrangled tags.

Canonical fandom, character, relationship and additional tags become dictionary
entries; their synonyms (tags merged into them) are the other names they go by. Built in
four queries whatever the number of tags, and kept per process until the tags change.

Every change that matters to the dictionary goes through a wrangling action (making a
tag canonical, merging, renaming, setting fandoms or characters; the CSV import too), and
each one writes a WranglingLog row; a tag created canonical outside them takes a new id.
So (newest log id, newest tag id) is a version two index lookups can read, and the
dictionary is rebuilt only when it moves, or after MAX_AGE at the latest (SQLite hands
out the ids of rolled-back rows again, so a version could come back meaning other tags).
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict

from django.db.models import Max

from fanfold.analysis.dictionary import DictionaryTag, TagDictionary, relationship_characters
from fanfold.tags.models import Tag, TagFandom, TagType, WranglingLog

TYPES = (TagType.FANDOM, TagType.CHARACTER, TagType.RELATIONSHIP, TagType.FREEFORM)
CHUNK = 5000
MAX_AGE = 600.0  # seconds

_lock = threading.Lock()
# (version, built at (monotonic seconds), dictionary)
_cached: tuple[tuple[int, int], float, TagDictionary] | None = None


def dictionary_version() -> tuple[int, int]:
    newest_log = WranglingLog.objects.aggregate(newest=Max("id"))["newest"] or 0
    newest_tag = Tag.objects.aggregate(newest=Max("id"))["newest"] or 0
    return newest_log, newest_tag


def build_archive_dictionary() -> TagDictionary:
    """Read the wrangled tags now (no cache)."""
    canonical: dict[int, tuple[str, str]] = {}
    # How many works use a tag, its synonyms' works included: settles a name two
    # characters share ("Holmes") when the story itself does not.
    uses: dict[int, int] = defaultdict(int)
    for pk, kind, name, count in (
        Tag.objects.filter(type__in=TYPES, canonical=True)
        .values_list("id", "type", "name", "uses")
        .iterator(chunk_size=CHUNK)
    ):
        canonical[pk] = (kind, name)
        uses[pk] += count

    synonyms: dict[int, list[str]] = defaultdict(list)
    # Every tag pointing at a canonical tag, whatever its own type said.
    merged: dict[int, int] = {}
    for pk, merger_id, name, count in (
        Tag.objects.filter(type__in=TYPES, merger__isnull=False)
        .values_list("id", "merger_id", "name", "uses")
        .iterator(chunk_size=CHUNK)
    ):
        synonyms[merger_id].append(name)
        merged[pk] = merger_id
        uses[merger_id] += count

    fandoms: dict[int, list[str]] = defaultdict(list)
    for tag_id, fandom_id in (
        TagFandom.objects.filter(tag__canonical=True, tag__type__in=TYPES)
        .values_list("tag_id", "fandom_id")
        .iterator(chunk_size=CHUNK)
    ):
        fandom = canonical.get(merged.get(fandom_id, fandom_id))
        if fandom is not None:
            fandoms[tag_id].append(fandom[1])

    characters: dict[int, list[str]] = defaultdict(list)
    through = Tag.characters.through
    for relationship_id, character_id in (
        through.objects.filter(from_tag__type=TagType.RELATIONSHIP, from_tag__canonical=True)
        .values_list("from_tag_id", "to_tag_id")
        .iterator(chunk_size=CHUNK)
    ):
        character = canonical.get(merged.get(character_id, character_id))
        if character is not None:
            characters[relationship_id].append(character[1])

    tags = []
    for pk, (kind, name) in canonical.items():
        cast: tuple[str, ...] = ()
        if kind == TagType.RELATIONSHIP:
            cast = tuple(sorted(characters[pk])) or relationship_characters(name)
        tags.append(
            DictionaryTag(
                type=str(kind),
                name=name,
                synonyms=tuple(sorted(synonyms.get(pk, ()))),
                fandoms=tuple(sorted(fandoms.get(pk, ()))),
                characters=cast,
                uses=uses.get(pk, 0),
            )
        )
    return TagDictionary(tags)


def archive_dictionary() -> TagDictionary:
    """The dictionary of the archive's tags as they are now, rebuilt only after a change."""
    global _cached
    version = dictionary_version()

    def fresh() -> TagDictionary | None:
        cached = _cached
        if cached is None or cached[0] != version or time.monotonic() - cached[1] > MAX_AGE:
            return None
        return cached[2]

    found = fresh()
    if found is not None:
        return found
    with _lock:
        # Another thread may have built it while this one waited.
        found = fresh()
        if found is not None:
            return found
        dictionary = build_archive_dictionary()
        _cached = (version, time.monotonic(), dictionary)
        return dictionary


def forget_archive_dictionary() -> None:
    """Drop this process's copy (tests; a shell after editing tags by hand)."""
    global _cached
    with _lock:
        _cached = None
