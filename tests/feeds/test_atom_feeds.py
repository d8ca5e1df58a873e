"""Atom feeds of tags, creators, series and searches."""

from __future__ import annotations

import datetime
import hashlib
from urllib.parse import quote

import pytest

from fanfold.accounts import services as account_services
from fanfold.tags.models import Tag
from fanfold.tags.services import tag_make_canonical, tag_merge, tag_set_parents
from fanfold.works import services as work_services
from fanfold.works.models import Series, Work
from tests.conftest import STORY

from .conftest import NS, entries, link_href, links, parse, path_of, titles

FANDOM = "Sherlock Holmes - Arthur Conan Doyle"
TAG_FEED = f"/tags/{FANDOM}/feed.atom"


def _series(work: Work, title: str = "The Baker Street Year") -> Series:
    series = Series.objects.create(title=title)
    series.pseuds.add(*[c.pseud for c in work.creatorships.all()])
    series.parts.create(work=work, position=series.parts.count() + 1)
    return series


def _add_to(series: Series, work: Work) -> None:
    series.parts.create(work=work, position=series.parts.count() + 1)


def test_a_tag_feed_is_well_formed_atom(client, author, make_work):
    make_work(author, title="Lamplight", freeforms=["Fog"], summary="A walk by the river.")
    response = client.get(TAG_FEED)
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = parse(response)
    assert feed.tag == "{http://www.w3.org/2005/Atom}feed"
    assert feed.findtext("atom:title", namespaces=NS).endswith(f"Works in {FANDOM}")
    # An Atom id is an IRI: no spaces.
    assert feed.findtext("atom:id", namespaces=NS).endswith(
        "/tags/Sherlock%20Holmes%20-%20Arthur%20Conan%20Doyle/feed.atom"
    )
    assert feed.findtext("atom:updated", namespaces=NS)
    assert path_of(link_href(feed, "self")) == f"/tags/{FANDOM}/feed.atom".replace(" ", "%20")
    assert path_of(link_href(feed, "alternate")).startswith("/tags/")
    assert titles(feed) == ["Lamplight"]


def test_an_entry_carries_what_a_reader_decides_by(client, author, make_work):
    work = make_work(
        author,
        title="Lamplight",
        rating="Teen And Up Audiences",
        warnings=["Graphic Depictions Of Violence"],
        relationships=["Sherlock Holmes/John Watson"],
        characters=["Mrs Hudson"],
        freeforms=["Fog", "Tea"],
        summary="A <em>walk</em> by the river.",
    )
    entry = entries(parse(client.get(TAG_FEED)))[0]
    assert entry.findtext("atom:id", namespaces=NS).startswith("tag:127.0.0.1,")
    assert entry.findtext("atom:id", namespaces=NS).endswith(f":works/{work.pk}")
    assert entry.findtext("atom:author/atom:name", namespaces=NS) == "quill"
    assert path_of(entry.findtext("atom:author/atom:uri", namespaces=NS)) == (
        "/users/quill/pseuds/quill/works"
    )
    assert path_of(link_href(entry, "alternate")) == f"/works/{work.pk}"
    assert entry.findtext("atom:published", namespaces=NS) == "2026-01-05T00:00:00Z"
    assert entry.findtext("atom:updated", namespaces=NS)
    summary = entry.findtext("atom:summary", namespaces=NS)
    assert summary.splitlines()[:2] == [
        "Rating: Teen And Up Audiences",
        "Warnings: Graphic Depictions Of Violence",
    ]
    assert "A walk by the river." in summary
    content = entry.find("atom:content", NS)
    assert content.get("type") == "html"
    for expected in (
        "Teen And Up Audiences",
        "Graphic Depictions Of Violence",
        FANDOM,
        "Sherlock Holmes/John Watson",
        "Mrs Hudson",
        "Fog",
        "Tea",
        "<em>walk</em>",
        "Words:</strong> ",
        "Chapters:</strong> 1/",
    ):
        assert expected in content.text, expected
    terms = {c.get("term"): c.get("scheme") for c in entry.findall("atom:category", NS)}
    assert terms["Fog"].endswith("/tags#freeform")
    assert terms[FANDOM].endswith("/tags#fandom")


def test_an_entry_id_stays_the_same_when_the_work_changes(client, author, make_work):
    work = make_work(author, title="Lamplight")
    before = entries(parse(client.get(TAG_FEED)))[0].findtext("atom:id", namespaces=NS)
    Work.objects.filter(pk=work.pk).update(title="Lamplight, revised")
    after = entries(parse(client.get(TAG_FEED)))[0]
    assert after.findtext("atom:title", namespaces=NS) == "Lamplight, revised"
    assert after.findtext("atom:id", namespaces=NS) == before


def test_a_tag_feed_includes_synonyms_and_sub_tags(client, author, make_work):
    make_work(author, title="Plain Angst", freeforms=["Angst"])
    make_work(author, title="Spelled Otherwise", freeforms=["angsty feelings"])
    make_work(author, title="Narrower", freeforms=["Existential Angst"])
    make_work(author, title="Unrelated", freeforms=["Fluff"])
    angst = Tag.objects.get(name="Angst")
    tag_make_canonical(actor=None, tag=angst)
    tag_merge(actor=None, tag=Tag.objects.get(name="angsty feelings"), into=angst)
    narrower = Tag.objects.get(name="Existential Angst")
    tag_make_canonical(actor=None, tag=narrower)
    tag_set_parents(actor=None, tag=narrower, parents=[angst])
    feed = parse(client.get("/tags/Angst/feed.atom"))
    assert sorted(titles(feed)) == ["Narrower", "Plain Angst", "Spelled Otherwise"]


def test_restricted_and_draft_works_stay_out_of_feeds_even_for_a_logged_in_creator(
    client, author, make_work, login
):
    public = make_work(author, title="For Everyone")
    restricted = make_work(author, title="Members Only", restricted=True)
    draft = make_work(author, title="Not Yet", post=False)
    series = _series(public)
    _add_to(series, restricted)
    _add_to(series, draft)
    login(author)
    for url in (
        TAG_FEED,
        "/users/quill/works.atom",
        "/users/quill/pseuds/quill/works.atom",
        f"/series/{series.pk}/feed.atom",
        "/works/search.atom",
        "/works/search.atom?q=lamps",
    ):
        response = client.get(url)
        assert titles(parse(response)) == ["For Everyone"], url
        assert b"Members Only" not in response.content and b"Not Yet" not in response.content


def test_a_series_of_restricted_works_has_no_public_feed(client, author, make_work):
    series = _series(make_work(author, title="Members Only", restricted=True))
    assert client.get(f"/series/{series.pk}/feed.atom").status_code == 404


def test_an_anonymous_creator_is_in_no_byte_of_any_feed(client, make_user, make_work, login):
    hidden = make_user("secretquill")
    veiled = account_services.pseud_create(user=hidden, name="Veiled Pen")
    work = work_services.work_create(
        creator=hidden,
        pseuds=[veiled],
        data=work_services.WorkData(
            title="Unsigned Letter",
            rating="General Audiences",
            warnings=["No Archive Warnings Apply"],
            fandoms=[FANDOM],
            freeforms=["Letters"],
            summary="Ink.",
            anonymous=True,
        ),
        chapter=work_services.ChapterData(title="One", text=STORY),
        post=True,
    )
    series = _series(work, title="Letters Left Behind")
    login(hidden)  # the creator's own session changes nothing: feeds are the guest view
    urls = [
        TAG_FEED,
        "/tags/Letters/feed.atom",
        f"/series/{series.pk}/feed.atom",
        "/works/search.atom",
        "/works/search.atom?q=lamps",
        "/works/search.atom?freeforms=Letters",
    ]
    for url in urls:
        response = client.get(url)
        assert titles(parse(response)) == ["Unsigned Letter"], url
        body = response.content.lower()
        assert b"secretquill" not in body and b"veiled pen" not in body, url
        entry = entries(parse(response))[0]
        assert entry.findtext("atom:author/atom:name", namespaces=NS) == "Anonymous"
        assert entry.find("atom:author/atom:uri", NS) is None
    # The creator's own feeds don't list it at all.
    for url in ("/users/secretquill/works.atom", "/users/secretquill/pseuds/Veiled Pen/works.atom"):
        assert titles(parse(client.get(url))) == [], url
    # Nor does a search by the creator's name find it.
    assert titles(parse(client.get("/works/search.atom?q=author:secretquill"))) == []


def test_personal_mutes_do_not_apply_to_feeds(client, author, reader, make_work, login):
    make_work(author, title="Foggy", freeforms=["Fog"])
    account_services.tag_mute_add(user=reader, tags=[Tag.objects.get(name="Fog")])
    login(reader)
    assert list(client.get("/tags/Fog/works").context["listing"].page.object_list) == []
    assert titles(parse(client.get("/tags/Fog/feed.atom"))) == ["Foggy"]


def test_a_search_feed_applies_the_search_filters(client, author, make_work):
    make_work(author, title="Angsty", freeforms=["Angst"], fandoms=["Greek Mythology"])
    make_work(author, title="Fluffy", freeforms=["Fluff"], fandoms=["Greek Mythology"])
    make_work(author, title="Elsewhere", freeforms=["Angst"], text="Nothing but rain here.")
    feed = parse(client.get("/works/search.atom?freeforms=Angst&fandoms=Greek+Mythology"))
    assert titles(feed) == ["Angsty"]
    assert titles(parse(client.get("/works/search.atom?q=rain"))) == ["Elsewhere"]
    assert sorted(titles(parse(client.get("/works/search.atom?exclude_freeforms=Angst")))) == [
        "Fluffy"
    ]
    alternate = path_of(link_href(feed, "alternate"))
    assert alternate.startswith("/works/search?") and "freeforms=Angst" in alternate


def test_a_feed_lists_newest_first_whatever_the_page_sorted_by(client, author, make_work):
    make_work(author, title="Alpha", published_on=datetime.date(2025, 1, 1))
    make_work(author, title="Beta", published_on=datetime.date(2025, 6, 1))
    assert titles(parse(client.get("/works/search.atom?sort=title&order=asc"))) == [
        "Beta",
        "Alpha",
    ]


def test_a_feed_with_a_filter_that_cannot_apply_says_so(client, author, make_work):
    make_work(author, title="Anything")
    response = client.get("/works/search.atom?freeforms=No Such Tag Anywhere")
    assert response.status_code == 400
    assert "No Such Tag Anywhere" in response.content.decode()


def test_the_saved_searches_page_links_each_search_feed(client, author, reader, make_work, login):
    make_work(author, title="Angsty", freeforms=["Angst"])
    make_work(author, title="Fluffy", freeforms=["Fluff"])
    login(reader)
    client.post("/works/search/save", {"name": "My angst", "query": "freeforms=Angst"})
    html = client.get("/users/reader/searches").content.decode()
    assert 'href="/works/search.atom?freeforms=Angst"' in html
    client.logout()
    assert titles(parse(client.get("/works/search.atom?freeforms=Angst"))) == ["Angsty"]


@pytest.mark.parametrize(
    ("page", "feed_url"),
    [
        (f"/tags/{FANDOM}/works?freeforms=Fog&page=1", f"/tags/{FANDOM}/feed.atom?freeforms=Fog"),
        ("/works/search?q=lamps&sort=title", "/works/search.atom?q=lamps"),
        ("/users/quill/works", "/users/quill/works.atom"),
        ("/users/quill/pseuds/quill/works", "/users/quill/pseuds/quill/works.atom"),
    ],
)
def test_listing_pages_offer_their_feed(client, author, make_work, page, feed_url):
    make_work(author, title="Lamplight", freeforms=["Fog"])
    html = client.get(page).content.decode()
    head, body = html.split("</head>")
    escaped = quote(feed_url, safe="/?=&:").replace("&", "&amp;")
    assert '<link rel="alternate" type="application/atom+xml"' in head
    assert f'href="{escaped}"' in head
    assert "Subscribe to this feed" in body and f'href="{escaped}"' in body
    assert titles(parse(client.get(feed_url))) == ["Lamplight"]


def test_a_series_page_offers_its_feed(client, author, make_work):
    series = _series(make_work(author, title="Lamplight"))
    html = client.get(f"/series/{series.pk}").content.decode()
    assert f'href="/series/{series.pk}/feed.atom"' in html.split("</head>")[0]
    assert "Subscribe to this feed" in html
    feed = parse(client.get(f"/series/{series.pk}/feed.atom"))
    assert titles(feed) == ["Lamplight"]
    assert "Part 1 of" in entries(feed)[0].findtext("atom:content", namespaces=NS)


def test_an_unchanged_feed_answers_304_to_its_etag(client, author, make_work):
    work = make_work(author, title="Lamplight")
    first = client.get(TAG_FEED)
    etag = first["ETag"]
    assert etag == '"' + hashlib.sha256(first.content).hexdigest()[:40] + '"'
    assert first["Last-Modified"]
    assert "public" in first["Cache-Control"]
    again = client.get(TAG_FEED, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    work_services.work_update(
        work=work,
        editor=author,
        data=work_services.WorkData(
            title="Lamplight Again",
            rating="General Audiences",
            warnings=["No Archive Warnings Apply"],
            fandoms=[FANDOM],
        ),
    )
    changed = client.get(TAG_FEED, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_feeds_page_with_next_and_previous_links(client, author, make_work):
    for n in range(25):
        make_work(author, title=f"Work {n:02}")
    first = parse(client.get("/works/search.atom"))
    assert len(entries(first)) == 20
    second_url = path_of(link_href(first, "next"))
    assert "page=2" in second_url
    second = parse(client.get(second_url))
    assert len(entries(second)) == 5
    assert links(second, "previous") and not links(second, "next")
    assert not set(titles(first)) & set(titles(second))


def test_characters_xml_forbids_are_dropped(client, author, make_work):
    make_work(author, title="Bell\x07 and\x0b Form\x0cfeed", summary="Esc\x1bape")
    response = client.get(TAG_FEED)
    feed = parse(response)
    assert titles(feed) == ["Bell and Formfeed"]


def test_a_feed_of_an_unknown_tag_or_creator_is_not_found(client, db):
    assert client.get("/tags/Nothing Like This/feed.atom").status_code == 404
    assert client.get("/users/nobody/works.atom").status_code == 404
    assert client.get("/users/nobody/pseuds/nobody/works.atom").status_code == 404
    assert client.get("/series/999/feed.atom").status_code == 404
