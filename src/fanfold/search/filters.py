"""The reader's filters, sorts and facets as queries over a set of works. Every function
takes a set that already went through works.selectors.visible_works_for and only ever
narrows or orders it, so nothing here can widen what a viewer sees."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Exists, F, OuterRef, QuerySet
from django.http import QueryDict

from fanfold.tags.models import TYPE_ORDER, Tag, TagType
from fanfold.tags.naming import tag_key
from fanfold.works.models import FilterTagging, Work

from .forms import FIXED_TYPES, TYPE_FIELDS, TYPE_LABELS, Sort, WorkFilterForm

FACETS_PER_TYPE = 10

# Each sort's field and its usual direction (True: highest first). The id breaks ties
# in the same direction, so a page boundary never shuffles and indexes can serve it.
SORT_FIELDS: dict[str, tuple[str, bool]] = {
    Sort.UPDATED: ("revised_on", True),
    Sort.POSTED: ("published_on", True),
    Sort.TITLE: ("title", False),
    # creator_sort reads "anonymous" for anonymous works, so sorting never places
    # them by their real creator.
    Sort.CREATOR: ("creator_sort", False),
    Sort.WORDS: ("word_count", True),
    Sort.KUDOS: ("kudos_count", True),
    Sort.HITS: ("hits_count", True),
    Sort.COMMENTS: ("comments_count", True),
    Sort.BOOKMARKS: ("bookmarks_count", True),
    Sort.SUBSCRIPTIONS: ("subscriptions_count", True),
    Sort.BEST_MATCH: ("search_rank", True),
}


def under(tag_ids: Iterable[int]) -> Exists:
    """Works found under any of these filter tags (synonyms and sub-tags included)."""
    ids = list(tag_ids)
    taggings = FilterTagging.objects.filter(work=OuterRef("pk"))
    if len(ids) == 1:
        return Exists(taggings.filter(tag_id=ids[0]))
    return Exists(taggings.filter(tag_id__in=ids))


def apply_filters(works: QuerySet[Work], form: WorkFilterForm) -> QuerySet[Work]:
    """Narrow works by everything in the form except the text query and the sort."""
    for tag_type, (include, _exclude) in TYPE_FIELDS.items():
        tags = form.tags(include)
        if not tags:
            continue
        if tag_type == TagType.RATING:
            # A work has one rating: ticking two means either.
            works = works.filter(under(t.filter_tag_id for t in tags))
        else:
            for tag in tags:
                works = works.filter(under([tag.filter_tag_id]))
    excluded = {tag.filter_tag_id for tag in form.excluded_tags()}
    if excluded:
        works = works.exclude(under(sorted(excluded)))

    crossover = form.value_of("crossover")
    if crossover == "exclude":
        works = works.filter(crossover=False)
    elif crossover == "only":
        works = works.filter(crossover=True)
    complete = form.value_of("complete")
    if complete == "complete":
        works = works.filter(complete=True)
    elif complete == "in_progress":
        works = works.filter(complete=False)

    if form.value_of("words_from") is not None:
        works = works.filter(word_count__gte=form.value_of("words_from"))
    if form.value_of("words_to") is not None:
        works = works.filter(word_count__lte=form.value_of("words_to"))
    for prefix, column in (("updated", "revised_on"), ("posted", "published_on")):
        low, high = form.date_range(prefix)
        if low is not None:
            works = works.filter(**{f"{column}__gte": low})
        if high is not None:
            works = works.filter(**{f"{column}__lte": high})
    if form.value_of("language"):
        works = works.filter(language=form.value_of("language"))
    return works


# A tag under which at most this many works are found leads a listing's page query:
# its works are read from the tag's index and sorted. A bigger tag's page is read in
# sort order instead, from the sort's index, stopping at the page's last work.
LEAD_LIMIT = 10_000
LEAD = "lead_work_id"


def required_tag_ids(form: WorkFilterForm, scope_tags: Iterable[Tag] = ()) -> list[int]:
    """The filter tags every listed work is under: the page's own and the included ones
    (two ticked ratings mean either, so neither is required)."""
    ids = [tag.filter_tag_id for tag in scope_tags]
    for tag_type, (include, _exclude) in TYPE_FIELDS.items():
        tags = form.tags(include)
        if tag_type != TagType.RATING or len(tags) == 1:
            ids += [tag.filter_tag_id for tag in tags]
    return ids


@dataclass(frozen=True)
class Lead:
    """The required tag a list is best found from, and whether it is small."""

    tag_id: int
    small: bool


def lead_tag(tag_ids: Iterable[int]) -> Lead | None:
    """Of tags every listed work is under, the one with the fewest works.

    apply_filters states each tag as EXISTS, which SQLite answers by walking every
    work and probing for the tag: right for a big tag read in sort order, but seconds
    for a small tag at a million works. Joining the smallest required tag as well lets
    the database start from that tag's works (see led_by)."""
    tags = Tag.objects.filter(pk__in=set(tag_ids)).values_list("id", "type", "uses")
    # Smallest first: counted (up to just past LEAD_LIMIT) from the tag's index; two
    # tags past it are told apart by their uses. A rating, warning or category is
    # under a large share of all works: it leads only when nothing else is required.
    ranked = sorted((type in FIXED_TYPES, _size(id), uses, id) for id, type, uses in tags)
    if not ranked:
        return None
    _fixed, size, _uses, tag_id = ranked[0]
    return Lead(tag_id, small=size <= LEAD_LIMIT)


def led_by(works: QuerySet[Work], lead: Lead | None, *, small_only: bool) -> QuerySet[Work]:
    """The same works, found from the lead tag's works: the EXISTS stays, the join only
    adds a way in and never changes the set (a work is under a tag at most once).
    Counts and facets always want this (they stop after a limit of matches, which a
    tag's own works reach soonest); a page wants it only for a small tag (small_only)."""
    if lead is None or (small_only and not lead.small):
        return works
    # LEAD names the joined tag's work id: ordering by it (newest first, for facets)
    # reads the tag's index backwards instead of sorting all its works.
    return works.filter(filter_taggings__tag_id=lead.tag_id).alias(
        **{LEAD: F("filter_taggings__work_id")}
    )


def led_by_tag(
    works: QuerySet[Work], tag_ids: Iterable[int], *, small_only: bool
) -> QuerySet[Work]:
    """led_by with the lead chosen from tag_ids (which every work of `works` is under)."""
    return led_by(works, lead_tag(tag_ids), small_only=small_only)


def _size(tag_id: int) -> int:
    """How many works are under a tag, up to just past LEAD_LIMIT (from its index)."""
    return FilterTagging.objects.filter(tag_id=tag_id).values("pk")[: LEAD_LIMIT + 1].count()


def sort_works(works: QuerySet[Work], sort: str, order: str = "") -> QuerySet[Work]:
    column, descending = SORT_FIELDS.get(sort, SORT_FIELDS[Sort.UPDATED])
    if order in ("asc", "desc"):
        descending = order == "desc"
    if descending:
        return works.order_by(F(column).desc(), "-id")
    return works.order_by(F(column).asc(), "id")


# Facets


@dataclass
class Facet:
    tag_id: int
    name: str
    count: int
    include_url: str = ""
    exclude_url: str = ""
    remove_url: str = ""
    included: bool = False


@dataclass
class FacetGroup:
    type: str
    label: str
    facets: list[Facet] = field(default_factory=list)


def facet_counts(works: QuerySet[Work], *, limit: int | None = None) -> dict[str, list[Facet]]:
    """The most used filter tags of each type among these works (or among the newest
    `limit` of them), with how many of them carry each: one grouped query over the
    set's ids (as a subquery, never a list).

    Counting by tag id first and joining the tag table only for the counted tags keeps
    the grouping narrow; ranking within each type happens in the same query. The cost
    grows with the works counted, so a huge set is counted by its newest works: a
    fandom of 180,000 works would otherwise take seconds."""
    ids = works.order_by().values("pk")
    if limit is not None:
        newest = f"-{LEAD}" if LEAD in works.query.annotations else "-pk"
        ids = works.order_by(newest).values("pk")[:limit]
    ids_sql, params = ids.query.sql_with_params()
    quote = connection.ops.quote_name
    sql = f"""
        SELECT id, type, name, n, rank FROM (
            SELECT t.id, t.type, t.name, c.n, ROW_NUMBER() OVER (
                PARTITION BY t.type ORDER BY c.n DESC, t.name, t.id
            ) AS rank
            FROM (
                SELECT tag_id, COUNT(*) AS n FROM {quote(FilterTagging._meta.db_table)}
                WHERE work_id IN ({ids_sql}) GROUP BY tag_id
            ) c
            JOIN {quote(Tag._meta.db_table)} t ON t.id = c.tag_id
        ) ranked
        WHERE rank <= %s
        ORDER BY type, rank"""
    grouped: dict[str, list[Facet]] = {t: [] for t in TYPE_ORDER}
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, FACETS_PER_TYPE])
        for tag_id, tag_type, name, count, _rank in cursor.fetchall():
            grouped.setdefault(tag_type, []).append(Facet(tag_id=tag_id, name=name, count=count))
    return grouped


def facet_groups(
    works: QuerySet[Work],
    form: WorkFilterForm,
    query: QueryDict,
    scope_tags: Iterable[Tag] = (),
    *,
    limit: int | None = None,
) -> list[FacetGroup]:
    """Facets with links that add each tag to the current query, or take it out.
    Tags the page itself is scoped to (a tag page's tag) are shown as included."""
    counts = facet_counts(works, limit=limit)
    scoped = {tag.filter_tag_id for tag in scope_tags}
    groups = []
    for tag_type in TYPE_ORDER:
        facets = counts.get(tag_type, [])
        if not facets:
            continue
        include, exclude = TYPE_FIELDS[tag_type]
        typed = form.tags(include)
        for facet in facets:
            # Typed names (synonyms too) that this facet's tag stands for.
            names = {t.name for t in typed if t.filter_tag_id == facet.tag_id}
            facet.included = bool(names) or facet.tag_id in scoped
            if names:
                facet.remove_url = _without(query, include, names, tag_type)
            elif not facet.included:
                facet.include_url = _with(query, include, facet.name, tag_type)
                facet.exclude_url = _with(query, exclude, facet.name, tag_type)
        groups.append(FacetGroup(type=tag_type, label=str(TYPE_LABELS[tag_type]), facets=facets))
    return groups


def _fresh(query: QueryDict) -> QueryDict:
    """The query to build a facet link on: no page number, no empty parameters."""
    changed = QueryDict(mutable=True)
    for key, values in query.lists():
        kept = [v for v in values if v.strip()]
        if kept and key != "page":
            changed.setlist(key, kept)
    return changed


def _with(query: QueryDict, param: str, name: str, tag_type: str) -> str:
    changed = _fresh(query)
    if tag_type in FIXED_TYPES:
        if name not in changed.getlist(param):
            changed.appendlist(param, name)
    else:
        names = [n.strip() for n in changed.get(param, "").split(",") if n.strip()]
        if tag_key(name) not in {tag_key(n) for n in names}:
            names.append(name)
        changed[param] = ", ".join(names)
    return "?" + changed.urlencode()


def _without(query: QueryDict, param: str, names: set[str], tag_type: str) -> str:
    changed = _fresh(query)
    if tag_type in FIXED_TYPES:
        changed.setlist(param, [v for v in changed.getlist(param) if v not in names])
    else:
        keys = {tag_key(n) for n in names}
        kept = [n.strip() for n in changed.get(param, "").split(",") if n.strip()]
        changed[param] = ", ".join(n for n in kept if tag_key(n) not in keys)
    if not changed.get(param):
        changed.pop(param, None)
    return "?" + changed.urlencode()


def tag_for_query(tag: Tag) -> tuple[str, str]:
    """The include parameter and value that mean "under this tag"."""
    return TYPE_FIELDS[tag.type][0], tag.name
