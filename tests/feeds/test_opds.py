"""The OPDS catalogue as an e-reader app browses it: navigation, acquisition feeds,
paging and search."""

from __future__ import annotations

import datetime
import xml.etree.ElementTree as ET

from fanfold.accounts.services import tag_mute_add
from fanfold.feedback.bookmarks.services import BookmarkData, bookmark_create
from fanfold.feedback.history.services import reading_mark_for_later
from fanfold.feeds.services import feed_token_create
from fanfold.tags.models import Tag
from fanfold.tags.services import tag_make_canonical
from fanfold.works.models import Work

from .conftest import ACQUISITION_REL, NS, entries, link_href, links, parse, path_of, titles

NAVIGATION = "application/atom+xml;profile=opds-catalog;kind=navigation"
ACQUISITION = "application/atom+xml;profile=opds-catalog;kind=acquisition"
FANDOM = "Sherlock Holmes - Arthur Conan Doyle"


def test_the_root_is_a_navigation_feed(client, author, make_work):
    make_work(author, title="Lamplight")
    response = client.get("/opds/")
    assert response["Content-Type"].startswith(NAVIGATION)
    feed = parse(response)
    assert feed.tag == "{http://www.w3.org/2005/Atom}feed"
    assert titles(feed) == ["Newest", "Most kudos", "By fandom", "By tag"]
    assert path_of(link_href(feed, "start")) == "/opds/"
    assert path_of(link_href(feed, "self")) == "/opds/"
    searches = {link.get("type"): link.get("href") for link in links(feed, "search")}
    assert path_of(searches["application/opensearchdescription+xml"]) == "/opds/opensearch.xml"
    assert searches[ACQUISITION].endswith("/opds/search?q={searchTerms}")
    by_title = {e.findtext("atom:title", namespaces=NS): e for e in entries(feed)}
    newest = links(by_title["Newest"])[0]
    assert newest.get("rel") == "http://opds-spec.org/sort/new"
    assert newest.get("type") == ACQUISITION
    assert links(by_title["Most kudos"])[0].get("rel") == "http://opds-spec.org/sort/popular"
    fandoms = links(by_title["By fandom"])[0]
    assert fandoms.get("rel") == "subsection" and fandoms.get("type") == NAVIGATION
    for entry in entries(feed):
        assert entry.findtext("atom:id", namespaces=NS) and entry.findtext(
            "atom:updated", namespaces=NS
        )


def test_an_acquisition_entry_offers_the_files_and_warns_first(client, author, make_work):
    work = make_work(
        author,
        title="Lamplight & Fog",
        rating="Mature",
        warnings=["Major Character Death"],
        freeforms=["Fog"],
        language="fr",
        summary="Une promenade.",
    )
    response = client.get("/opds/new")
    assert response["Content-Type"].startswith(ACQUISITION)
    feed = parse(response)
    entry = entries(feed)[0]
    acquisitions = {
        link.get("type"): path_of(link.get("href")) for link in links(entry, ACQUISITION_REL)
    }
    assert acquisitions == {
        "application/epub+zip": f"/downloads/{work.pk}/Lamplight_Fog.epub",
        "text/html": f"/downloads/{work.pk}/Lamplight_Fog.html",
        "text/plain": f"/downloads/{work.pk}/Lamplight_Fog.txt",
    }
    assert entry.findtext("dc:language", namespaces=NS) == "fr"
    assert entry.findtext("dc:issued", namespaces=NS) == "2026-01-05"
    assert entry.findtext("atom:author/atom:name", namespaces=NS) == "quill"
    summary = entry.findtext("atom:summary", namespaces=NS)
    assert summary.startswith("Rating: Mature\nWarnings: Major Character Death\n")
    assert "Une promenade." in summary
    categories = {(c.get("term"), c.get("scheme")) for c in entry.findall("atom:category", NS)}
    assert ("Fog", "http://127.0.0.1:8000/tags#freeform") in categories
    assert ("Mature", "http://127.0.0.1:8000/tags#rating") in categories
    assert path_of(link_href(feed, "up")) == "/opds/"
    assert path_of(link_href(feed, "start")) == "/opds/"


def test_an_acquisition_link_downloads_the_epub(client, author, make_work):
    make_work(author, title="Lamplight")
    entry = entries(parse(client.get("/opds/new")))[0]
    epub = next(link for link in links(entry, ACQUISITION_REL) if "epub" in link.get("type"))
    response = client.get(path_of(epub.get("href")))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/epub+zip"


def test_acquisition_feeds_page_with_opensearch_counts(client, author, make_work):
    for n in range(25):
        make_work(author, title=f"Work {n:02}", published_on=datetime.date(2025, 1, 1 + n))
    first = parse(client.get("/opds/new"))
    assert len(entries(first)) == 20
    assert first.findtext("opensearch:totalResults", namespaces=NS) == "25"
    assert first.findtext("opensearch:itemsPerPage", namespaces=NS) == "20"
    assert first.findtext("opensearch:startIndex", namespaces=NS) == "1"
    assert not links(first, "previous")
    assert path_of(link_href(first, "first")) == "/opds/new"
    second = parse(client.get(path_of(link_href(first, "next"))))
    assert second.findtext("opensearch:startIndex", namespaces=NS) == "21"
    assert len(entries(second)) == 5
    assert path_of(link_href(second, "previous")) == "/opds/new"
    assert path_of(link_href(second, "first")) == "/opds/new"
    assert not links(second, "next")
    assert titles(first)[0] == "Work 24"


def test_most_kudos_lists_the_most_liked_first(client, author, make_work):
    make_work(author, title="Quiet")
    loved = make_work(author, title="Loved")
    Work.objects.filter(pk=loved.pk).update(kudos_count=40)
    assert titles(parse(client.get("/opds/kudos"))) == ["Loved", "Quiet"]


def test_fandoms_are_listed_with_counts_and_open_their_works(client, author, make_work):
    make_work(author, title="Lamplight")
    make_work(author, title="Fogbound")
    make_work(author, title="Crossing", fandoms=["Greek Mythology"])
    feed = parse(client.get("/opds/fandoms"))
    assert titles(feed) == [FANDOM, "Greek Mythology"]
    link = links(entries(feed)[0])[0]
    assert link.get("{http://purl.org/syndication/thread/1.0}count") == "2"
    assert link.get("type") == ACQUISITION and link.get("rel") == "subsection"
    assert entries(feed)[0].findtext("atom:content", namespaces=NS) == "2 works"
    works = parse(client.get(path_of(link.get("href"))))
    assert sorted(titles(works)) == ["Fogbound", "Lamplight"]
    assert path_of(link_href(works, "up")) == "/opds/fandoms"


def test_by_tag_lists_popular_canonical_tags(client, author, make_work):
    make_work(author, title="Foggy", freeforms=["Fog"])
    make_work(author, title="Rainy", freeforms=["Rain"])
    tag_make_canonical(actor=None, tag=Tag.objects.get(name="Fog"))
    feed = parse(client.get("/opds/tags"))
    assert titles(feed) == ["Fog"]
    assert titles(parse(client.get(path_of(link_href(entries(feed)[0], "subsection"))))) == [
        "Foggy"
    ]


def test_the_opensearch_description_points_at_the_catalogue_search(client, db):
    response = client.get("/opds/opensearch.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/opensearchdescription+xml")
    root = ET.fromstring(response.content)
    assert root.tag == "{http://a9.com/-/spec/opensearch/1.1/}OpenSearchDescription"
    assert root.findtext("os:ShortName", namespaces=NS)
    urls = {url.get("type"): url.get("template") for url in root.findall("os:Url", NS)}
    assert urls[ACQUISITION] == "http://testserver/opds/search?q={searchTerms}"


def test_search_runs_the_full_text_search(client, author, make_work):
    make_work(author, title="Lamplight")
    make_work(author, title="Downpour", text="Nothing but rain on the glass, all night long.")
    template = client.get("/opds/opensearch.xml").content.decode()
    assert "{searchTerms}" in template
    feed = parse(client.get("/opds/search", {"q": "rain glass"}))
    assert titles(feed) == ["Downpour"]
    assert feed.findtext("opensearch:totalResults", namespaces=NS) == "1"
    empty = parse(client.get("/opds/search", {"q": "zeppelin"}))
    assert titles(empty) == []


def test_a_search_with_no_words_lists_nothing(client, author, make_work):
    make_work(author, title="Lamplight")
    feed = parse(client.get("/opds/search", {"q": "---"}))
    assert titles(feed) == []
    assert feed.findtext("atom:subtitle", namespaces=NS)


def test_every_catalogue_feed_is_well_formed_with_opds_links(client, author, make_work):
    make_work(author, title="Lamplight", freeforms=["Fog"])
    tag_make_canonical(actor=None, tag=Tag.objects.get(name="Fog"))
    fandom = Tag.objects.get(name=FANDOM)
    for url in (
        "/opds/",
        "/opds/new",
        "/opds/kudos",
        "/opds/fandoms",
        f"/opds/fandoms/{fandom.pk}",
        "/opds/tags",
        f"/opds/tags/{Tag.objects.get(name='Fog').pk}",
        "/opds/search?q=lamps",
    ):
        feed = parse(client.get(url))
        assert feed.findtext("atom:id", namespaces=NS), url
        assert feed.findtext("atom:author/atom:name", namespaces=NS), url
        assert links(feed, "self") and links(feed, "start") and links(feed, "search"), url


def test_the_public_catalogue_ignores_a_logged_in_session(client, author, reader, make_work, login):
    make_work(author, title="For Everyone")
    make_work(author, title="Members Only", restricted=True)
    make_work(author, title="Not Yet", post=False)
    login(author)
    assert "My bookmarks" not in titles(parse(client.get("/opds/")))
    for url in ("/opds/new", "/opds/search?q=lamps", "/opds/kudos"):
        response = client.get(url)
        assert titles(parse(response)) == ["For Everyone"], url
        assert b"Members Only" not in response.content
    assert client.get("/opds/bookmarks").status_code == 403


def test_anonymous_creators_are_in_no_byte_of_the_public_catalogue(
    client, make_user, make_work, login
):
    hidden = make_user("secretquill")
    make_work(hidden, title="Unsigned Letter", anonymous=True, freeforms=["Letters"])
    tag_make_canonical(actor=None, tag=Tag.objects.get(name="Letters"))
    login(hidden)
    fandom = Tag.objects.get(name=FANDOM)
    for url in (
        "/opds/",
        "/opds/new",
        "/opds/kudos",
        f"/opds/fandoms/{fandom.pk}",
        "/opds/tags",
        f"/opds/tags/{Tag.objects.get(name='Letters').pk}",
        "/opds/search?q=lamps",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert b"secretquill" not in response.content.lower(), url
    entry = entries(parse(client.get("/opds/new")))[0]
    assert entry.findtext("atom:author/atom:name", namespaces=NS) == "Anonymous"


def test_a_work_in_a_big_catalogue_keeps_its_published_date_as_issued(client, author, make_work):
    make_work(author, title="Old", published_on=datetime.date(2020, 2, 29))
    entry = entries(parse(client.get("/opds/new")))[0]
    assert entry.findtext("dc:issued", namespaces=NS) == "2020-02-29"
    assert entry.findtext("atom:published", namespaces=NS) == "2020-02-29T00:00:00Z"


def test_an_unchanged_catalogue_page_answers_304(client, author, make_work):
    make_work(author, title="Lamplight")
    first = client.get("/opds/new")
    again = client.get("/opds/new", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert "Authorization" in first["Vary"]


def test_a_key_user_sees_their_own_shelves(client, author, reader, make_work):
    kept = make_work(author, title="Kept")
    later = make_work(author, title="For Later")
    make_work(author, title="Neither")
    bookmark_create(user=reader, work=kept, data=BookmarkData(pseud=reader.default_pseud))
    reading_mark_for_later(user=reader, work=later)
    key = feed_token_create(user=reader, name="Kobo").key
    root = parse(client.get(f"/opds/t/{key}/"))
    assert titles(root)[-2:] == ["My bookmarks", "Marked for Later"]
    by_title = {e.findtext("atom:title", namespaces=NS): e for e in entries(root)}
    bookmarks_url = path_of(link_href(by_title["My bookmarks"], "subsection"))
    assert bookmarks_url == f"/opds/t/{key}/bookmarks"
    assert titles(parse(client.get(bookmarks_url))) == ["Kept"]
    later_feed = parse(client.get(path_of(link_href(by_title["Marked for Later"], "subsection"))))
    assert titles(later_feed) == ["For Later"]
    # Every link stays under the key's catalogue; no id carries the key.
    for link in links(later_feed):
        if link.get("rel") != ACQUISITION_REL and "/opds/" in link.get("href"):
            assert f"/opds/t/{key}/" in link.get("href"), link.attrib
    assert key not in later_feed.findtext("atom:id", namespaces=NS)
    assert "private" in client.get(f"/opds/t/{key}/")["Cache-Control"]


def test_a_key_given_as_a_query_parameter_is_carried_on_every_link(client, reader, db):
    key = feed_token_create(user=reader, name="Thorium").key
    root = parse(client.get("/opds/", {"token": key}))
    assert "My bookmarks" in titles(root)
    for link in links(root):
        if link.get("type") != "application/opensearchdescription+xml":
            assert f"token={key}" in link.get("href"), link.attrib
    search = ET.fromstring(client.get("/opds/opensearch.xml", {"token": key}).content)
    templates = [url.get("template") for url in search.findall("os:Url", NS)]
    assert templates[0].endswith(f"search?q={{searchTerms}}&token={key}")


def test_a_signed_in_app_sees_restricted_works_and_fetches_them(client, author, reader, make_work):
    restricted = make_work(author, title="Members Only", restricted=True)
    key = feed_token_create(user=reader, name="KOReader").key
    feed = parse(client.get(f"/opds/t/{key}/new"))
    assert titles(feed) == ["Members Only"]
    epub = next(
        link
        for link in links(entries(feed)[0], ACQUISITION_REL)
        if link.get("type") == "application/epub+zip"
    )
    url = path_of(epub.get("href"))
    assert url == f"/opds/t/{key}/download/{restricted.pk}/Members_Only.epub"
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/epub+zip"
    # Without the key, the same file needs a login.
    assert client.get(f"/downloads/{restricted.pk}/Members_Only.epub").status_code == 302


def test_a_signed_in_app_is_asked_to_retry_while_a_long_work_is_made(
    client, author, reader, make_work, settings
):
    settings.DOWNLOADS_INLINE_WORDS = 10
    restricted = make_work(author, title="Members Only", restricted=True, chapters=2)
    key = feed_token_create(user=reader, name="KOReader").key
    url = f"/opds/t/{key}/download/{restricted.pk}/Members_Only.epub"
    # Even an app that says it takes anything, HTML included, gets no progress page.
    waiting = client.get(url, HTTP_ACCEPT="text/html,*/*")
    assert waiting.status_code == 503 and waiting["Retry-After"] == "10"
    assert client.get(url).status_code == 200


def test_anonymous_creators_stay_hidden_from_other_signed_in_readers(
    client, make_user, reader, make_work
):
    hidden = make_user("secretquill")
    make_work(hidden, title="Unsigned Letter", anonymous=True)
    other = feed_token_create(user=reader, name="Kobo").key
    response = client.get(f"/opds/t/{other}/new")
    assert b"secretquill" not in response.content.lower()
    own = feed_token_create(user=hidden, name="Kobo").key
    entry = entries(parse(client.get(f"/opds/t/{own}/new")))[0]
    assert entry.findtext("atom:author/atom:name", namespaces=NS) == "secretquill"


def test_a_wrong_or_revoked_key_is_refused(client, reader, db):
    made = feed_token_create(user=reader, name="Kobo")
    assert client.get(f"/opds/t/{made.key}/").status_code == 200
    assert client.get("/opds/t/not-a-key-at-all/").status_code == 403
    assert client.get("/opds/", {"token": "not-a-key-at-all"}).status_code == 403
    made.token.delete()
    refused = client.get(f"/opds/t/{made.key}/")
    assert refused.status_code == 403
    assert "revoked" in refused.content.decode()


def test_a_key_of_a_closed_account_is_refused(client, reader, db):
    key = feed_token_create(user=reader, name="Kobo").key
    reader.is_active = False
    reader.save()
    assert client.get(f"/opds/t/{key}/").status_code == 403


def test_a_signed_in_readers_mutes_hold_in_their_catalogue(client, author, reader, make_work):
    make_work(author, title="Foggy", freeforms=["Fog"])
    make_work(author, title="Clear")
    tag_mute_add(user=reader, tags=[Tag.objects.get(name="Fog")])
    key = feed_token_create(user=reader, name="Kobo").key
    assert titles(parse(client.get(f"/opds/t/{key}/new"))) == ["Clear"]
    assert sorted(titles(parse(client.get("/opds/new")))) == ["Clear", "Foggy"]
