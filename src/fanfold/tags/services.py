from __future__ import annotations

from collections.abc import Iterable

from django.db import IntegrityError, transaction

from fanfold.tags.models import FIXED_TAGS, Tag, TagType
from fanfold.tags.naming import clean_tag_name, tag_key


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
            return Tag.objects.create(type=type, name=name, key=key)
    except IntegrityError:
        # Another request created it a moment ago.
        return Tag.objects.get(type=type, key=key)


def fixed_tags_ensure() -> None:
    """Create the rating, warning and category tags that every archive has."""
    for tag_type, choices in FIXED_TAGS.items():
        tags_find_or_create(type=tag_type, names=choices.values)


def fixed_tag(type: TagType, name: str) -> Tag:
    return Tag.objects.get(type=type, key=tag_key(name))
