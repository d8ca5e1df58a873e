"""The kinds of file a work can be downloaded as, and whether this archive can make them.

EPUB, HTML and text are always there. PDF needs WeasyPrint and its system libraries;
AZW3 and MOBI need calibre's `ebook-convert`. A format that can't be made is left out
of the menu and its address answers 404.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass

from django.conf import settings

from fanfold.formats.pdf import pdf_unavailable


@dataclass(frozen=True)
class FileType:
    ext: str
    label: str
    content_type: str
    # Slow to make whatever the work's length: always built by the background worker.
    slow: bool = False
    # Converted from the EPUB by calibre's ebook-convert.
    converted: bool = False


# In the order of the Download menu (AO3's order).
FILE_TYPES = {
    file_type.ext: file_type
    for file_type in (
        FileType("epub", "EPUB", "application/epub+zip"),
        FileType("azw3", "AZW3", "application/vnd.amazon.ebook", slow=True, converted=True),
        FileType("mobi", "MOBI", "application/x-mobipocket-ebook", slow=True, converted=True),
        FileType("pdf", "PDF", "application/pdf", slow=True),
        FileType("html", "HTML", "text/html; charset=utf-8"),
        FileType("txt", "TXT", "text/plain; charset=utf-8"),
    )
}


def ebook_convert() -> str | None:
    """The full path of calibre's ebook-convert, or None when there is none."""
    configured = settings.DOWNLOADS_EBOOK_CONVERT
    return shutil.which(configured) if configured else None


def unavailable_reason(file_type: FileType) -> str | None:
    """Why this archive can't make this kind of file, or None when it can."""
    if file_type.ext == "pdf":
        if not settings.DOWNLOADS_PDF:
            return "FANFOLD_DOWNLOADS_PDF is off"
        return pdf_unavailable()
    if file_type.converted:
        if not settings.DOWNLOADS_EBOOK_CONVERT:
            return "FANFOLD_EBOOK_CONVERT is empty"
        if ebook_convert() is None:
            return (
                f"calibre's {settings.DOWNLOADS_EBOOK_CONVERT!r} is not on PATH "
                "(Debian package calibre; optional)"
            )
    return None


def available_types() -> list[FileType]:
    return [t for t in FILE_TYPES.values() if unavailable_reason(t) is None]


def available_type(ext: str) -> FileType | None:
    file_type = FILE_TYPES.get(ext)
    if file_type is None or unavailable_reason(file_type) is not None:
        return None
    return file_type
