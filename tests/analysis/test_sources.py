"""Reading story files: text, Markdown, HTML and EPUB."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from fanfold.analysis.sources import read_path

CONTAINER = (
    '<?xml version="1.0"?><container version="1.0" '
    'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
    '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
    "</rootfiles></container>"
)


def chapter(title: str, body: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
        f"<head><title>Book</title></head><body><h1>{title}</h1>{body}</body></html>"
    )


def make_epub(
    path: Path, files: dict[str, str], spine: list[str], *, container: str = CONTAINER
) -> Path:
    nav = ' properties="nav"'
    manifest = "".join(
        f'<item id="{name.replace(".", "_")}" href="{name}" '
        f'media-type="application/xhtml+xml"{nav if name == "nav.xhtml" else ""}/>'
        for name in files
    )
    refs = "".join(f'<itemref idref="{name.replace(".", "_")}"/>' for name in spine)
    opf = (
        '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
        f"<metadata/><manifest>{manifest}</manifest><spine>{refs}</spine></package>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/container.xml", container)
        z.writestr("OEBPS/content.opf", opf)
        for name, text in files.items():
            z.writestr(f"OEBPS/{name}", text)
    return path


def test_text_markdown_and_html_files(tmp_path):
    (tmp_path / "a.txt").write_bytes("\ufeffHolmes smiled.".encode())
    (tmp_path / "b.md").write_text("*Watson* frowned.", encoding="utf-8")
    (tmp_path / "c.HTM").write_text("<p>Mina wrote.</p>", encoding="utf-8")
    (tmp_path / "d.txt").write_bytes("Caf\xe9 \x93quotes\x94".encode("latin-1"))
    assert [(c.text, c.format) for c in read_path(tmp_path / "a.txt")] == [
        ("Holmes smiled.", "plain")
    ]
    assert read_path(tmp_path / "b.md")[0].format == "markdown"
    assert read_path(tmp_path / "c.HTM")[0].format == "html"
    assert read_path(tmp_path / "d.txt")[0].text == "Café “quotes”"


def test_unsupported_and_missing_files_raise_clear_errors(tmp_path):
    (tmp_path / "story.docx").write_bytes(b"PK")
    with pytest.raises(ValueError, match=r"unsupported file type \.docx"):
        read_path(tmp_path / "story.docx")
    with pytest.raises(ValueError, match="cannot read"):
        read_path(tmp_path / "missing.txt")


def test_epub_chapters_in_spine_order_with_titles(tmp_path):
    files = {
        "nav.xhtml": chapter("Contents", "<ol><li>One</li></ol>"),
        "c2.xhtml": chapter("The Second", "<p>Jonathan slept.</p>"),
        "c1.xhtml": chapter("The First", "<p>Mina wrote a letter.</p>"),
        "blank.xhtml": chapter("", "<p> </p>"),
    }
    path = make_epub(
        tmp_path / "book.epub", files, ["nav.xhtml", "c1.xhtml", "blank.xhtml", "c2.xhtml"]
    )
    chapters = read_path(path)
    assert [c.title for c in chapters] == ["The First", "The Second"]
    assert all(c.format == "html" for c in chapters)
    assert "Mina wrote a letter." in chapters[0].text
    assert "<title>" not in chapters[0].text


def test_broken_epubs_raise_value_error(tmp_path):
    not_zip = tmp_path / "a.epub"
    not_zip.write_bytes(b"this is not a zip")
    with pytest.raises(ValueError, match="not a valid ZIP"):
        read_path(not_zip)

    no_container = tmp_path / "b.epub"
    with zipfile.ZipFile(no_container, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
    with pytest.raises(ValueError, match=r"container\.xml is missing"):
        read_path(no_container)

    bad_xml = make_epub(tmp_path / "c.epub", {}, [], container="<container><rootfiles>")
    with pytest.raises(ValueError, match="not well-formed"):
        read_path(bad_xml)

    missing_doc = make_epub(
        tmp_path / "d.epub", {"c1.xhtml": chapter("x", "<p>y</p>")}, ["c1.xhtml"]
    )
    with zipfile.ZipFile(missing_doc) as z:
        kept = {n: z.read(n) for n in z.namelist() if not n.endswith("c1.xhtml")}
    with zipfile.ZipFile(missing_doc, "w") as z:
        for n, data in kept.items():
            z.writestr(n, data)
    with pytest.raises(ValueError, match="missing"):
        read_path(missing_doc)

    empty = make_epub(tmp_path / "e.epub", {"c1.xhtml": chapter("", "")}, ["c1.xhtml"])
    with pytest.raises(ValueError, match="no chapters with text"):
        read_path(empty)


def test_drm_protected_epub_is_refused(tmp_path):
    path = make_epub(tmp_path / "drm.epub", {"c1.xhtml": chapter("x", "<p>y</p>")}, ["c1.xhtml"])
    with zipfile.ZipFile(path, "a") as z:
        z.writestr(
            "META-INF/encryption.xml",
            '<encryption><EncryptedData><CipherData><CipherReference URI="OEBPS/c1.xhtml"/>'
            "</CipherData></EncryptedData></encryption>",
        )
    with pytest.raises(ValueError, match="DRM"):
        read_path(path)
