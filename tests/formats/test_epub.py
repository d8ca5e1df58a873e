from __future__ import annotations

import dataclasses
import io
import re
import zipfile

import pytest

from fanfold.formats import Chapter, WorkDocument, write_epub
from fanfold.formats.document import identifier_for

from .corpus import CORPUS, arabic_work, hebrew_work, kitchen_sink, long_work
from .helpers import NS, entries, text_of, xml


@pytest.mark.parametrize("name", list(CORPUS))
def test_epubcheck_reports_no_error_and_no_warning(name, epubcheck_results):
    result = epubcheck_results[name]
    checker = result.raw["checker"]
    assert result.problems() == []
    assert (checker["nFatal"], checker["nError"], checker["nWarning"]) == (0, 0, 0)


def test_mimetype_comes_first_and_is_stored(corpus_epubs):
    with zipfile.ZipFile(io.BytesIO(corpus_epubs["kitchen-sink"])) as archive:
        first = archive.infolist()[0]
        assert first.filename == "mimetype"
        assert first.compress_type == zipfile.ZIP_STORED
        assert archive.read("mimetype") == b"application/epub+zip"
    assert corpus_epubs["kitchen-sink"][30:58] == b"mimetypeapplication/epub+zip"


def test_file_names_are_plain_ascii(corpus_epubs):
    names = list(entries(corpus_epubs["long"]))
    assert all(re.fullmatch(r"[A-Za-z0-9._/-]+", name) for name in names)
    assert "OEBPS/chapter-001.xhtml" in names
    assert "OEBPS/chapter-500.xhtml" in names


def test_the_same_work_always_gives_the_same_bytes():
    assert write_epub(kitchen_sink()) == write_epub(kitchen_sink())


def test_zip_dates_are_the_works_last_change(corpus_epubs):
    with zipfile.ZipFile(io.BytesIO(corpus_epubs["kitchen-sink"])) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2026, 4, 2, 10, 30, 4)}


def test_metadata_describes_the_work(corpus_epubs):
    opf = xml(entries(corpus_epubs["kitchen-sink"])["OEBPS/content.opf"])
    metadata = opf.find("opf:metadata", NS)
    assert metadata is not None

    def values(tag: str) -> list[str]:
        return [text_of(el) for el in metadata.findall(tag, NS)]

    work = kitchen_sink()
    assert values("dc:title") == [work.title]
    assert values("dc:creator") == ["quillandink", "Second Pen"]
    assert values("dc:language") == ["en"]
    assert values("dc:subject") == [
        "Teen And Up Audiences",
        "No Archive Warnings Apply",
        "Gen",
        "Original Work",
        "The Keeper",
        "Letters",
        "Lighthouses",
    ]
    assert values("dc:description") == [
        "A keeper finds a letter under her door & waits for calm water."
    ]
    assert values("dc:identifier") == [identifier_for("https://archive.example.org/works/101")]
    assert opf.get("unique-identifier") == metadata.find("dc:identifier", NS).get("id")
    assert values("dc:source") == ["https://archive.example.org/works/101"]
    properties = {
        (el.get("property"), el.get("refines")): text_of(el)
        for el in metadata.findall("opf:meta", NS)
        if el.get("property")
    }
    assert properties[("dcterms:modified", None)] == "2026-04-02T10:30:05Z"
    assert properties[("belongs-to-collection", None)] in ("Harbor Lights", "Keepers & Ships")
    assert properties[("collection-type", "#series-1")] == "series"
    assert properties[("group-position", "#series-1")] == "2"
    assert properties[("group-position", "#series-2")] == "5"
    calibre = {
        el.get("name"): el.get("content")
        for el in metadata.findall("opf:meta", NS)
        if el.get("name")
    }
    assert calibre == {"calibre:series": "Harbor Lights", "calibre:series_index": "2"}


def test_identifier_is_stable_and_can_be_given():
    first = kitchen_sink()
    assert first.uid == kitchen_sink().uid
    assert first.uid.startswith("urn:uuid:")
    given = dataclasses.replace(first, identifier="urn:uuid:00000000-0000-4000-8000-000000000001")
    opf = entries(write_epub(given))["OEBPS/content.opf"].decode()
    assert ">urn:uuid:00000000-0000-4000-8000-000000000001</dc:identifier>" in opf
    ncx = entries(write_epub(given))["OEBPS/toc.ncx"].decode()
    assert 'content="urn:uuid:00000000-0000-4000-8000-000000000001"' in ncx


def test_title_page_comes_first_with_rating_and_warnings(corpus_epubs):
    files = entries(corpus_epubs["kitchen-sink"])
    opf = xml(files["OEBPS/content.opf"])
    manifest = {item.get("id"): item.get("href") for item in opf.iterfind(".//opf:item", NS)}
    spine = [manifest[ref.get("idref")] for ref in opf.iterfind(".//opf:itemref", NS)]
    assert spine[:3] == ["title.xhtml", "nav.xhtml", "chapter-001.xhtml"]
    assert spine[-1] == "afterword.xhtml"
    title_page = text_of(xml(files["OEBPS/title.xhtml"]))
    rating = title_page.index("Rating:")
    assert title_page.index("Teen And Up Audiences") > rating
    assert title_page.index("No Archive Warnings Apply") < title_page.index("Summary")
    for expected in ("Part 2 of Harbor Lights", "Words: 1,200", "Chapters: 7/?", "Kudos: 12"):
        assert expected in title_page


def test_contents_list_every_chapter_in_nav_and_ncx(corpus_epubs):
    files = entries(corpus_epubs["long"])
    nav = xml(files["OEBPS/nav.xhtml"])
    toc = nav.find(".//xhtml:nav[@id='toc']", NS)
    links = [a.get("href") for a in toc.iterfind(".//xhtml:a", NS)]
    assert links[2:4] == ["chapter-001.xhtml", "chapter-002.xhtml"]
    assert len([link for link in links if link.startswith("chapter-")]) == 500
    ncx = xml(files["OEBPS/toc.ncx"])
    points = ncx.findall(".//ncx:navPoint", NS)
    assert len(points) == 503
    assert [p.get("playOrder") for p in points] == [str(n) for n in range(1, 504)]
    assert text_of(points[251]) == "Chapter 250: The longest night"


def test_each_chapter_carries_its_summary_notes_and_end_notes(corpus_epubs):
    chapter = text_of(xml(entries(corpus_epubs["kitchen-sink"])["OEBPS/chapter-001.xhtml"]))
    order = [
        "Chapter 1: Tables",
        "Chapter Summary",
        "Chapter summary.",
        "Chapter Notes",
        "Notes with a link",
        "Tide table",
        "Chapter End Notes",
        "Chapter end notes.",
    ]
    positions = [chapter.index(text) for text in order]
    assert positions == sorted(positions)


def test_afterword_links_back_for_kudos_and_comments(corpus_epubs):
    afterword = entries(corpus_epubs["kitchen-sink"])["OEBPS/afterword.xhtml"].decode()
    assert 'href="https://archive.example.org/works/101#kudos"' in afterword
    assert 'href="https://archive.example.org/works/101#comments"' in afterword
    assert 'href="https://archive.example.org/works/101"' in afterword
    assert "quillandink, Second Pen" in afterword
    assert "Work end note" in afterword
    assert "the Example Archive" in afterword


def test_images_become_their_alt_text_linked_to_the_address(corpus_epubs):
    files = entries(corpus_epubs["kitchen-sink"])
    assert not any(b"<img" in data for data in files.values())
    chapter = files["OEBPS/chapter-002.xhtml"].decode()
    assert (
        '<a class="image" href="https://images.example.org/maps/cove%201.png">'
        "[Image: a hand-drawn map of the cove]</a>"
    ) in chapter
    # Inside a link the image is only text; a relative address is made absolute.
    assert "fan art of the lighthouse" in chapter
    assert 'href="https://archive.example.org/media/relative.png">[Image]</a>' in chapter
    assert "javascript" not in chapter


def test_footnote_links_point_at_ids_in_the_same_file(corpus_epubs):
    chapter = entries(corpus_epubs["kitchen-sink"])["OEBPS/chapter-003.xhtml"].decode()
    ids = set(re.findall(r'id="([^"]+)"', chapter))
    targets = re.findall(r'href="#([^"]+)"', chapter)
    assert targets == ["u-fn1", "u-ref1"]
    assert set(targets) <= ids
    # The link to a missing note keeps its text but links nowhere.
    assert "<span>2</span>" in chapter


def test_right_to_left_works_read_right_to_left():
    for work in (arabic_work(), hebrew_work()):
        files = entries(write_epub(work))
        assert 'page-progression-direction="rtl"' in files["OEBPS/content.opf"].decode()
        for name, data in files.items():
            if name.endswith(".xhtml"):
                assert xml(data).get("dir") == "rtl"
        assert f"<dc:language>{work.language}</dc:language>" in files["OEBPS/content.opf"].decode()
    english = entries(write_epub(kitchen_sink()))
    assert "page-progression-direction" not in english["OEBPS/content.opf"].decode()


def test_the_longest_chapter_is_kept_whole(corpus_epubs):
    chapter = xml(entries(corpus_epubs["long"])["OEBPS/chapter-250.xhtml"])
    body = chapter.find(".//xhtml:div[@class='chapter-text']", NS)
    source = long_work().chapters[249].body
    assert len(text_of(body)) == len(re.sub(r"<[^>]+>", "", source))


def test_every_content_document_is_well_formed_xml(corpus_epubs):
    for name, epub in corpus_epubs.items():
        for entry, data in entries(epub).items():
            if entry.endswith((".xhtml", ".opf", ".ncx", ".xml")):
                xml(data)  # raises on the first error
            assert name


def test_a_work_without_chapters_still_builds():
    files = entries(write_epub(WorkDocument(title="Nothing yet", chapters=())))
    assert "OEBPS/afterword.xhtml" in files
    xml(files["OEBPS/content.opf"])


def test_a_one_shot_is_headed_by_its_title():
    work = WorkDocument(title="A Single Night", chapters=(Chapter(body="<p>Once.</p>"),))
    assert work.chapter_heading(0) == "A Single Night"
    chapter = entries(write_epub(work))["OEBPS/chapter-001.xhtml"].decode()
    assert '<h2 class="chapter-title">A Single Night</h2>' in chapter
