"""Making download files: now (small works) or through the background worker.

A file is made from a work the reader may see, checked by the caller (views) or again
by the worker (download_build_run), and kept in fanfold.downloads.cache.
"""

from __future__ import annotations

import datetime
import logging
from pathlib import Path

from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from fanfold.formats import write_epub, write_html, write_txt
from fanfold.formats.pdf import write_pdf
from fanfold.works.models import Work
from fanfold.works.selectors import Viewer, chapters_of, work_for_viewer

from . import cache
from .convert import convert_epub
from .documents import work_document
from .filetypes import FILE_TYPES, FileType, available_type, ebook_convert
from .models import DownloadBuild
from .selectors import file_key

logger = logging.getLogger(__name__)

# A build still waiting after this long was lost (a worker stopped mid-way): the next
# request queues it again.
LOST_AFTER = datetime.timedelta(minutes=15)

WRITERS = {"epub": write_epub, "html": write_html, "txt": write_txt, "pdf": write_pdf}


def _epub_of(work: Work, viewer: Viewer, key: cache.FileKey) -> bytes:
    """The EPUB of this version, from the cache or made (and kept) now."""
    epub_key = key.sibling("epub")
    cached = cache.open_cached(epub_key)
    if cached is not None and cached.path.name == epub_key.name:
        with cached.handle:
            return cached.handle.read()
    if cached is not None:
        cached.handle.close()
    data = write_epub(work_document(work, viewer, list(chapters_of(work))))
    cache.store(epub_key, data)
    return data


def download_make(*, work: Work, viewer: Viewer, file_type: FileType) -> Path:
    """Make the file now and keep it; the work must be one the viewer may see."""
    key = file_key(work, viewer, file_type)
    if file_type.converted:
        program = ebook_convert()
        if program is None:
            raise RuntimeError("ebook-convert is not available")
        data = convert_epub(program, _epub_of(work, viewer, key), file_type.ext)
    else:
        document = work_document(work, viewer, list(chapters_of(work)))
        data = WRITERS[file_type.ext](document)
    return cache.store(key, data)


@transaction.atomic
def _claim(
    *, work: Work, viewer: Viewer, file_type: FileType, retry: bool
) -> tuple[DownloadBuild, bool]:
    """The build row for the current version; whether it must be (re)queued."""
    key = file_key(work, viewer, file_type)
    requester = viewer if viewer.is_authenticated else None
    now = timezone.now()
    build, created = DownloadBuild.objects.get_or_create(
        work=work,
        file_type=file_type.ext,
        key=key.build_key,
        language=key.language,
        defaults={"requested_by": requester, "queued_at": now},
    )
    if created:
        return build, True
    lost = build.waiting and build.queued_at < now - LOST_AFTER
    failed = build.status == DownloadBuild.Status.FAILED and retry
    # Ready but gone: the cache folder was cleared.
    vanished = build.status == DownloadBuild.Status.READY
    if not (lost or failed or vanished):
        return build, False
    build.status = DownloadBuild.Status.QUEUED
    build.error = ""
    build.requested_by = requester
    build.queued_at = now
    build.finished_at = None
    build.save(update_fields=["status", "error", "requested_by", "queued_at", "finished_at"])
    return build, True


def download_build_request(
    *, work: Work, viewer: Viewer, file_type: FileType, retry: bool = False
) -> DownloadBuild:
    """Ask the background worker for this file (once, however many readers ask)."""
    from .tasks import download_build

    build, queue = _claim(work=work, viewer=viewer, file_type=file_type, retry=retry)
    if queue:
        # After the row is committed, so the worker finds it.
        download_build.enqueue(build.pk)
        build.refresh_from_db()
    return build


def _finish(build: DownloadBuild, status: str, error: str = "") -> None:
    DownloadBuild.objects.filter(pk=build.pk).update(
        status=status, error=error, finished_at=timezone.now()
    )


def download_build_run(*, build_id: int) -> str:
    """Run by the worker: make the file a build row asks for, as its reader would see
    it. Returns the row's new status."""
    build = DownloadBuild.objects.select_related("requested_by").filter(pk=build_id).first()
    if build is None or not build.waiting:
        return build.status if build else "gone"
    DownloadBuild.objects.filter(pk=build.pk).update(status=DownloadBuild.Status.BUILDING)
    viewer = build.requested_by or AnonymousUser()
    with translation.override(build.language):
        access = work_for_viewer(build.work_id, viewer)
        file_type = available_type(build.file_type)
        if access.work is None or file_type is None:
            _finish(build, DownloadBuild.Status.FAILED, _("This work is no longer available."))
            return DownloadBuild.Status.FAILED
        try:
            download_make(work=access.work, viewer=viewer, file_type=file_type)
        except Exception:
            logger.exception("could not make %s of work %s", build.file_type, build.work_id)
            _finish(
                build,
                DownloadBuild.Status.FAILED,
                _("The %(format)s file could not be made.")
                % {"format": FILE_TYPES[build.file_type].label},
            )
            return DownloadBuild.Status.FAILED
    _finish(build, DownloadBuild.Status.READY)
    # Rows of older versions have nothing left to say.
    DownloadBuild.objects.filter(work_id=build.work_id, file_type=build.file_type).exclude(
        pk=build.pk
    ).exclude(status__in=[DownloadBuild.Status.QUEUED, DownloadBuild.Status.BUILDING]).delete()
    return DownloadBuild.Status.READY
