from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, models, transaction
from django.utils.translation import gettext_lazy as _

from fanfold.accounts.models import User
from fanfold.tags.autocomplete import tag_words_index
from fanfold.tags.models import FIXED_TAGS, Tag, TagType, Wrangler, WranglingLog
from fanfold.tags.naming import clean_tag_name, tag_key
from fanfold.tags.wrangling import (
    MakeCanonical,
    MakeUncanonical,
    Merge,
    Rename,
    SetCharacters,
    SetFandoms,
    SetParents,
    WranglingAction,
    wrangle,
)


def tags_find_or_create(*, type: str, names: Iterable[str]) -> list[Tag]:
    """The tags for these names, in order and without repeats; new names become tags.

    A name that matches an existing tag's key reuses it, so "amelie " finds "Amélie".
    """
    wanted: dict[str, str] = {}
    for raw in names:
        name = clean_tag_name(raw)
        wanted.setdefault(tag_key(name), name)
    if not wanted:
        return []
    existing = {t.key: t for t in Tag.objects.filter(type=type, key__in=list(wanted))}
    result = []
    for key, name in wanted.items():
        tag = existing.get(key)
        if tag is None:
            tag = _create_tag(type=type, name=name, key=key)
        result.append(tag)
    return result


def _create_tag(*, type: str, name: str, key: str) -> Tag:
    try:
        with transaction.atomic():
            tag = Tag.objects.create(type=type, name=name, key=key)
            tag_words_index([tag])
            return tag
    except IntegrityError:
        # Another request created it a moment ago.
        return Tag.objects.get(type=type, key=key)


def fixed_tags_ensure() -> None:
    """Create the rating, warning and category tags that every archive has."""
    for tag_type, choices in FIXED_TAGS.items():
        tags_find_or_create(type=tag_type, names=choices.values)


def fixed_tag(type: TagType, name: str) -> Tag:
    return Tag.objects.get(type=type, key=tag_key(name))


# Wrangling: each service is one action (see wrangling.py) run as one transaction that
# logs the change and brings the affected works up to date. actor=None is the command line.


def tag_make_canonical(*, actor: User | None, tag: Tag) -> Tag:
    wrangle([MakeCanonical(actor=actor, tag=tag)])
    return tag


def tag_make_uncanonical(*, actor: User | None, tag: Tag) -> Tag:
    wrangle([MakeUncanonical(actor=actor, tag=tag)])
    return tag


def tag_merge(*, actor: User | None, tag: Tag, into: Tag) -> Tag:
    wrangle([Merge(actor=actor, tag=tag, into=into)])
    return tag


def tag_set_parents(*, actor: User | None, tag: Tag, parents: Sequence[Tag]) -> Tag:
    wrangle([SetParents(actor=actor, tag=tag, parents=parents)])
    return tag


def tag_set_fandoms(*, actor: User | None, tag: Tag, fandoms: Sequence[Tag]) -> Tag:
    wrangle([SetFandoms(actor=actor, tag=tag, fandoms=fandoms)])
    return tag


def tag_set_characters(*, actor: User | None, tag: Tag, characters: Sequence[Tag]) -> Tag:
    wrangle([SetCharacters(actor=actor, tag=tag, characters=characters)])
    return tag


def tag_rename(*, actor: User | None, tag: Tag, name: str) -> Tag:
    wrangle([Rename(actor=actor, tag=tag, name=name)])
    return tag


class BulkAction(models.TextChoices):
    CANONICAL = "canonical", _("Make canonical")
    UNCANONICAL = "uncanonical", _("Make not canonical")
    MERGE = "merge", _("Make synonyms of")
    ADD_FANDOMS = "add_fandoms", _("Add to fandoms")
    ADD_PARENTS = "add_parents", _("Add parents")


def tags_wrangle_bulk(
    *,
    actor: User | None,
    tags: Sequence[Tag],
    action: str,
    into: Tag | None = None,
    fandoms: Sequence[Tag] = (),
    parents: Sequence[Tag] = (),
) -> None:
    """One action on many tags: all of them, or none (the error names the tag)."""
    actions: list[WranglingAction] = []
    for tag in tags:
        if action == BulkAction.CANONICAL:
            actions.append(MakeCanonical(actor=actor, tag=tag))
        elif action == BulkAction.UNCANONICAL:
            actions.append(MakeUncanonical(actor=actor, tag=tag))
        elif action == BulkAction.MERGE:
            if into is None:
                raise ValidationError(_("Choose the canonical tag to merge into."))
            actions.append(Merge(actor=actor, tag=tag, into=into))
        elif action == BulkAction.ADD_FANDOMS:
            have = list(tag.fandoms.all())
            actions.append(SetFandoms(actor=actor, tag=tag, fandoms=[*have, *fandoms]))
        elif action == BulkAction.ADD_PARENTS:
            have = list(tag.parents.all())
            actions.append(SetParents(actor=actor, tag=tag, parents=[*have, *parents]))
        else:
            raise ValidationError(_("Unknown action."))
    wrangle(actions)


def wrangler_grant(*, actor: User, user: User, fandom: Tag | None) -> Wrangler:
    """Let user wrangle one canonical fandom, or every fandom (fandom=None)."""
    if not actor.is_staff:
        raise PermissionDenied(_("Only archive admins grant wrangling roles."))
    if fandom is not None and (fandom.type != TagType.FANDOM or not fandom.canonical):
        raise ValidationError(
            _("“%(name)s” isn't a canonical fandom.") % {"name": fandom.name}, code="fandom"
        )
    if Wrangler.objects.filter(user=user, fandom=fandom).exists():
        raise ValidationError(
            _("%(user)s already wrangles that.") % {"user": user.username}, code="exists"
        )
    with transaction.atomic():
        role = Wrangler.objects.create(user=user, fandom=fandom, granted_by=actor)
        WranglingLog.objects.create(
            actor=actor,
            action="grant",
            tag=fandom,
            tag_name=fandom.name if fandom else "",
            detail={"user": user.username, "all_fandoms": fandom is None},
        )
    return role


def wrangler_revoke(*, actor: User, role: Wrangler) -> None:
    if not actor.is_staff:
        raise PermissionDenied(_("Only archive admins revoke wrangling roles."))
    with transaction.atomic():
        WranglingLog.objects.create(
            actor=actor,
            action="revoke",
            tag=role.fandom,
            tag_name=role.fandom.name if role.fandom else "",
            detail={"user": role.user.username, "all_fandoms": role.fandom_id is None},
        )
        role.delete()
