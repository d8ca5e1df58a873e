"""What filters read: each work's filter tags (canonical forms and their ancestors), its
crossover flag and the creator name listings sort by. Kept current by the services
that change works, creators or tags; never computed at query time."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.db.models import Count

from fanfold.tags.models import Tag, TagParent, TagType

from .models import Creatorship, FilterTagging, Work, WorkTag

BATCH = 500


def ancestors(tag_ids: Iterable[int]) -> dict[int, set[int]]:
    """Every ancestor (parent, grandparent, ...) of each tag; cycles are harmless."""
    wanted = set(tag_ids)
    result: dict[int, set[int]] = {tag_id: set() for tag_id in wanted}
    parents_of: dict[int, set[int]] = defaultdict(set)
    frontier = set(wanted)
    seen: set[int] = set()
    while frontier:
        seen |= frontier
        for child, parent in TagParent.objects.filter(child_id__in=frontier).values_list(
            "child_id", "parent_id"
        ):
            parents_of[child].add(parent)
        frontier = {p for c in frontier for p in parents_of[c]} - seen
    for tag_id in wanted:
        stack = list(parents_of[tag_id])
        while stack:
            parent = stack.pop()
            if parent not in result[tag_id] and parent != tag_id:
                result[tag_id].add(parent)
                stack.extend(parents_of[parent])
    return result


def filter_ids_for(tags: Iterable[Tag]) -> set[int]:
    """The filter tags of a set of tags: canonical forms plus all their ancestors."""
    canonical = {tag.filter_tag_id for tag in tags}
    found = set(canonical)
    for ups in ancestors(canonical).values():
        found |= ups
    return found


def refresh_work_filters(work_ids: Iterable[int]) -> None:
    """Recompute filter tags, crossover and creator sort name for these works."""
    ids = sorted(set(work_ids))
    for start in range(0, len(ids), BATCH):
        _refresh_batch(ids[start : start + BATCH])


def _refresh_batch(ids: list[int]) -> None:
    rows = WorkTag.objects.filter(work_id__in=ids).values_list(
        "work_id", "tag_id", "tag__merger_id", "tag__type"
    )
    canonical_by_work: dict[int, set[int]] = defaultdict(set)
    fandoms_by_work: dict[int, set[int]] = defaultdict(set)
    for work_id, tag_id, merger_id, tag_type in rows:
        canonical = merger_id or tag_id
        canonical_by_work[work_id].add(canonical)
        if tag_type == TagType.FANDOM:
            fandoms_by_work[work_id].add(canonical)
    all_canonical = set().union(*canonical_by_work.values()) if canonical_by_work else set()
    ups = ancestors(all_canonical)
    above = set().union(*ups.values()) if ups else set()
    ups.update(ancestors(above - set(ups)))

    FilterTagging.objects.filter(work_id__in=ids).delete()
    FilterTagging.objects.bulk_create(
        [
            FilterTagging(work_id=work_id, tag_id=tag_id)
            for work_id in ids
            for tag_id in sorted(
                canonical_by_work[work_id].union(*(ups[c] for c in canonical_by_work[work_id]))
            )
        ]
    )

    creators: dict[int, str] = {}
    for work_id, name in (
        Creatorship.objects.filter(work_id__in=ids, approved=True)
        .order_by("work_id", "created_at", "id")
        .values_list("work_id", "pseud__name")
    ):
        creators.setdefault(work_id, name)
    works = list(Work.objects.filter(pk__in=ids).only("id", "anonymous"))
    for work in works:
        work.crossover = _franchises(fandoms_by_work[work.pk], ups) > 1
        name = "Anonymous" if work.anonymous else creators.get(work.pk, "")
        work.creator_sort = name.casefold()[:100]
    Work.objects.bulk_update(works, ["crossover", "creator_sort"])


def _franchises(fandom_ids: set[int], ups: dict[int, set[int]]) -> int:
    """How many unrelated fandom families these fandoms span: two fandoms are related
    when they share a top-level fandom (one without parents). A crossover spans two."""
    groups: list[set[int]] = []
    for fandom in fandom_ids:
        line = ups.get(fandom, set()) | {fandom}
        roots = {t for t in line if not ups.get(t)}
        joined = [g for g in groups if g & roots]
        for group in joined:
            groups.remove(group)
            roots |= group
        groups.append(roots)
    return len(groups)


def refresh_tag_uses(tag_ids: Iterable[int]) -> None:
    """Count posted, unrestricted works per tag: a number anyone may see."""
    ids = list(set(tag_ids))
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        counts = dict(
            WorkTag.objects.filter(tag_id__in=chunk, work__posted=True, work__restricted=False)
            .values("tag_id")
            .annotate(n=Count("id"))
            .values_list("tag_id", "n")
        )
        tags = list(Tag.objects.filter(pk__in=chunk).only("id", "uses"))
        for tag in tags:
            tag.uses = counts.get(tag.pk, 0)
        Tag.objects.bulk_update(tags, ["uses"])


def works_affected_by(tag_ids: Iterable[int]) -> set[int]:
    """Works whose filter tags may change when these tags are wrangled."""
    ids = set(tag_ids)
    synonyms = set(Tag.objects.filter(merger_id__in=ids).values_list("id", flat=True))
    direct = WorkTag.objects.filter(tag_id__in=ids | synonyms).values_list("work_id", flat=True)
    filtered = FilterTagging.objects.filter(tag_id__in=ids).values_list("work_id", flat=True)
    return set(direct) | set(filtered)
