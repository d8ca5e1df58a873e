from __future__ import annotations

import pytest

from fanfold.formats import Chapter, WorkDocument, write_txt
from fanfold.formats.plaintext import WIDTH, display_width, html_to_text

from .corpus import CORPUS, japanese_work, kitchen_sink


@pytest.mark.parametrize("name", list(CORPUS))
def test_every_line_fits_in_78_columns(name):
    text = write_txt(CORPUS[name]()).decode("utf-8")
    too_long = [line for line in text.splitlines() if display_width(line) > WIDTH]
    # A web address is never cut, so it alone may be longer.
    assert [line for line in too_long if "://" not in line] == []


def test_header_comes_before_the_story():
    text = write_txt(kitchen_sink()).decode("utf-8")
    assert text.index("Rating: Teen And Up Audiences") < text.index("Chapter 1: Tables")
    assert text.index("Archive Warnings: No Archive Warnings Apply") < text.index("Summary:")
    assert "by quillandink, Second Pen" in text
    assert "Series: Part 2 of Harbor Lights, Part 5 of Keepers & Ships" in text
    assert "Stats: Published: 2026-03-01  Updated: 2026-04-02  Words: 1,200" in text


def test_chapters_are_separated_and_headed():
    text = write_txt(kitchen_sink()).decode("utf-8")
    assert "=" * 78 + "\n\n\nChapter 1: Tables\n-----------------\n" in text
    assert "\nChapter 5\n---------\n" in text


def test_afterword_gives_the_addresses_to_thank_the_creators():
    text = write_txt(kitchen_sink()).decode("utf-8")
    afterword = text[text.index("Afterword\n---------") :]
    assert "Leave kudos: https://archive.example.org/works/101#kudos" in afterword
    assert "Leave a comment: https://archive.example.org/works/101#comments" in afterword
    assert "quillandink, Second Pen" in afterword


def test_paragraphs_and_line_breaks():
    assert html_to_text("<p>One\n  two</p><p>three<br>four</p>") == "One two\n\nthree\nfour"


def test_lists_blockquotes_and_rules():
    text = html_to_text(
        "<ul><li>tea</li><li>toast<ol start='3'><li>jam</li></ol></li></ul>"
        "<blockquote><p>Quoted words.</p></blockquote><hr><p>After.</p>"
    )
    assert text == (
        "  * tea\n  * toast\n      3. jam\n\n    Quoted words.\n\n" + " " * 36 + "* * *\n\nAfter."
    )


def test_long_paragraphs_wrap_with_their_indent():
    words = " ".join(["lantern"] * 40)
    lines = html_to_text(f"<blockquote><p>{words}</p></blockquote>").splitlines()
    assert len(lines) > 3
    assert all(line.startswith("    lantern") and len(line) <= 78 for line in lines)


def test_emphasis_tables_images_and_links_read_as_text():
    text = html_to_text(
        "<p><em>Quietly</em>, she <strong>ran</strong>.</p>"
        "<table><tr><th>Day</th><th>Tide</th></tr><tr><td>Mon</td><td>6:12</td></tr></table>"
        '<p><img src="https://e.example/m.png" alt="a map"> <a href="https://e.example/x">here</a></p>'
    )
    assert text == (
        "_Quietly_, she *ran*.\n\nDay | Tide\n\nMon | 6:12\n\n"
        "[Image: a map] <https://e.example/m.png> here <https://e.example/x>"
    )


def test_preformatted_text_keeps_its_spaces():
    assert html_to_text("<pre>a  b\n   c</pre>") == "a  b\n   c"


def test_cjk_text_wraps_by_columns_and_never_starts_a_line_with_closing_punctuation():
    text = write_txt(japanese_work()).decode("utf-8")
    lines = text.splitlines()
    body = [line for line in lines if "灯台" in line or "手紙" in line]
    assert body
    assert all(display_width(line) <= 78 for line in lines)
    assert not any(line and line[0] in "。、」" for line in lines)
    assert max(display_width(line) for line in body) >= 70  # filled, not cut at 39 characters


def test_text_is_utf8_with_rtl_script_intact():
    work = WorkDocument(
        title="رسالة", language="ar", chapters=(Chapter(body="<p>كانت المنارة تضيء الميناء.</p>"),)
    )
    assert "كانت المنارة تضيء الميناء." in write_txt(work).decode("utf-8")
