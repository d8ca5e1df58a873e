"""An anonymous work's creators appear in no byte of any file, its name or its headers,
whoever downloads it (the creator too: a file travels)."""

from __future__ import annotations

import io
import shutil
import zipfile

import pytest

from .conftest import body, ebook_text, fetch_file, pdf_text, skip_unless_offered

pytestmark = pytest.mark.django_db

USERNAME = "vesperwick"
PSEUD = "Nightjar Oriel"
NAMES = (USERNAME, PSEUD, "Nightjar", "Oriel", f"{USERNAME}@example.org")


def leaks(data: bytes) -> list[str]:
    """Names found in raw bytes, as UTF-8/ASCII or UTF-16 (PDF metadata strings)."""
    found = []
    lowered = data.lower()
    for name in NAMES:
        for encoding in ("utf-8", "utf-16-be", "utf-16-le"):
            if name.lower().encode(encoding) in lowered:
                found.append(f"{name} ({encoding})")
    return found


def text_leaks(text: str) -> list[str]:
    return [name for name in NAMES if name.lower() in text.lower()]


def readable_text(ext: str, data: bytes, tmp_path) -> str:
    """What a reader of the file would see, decoded from its format."""
    if ext == "epub":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "\n".join(
                name + "\n" + archive.read(name).decode("utf-8") for name in archive.namelist()
            )
    if ext in ("html", "txt"):
        return data.decode("utf-8")
    if ext == "pdf":
        if shutil.which("pdftotext") is None:
            pytest.skip("pdftotext (Debian poppler-utils) is needed to read PDF text")
        return pdf_text(data, tmp_path)
    return ebook_text(data, ext, tmp_path)


@pytest.fixture
def writer(make_user):
    return make_user(USERNAME)


@pytest.mark.parametrize("ext", ["epub", "azw3", "mobi", "pdf", "html", "txt"])
@pytest.mark.parametrize("downloader", ["guest", "reader", "creator"])
def test_anonymous_creator_is_in_no_byte_of_any_file(
    client, writer, reader, make_pseud_work, login, tmp_path, ext, downloader
):
    skip_unless_offered(ext)
    work = make_pseud_work(writer, PSEUD, title="Tidewater Accounts", anonymous=True)
    if downloader != "guest":
        login(reader if downloader == "reader" else writer)
    response = fetch_file(client, work, ext)
    data = body(response)
    headers = "\n".join(f"{k}: {v}" for k, v in response.headers.items())
    assert "Anonymous" in response["Content-Disposition"]
    assert not text_leaks(headers), headers
    assert not leaks(data)
    text = readable_text(ext, data, tmp_path)
    assert "Tidewater Accounts" in text and "Anonymous" in text
    assert not text_leaks(text)


@pytest.mark.parametrize("ext", ["epub", "pdf", "azw3"])
def test_a_named_work_does_carry_its_pseud(client, writer, make_pseud_work, tmp_path, ext):
    """The check above would find a name: the same reading sees it in a named work."""
    skip_unless_offered(ext)
    work = make_pseud_work(writer, PSEUD, title="Tidewater Accounts")
    response = fetch_file(client, work, ext)
    assert PSEUD in readable_text(ext, body(response), tmp_path)
    assert f"{PSEUD} ({USERNAME})" in response["Content-Disposition"]
