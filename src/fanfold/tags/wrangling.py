"""Wrangling actions: each one change to one tag, as an object with check() (may this
actor do it, and does it keep the tag graph sound?) and execute() (do it and log it).
`wrangle()` runs any number of them as one transaction and brings the affected works up
to date; tags/services.py holds the named services built on them.

Rules kept here:
- rating, warning and category tags are fixed: nothing wrangles them;
- a synonym points at one canonical tag of its type, and owns no links of its own:
  parents, sub-tags, fandoms and characters all live on its canonical tag;
- parents are canonical tags of the same type, and the parent graph has no cycles;
- characters, relationships and additional tags belong to canonical fandoms;
- merging a tag moves everything it carried (synonyms, sub-tags, parents, fandoms,
  characters, fandom members, wrangler roles) to the tag it is merged into.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from typing import ClassVar

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from fanfold.accounts.models import User

from .autocomplete import tag_words_index
from .models import FIXED_TAGS, Tag, TagFandom, TagParent, TagType, Wrangler, WranglingLog
from .naming import clean_tag_name, tag_key
from .selectors import WranglingScope, can_wrangle, wrangling_scope_for

FANDOM_BOUND_TYPES = (TagType.CHARACTER, TagType.RELATIONSHIP, TagType.FREEFORM)
Edge = tuple[int, int]  # (parent, child)


def _reindex(tag_ids: Iterable[int]) -> None:
    """Autocomplete rows follow a tag's fandoms, and a synonym's follow its canonical's."""
    ids = set(tag_ids)
    tag_words_index(Tag.objects.filter(Q(pk__in=ids) | Q(merger_id__in=ids)))


def _names(tags: Iterable[Tag]) -> list[str]:
    return sorted(t.name for t in tags)


def _would_cycle(added: Iterable[Edge], removed: Iterable[Edge] = ()) -> Edge | None:
    """The first added (parent, child) link that would make a tag its own ancestor, once
    `removed` links are gone and `added` ones exist."""
    added = list(added)
    gone = set(removed)
    extra: dict[int, set[int]] = {}
    for parent, child in added:
        extra.setdefault(child, set()).add(parent)
    for parent, child in added:
        # Walk up from the new parent: meeting the child means a loop.
        seen: set[int] = set()
        frontier = {parent}
        while frontier:
            if child in frontier:
                return parent, child
            seen |= frontier
            ups = {
                (p, c)
                for c, p in TagParent.objects.filter(child_id__in=frontier).values_list(
                    "child_id", "parent_id"
                )
            }
            following = {p for p, c in ups if (p, c) not in gone}
            for tag_id in frontier:
                following |= extra.get(tag_id, set())
            frontier = following - seen
    return None


class WranglingAction(ABC):
    """One change to one tag. actor None means the command line (no permission checks)."""

    action: ClassVar[str]

    def __init__(self, *, actor: User | None, tag: Tag) -> None:
        self.actor = actor
        self.tag = tag
        self._scope: WranglingScope | None = None

    # Permission ----------------------------------------------------------------------
    def require(self, tag: Tag) -> None:
        if tag.type in FIXED_TAGS:
            raise ValidationError(
                _("Ratings, warnings and categories are fixed: “%(name)s” can't be wrangled.")
                % {"name": tag.name},
                code="fixed",
            )
        if self.actor is None:
            return
        if self._scope is None:
            self._scope = wrangling_scope_for(self.actor)
        if not can_wrangle(self.actor, tag, self._scope):
            raise PermissionDenied(
                _("You can't wrangle “%(name)s”: it isn't in a fandom you wrangle.")
                % {"name": tag.name}
            )

    def check(self) -> None:
        self.tag.refresh_from_db()
        self.require(self.tag)

    @abstractmethod
    def execute(self) -> set[int]:
        """Make the change and log it; return the tags whose works must be refreshed."""

    def log(self, tag: Tag, **detail: object) -> None:
        WranglingLog.objects.create(
            actor=self.actor, action=self.action, tag=tag, tag_name=tag.name, detail=detail
        )

    def _canonical_of_type(self, tags: Iterable[Tag], tag_type: str, what: str) -> None:
        for other in tags:
            if other.type != tag_type or not other.canonical:
                raise ValidationError(
                    _("%(what)s must be canonical %(type)s tags; “%(name)s” isn't.")
                    % {"what": what, "type": TagType(tag_type).label, "name": other.name},
                    code="not_canonical",
                )


class MakeCanonical(WranglingAction):
    action = "canonical"

    def check(self) -> None:
        super().check()
        if self.tag.canonical:
            raise ValidationError(
                _("“%(name)s” is already canonical.") % {"name": self.tag.name}, code="no_change"
            )

    def execute(self) -> set[int]:
        was = self.tag.merger
        self.tag.canonical = True
        self.tag.merger = None
        self.tag.save(update_fields=["canonical", "merger"])
        if was:
            _reindex([self.tag.pk])
        self.log(self.tag, was_synonym_of=was.name if was else None)
        return {self.tag.pk} | ({was.pk} if was else set())


class MakeUncanonical(WranglingAction):
    """Only a tag nothing depends on: its synonyms, sub-tags, fandom members and the
    relationships naming it must be moved first (merging it elsewhere moves them all)."""

    action = "uncanonical"

    def check(self) -> None:
        super().check()
        tag = self.tag
        if not tag.canonical:
            raise ValidationError(
                _("“%(name)s” isn't canonical.") % {"name": tag.name}, code="no_change"
            )
        blockers = []
        if tag.synonyms.exists():
            blockers.append(_("synonyms"))
        if TagParent.objects.filter(parent=tag).exists():
            blockers.append(_("sub-tags"))
        if TagFandom.objects.filter(fandom=tag).exists():
            blockers.append(_("tags in this fandom"))
        if tag.relationships.exists():
            blockers.append(_("relationships with this character"))
        if blockers:
            raise ValidationError(
                _(
                    "“%(name)s” still has %(what)s. Move them first, or merge it into "
                    "another canonical tag, which takes them along."
                )
                % {"name": tag.name, "what": ", ".join(str(b) for b in blockers)},
                code="in_use",
            )

    def execute(self) -> set[int]:
        parents = list(self.tag.parents.all())
        TagParent.objects.filter(child=self.tag).delete()
        self.tag.canonical = False
        self.tag.save(update_fields=["canonical"])
        self.log(self.tag, removed_parents=_names(parents))
        return {self.tag.pk}


class Merge(WranglingAction):
    """Make the tag a synonym of a canonical tag; what it carried moves along."""

    action = "merge"

    def __init__(self, *, actor: User | None, tag: Tag, into: Tag) -> None:
        super().__init__(actor=actor, tag=tag)
        self.into = into

    def check(self) -> None:
        super().check()
        tag, into = self.tag, self.into
        into.refresh_from_db()
        if into.pk == tag.pk:
            raise ValidationError(_("A tag can't be a synonym of itself."), code="self")
        if into.type != tag.type:
            raise ValidationError(
                _("“%(name)s” is a %(type)s tag: a synonym must be of the same type.")
                % {"name": into.name, "type": into.get_type_display()},
                code="type",
            )
        if not into.canonical:
            raise ValidationError(
                _("“%(name)s” isn't canonical: a tag can only be a synonym of a canonical tag.")
                % {"name": into.name},
                code="not_canonical",
            )
        if tag.merger_id == into.pk:
            raise ValidationError(
                _("“%(name)s” is already a synonym of “%(into)s”.")
                % {"name": tag.name, "into": into.name},
                code="no_change",
            )
        self.require(into)
        added = [(into.pk, c) for c in self._children() if c != into.pk]
        added += [(p, into.pk) for p in self._parents() if p != into.pk]
        removed = [(p, tag.pk) for p in self._parents()] + [(tag.pk, c) for c in self._children()]
        if _would_cycle(added, removed):
            raise ValidationError(
                _(
                    "Merging “%(name)s” into “%(into)s” would make a tag its own parent: "
                    "check their parents and sub-tags."
                )
                % {"name": tag.name, "into": into.name},
                code="cycle",
            )

    def _children(self) -> list[int]:
        return list(TagParent.objects.filter(parent=self.tag).values_list("child_id", flat=True))

    def _parents(self) -> list[int]:
        return list(TagParent.objects.filter(child=self.tag).values_list("parent_id", flat=True))

    def execute(self) -> set[int]:
        tag, into = self.tag, self.into
        previous = tag.merger
        touched = {tag.pk, into.pk} | ({previous.pk} if previous else set())
        synonyms = list(tag.synonyms.all())
        Tag.objects.filter(merger=tag).update(merger=into)
        touched |= {s.pk for s in synonyms}

        children, parents = self._children(), self._parents()
        TagParent.objects.filter(parent=tag).delete()
        TagParent.objects.filter(child=tag).delete()
        for child in children:
            if child != into.pk:
                TagParent.objects.get_or_create(parent=into, child_id=child)
        for parent in parents:
            if parent != into.pk:
                TagParent.objects.get_or_create(parent_id=parent, child=into)
        # Works under the children were under this tag, so they are among its works;
        # works under the old parents that never had this tag don't change.

        fandoms = list(TagFandom.objects.filter(tag=tag).values_list("fandom_id", flat=True))
        for fandom in fandoms:
            TagFandom.objects.get_or_create(tag=into, fandom_id=fandom)
        TagFandom.objects.filter(tag=tag).delete()
        members = list(TagFandom.objects.filter(fandom=tag).values_list("tag_id", flat=True))
        for member in members:
            TagFandom.objects.get_or_create(tag_id=member, fandom=into)
        TagFandom.objects.filter(fandom=tag).delete()

        characters = list(tag.characters.all())
        into.characters.add(*characters)
        tag.characters.clear()
        relationships = list(tag.relationships.all())
        for relationship in relationships:
            relationship.characters.remove(tag)
            relationship.characters.add(into)
        for role in Wrangler.objects.filter(fandom=tag):
            if Wrangler.objects.filter(user_id=role.user_id, fandom=into).exists():
                role.delete()
            else:
                role.fandom = into
                role.save(update_fields=["fandom"])

        tag.canonical = False
        tag.merger = into
        tag.save(update_fields=["canonical", "merger"])
        # Autocomplete rows follow fandoms: those of the tag and of the synonyms that
        # moved are now into's, which may have gained fandoms (then its synonyms too).
        _reindex({tag.pk, *(s.pk for s in synonyms), *members} | ({into.pk} if fandoms else set()))
        self.log(
            tag,
            into=into.name,
            previous=previous.name if previous else None,
            moved_synonyms=_names(synonyms),
            moved_children=_names(Tag.objects.filter(pk__in=children)),
            moved_parents=_names(Tag.objects.filter(pk__in=parents)),
            moved_fandoms=_names(Tag.objects.filter(pk__in=fandoms)),
            moved_characters=_names(characters),
            moved_members=len(members),
        )
        for synonym in synonyms:
            self.log(synonym, into=into.name, previous=tag.name, followed=tag.name)
        return touched


class SetParents(WranglingAction):
    action = "parents"

    def __init__(self, *, actor: User | None, tag: Tag, parents: Sequence[Tag]) -> None:
        super().__init__(actor=actor, tag=tag)
        self.parents = {p.pk: p for p in parents}

    def _current(self) -> dict[int, Tag]:
        return {p.pk: p for p in self.tag.parents.all()}

    def check(self) -> None:
        super().check()
        tag = self.tag
        if not tag.canonical:
            raise ValidationError(
                _("Only canonical tags have parents; make “%(name)s” canonical first.")
                % {"name": tag.name},
                code="not_canonical",
            )
        if tag.pk in self.parents:
            raise ValidationError(_("A tag can't be its own parent."), code="self")
        self._canonical_of_type(self.parents.values(), tag.type, _("Parents"))
        current = self._current()
        for changed in set(self.parents) ^ set(current):
            self.require(self.parents.get(changed) or current[changed])
        loop = _would_cycle([(p, tag.pk) for p in set(self.parents) - set(current)])
        if loop:
            raise ValidationError(
                _("“%(parent)s” is already under “%(name)s”: it can't also be its parent.")
                % {"parent": self.parents[loop[0]].name, "name": tag.name},
                code="cycle",
            )

    def execute(self) -> set[int]:
        current = self._current()
        added = [p for pk, p in self.parents.items() if pk not in current]
        removed = [p for pk, p in current.items() if pk not in self.parents]
        if not added and not removed:
            return set()
        TagParent.objects.filter(child=self.tag, parent__in=removed).delete()
        TagParent.objects.bulk_create([TagParent(parent=p, child=self.tag) for p in added])
        self.log(self.tag, added=_names(added), removed=_names(removed))
        return {self.tag.pk}


class SetFandoms(WranglingAction):
    action = "fandoms"

    def __init__(self, *, actor: User | None, tag: Tag, fandoms: Sequence[Tag]) -> None:
        super().__init__(actor=actor, tag=tag)
        self.fandoms = {f.pk: f for f in fandoms}

    def _current(self) -> dict[int, Tag]:
        return {f.pk: f for f in self.tag.fandoms.all()}

    def check(self) -> None:
        super().check()
        tag = self.tag
        if tag.type not in FANDOM_BOUND_TYPES:
            raise ValidationError(
                _("Only characters, relationships and additional tags belong to fandoms."),
                code="type",
            )
        if tag.merger_id:
            raise ValidationError(
                _("“%(name)s” is a synonym: it belongs to the fandoms of “%(into)s”.")
                % {"name": tag.name, "into": tag.merger.name},  # type: ignore[union-attr]
                code="synonym",
            )
        self._canonical_of_type(self.fandoms.values(), TagType.FANDOM, _("Fandoms"))
        current = self._current()
        for changed in set(self.fandoms) ^ set(current):
            self.require(self.fandoms.get(changed) or current[changed])

    def execute(self) -> set[int]:
        current = self._current()
        added = [f for pk, f in self.fandoms.items() if pk not in current]
        removed = [f for pk, f in current.items() if pk not in self.fandoms]
        if not added and not removed:
            return set()
        TagFandom.objects.filter(tag=self.tag, fandom__in=removed).delete()
        TagFandom.objects.bulk_create([TagFandom(tag=self.tag, fandom=f) for f in added])
        _reindex([self.tag.pk])
        self.log(self.tag, added=_names(added), removed=_names(removed))
        return {self.tag.pk}


class SetCharacters(WranglingAction):
    action = "characters"

    def __init__(self, *, actor: User | None, tag: Tag, characters: Sequence[Tag]) -> None:
        super().__init__(actor=actor, tag=tag)
        self.characters = {c.pk: c for c in characters}

    def check(self) -> None:
        super().check()
        if self.tag.type != TagType.RELATIONSHIP:
            raise ValidationError(_("Only relationships have characters."), code="type")
        if self.tag.merger_id:
            raise ValidationError(
                _("“%(name)s” is a synonym: its characters are those of “%(into)s”.")
                % {"name": self.tag.name, "into": self.tag.merger.name},  # type: ignore[union-attr]
                code="synonym",
            )
        self._canonical_of_type(self.characters.values(), TagType.CHARACTER, _("Characters"))

    def execute(self) -> set[int]:
        current = {c.pk: c for c in self.tag.characters.all()}
        added = [c for pk, c in self.characters.items() if pk not in current]
        removed = [c for pk, c in current.items() if pk not in self.characters]
        if not added and not removed:
            return set()
        self.tag.characters.remove(*removed)
        self.tag.characters.add(*added)
        self.log(self.tag, added=_names(added), removed=_names(removed))
        return {self.tag.pk}


class Rename(WranglingAction):
    """A new spelling shown everywhere; works keep pointing at the same tag."""

    action = "rename"

    def __init__(self, *, actor: User | None, tag: Tag, name: str) -> None:
        super().__init__(actor=actor, tag=tag)
        self.raw_name = name

    def check(self) -> None:
        super().check()
        self.name = clean_tag_name(self.raw_name)
        if self.name == self.tag.name:
            raise ValidationError(
                _("“%(name)s” already has that name.") % {"name": self.tag.name},
                code="no_change",
            )
        other = (
            Tag.objects.filter(type=self.tag.type, key=tag_key(self.name))
            .exclude(pk=self.tag.pk)
            .first()
        )
        if other is not None:
            raise ValidationError(
                _("There is already a %(type)s tag “%(other)s”; merge this one into it instead.")
                % {"type": self.tag.get_type_display(), "other": other.name},
                code="taken",
            )

    def execute(self) -> set[int]:
        old = self.tag.name
        self.tag.name = self.name
        self.tag.save(update_fields=["name", "key"])
        tag_words_index([self.tag])
        self.log(self.tag, previous=old)
        return {self.tag.pk}


def refresh_works_for(tag_ids: set[int]) -> None:
    """Bring the works of these tags up to date: filter tags, crossover, search index."""
    # works.services imports tags.services, which imports this module: import late.
    from fanfold.works.filtering import works_affected_by
    from fanfold.works.services import works_derived_refresh

    if tag_ids:
        works_derived_refresh(works_affected_by(tag_ids))


def wrangle(actions: Sequence[WranglingAction]) -> set[int]:
    """Run the actions in order as one transaction: all of them, or none if any check
    fails. Returns the ids of the tags touched."""
    touched: set[int] = set()
    with transaction.atomic():
        for action in actions:
            action.check()
            touched |= action.execute()
        refresh_works_for(touched)
    return touched
