"""The PDF writer: the HTML page typeset by WeasyPrint, its header before the story."""

from __future__ import annotations

import datetime
import shutil
import subprocess

import pytest

from fanfold.formats import Chapter, Tags, WorkDocument

from .conftest import pdf_text, skip_unless_offered

WORK = WorkDocument(
    title="Harbor Nights",
    creators=("quill",),
    summary="<p>A tide comes in twice.</p>",
    tags=Tags(rating="Mature", warnings=("No Archive Warnings Apply",), fandoms=("Original Work",)),
    chapters=(
        Chapter(title="First Water", body="<p>The first tide was quiet.</p>"),
        Chapter(title="Second Water", body="<p>The second tide was not.</p>"),
    ),
    published=datetime.date(2026, 3, 1),
    source_url="https://archive.example.org/works/5",
    archive_name="Harbor Archive",
)


@pytest.fixture
def pdf() -> bytes:
    skip_unless_offered("pdf")
    if shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None:
        pytest.skip("pdftotext and pdfinfo (Debian poppler-utils) read the PDF back")
    from fanfold.formats.pdf import write_pdf

    return write_pdf(WORK)


def test_pdf_carries_the_works_metadata(pdf, tmp_path):
    path = tmp_path / "work.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    fields = dict(line.split(":", 1) for line in info.stdout.splitlines() if ":" in line)
    fields = {key: value.strip() for key, value in fields.items()}
    assert fields["Title"] == "Harbor Nights"
    assert fields["Author"] == "quill"
    assert fields["Subject"] == "A tide comes in twice."
    assert fields["Keywords"] == "Mature, No Archive Warnings Apply, Original Work"
    assert fields["Creator"] == "Harbor Archive"


def test_rating_and_warnings_come_first_and_chapters_start_new_pages(pdf, tmp_path):
    text = pdf_text(pdf, tmp_path)
    pages = text.split("\f")
    # Where lines wrap depends on the installed fonts' widths: read the words in order.
    words = " ".join(text.split())
    assert (
        words.index("Mature") < words.index("No Archive Warnings Apply") < words.index("tide was")
    )
    first = next(i for i, page in enumerate(pages) if "The first tide" in page)
    second = next(i for i, page in enumerate(pages) if "The second tide" in page)
    assert second == first + 1
    assert "Posted originally on Harbor Archive" in pages[0]
