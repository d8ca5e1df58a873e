from __future__ import annotations

import zlib

import pytest

from fanfold.formats import write_epub, write_html, write_txt

from .corpus import SECRET_CREATOR, anonymous_work
from .helpers import NS, entries, text_of, xml

SECRETS = [SECRET_CREATOR, *SECRET_CREATOR.replace("-", " ").split()]


def forms(value: str) -> list[bytes]:
    """The name as it could appear in any of the files' encodings."""
    return [
        value.encode("utf-8"),
        value.lower().encode("utf-8"),
        value.encode("utf-16-le"),
        value.replace(" ", "%20").encode("utf-8"),
    ]


def test_model_drops_the_names_of_an_anonymous_work():
    work = anonymous_work()
    assert work.creators == ()
    assert work.shown_creators == ("Anonymous",)


@pytest.mark.parametrize("writer", [write_epub, write_html, write_txt])
def test_no_byte_of_any_format_names_an_anonymous_creator(writer):
    data = writer(anonymous_work())
    blobs = [data]
    if writer is write_epub:
        files = entries(data)
        blobs += list(files.values()) + [name.encode() for name in files]
    else:
        blobs.append(zlib.compress(data))
    for blob in blobs:
        for secret in SECRETS:
            for form in forms(secret):
                assert form not in blob


def test_anonymous_epub_says_anonymous_in_its_metadata():
    opf = xml(entries(write_epub(anonymous_work()))["OEBPS/content.opf"])
    assert [text_of(c) for c in opf.iterfind(".//dc:creator", NS)] == ["Anonymous"]
    assert b'by <span class="creators">Anonymous</span>' in write_html(anonymous_work())
    assert "by Anonymous" in write_txt(anonymous_work()).decode()
