from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from fanfold.formats import write_html

from .corpus import CORPUS, arabic_work, kitchen_sink

# What would make a browser fetch something when the file is opened.
FETCHING_TAGS = {"img", "script", "link", "iframe", "object", "embed", "video", "audio", "source"}


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)


def collect(page: bytes) -> _Collector:
    collector = _Collector()
    collector.feed(page.decode("utf-8"))
    return collector


@pytest.mark.parametrize("name", list(CORPUS))
def test_page_is_self_contained(name):
    page = collect(write_html(CORPUS[name]()))
    assert not [tag for tag, _ in page.tags if tag in FETCHING_TAGS]
    assert not [attrs for _, attrs in page.tags if "src" in attrs or "srcset" in attrs]
    assert not [attrs for _, attrs in page.tags if "style" in attrs]
    assert all("url(" not in css and "@import" not in css for css in page.styles)
    ids = {attrs["id"] for _, attrs in page.tags if attrs.get("id")}
    for _, attrs in page.tags:
        href = attrs.get("href")
        if href is None:
            continue
        if href.startswith("#"):
            assert href[1:] in ids, href
        else:
            assert re.match(r"(https?|mailto):", href), href


def test_page_has_header_contents_chapters_and_afterword():
    page = write_html(kitchen_sink()).decode("utf-8")
    order = [
        "<title>The Keeper&#x27;s",
        "Rating:",
        "Teen And Up Audiences",
        "Archive Warnings:",
        '<nav class="contents">',
        '<a href="#chapter-1">Chapter 1: Tables</a>',
        '<section class="chapter" id="chapter-1">',
        '<section class="chapter" id="chapter-7">',
        '<footer class="afterword">',
        'href="https://archive.example.org/works/101#kudos"',
    ]
    page = page.replace("&quot;", '"')
    order[0] = "<title>The Keeper's"
    positions = [page.index(text) for text in order]
    assert positions == sorted(positions)


def test_work_notes_link_to_end_notes_on_the_same_page():
    page = write_html(kitchen_sink()).decode("utf-8")
    assert '<a href="#w-fn9">end note</a>' in page
    assert 'id="w-fn9"' in page


def test_right_to_left_page():
    page = write_html(arabic_work()).decode("utf-8")
    assert page.startswith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">')
