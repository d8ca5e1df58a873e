"""Reads for tag pages and wrangling: who may wrangle what, what is left to wrangle."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser
from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from fanfold.accounts.models import User
from fanfold.works.models import FilterTagging, WorkTag

from .models import (
    FIXED_TAGS,
    FREE_TYPES,
    TYPE_ORDER,
    Tag,
    TagFandom,
    TagParent,
    TagType,
    Wrangler,
    WranglingLog,
)
from .naming import tag_key

Viewer = User | AnonymousUser


@dataclass(frozen=True)
class WranglingScope:
    """The fandoms someone may wrangle: everything, or these fandoms and their sub-fandoms."""

    everything: bool
    fandom_ids: frozenset[int] = frozenset()


def descendants(tag_ids: Iterable[int]) -> set[int]:
    """Every sub-tag (child, grandchild, ...) of these tags."""
    found: set[int] = set()
    frontier = set(tag_ids)
    while frontier:
        children = set(
            TagParent.objects.filter(parent_id__in=frontier).values_list("child_id", flat=True)
        )
        frontier = children - found
        found |= children
    return found


def wrangling_scope_for(viewer: Viewer) -> WranglingScope | None:
    """None for someone who may not wrangle at all. Archive admins wrangle everything."""
    if not viewer.is_authenticated:
        return None
    if viewer.is_staff:
        return WranglingScope(everything=True)
    fandoms = list(Wrangler.objects.filter(user_id=viewer.pk).values_list("fandom_id", flat=True))
    if not fandoms:
        return None
    if None in fandoms:
        return WranglingScope(everything=True)
    granted = set(fandoms)
    return WranglingScope(everything=False, fandom_ids=frozenset(granted | descendants(granted)))


def is_wrangler(viewer: Viewer) -> bool:
    return wrangling_scope_for(viewer) is not None


def _used_in(fandom_ids: Iterable[int]) -> Exists:
    """Tags used on a work that is in one of these fandoms."""
    return Exists(
        WorkTag.objects.filter(
            tag_id=OuterRef("pk"),
            work__filter_taggings__tag_id__in=list(fandom_ids),
        )
    )


def tag_fandom_ids(tag: Tag) -> set[int]:
    """The fandoms a tag belongs to (a synonym belongs to its canonical tag's)."""
    owner = tag.merger_id or tag.pk
    return set(TagFandom.objects.filter(tag_id=owner).values_list("fandom_id", flat=True))


def can_wrangle(viewer: Viewer, tag: Tag, scope: WranglingScope | None = None) -> bool:
    """A fandom's wranglers wrangle the fandom, its sub-fandoms, the tags that belong to
    them, and tags that belong to no fandom yet but are used on works in them."""
    scope = scope or wrangling_scope_for(viewer)
    if scope is None or tag.type in FIXED_TAGS:
        return False
    if scope.everything:
        return True
    if tag.type == TagType.FANDOM and (tag.merger_id or tag.pk) in scope.fandom_ids:
        return True
    fandoms = tag_fandom_ids(tag) if tag.type != TagType.FANDOM else set()
    if fandoms:
        return bool(fandoms & scope.fandom_ids)
    return Tag.objects.filter(pk=tag.pk).filter(_used_in(scope.fandom_ids)).exists()


def unwrangled(tag_type: str | None = None) -> QuerySet[Tag]:
    """Tags nobody has wrangled: not canonical, no synonym of anything and, except for
    fandoms, in no fandom."""
    tags = Tag.objects.filter(canonical=False, merger__isnull=True, type__in=FREE_TYPES)
    if tag_type:
        tags = tags.filter(type=tag_type)
    attached = TagFandom.objects.filter(tag_id=OuterRef("pk"))
    return tags.filter(Q(type=TagType.FANDOM) | ~Exists(attached))


def unwrangled_for(
    scope: WranglingScope,
    *,
    tag_type: str | None = None,
    fandom: Tag | None = None,
    order: str = "uses",
) -> QuerySet[Tag]:
    tags = unwrangled(tag_type)
    if not scope.everything:
        tags = tags.filter(_used_in(scope.fandom_ids))
    if fandom is not None:
        tags = tags.filter(_used_in({fandom.pk} | descendants([fandom.pk])))
    ordering = {"uses": ("-uses", "name"), "name": ("name",), "newest": ("-created_at", "-id")}
    return tags.order_by(*ordering.get(order, ordering["uses"]))


def unwrangled_by_fandom(scope: WranglingScope, *, limit: int = 50) -> list[tuple[Tag, int]]:
    """Fandoms with the most unwrangled tags on their works, with those counts."""
    rows = FilterTagging.objects.filter(
        tag__type=TagType.FANDOM,
        work__work_tags__tag__in=unwrangled().exclude(type=TagType.FANDOM),
    )
    if not scope.everything:
        rows = rows.filter(tag_id__in=scope.fandom_ids)
    counts = list(
        rows.values("tag_id")
        .annotate(n=Count("work__work_tags__tag", distinct=True))
        .order_by("-n", "tag_id")[:limit]
    )
    fandoms = Tag.objects.in_bulk([row["tag_id"] for row in counts])
    return [(fandoms[row["tag_id"]], row["n"]) for row in counts if row["tag_id"] in fandoms]


def tag_from_url(name: str, tag_type: str = "") -> tuple[Tag | None, list[Tag]]:
    """The tag a URL names (one name can be, say, both a fandom and a character: the
    type picks which), and the other tags of that name."""
    candidates = {t.type: t for t in Tag.objects.filter(key=tag_key(Tag.name_from_url(name)))}
    if not candidates:
        return None, []
    tag = candidates.get(tag_type) or min(
        candidates.values(), key=lambda t: TYPE_ORDER.index(t.type)
    )
    return tag, [t for t in candidates.values() if t.pk != tag.pk]


def tags_named(tag_type: str, names: Iterable[str]) -> tuple[list[Tag], list[str]]:
    """The existing tags of this type for these names (in order), and the names not found."""
    names = list(names)
    by_key = {t.key: t for t in Tag.objects.filter(type=tag_type, key__in=map(tag_key, names))}
    found = [by_key[tag_key(n)] for n in names if tag_key(n) in by_key]
    return found, [n for n in names if tag_key(n) not in by_key]


def wrangling_log(*, tag_name: str = "", wrangler: str = "") -> QuerySet[WranglingLog]:
    entries = WranglingLog.objects.select_related("actor", "tag")
    if tag_name.strip():
        key = tag_key(tag_name)
        entries = entries.filter(Q(tag__key=key) | Q(tag_name__iexact=tag_name.strip()))
    if wrangler.strip():
        entries = entries.filter(actor__username__iexact=wrangler.strip())
    return entries.order_by("-created_at", "-id")


def wranglers() -> QuerySet[Wrangler]:
    return Wrangler.objects.select_related("user", "fandom", "granted_by").order_by(
        "user__username", "fandom__name"
    )
