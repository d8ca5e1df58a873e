"""Built files on disk: DATA_DIR/downloads/WORK_ID/LANG.CONTENT.STATS.EXT.

CONTENT changes whenever anything a file shows other than the counts changes (text,
notes, tags, title, creators, series, the archive's name and address, the writers'
code); STATS changes with the kudos, comment, bookmark and hit counts. A file whose
CONTENT matches is served while its counts are less than a day old
(settings.DOWNLOADS_STATS_MAX_AGE), so a popular work is not rebuilt for every kudos.
Writing a file removes the other versions of the same format and language. The whole
folder is a cache: deleting it loses nothing.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from django.conf import settings

_LANGUAGE_UNSAFE = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class FileKey:
    work_id: int
    ext: str
    language: str
    content: str
    stats: str

    @property
    def lang(self) -> str:
        return _LANGUAGE_UNSAFE.sub("_", self.language.lower()) or "und"

    @property
    def name(self) -> str:
        return f"{self.lang}.{self.content}.{self.stats}.{self.ext}"

    @property
    def build_key(self) -> str:
        """What a background build row records: content and stats."""
        return f"{self.content}.{self.stats}"

    def sibling(self, ext: str) -> FileKey:
        """The same version of the work in another format."""
        return FileKey(self.work_id, ext, self.language, self.content, self.stats)


@dataclass
class CachedFile:
    path: Path
    handle: BinaryIO
    # False when only the counts are out of date (older than a day and changed).
    fresh: bool


def root() -> Path:
    return Path(settings.DATA_DIR) / "downloads"


def work_folder(work_id: int) -> Path:
    return root() / str(int(work_id))


def _open(path: Path) -> BinaryIO | None:
    try:
        return path.open("rb")
    except FileNotFoundError:
        # Pruned by another process between finding and opening it.
        return None


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except FileNotFoundError:
        return 0.0


def open_cached(key: FileKey) -> CachedFile | None:
    """The built file for this version, open for reading, or None.

    A file with the same content but other counts is returned as well, fresh while it
    is younger than DOWNLOADS_STATS_MAX_AGE.
    """
    folder = work_folder(key.work_id)
    exact = folder / key.name
    handle = _open(exact)
    if handle is not None:
        return CachedFile(exact, handle, fresh=True)
    candidates = sorted(
        folder.glob(f"{key.lang}.{key.content}.*.{key.ext}"), key=_modified, reverse=True
    )
    for path in candidates:
        handle = _open(path)
        if handle is None:
            continue
        age = time.time() - os.fstat(handle.fileno()).st_mtime
        return CachedFile(path, handle, fresh=age < settings.DOWNLOADS_STATS_MAX_AGE)
    return None


def store(key: FileKey, data: bytes) -> Path:
    """Keep a built file (atomically: a reader never sees half of one) and remove the
    other versions of this format and language."""
    folder = work_folder(key.work_id)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / key.name
    descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=".building-")
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    for old in folder.glob(f"{key.lang}.*.{key.ext}"):
        if old.name != target.name:
            # A reader downloading the old file keeps its open handle (POSIX).
            old.unlink(missing_ok=True)
    return target


def forget_work(work_id: int) -> None:
    """Remove every file of a work that no longer exists."""
    shutil.rmtree(work_folder(work_id), ignore_errors=True)
