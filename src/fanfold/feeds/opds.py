"""OPDS 1.2 catalogue documents: navigation and acquisition feeds (Atom with the OPDS
link relations) and the OpenSearch description e-reader apps search through."""

from __future__ import annotations

import datetime
import xml.etree.ElementTree as ET
from collections.abc import Iterable

from django.conf import settings
from django.core.paginator import Page
from django.http import QueryDict
from django.urls import reverse
from django.utils.translation import gettext as _

from fanfold.downloads.filenames import slug
from fanfold.works.models import Work

from .atom import (
    ATOM_TYPE,
    OPENSEARCH_NS,
    THREAD_NS,
    Entry,
    Feed,
    Link,
    Paging,
    Person,
    serialize,
    xml_text,
)
from .auth import OpdsClient
from .entries import work_entry

NAVIGATION = "application/atom+xml;profile=opds-catalog;kind=navigation"
ACQUISITION = "application/atom+xml;profile=opds-catalog;kind=acquisition"
OPENSEARCH_DESCRIPTION = "application/opensearchdescription+xml"
REL_ACQUISITION = "http://opds-spec.org/acquisition"
REL_SORT_NEW = "http://opds-spec.org/sort/new"
REL_SORT_POPULAR = "http://opds-spec.org/sort/popular"

# What an acquisition entry offers: EPUB first (what e-readers want), then the
# self-contained HTML file and plain text.
ACQUISITION_FORMATS = (
    ("epub", "application/epub+zip"),
    ("html", "text/html"),
    ("txt", "text/plain"),
)


def catalogue_id(route: str = "") -> str:
    """A feed's id: its place in the catalogue on the archive's own address, never with
    the client's key in it."""
    return f"{settings.SITE_URL}/opds/{route}"


def download_path(work: Work, ext: str) -> str:
    """The downloads app's address of this file: /downloads/ID/Title.ext, the title as
    an ASCII slug, so no creator's name is ever in it."""
    return reverse(
        "downloads:file", kwargs={"work_id": work.pk, "slug": slug(work.title), "ext": ext}
    )


def acquisition_links(client: OpdsClient, work: Work) -> list[Link]:
    links = []
    for ext, content_type in ACQUISITION_FORMATS:
        if work.restricted:
            # Only a signed-in client lists a restricted work, and the downloads app
            # knows sessions, not feed keys or Basic: the catalogue hands the file over
            # under its own (authenticated) address.
            href = client.url(f"download/{work.pk}/{slug(work.title)}.{ext}")
        else:
            href = client.request.build_absolute_uri(download_path(work, ext))
        links.append(Link(href, rel=REL_ACQUISITION, type=content_type))
    return links


def common_links(client: OpdsClient, *, kind: str, up: str | None) -> list[Link]:
    """self, start, up and search, which every catalogue feed carries."""
    links = [
        Link(client.request.build_absolute_uri(), rel="self", type=kind),
        Link(client.url(), rel="start", type=NAVIGATION, title=_("Catalogue")),
    ]
    if up is not None:
        links.append(Link(client.url(up), rel="up", type=NAVIGATION))
    links.append(Link(client.url("opensearch.xml"), rel="search", type=OPENSEARCH_DESCRIPTION))
    # Apps that don't read OpenSearch descriptions take the template directly.
    links.append(Link(client.search_template(), rel="search", type=ACQUISITION))
    return links


def paging_links(client: OpdsClient, route: str, page: Page[object]) -> list[Link]:
    params = QueryDict(mutable=True)
    for key, values in client.request.GET.lists():
        if key not in ("page", "token"):
            params.setlist(key, values)

    def at(number: int) -> str:
        query = params.copy()
        if number > 1:
            query["page"] = str(number)
        return client.url(route, query)

    links = [Link(at(1), rel="first", type=ACQUISITION)]
    if page.has_previous():
        links.append(Link(at(page.previous_page_number()), rel="previous", type=ACQUISITION))
    if page.has_next():
        links.append(Link(at(page.next_page_number()), rel="next", type=ACQUISITION))
    if page.paginator.num_pages > 1:
        links.append(Link(at(page.paginator.num_pages), rel="last", type=ACQUISITION))
    return links


def page_counts(page: Page[object]) -> Paging:
    return Paging(
        total=page.paginator.count,
        per_page=page.paginator.per_page,
        start_index=page.start_index() or 1,
    )


def _site_author() -> Person:
    return Person(settings.SITE_NAME, settings.SITE_URL + "/")


def navigation_entry(
    client: OpdsClient,
    *,
    route: str,
    title: str,
    text: str,
    updated: datetime.datetime,
    kind: str = ACQUISITION,
    rel: str = "subsection",
    count: int | None = None,
) -> Entry:
    link = Link(client.url(route), rel=rel, type=kind)
    if count is not None:
        link.extra[f"{{{THREAD_NS}}}count"] = str(count)
    return Entry(
        id=catalogue_id(route),
        title=title,
        updated=updated,
        links=[link],
        content_text=text,
    )


def navigation_feed(
    client: OpdsClient,
    *,
    route: str,
    title: str,
    entries: list[Entry],
    updated: datetime.datetime,
    up: str | None,
    page: Page[object] | None = None,
    extra_links: Iterable[Link] = (),
) -> Feed:
    links = common_links(client, kind=NAVIGATION, up=up)
    if page is not None and page.paginator.num_pages > 1:
        links += [
            Link(link.href, rel=link.rel, type=NAVIGATION)
            for link in paging_links(client, route, page)
        ]
    return Feed(
        id=catalogue_id(route),
        title=title,
        updated=updated,
        authors=[_site_author()],
        links=[*links, *extra_links],
        entries=entries,
        paging=page_counts(page) if page is not None else None,
    )


def acquisition_feed(
    client: OpdsClient,
    *,
    route: str,
    title: str,
    works: list[Work],
    page: Page[object] | None,
    up: str | None,
    fallback_updated: datetime.datetime,
    subtitle: str = "",
) -> Feed:
    """page: the page these works are, or None for a list with nothing to page."""
    absolute = client.request.build_absolute_uri
    entries = [
        work_entry(work, client.viewer, absolute, links=acquisition_links(client, work))
        for work in works
    ]
    return Feed(
        id=catalogue_id(route),
        title=title,
        subtitle=subtitle,
        updated=max((e.updated for e in entries), default=fallback_updated),
        authors=[_site_author()],
        links=[
            *common_links(client, kind=ACQUISITION, up=up),
            *(paging_links(client, route, page) if page is not None else []),
        ],
        entries=entries,
        paging=page_counts(page) if page is not None else Paging(0, settings.WORKS_PER_PAGE, 1),
    )


def opensearch_description(client: OpdsClient) -> bytes:
    root = ET.Element("OpenSearchDescription", {"xmlns": OPENSEARCH_NS})

    def add(name: str, text: str = "", **attrs: str) -> None:
        element = ET.SubElement(root, name, attrs)
        if text:
            element.text = xml_text(text)

    # ShortName is at most 16 characters by the OpenSearch specification.
    add("ShortName", settings.SITE_NAME[:16])
    add("Description", _("Search the works of %(site)s") % {"site": settings.SITE_NAME})
    add("InputEncoding", "UTF-8")
    add("OutputEncoding", "UTF-8")
    template = xml_text(client.search_template())
    add("Url", type=ACQUISITION, template=template)
    add("Url", type=ATOM_TYPE, template=template)
    search_page = client.request.build_absolute_uri(reverse("search:results"))
    add("Url", type="text/html", template=search_page + "?q={searchTerms}")
    return serialize(root)
