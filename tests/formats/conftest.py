from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from fanfold.formats import write_epub

from .corpus import CORPUS

EPUBCHECK = Path("/usr/bin/epubcheck")


def epubcheck_command() -> list[str] | None:
    """Debian's epubcheck; its /usr/bin entry is the jar itself, which needs binfmt
    support a container may lack, so a jar is run with java directly."""
    if not EPUBCHECK.exists():
        return None
    target = EPUBCHECK.resolve()
    if target.suffix != ".jar":
        return [str(EPUBCHECK)]
    java = shutil.which("java")
    # One short run each: the client compiler and the serial collector start fastest.
    return (
        [java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", str(target)] if java else None
    )


@dataclass
class CheckResult:
    messages: list[dict]
    raw: dict

    def problems(self) -> list[str]:
        """Every fatal error, error, warning and usage message, one line each."""
        lines = []
        for message in self.messages:
            if message.get("severity") in ("FATAL", "ERROR", "WARNING", "USAGE"):
                where = ", ".join(
                    f"{loc.get('path')}:{loc.get('line')}:{loc.get('column')}"
                    for loc in message.get("locations", [])[:3]
                )
                lines.append(
                    f"{message['severity']} {message['ID']}: {message['message']} ({where})"
                )
        return lines


def run_epubcheck(path: Path) -> CheckResult:
    command = epubcheck_command()
    assert command is not None
    report = path.with_suffix(".json")
    completed = subprocess.run(
        [*command, "--json", str(report), str(path)], capture_output=True, text=True, timeout=900
    )
    assert report.exists(), f"epubcheck wrote no report: {completed.stdout}\n{completed.stderr}"
    raw = json.loads(report.read_text(encoding="utf-8"))
    return CheckResult(raw.get("messages", []), raw)


@pytest.fixture(scope="session")
def corpus_epubs() -> dict[str, bytes]:
    return {name: write_epub(make()) for name, make in CORPUS.items()}


@pytest.fixture(scope="session")
def epubcheck_results(corpus_epubs: dict[str, bytes]) -> dict[str, CheckResult]:
    """epubcheck over the whole corpus, two files at a time (a JVM start is slow)."""
    if epubcheck_command() is None:
        pytest.skip(
            "epubcheck is not installed at /usr/bin/epubcheck: run `bash scripts/system-test-deps.sh`"
        )
    folder = Path(tempfile.mkdtemp(prefix="fanfold-epubcheck-"))
    paths = {}
    for name, data in corpus_epubs.items():
        paths[name] = folder / f"{name}.epub"
        paths[name].write_bytes(data)
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = dict(zip(paths, pool.map(run_epubcheck, paths.values()), strict=True))
    shutil.rmtree(folder, ignore_errors=True)
    return results
