"""Long works (and PDF, AZW3, MOBI) are made by the background worker while the reader
watches a progress page; the worker runs at once in tests."""

from __future__ import annotations

import datetime
import re

import pytest
from django.utils import timezone

from fanfold.downloads.models import DownloadBuild

from .conftest import body, cached_files, download_path

pytestmark = pytest.mark.django_db


@pytest.fixture
def long_work(author, make_work, settings):
    settings.DOWNLOADS_INLINE_WORDS = 10
    return make_work(author, title="The Long Tide", chapters=3)


def test_long_work_shows_the_progress_page_then_the_file(client, long_work, settings):
    response = client.get(download_path(long_work, "epub"))
    assert response.status_code == 202
    page = response.content.decode()
    assert "Preparing your download…" in page
    build = DownloadBuild.objects.get(work=long_work, file_type="epub")
    status_url = f"/downloads/{long_work.pk}/builds/{build.pk}"
    # Without JavaScript the page reloads itself on the status address.
    assert f'<noscript><meta http-equiv="refresh" content="1; url={status_url}"></noscript>' in page
    assert build.status == DownloadBuild.Status.READY
    ready = client.get(status_url)
    assert ready.status_code == 302
    assert ready["Location"] == f"/downloads/{long_work.pk}/The_Long_Tide.epub"
    response = client.get(ready["Location"])
    assert response.status_code == 200
    assert body(response).startswith(b"PK")
    assert len(cached_files(settings, long_work)) == 1


def test_waiting_page_polls_every_second(client, long_work):
    build = DownloadBuild.objects.create(
        work=long_work, file_type="epub", key="pending", language="en", queued_at=timezone.now()
    )
    status_url = f"/downloads/{long_work.pk}/builds/{build.pk}"
    page = client.get(status_url).content.decode()
    assert "Waiting for a free worker…" in page
    assert f'hx-get="{status_url}" hx-trigger="every 1s" hx-swap="outerHTML"' in page
    fragment = client.get(status_url, HTTP_HX_REQUEST="true")
    assert fragment.status_code == 200
    html = fragment.content.decode()
    assert "<html" not in html and 'hx-trigger="every 1s"' in html
    DownloadBuild.objects.filter(pk=build.pk).update(status=DownloadBuild.Status.BUILDING)
    assert (
        "Making the EPUB file…" in client.get(status_url, HTTP_HX_REQUEST="true").content.decode()
    )


def test_ready_fragment_stops_polling_and_sends_the_browser_to_the_file(client, long_work):
    client.get(download_path(long_work, "epub"))
    build = DownloadBuild.objects.get(work=long_work)
    status_url = f"/downloads/{long_work.pk}/builds/{build.pk}"
    html = client.get(status_url, HTTP_HX_REQUEST="true").content.decode()
    assert "every 1s" not in html
    assert "Your file is ready." in html
    go = re.search(r'hx-get="([^"]+)" hx-trigger="load"', html).group(1)
    assert go == f"{status_url}?go=1"
    response = client.get(go, HTTP_HX_REQUEST="true")
    assert response["HX-Redirect"] == f"/downloads/{long_work.pk}/The_Long_Tide.epub"


def test_many_readers_share_one_build(client, reader, long_work, login):
    client.get(download_path(long_work, "epub"))
    login(reader)
    client.get(download_path(long_work, "epub"))
    assert DownloadBuild.objects.filter(work=long_work).count() == 1


def test_failed_build_says_so_and_can_be_retried(client, long_work, settings):
    client.get(download_path(long_work, "epub"))
    build = DownloadBuild.objects.get(work=long_work)
    build.status = DownloadBuild.Status.FAILED
    build.error = "The EPUB file could not be made."
    build.save()
    for path in cached_files(settings, long_work):
        path.unlink()
    # Asking again without "retry" shows the failure...
    page = client.get(download_path(long_work, "epub")).content.decode()
    assert "The EPUB file could not be made." in page and "?retry=1" in page
    # ...and retrying queues a new build.
    client.get(download_path(long_work, "epub") + "?retry=1")
    build.refresh_from_db()
    assert build.status == DownloadBuild.Status.READY
    assert client.get(download_path(long_work, "epub")).status_code == 200


def test_a_waiting_build_is_not_queued_twice_unless_lost(client, long_work, settings):
    client.get(download_path(long_work, "epub"))
    build = DownloadBuild.objects.get(work=long_work)
    for path in cached_files(settings, long_work):
        path.unlink()
    # Queued a minute ago: still waiting for a worker, nothing new is queued.
    queued = timezone.now() - datetime.timedelta(minutes=1)
    DownloadBuild.objects.filter(pk=build.pk).update(status="queued", queued_at=queued)
    assert client.get(download_path(long_work, "epub")).status_code == 202
    build.refresh_from_db()
    assert build.status == DownloadBuild.Status.QUEUED
    # Queued an hour ago: the worker lost it, so it is queued (and here run) again.
    lost = timezone.now() - datetime.timedelta(hours=1)
    DownloadBuild.objects.filter(pk=build.pk).update(queued_at=lost)
    client.get(download_path(long_work, "epub"))
    build.refresh_from_db()
    assert build.status == DownloadBuild.Status.READY
    assert DownloadBuild.objects.filter(work=long_work).count() == 1


def test_short_works_are_made_inside_the_request(client, author, make_work):
    work = make_work(author)
    assert client.get(download_path(work, "epub")).status_code == 200
    assert not DownloadBuild.objects.exists()


@pytest.mark.parametrize("accept", ["application/epub+zip", "*/*"])
def test_a_reading_app_is_asked_to_retry_instead_of_shown_a_progress_page(
    client, long_work, accept
):
    # Apps (KOReader, download tools) ask for the file itself, or for anything: they
    # can't watch a progress page.
    response = client.get(download_path(long_work, "epub"), HTTP_ACCEPT=accept)
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert "try again in a few seconds" in response.content.decode()
    # The worker made it meanwhile (at once, in tests): the retry gets the file.
    again = client.get(download_path(long_work, "epub"), HTTP_ACCEPT=accept)
    assert again.status_code == 200 and body(again).startswith(b"PK")


def test_a_browser_asking_for_pages_gets_the_progress_page(client, long_work):
    accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    response = client.get(download_path(long_work, "epub"), HTTP_ACCEPT=accept)
    assert response.status_code == 202
    assert "Preparing your download…" in response.content.decode()
