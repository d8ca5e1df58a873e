"""What a download looks like on the wire: types, names, headers, and the cache."""

from __future__ import annotations

import io
import os
import zipfile
from urllib.parse import unquote

import pytest
from django.db.models import F

from fanfold.downloads.filenames import ascii_name, content_disposition, download_name, slug
from fanfold.works import services
from fanfold.works.models import Work

from .conftest import (
    available_exts,
    body,
    cached_files,
    download_path,
    fetch_file,
    skip_unless_offered,
)

pytestmark = pytest.mark.django_db

CONTENT_TYPES = {
    "epub": "application/epub+zip",
    "azw3": "application/vnd.amazon.ebook",
    "mobi": "application/x-mobipocket-ebook",
    "pdf": "application/pdf",
    "html": "text/html; charset=utf-8",
    "txt": "text/plain; charset=utf-8",
}
MAGIC = {"epub": b"PK\x03\x04", "pdf": b"%PDF-", "html": b"<!DOCTYPE html>", "txt": b"Posted"}


@pytest.mark.parametrize("ext", list(CONTENT_TYPES))
def test_each_format_has_its_type_name_and_safe_headers(client, author, make_work, ext):
    skip_unless_offered(ext)
    work = make_work(author, title="Café Nocturne")
    response = fetch_file(client, work, ext)
    assert response["Content-Type"] == CONTENT_TYPES[ext]
    assert response["Content-Disposition"] == (
        f'attachment; filename="Cafe Nocturne - quill.{ext}"; '
        f"filename*=UTF-8''Caf%C3%A9%20Nocturne%20-%20quill.{ext}"
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "private, no-cache"
    data = body(response)
    assert data.startswith(MAGIC.get(ext, b"")), data[:40]
    if ext == "html":
        assert response["Content-Security-Policy"].startswith("sandbox;")
        assert b"<script" not in data.lower()


def test_the_menu_links_every_offered_format_in_ao3s_order(client, author, make_work):
    work = make_work(author, title="Café Nocturne")
    page = client.get(work.get_absolute_url()).content.decode()
    assert '<details class="download-menu">' in page
    for ext in available_exts():
        assert f'href="/downloads/{work.pk}/Cafe_Nocturne.{ext}" rel="nofollow"' in page
    positions = [page.index(f"Cafe_Nocturne.{ext}") for ext in available_exts()]
    assert positions == sorted(positions)


def test_converted_formats_are_hidden_without_ebook_convert(client, author, make_work, settings):
    settings.DOWNLOADS_EBOOK_CONVERT = "/nonexistent/ebook-convert"
    work = make_work(author)
    page = client.get(work.get_absolute_url()).content.decode()
    assert ".epub" in page
    assert ".azw3" not in page and ".mobi" not in page
    assert client.get(download_path(work, "azw3")).status_code == 404
    assert client.get(download_path(work, "mobi")).status_code == 404


def test_pdf_is_hidden_when_turned_off(client, author, make_work, settings):
    settings.DOWNLOADS_PDF = False
    work = make_work(author)
    assert ".pdf" not in client.get(work.get_absolute_url()).content.decode()
    assert client.get(download_path(work, "pdf")).status_code == 404


def test_menu_shows_on_a_creators_own_draft_only(client, author, reader, make_work, login):
    draft = make_work(author, post=False)
    login(author)
    assert "download-menu" in client.get(draft.get_absolute_url()).content.decode()
    login(reader)
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_file_names_are_safe_and_keep_unicode_for_modern_clients():
    assert (
        download_name('A/B: "Keeper"?  <Tide>', "quill", "epub") == "A B Keeper Tide - quill.epub"
    )
    assert download_name("...hidden", "quill", "txt") == "hidden - quill.txt"
    assert download_name("白兎の遅刻届", "小川", "epub") == "白兎の遅刻届 - 小川.epub"
    assert ascii_name("白兎の遅刻届 - 小川.epub", "work-7") == "work-7.epub"
    assert ascii_name("Ŝalo - Zoë.pdf", "work-7") == "Salo - Zoe.pdf"
    header = content_disposition("白兎の遅刻届 - Anonymous.epub", "work-7")
    assert header.startswith("attachment; filename=\"work-7 - Anonymous.epub\"; filename*=UTF-8''")
    assert unquote(header.split("''", 1)[1]) == "白兎の遅刻届 - Anonymous.epub"
    assert slug("Café: the  Nocturne!") == "Cafe_the_Nocturne"
    assert slug("白兎") == "work"
    assert len(download_name("x" * 400, "y" * 400, "epub")) < 170


def test_japanese_title_downloads_under_an_ascii_fallback_name(client, author, make_work):
    work = make_work(author, title="白兎の遅刻届")
    response = client.get(f"/downloads/{work.pk}/work.epub")
    assert response.status_code == 200
    assert f'filename="work-{work.pk} - quill.epub"' in response["Content-Disposition"]
    assert "%E7%99%BD%E5%85%8E" in response["Content-Disposition"]


def test_any_slug_finds_the_work(client, author, make_work):
    work = make_work(author, title="Lamplight")
    assert client.get(f"/downloads/{work.pk}/Something_Else.epub").status_code == 200


def epub_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "".join(archive.read(n).decode() for n in archive.namelist() if n.endswith("html"))


def test_second_download_is_served_from_the_cache(client, author, make_work, settings):
    work = make_work(author)
    first = body(client.get(download_path(work, "epub")))
    [path] = cached_files(settings, work)
    before = os.stat(path)
    second = body(client.get(download_path(work, "epub")))
    assert first == second
    after = os.stat(path)
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert cached_files(settings, work) == [path]


def test_unchanged_file_answers_not_modified(client, author, make_work):
    work = make_work(author)
    response = client.get(download_path(work, "epub"))
    again = client.get(download_path(work, "epub"), HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


def work_data(work: Work, **changes) -> services.WorkData:
    by_type = work.tags_by_type
    values = {
        "title": work.title,
        "rating": work.rating,
        "warnings": [t.name for t in by_type["warning"]],
        "fandoms": [t.name for t in by_type["fandom"]],
        "summary": work.summary,
        "published_on": work.published_on,
    }
    values.update(changes)
    return services.WorkData(**values)


def test_editing_the_work_rebuilds_and_drops_the_old_file(client, author, make_work, settings):
    work = make_work(author, title="Lamplight")
    client.get(download_path(work, "epub"))
    [old] = cached_files(settings, work)
    work = Work.objects.get(pk=work.pk)
    services.work_update(work=work, editor=author, data=work_data(work, title="Lamplight Again"))
    data = body(client.get(download_path(work, "epub")))
    assert "Lamplight Again" in epub_text(data)
    [new] = cached_files(settings, work)
    assert new != old and not old.exists()


def test_editing_a_chapter_rebuilds_the_file(client, author, make_work, settings):
    work = make_work(author, chapters=2)
    client.get(download_path(work, "txt"))
    chapter = work.chapters.get(position=2)
    services.chapter_update(
        chapter=chapter,
        editor=author,
        data=services.ChapterData(title="Part 2", text="The ferry came back at dusk, empty."),
    )
    text = body(client.get(download_path(work, "txt"))).decode()
    assert "The ferry came back at dusk, empty." in text
    assert len(cached_files(settings, work)) == 1


def test_counts_are_refreshed_at_most_daily(client, author, make_work, settings):
    work = make_work(author)
    assert "Kudos: 0" in body(client.get(download_path(work, "txt"))).decode()
    Work.objects.filter(pk=work.pk).update(kudos_count=F("kudos_count") + 5)
    # Within a day the file is served as it was built...
    assert "Kudos: 0" in body(client.get(download_path(work, "txt"))).decode()
    # ...and once it is older, rebuilt with the new counts.
    settings.DOWNLOADS_STATS_MAX_AGE = 0
    assert "Kudos: 5" in body(client.get(download_path(work, "txt"))).decode()
    assert len(cached_files(settings, work)) == 1


def test_a_long_works_old_counts_are_served_while_the_worker_refreshes(
    client, author, make_work, settings
):
    settings.DOWNLOADS_INLINE_WORDS = 10
    work = make_work(author)
    fetch_file(client, work, "txt")
    Work.objects.filter(pk=work.pk).update(kudos_count=7)
    settings.DOWNLOADS_STATS_MAX_AGE = 0
    stale = client.get(download_path(work, "txt"))
    assert stale.status_code == 200
    assert "Kudos: 0" in body(stale).decode()
    # The worker (immediate in tests) made the new one meanwhile.
    assert "Kudos: 7" in body(client.get(download_path(work, "txt"))).decode()
