"""One pipeline for every list of works (home, search, tag, user and pseud pages):
the page's visible works -> the reader's filters -> full text -> personal filters ->
sort -> one page, with facets and a count of what personal filters hid.

Personal filters live in personal.apply_personal_filters (re-exported here), which feeds
and recommendations reuse, so a muted tag stays muted wherever works are listed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Page
from django.db.models import QuerySet
from django.http import HttpRequest, QueryDict
from django.utils.translation import gettext as _

from fanfold.core.paging import CappedPaginator
from fanfold.tags.models import Tag
from fanfold.works.models import Work
from fanfold.works.selectors import with_listing_data

from .backends import get_backend
from .filters import (
    FacetGroup,
    apply_filters,
    facet_groups,
    lead_tag,
    led_by,
    required_tag_ids,
    sort_works,
    tag_for_query,
)
from .forms import FIXED_TYPES, TYPE_FIELDS, Sort, WorkFilterForm
from .personal import SHOW_HIDDEN, PersonalFilters, apply_personal_filters
from .query import ParsedQuery, parse_query

__all__ = ["Listing", "apply_personal_filters", "works_listing"]


@dataclass
class Listing:
    form: WorkFilterForm
    page: Page[Work]
    sort: str
    facets: list[FacetGroup] = field(default_factory=list)
    # Whether the facets count only the newest WORKS_COUNT_LIMIT works of the list.
    facets_sampled: bool = False
    hidden_count: int = 0
    # Whether more works than hidden_count are hidden (it stops counting at a limit).
    hidden_more: bool = False
    showing_hidden: bool = False
    text_query: str = ""
    # The query string that reopens this list on the search page (for saving).
    search_query: str = ""
    suggested_name: str = ""
    # Lists scoped to a creator can't be reopened as a search, so they aren't saved.
    savable: bool = True

    @property
    def show_hidden_url(self) -> str:
        return _query_url(self.form.data, {SHOW_HIDDEN: "1"})

    @property
    def hide_again_url(self) -> str:
        return _query_url(self.form.data, {SHOW_HIDDEN: None})

    @property
    def has_filters(self) -> bool:
        data = self.form.data
        return any(
            any(v.strip() for v in data.getlist(name))
            for name in self.form.fields
            if name not in ("sort", "order")
        )

    @property
    def carried_params(self) -> list[tuple[str, str]]:
        """The page's own parameters (a tag page's ?type=), kept through the sidebar."""
        return [
            (key, value)
            for key, values in self.form.data.lists()
            if key not in self.form.fields and key not in ("page", SHOW_HIDDEN)
            for value in values
        ]

    @property
    def clear_url(self) -> str:
        query = QueryDict(mutable=True)
        for key, value in self.carried_params:
            query.appendlist(key, value)
        return "?" + query.urlencode()


def _query_url(data: QueryDict, changes: dict[str, str | None]) -> str:
    query = _without_blanks(data)
    query.pop("page", None)
    for key, value in changes.items():
        if value is None:
            query.pop(key, None)
        else:
            query[key] = value
    return "?" + query.urlencode()


def _without_blanks(data: QueryDict) -> QueryDict:
    """The query without empty parameters, which a submitted sidebar is full of."""
    query = QueryDict(mutable=True)
    for key, values in data.lists():
        kept = [v for v in values if v.strip()]
        if kept:
            query.setlist(key, kept)
    return query


def works_listing(
    request: HttpRequest,
    works: QuerySet[Work],
    *,
    scope_tags: Iterable[Tag] = (),
    savable: bool = True,
) -> Listing:
    """Filter, personally filter, sort and paginate works the page may list (already
    from visible_works_for, narrowed to the page's scope)."""
    scope = list(scope_tags)
    form = WorkFilterForm(request.GET)
    form.is_valid()
    works = apply_filters(works, form)
    parsed: ParsedQuery | None = None
    if form.text_query:
        works, parsed = _text_search(works, form)

    # Counts and facets are found from the smallest required tag, a page only when that
    # tag is small (see filters.lead_tag).
    lead = lead_tag(required_tag_ids(form, scope))
    limit = settings.WORKS_COUNT_LIMIT
    personal = PersonalFilters.of(request.user, request.session)
    showing_hidden = request.GET.get(SHOW_HIDDEN) == "1" and personal.active
    hidden, hidden_more = personal.hidden_count(led_by(works, lead, small_only=False), limit=limit)
    works = personal.apply(works, show_hidden=showing_hidden)

    sort = form.effective_sort
    if sort == Sort.BEST_MATCH and parsed is None:
        sort = Sort.UPDATED
    ordered = sort_works(works, sort, form.value_of("order") or "")
    counted = led_by(works, lead, small_only=False)
    page = CappedPaginator(
        with_listing_data(led_by(ordered, lead, small_only=True).prefetch_related(None)),
        settings.WORKS_PER_PAGE,
        limit=limit,
        counted=counted,
    ).get_page(request.GET.get("page"))
    # Counted already: past the limit, facets count the newest works only.
    sampled = page.paginator.more
    snippets = _snippets([w.pk for w in page.object_list], parsed) if parsed else {}
    for work in page.object_list:
        work.search_snippet = snippets.get(work.pk, "")  # type: ignore[attr-defined]

    return Listing(
        form=form,
        page=page,
        sort=sort,
        facets=facet_groups(counted, form, request.GET, scope, limit=limit if sampled else None),
        facets_sampled=sampled,
        hidden_count=hidden,
        hidden_more=hidden_more,
        showing_hidden=showing_hidden,
        text_query=form.text_query,
        search_query=_search_query(request.GET, scope),
        suggested_name=_suggested_name(form, scope),
        savable=savable,
    )


def _text_search(
    works: QuerySet[Work], form: WorkFilterForm
) -> tuple[QuerySet[Work], ParsedQuery | None]:
    parsed = parse_query(form.text_query)
    if parsed.is_empty:
        form.add_error("q", _("There are no words to search for here."))
        return works, None
    return get_backend().filter(works, parsed), parsed


def _snippets(ids: list[int], parsed: ParsedQuery) -> dict[int, str]:
    return dict(get_backend().snippets(ids, parsed)) if ids else {}


def _search_query(query: QueryDict, scope: list[Tag]) -> str:
    """This list as a search-page query: a tag page's tag becomes an included tag."""
    changed = _without_blanks(query)
    for key in ("page", SHOW_HIDDEN, "type"):
        changed.pop(key, None)
    for tag in scope:
        param, name = tag_for_query(tag)
        if param in {TYPE_FIELDS[t][0] for t in FIXED_TYPES}:
            if name not in changed.getlist(param):
                changed.appendlist(param, name)
        else:
            names = [n.strip() for n in changed.get(param, "").split(",") if n.strip()]
            changed[param] = ", ".join([name, *names])
    return changed.urlencode()


def _suggested_name(form: WorkFilterForm, scope: list[Tag]) -> str:
    parts = [tag.name for tag in scope] + [tag.name for tag in form.included_tags()]
    if form.text_query:
        parts.insert(0, form.text_query)
    return ", ".join(parts)[:100] or _("My search")
