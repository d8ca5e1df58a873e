"""Feeds are read the way a feed reader or an e-reader app reads them: fetched, then
parsed with xml.etree (which refuses anything not well-formed)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

import pytest
from django.core.cache import cache

NS = {
    "atom": "http://www.w3.org/2005/Atom",
    "dc": "http://purl.org/dc/terms/",
    "opensearch": "http://a9.com/-/spec/opensearch/1.1/",
    "thr": "http://purl.org/syndication/thread/1.0",
    "os": "http://a9.com/-/spec/opensearch/1.1/",
}
ATOM = "{http://www.w3.org/2005/Atom}"
ACQUISITION_REL = "http://opds-spec.org/acquisition"


@pytest.fixture(autouse=True)
def _empty_cache() -> None:
    # Navigation counts and remembered Basic logins live in the cache.
    cache.clear()


def parse(response: Any) -> ET.Element:
    assert response.status_code == 200, (response.status_code, response.content[:300])
    return ET.fromstring(response.content)


def entries(feed: ET.Element) -> list[ET.Element]:
    return feed.findall("atom:entry", NS)


def titles(feed: ET.Element) -> list[str]:
    return [e.findtext("atom:title", namespaces=NS) for e in entries(feed)]


def links(element: ET.Element, rel: str | None = None) -> list[ET.Element]:
    found = element.findall("atom:link", NS)
    return [link for link in found if rel is None or link.get("rel") == rel]


def link_href(element: ET.Element, rel: str) -> str:
    found = links(element, rel)
    assert found, f"no {rel} link"
    return found[0].get("href", "")


def path_of(url: str) -> str:
    """An absolute link as the test client fetches it."""
    return url.removeprefix("http://testserver").removeprefix("https://testserver")
