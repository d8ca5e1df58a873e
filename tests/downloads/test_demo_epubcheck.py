"""Every demo work's EPUB, downloaded as a reader gets it, passes epubcheck with no
error and no warning."""

from __future__ import annotations

import json
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from fanfold.works.demo import load_demo
from fanfold.works.models import Work
from tests.formats.conftest import EPUBCHECK, CheckResult, epubcheck_command

from .conftest import body, download_path

# epubcheck's own command line, run for many files in one Java process: a JVM start
# costs seconds, a file after the first about one.
CHECK_MANY = """
import com.adobe.epubcheck.tool.EpubChecker;

public class CheckMany {
    public static void main(String[] args) {
        for (String path : args) {
            new EpubChecker().run(new String[] {path, "--json", path + ".json"});
        }
    }
}
"""


def check_many(paths: list[Path], folder: Path) -> dict[Path, CheckResult]:
    source = folder / "CheckMany.java"
    source.write_text(CHECK_MANY, encoding="utf-8")
    jar = str(EPUBCHECK.resolve())
    command = [shutil.which("java"), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"]
    completed = subprocess.run(
        [*command, "-cp", jar, str(source), *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    results = {}
    for path in paths:
        report = Path(f"{path}.json")
        assert report.exists(), f"no report for {path.name}: {completed.stderr[-2000:]}"
        raw = json.loads(report.read_text(encoding="utf-8"))
        results[path] = CheckResult(raw.get("messages", []), raw)
    return results


pytestmark = pytest.mark.django_db


def test_every_demo_work_downloads_as_a_valid_epub(client, tmp_path):
    if epubcheck_command() is None:
        pytest.skip(
            "epubcheck is not installed at /usr/bin/epubcheck: run `bash scripts/system-test-deps.sh`"
        )
    load_demo()
    paths = {}
    for work in Work.objects.prefetch_related("creatorships__pseud__user").order_by("pk"):
        # As its creator, so drafts download too.
        client.force_login(work.creatorships.first().pseud.user)
        response = client.get(download_path(work, "epub"))
        assert response.status_code == 200, work.title
        paths[work.title] = tmp_path / f"work-{work.pk}.epub"
        paths[work.title].write_bytes(body(response))
    assert len(paths) >= 30
    files = list(paths.values())
    # Two Java processes, one per core.
    halves = [files[0::2], files[1::2]]
    with ThreadPoolExecutor(max_workers=2) as pool:
        checked = {}
        for part in pool.map(lambda half: check_many(half, tmp_path), halves):
            checked.update(part)
    problems = {title: checked[path].problems() for title, path in paths.items()}
    assert not any(problems.values()), {t: p for t, p in problems.items() if p}
