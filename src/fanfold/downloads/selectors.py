"""Reads for downloads: which version of a work a file is, and how builds are going.

Who may download what is decided by fanfold.works.selectors.work_for_viewer, as for the
work's page; nothing here decides visibility.
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path

from django.conf import settings
from django.db.models.functions import Length
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from fanfold.works.models import Work
from fanfold.works.selectors import Viewer

from . import filenames
from .cache import FileKey
from .documents import credited_names
from .filetypes import FileType
from .models import DownloadBuild

PACKAGE = Path(__file__).resolve().parent.parent


@functools.cache
def code_version() -> str:
    """Changes whenever the code that makes the files changes, so an upgrade rebuilds."""
    digest = hashlib.sha256()
    sources = sorted((PACKAGE / "formats").glob("*.py"))
    sources += [PACKAGE / "downloads" / "documents.py", PACKAGE / "downloads" / "convert.py"]
    for path in sources:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _digest(value: object, size: int) -> str:
    data = json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:size]


def content_version(work: Work, viewer: Viewer) -> str:
    """A digest of everything a file of this work shows except the counts.

    Read without the chapters' text (their edit times and lengths stand for it), so a
    cached file is found in two small queries.
    """
    chapters = list(
        work.chapters.filter(posted=True)
        .order_by("position")
        .annotate(size=Length("text_html"))
        .values_list("pk", "position", "updated_at", "title", "size")
    )
    parts = work.series_parts.all()
    return _digest(
        [
            code_version(),
            get_language() or settings.LANGUAGE_CODE,
            settings.SITE_URL,
            settings.SITE_NAME,
            work.pk,
            work.updated_at,
            work.title,
            work.summary,
            work.notes,
            work.endnotes,
            work.text_format,
            work.language,
            work.published_on,
            work.revised_on,
            work.expected_chapters,
            work.word_count,
            credited_names(work, viewer),
            [(wt.tag.type, wt.tag.name) for wt in work.work_tags.all()],
            [(p.series_id, p.series.title, p.position) for p in parts],
            chapters,
        ],
        20,
    )


def stats_version(work: Work) -> str:
    return _digest(
        [work.kudos_count, work.comments_count, work.bookmarks_count, work.hits_count], 8
    )


def file_key(work: Work, viewer: Viewer, file_type: FileType) -> FileKey:
    return FileKey(
        work_id=work.pk,
        ext=file_type.ext,
        language=get_language() or settings.LANGUAGE_CODE,
        content=content_version(work, viewer),
        stats=stats_version(work),
    )


def builds_in_background(work: Work, file_type: FileType) -> bool:
    """Whether making this file could keep a web worker busy for more than a second."""
    return file_type.slow or work.word_count > settings.DOWNLOADS_INLINE_WORDS


def file_name(work: Work, viewer: Viewer, file_type: FileType) -> str:
    byline = ", ".join(credited_names(work, viewer)) or _("Anonymous")
    return filenames.download_name(work.title, byline, file_type.ext)


def download_url(work: Work, file_type: FileType) -> str:
    return reverse(
        "downloads:file",
        kwargs={"work_id": work.pk, "slug": filenames.slug(work.title), "ext": file_type.ext},
    )


def build_of(work: Work, build_id: int) -> DownloadBuild | None:
    return DownloadBuild.objects.filter(pk=build_id, work=work).first()
