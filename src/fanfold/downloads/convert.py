"""AZW3 and MOBI through calibre's ebook-convert, from the EPUB, in a subprocess.

Optional: an archive without calibre simply doesn't offer these formats.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

# A very long work takes calibre about a minute; past this something is wrong.
TIMEOUT_SECONDS = 600


class ConversionError(RuntimeError):
    pass


def convert_epub(program: str, epub: bytes, ext: str) -> bytes:
    """The EPUB converted to `ext` (azw3 or mobi) by ebook-convert at `program`."""
    with tempfile.TemporaryDirectory(prefix="fanfold-convert-") as folder:
        source = Path(folder) / "work.epub"
        target = Path(folder) / f"work.{ext}"
        source.write_bytes(epub)
        environment = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LANG": "C.UTF-8",
            # calibre keeps its settings under HOME; a private one per run leaves the
            # service account's home alone and lets runs in parallel not collide.
            "HOME": folder,
            "QT_QPA_PLATFORM": "offscreen",
        }
        try:
            completed = subprocess.run(
                [program, str(source), str(target)],
                capture_output=True,
                text=True,
                timeout=TIMEOUT_SECONDS,
                env=environment,
                cwd=folder,
                check=False,
            )
        except subprocess.TimeoutExpired as error:
            raise ConversionError(f"ebook-convert took over {TIMEOUT_SECONDS} s") from error
        if completed.returncode != 0 or not target.exists():
            tail = (completed.stderr or completed.stdout).strip().splitlines()[-5:]
            raise ConversionError(
                f"ebook-convert failed ({completed.returncode}): " + " / ".join(tail)
            )
        return target.read_bytes()
