"""Downloads are seen exactly as the work's page: drafts by their creators, restricted
works by members (guests are sent to log in), deleted works by nobody."""

from __future__ import annotations

import pytest

from fanfold.downloads.models import DownloadBuild
from fanfold.works import services

from .conftest import ALL_EXTS, download_path, fetch_file, skip_unless_offered

pytestmark = pytest.mark.django_db


@pytest.fixture(params=ALL_EXTS)
def ext(request) -> str:
    skip_unless_offered(request.param)
    return request.param


def test_posted_work_downloads_for_guests_and_members(
    client, author, reader, make_work, login, ext
):
    work = make_work(author)
    fetch_file(client, work, ext)
    login(reader)
    fetch_file(client, work, ext)


def test_restricted_work_sends_guests_to_log_in(client, author, reader, make_work, login, ext):
    work = make_work(author, restricted=True)
    response = client.get(download_path(work, ext))
    assert response.status_code == 302
    assert response["Location"].startswith("/login?next=/downloads/")
    login(reader)
    fetch_file(client, work, ext)


def test_draft_is_found_only_by_its_creator(client, author, reader, make_work, login, ext):
    draft = make_work(author, post=False)
    assert client.get(download_path(draft, ext)).status_code == 404
    login(reader)
    assert client.get(download_path(draft, ext)).status_code == 404
    login(author)
    fetch_file(client, draft, ext)


def test_deleted_work_is_gone_with_its_files(client, author, make_work, settings, ext):
    work = make_work(author)
    fetch_file(client, work, ext)
    folder = settings.DATA_DIR / "downloads" / str(work.pk)
    assert any(folder.iterdir())
    path = download_path(work, ext)
    services.work_delete(work=work, user=author)
    assert client.get(path).status_code == 404
    assert not folder.exists()


def test_build_status_is_as_private_as_the_work(client, author, reader, make_work, login, settings):
    settings.DOWNLOADS_INLINE_WORDS = 1
    work = make_work(author, restricted=True)
    login(reader)
    assert client.get(download_path(work, "epub")).status_code == 202
    build = DownloadBuild.objects.get(work=work)
    status_url = f"/downloads/{work.pk}/builds/{build.pk}"
    assert client.get(status_url).status_code == 302
    client.logout()
    response = client.get(status_url)
    assert response.status_code == 302 and response["Location"].startswith("/login")
    draft = make_work(author, post=False)
    login(reader)
    assert client.get(f"/downloads/{draft.pk}/builds/{build.pk}").status_code == 404


def test_worker_checks_visibility_again(client, author, reader, make_work, login, settings):
    """A build queued while the work was visible is refused if it no longer is."""
    from fanfold.downloads.services import download_build_run

    work = make_work(author)
    build = DownloadBuild.objects.create(
        work=work, file_type="epub", key="k", language="en", queued_at=work.updated_at
    )
    work.posted = False
    work.save(update_fields=["posted"])
    assert download_build_run(build_id=build.pk) == DownloadBuild.Status.FAILED
    build.refresh_from_db()
    assert build.error == "This work is no longer available."
    assert not (settings.DATA_DIR / "downloads" / str(work.pk)).exists()


def test_unknown_format_is_not_found(client, author, make_work):
    work = make_work(author)
    assert client.get(download_path(work, "docx")).status_code == 404
    assert client.get(f"/downloads/{work.pk + 1000}/x.epub").status_code == 404
