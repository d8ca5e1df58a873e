"""Atom (RFC 4287) documents, written with ElementTree so they are always well-formed:
text is escaped by the writer and characters XML forbids are dropped first.

Plain feeds and OPDS catalogues (which are Atom with a few more elements) are both
built as a Feed of Entries here; opds.py only decides what goes in them."""

from __future__ import annotations

import datetime
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

ATOM_NS = "http://www.w3.org/2005/Atom"
DC_NS = "http://purl.org/dc/terms/"
OPENSEARCH_NS = "http://a9.com/-/spec/opensearch/1.1/"
OPDS_NS = "http://opds-spec.org/2010/catalog"
THREAD_NS = "http://purl.org/syndication/thread/1.0"

ATOM_TYPE = "application/atom+xml"
# The date of a feed with no entries yet: fixed, so its ETag holds until one arrives.
EPOCH = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)

for _prefix, _uri in (
    ("dc", DC_NS),
    ("opensearch", OPENSEARCH_NS),
    ("opds", OPDS_NS),
    ("thr", THREAD_NS),
):
    ET.register_namespace(_prefix, _uri)

# Characters XML 1.0 does not allow anywhere, even escaped (control characters other
# than tab and newlines, lone surrogates, U+FFFE/U+FFFF). A title pasted from a word
# processor can carry one, and one is enough to make a feed unreadable.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: object) -> str:
    return _NOT_XML.sub("", str(value))


def atom_date(value: datetime.datetime | datetime.date) -> str:
    """RFC 3339 in UTC; a date alone is taken as its midnight, UTC."""
    if not isinstance(value, datetime.datetime):
        value = datetime.datetime.combine(value, datetime.time(), tzinfo=datetime.UTC)
    elif value.tzinfo is None:
        value = value.replace(tzinfo=datetime.UTC)
    return value.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Person:
    name: str
    uri: str = ""


@dataclass
class Link:
    href: str
    rel: str = "alternate"
    type: str = ""
    title: str = ""
    # Namespaced extras such as thr:count, as {"{namespace}name": value}.
    extra: dict[str, str] = field(default_factory=dict)


@dataclass
class Category:
    term: str
    scheme: str = ""
    label: str = ""


@dataclass
class Entry:
    id: str
    title: str
    updated: datetime.datetime
    links: list[Link] = field(default_factory=list)
    authors: list[Person] = field(default_factory=list)
    published: datetime.datetime | None = None
    categories: list[Category] = field(default_factory=list)
    # Plain text.
    summary: str = ""
    # HTML, already sanitised; written escaped as type="html".
    content_html: str = ""
    # Plain text, for navigation entries.
    content_text: str = ""
    # Dublin Core terms, for OPDS.
    language: str = ""
    issued: datetime.date | None = None


@dataclass
class Paging:
    """OpenSearch result counts, for OPDS acquisition feeds."""

    total: int
    per_page: int
    start_index: int


@dataclass
class Feed:
    id: str
    title: str
    updated: datetime.datetime
    links: list[Link] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    subtitle: str = ""
    authors: list[Person] = field(default_factory=list)
    icon: str = ""
    paging: Paging | None = None


def _q(namespace: str, name: str) -> str:
    # Atom is the documents' default namespace: its elements are written unqualified
    # under a root declaring xmlns (ElementTree's default_namespace option would refuse
    # the documents' plain attributes).
    return name if namespace == ATOM_NS else f"{{{namespace}}}{name}"


def _sub(parent: ET.Element, name: str, text: str = "", namespace: str = ATOM_NS) -> ET.Element:
    element = ET.SubElement(parent, _q(namespace, name))
    if text:
        element.text = xml_text(text)
    return element


def _attrs(element: ET.Element, **values: str) -> None:
    for key, value in values.items():
        if value:
            element.set(key, xml_text(value))


def _person(parent: ET.Element, tag: str, person: Person) -> None:
    element = _sub(parent, tag)
    _sub(element, "name", person.name)
    if person.uri:
        _sub(element, "uri", person.uri)


def _link(parent: ET.Element, link: Link) -> None:
    element = _sub(parent, "link")
    _attrs(element, rel=link.rel, href=link.href, type=link.type, title=link.title)
    for key, value in link.extra.items():
        element.set(key, xml_text(value))


def _entry(parent: ET.Element, entry: Entry) -> None:
    element = _sub(parent, "entry")
    _sub(element, "id", entry.id)
    _sub(element, "title", entry.title).set("type", "text")
    _sub(element, "updated", atom_date(entry.updated))
    if entry.published is not None:
        _sub(element, "published", atom_date(entry.published))
    for person in entry.authors:
        _person(element, "author", person)
    for link in entry.links:
        _link(element, link)
    for category in entry.categories:
        _attrs(
            _sub(element, "category"),
            term=category.term,
            scheme=category.scheme,
            label=category.label,
        )
    if entry.language:
        _sub(element, "language", entry.language, DC_NS)
    if entry.issued is not None:
        _sub(element, "issued", entry.issued.isoformat(), DC_NS)
    if entry.summary:
        _sub(element, "summary", entry.summary).set("type", "text")
    if entry.content_html:
        _sub(element, "content", entry.content_html).set("type", "html")
    elif entry.content_text:
        _sub(element, "content", entry.content_text).set("type", "text")


def render_feed(feed: Feed) -> bytes:
    root = ET.Element("feed", {"xmlns": ATOM_NS})
    _sub(root, "id", feed.id)
    _sub(root, "title", feed.title).set("type", "text")
    if feed.subtitle:
        _sub(root, "subtitle", feed.subtitle).set("type", "text")
    _sub(root, "updated", atom_date(feed.updated))
    for person in feed.authors:
        _person(root, "author", person)
    if feed.icon:
        _sub(root, "icon", feed.icon)
    for link in feed.links:
        _link(root, link)
    if feed.paging is not None:
        _sub(root, "totalResults", str(feed.paging.total), OPENSEARCH_NS)
        _sub(root, "itemsPerPage", str(feed.paging.per_page), OPENSEARCH_NS)
        _sub(root, "startIndex", str(feed.paging.start_index), OPENSEARCH_NS)
    for entry in feed.entries:
        _entry(root, entry)
    return serialize(root)


def serialize(root: ET.Element) -> bytes:
    """The document, UTF-8, with its declaration. root carries its own xmlns."""
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
