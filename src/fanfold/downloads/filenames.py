"""Names of downloaded files: `Title - Creator.epub`, safe on every system a reader uses.

The header carries an ASCII name for old clients and the full Unicode one in RFC 5987's
filename*; the address has an ASCII slug of the title, as AO3's /downloads/ID/Title.epub.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

# Characters Windows, macOS or Linux refuse (or treat specially) in a file name, and
# controls; each run becomes one space.
_UNSAFE = re.compile(r'[\x00-\x1f\x7f-\x9f"*/:<>?\\|]+')
_ASCII_UNSAFE = re.compile(r"[^A-Za-z0-9 .,_()&!'+=@#$~-]+")
_SLUG_UNSAFE = re.compile(r"[^A-Za-z0-9]+")
TITLE_CHARS = 100
CREATOR_CHARS = 60


def _clean(text: str, limit: int) -> str:
    text = unicodedata.normalize("NFC", text)
    # Zero-width and direction marks print as nothing but confuse file managers.
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cf", "Cs", "Co"))
    text = " ".join(_UNSAFE.sub(" ", text).split())
    if len(text) > limit:
        text = text[:limit].rstrip()
    # A leading dot hides a file; trailing dots and spaces vanish on Windows.
    return text.strip(" .")


def download_name(title: str, byline: str, ext: str) -> str:
    """ "Title - Creator.ext" in Unicode, with nothing a file system would refuse."""
    parts = [p for p in (_clean(title, TITLE_CHARS), _clean(byline, CREATOR_CHARS)) if p]
    return f"{' - '.join(parts) or 'work'}.{ext}"


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.encode("ascii", "ignore").decode("ascii")
    return " ".join(_ASCII_UNSAFE.sub(" ", plain).split()).strip(" .")


def ascii_name(name: str, fallback: str) -> str:
    """The same name with accents dropped and other letters left out ("Café" -> "Cafe");
    `fallback` when nothing of the title is left (a title in Japanese)."""
    stem, _, ext = name.rpartition(".")
    title, sep, byline = stem.partition(" - ")
    title = _ascii(title)
    byline = _ascii(byline)
    if not title:
        title = fallback
    return f"{title} - {byline}.{ext}" if sep and byline else f"{title}.{ext}"


def content_disposition(name: str, fallback: str) -> str:
    """An attachment header with both the ASCII name and the UTF-8 one (RFC 6266)."""
    encoded = quote(name, safe="!#$&+-.^_`|~")
    return f"attachment; filename=\"{ascii_name(name, fallback)}\"; filename*=UTF-8''{encoded}"


def slug(title: str, fallback: str = "work") -> str:
    """The title for the address: ASCII letters and digits joined by underscores."""
    text = _SLUG_UNSAFE.sub("_", _ascii(title)).strip("_")
    return text[:80].rstrip("_") or fallback
