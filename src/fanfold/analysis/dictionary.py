"""The tag dictionary the analysis matches against: plain data, built once and reused.

The archive builds it from its wrangled tags (canonical tags with their synonyms,
fandoms and, for relationships, characters); the command line and the evaluation
build it from the tag dictionary CSV (`type,name,canonical,fandoms,parents`).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TextIO

TYPES = ("fandom", "character", "relationship", "freeform")


@dataclass(frozen=True)
class DictionaryTag:
    """A canonical tag and every other name it goes by."""

    type: str  # fandom, character, relationship or freeform
    name: str
    synonyms: tuple[str, ...] = ()
    fandoms: tuple[str, ...] = ()
    # For relationships: the canonical names of its characters (worked out from the
    # name, "A/B" or "A & B", when not given).
    characters: tuple[str, ...] = ()
    # How many works use it (the archive's count): settles a name two characters share
    # when the story itself does not.
    uses: int = 0

    @property
    def romantic(self) -> bool:
        """AO3's convention: "A/B" is romantic or sexual, "A & B" is platonic."""
        return "/" in self.name


_RELATIONSHIP_SPLIT = re.compile(r"\s*(?:/|\s&\s|\bx\b)\s*")


def relationship_characters(name: str) -> tuple[str, ...]:
    parts = [p.strip() for p in _RELATIONSHIP_SPLIT.split(name) if p.strip()]
    return tuple(parts) if len(parts) >= 2 else ()


@dataclass
class _Entry:
    name: str
    synonyms: list[str] = field(default_factory=list)
    fandoms: list[str] = field(default_factory=list)
    uses: int = 0


class TagDictionary:
    """Tags by type. Matching structures are built lazily by the matcher that needs them
    (see `characters.CharacterIndex`) and cached on the instance."""

    def __init__(self, tags: Iterable[DictionaryTag]) -> None:
        self.tags: tuple[DictionaryTag, ...] = tuple(tags)
        self.by_type: dict[str, list[DictionaryTag]] = {t: [] for t in TYPES}
        for tag in self.tags:
            self.by_type.setdefault(tag.type, []).append(tag)
        self._cache: dict[str, object] = {}

    def __len__(self) -> int:
        return len(self.tags)

    @property
    def fandoms(self) -> list[DictionaryTag]:
        return self.by_type["fandom"]

    @property
    def characters(self) -> list[DictionaryTag]:
        return self.by_type["character"]

    @property
    def relationships(self) -> list[DictionaryTag]:
        return self.by_type["relationship"]

    @classmethod
    def empty(cls) -> TagDictionary:
        return cls(())

    @classmethod
    def from_csv(cls, stream: TextIO) -> TagDictionary:
        """Read the archive's tag dictionary CSV. Rows whose type is unknown are skipped;
        synonyms are attached to their canonical tag wherever they appear in the file."""
        canon: dict[tuple[str, str], _Entry] = {}
        synonyms: list[tuple[str, str, str]] = []
        for row in csv.DictReader(stream):
            kind = (row.get("type") or "").strip().lower()
            name = (row.get("name") or "").strip()
            if kind not in TYPES or not name:
                continue
            canonical = (row.get("canonical") or "").strip()
            if canonical:
                synonyms.append((kind, canonical, name))
                continue
            entry = canon.setdefault((kind, name.casefold()), _Entry(name))
            for fandom in (row.get("fandoms") or "").split("|"):
                if fandom.strip() and fandom.strip() not in entry.fandoms:
                    entry.fandoms.append(fandom.strip())
            # Optional column (not part of the exchange format): how many works use it.
            uses = (row.get("uses") or "").strip()
            entry.uses = int(uses) if uses.isdigit() else 0
        for kind, canonical, name in synonyms:
            canon.setdefault((kind, canonical.casefold()), _Entry(canonical)).synonyms.append(name)
        tags = [
            DictionaryTag(
                type=kind,
                name=entry.name,
                synonyms=tuple(entry.synonyms),
                fandoms=tuple(entry.fandoms),
                characters=relationship_characters(entry.name) if kind == "relationship" else (),
                uses=entry.uses,
            )
            for (kind, _key), entry in canon.items()
        ]
        return cls(tags)
