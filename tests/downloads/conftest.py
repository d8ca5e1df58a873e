from __future__ import annotations

import datetime
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from django.http import HttpResponse
from django.test import Client

from fanfold.accounts.models import User
from fanfold.accounts.services import pseud_create
from fanfold.downloads.filetypes import FILE_TYPES, available_types, unavailable_reason
from fanfold.works import services
from fanfold.works.models import Work

ALL_EXTS = list(FILE_TYPES)


@pytest.fixture(autouse=True)
def _own_download_cache(settings, tmp_path: Path) -> None:
    # Work ids come back after each test's rollback: every test gets an empty cache.
    settings.DATA_DIR = tmp_path


def available_exts() -> list[str]:
    return [t.ext for t in available_types()]


def skip_unless_offered(ext: str) -> None:
    """PDF needs WeasyPrint and its libraries, AZW3 and MOBI calibre: without them the
    archive doesn't offer those files, and their tests say why they didn't run."""
    reason = unavailable_reason(FILE_TYPES[ext])
    if reason:
        pytest.skip(f"{ext} files are not offered here: {reason}")


def body(response: HttpResponse) -> bytes:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


def download_path(work: Work, ext: str, slug: str = "x") -> str:
    return f"/downloads/{work.pk}/{slug}.{ext}"


def fetch_file(client: Client, work: Work, ext: str) -> HttpResponse:
    """The file, through the progress page when it is built in the background (the
    worker runs at once in tests): download URL, status URL, download URL again."""
    response = client.get(download_path(work, ext))
    if response.status_code == 202:
        status_url = re.search(r'hx-get="([^"?]+)', response.content.decode()).group(1)
        ready = client.get(status_url)
        assert ready.status_code == 302, ready.content.decode()[-2000:]
        response = client.get(ready["Location"])
    assert response.status_code == 200, (ext, response.status_code)
    return response


def cached_files(settings, work: Work) -> list[Path]:
    folder = Path(settings.DATA_DIR) / "downloads" / str(work.pk)
    return sorted(p for p in folder.glob("*") if not p.name.startswith("."))


@pytest.fixture
def make_pseud_work(db) -> Callable[..., Work]:
    """A work credited to a named pseud (not the account's default one)."""

    def make(user: User, pseud_name: str, **fields) -> Work:
        pseud = pseud_create(user=user, name=pseud_name)
        data = services.WorkData(
            title=fields.pop("title", "The Salt Ledger"),
            rating="General Audiences",
            warnings=["No Archive Warnings Apply"],
            fandoms=["Original Work"],
            published_on=datetime.date(2026, 2, 1),
            summary="A ledger of salt and weather.",
            notes="Written for a friend.",
            endnotes="Thank you for reading.",
            **fields,
        )
        work = services.work_create(
            creator=user,
            pseuds=[pseud],
            data=data,
            chapter=services.ChapterData(
                title="High Water",
                notes="The first tide.",
                text="The harbour filled slowly, and the keeper wrote down every inch.",
            ),
            post=True,
        )
        services.chapter_add(
            work=work,
            editor=user,
            data=services.ChapterData(
                title="Low Water", text="At low water the boats lay on their sides."
            ),
        )
        work.refresh_from_db()
        return work

    return make


def pdf_text(data: bytes, folder: Path) -> str:
    path = folder / "file.pdf"
    path.write_bytes(data)
    completed = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return completed.stdout.decode("utf-8")


def ebook_text(data: bytes, ext: str, folder: Path) -> str:
    """An AZW3 or MOBI file read back to text by calibre."""
    source = folder / f"book.{ext}"
    target = folder / "book.txt"
    source.write_bytes(data)
    subprocess.run(
        [shutil.which("ebook-convert"), str(source), str(target)],
        capture_output=True,
        check=True,
        env={"PATH": "/usr/bin:/bin", "HOME": str(folder), "QT_QPA_PLATFORM": "offscreen"},
    )
    return target.read_text(encoding="utf-8", errors="replace")
