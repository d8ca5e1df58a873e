"""Whole-process time and peak memory of building a work's EPUB, beside FanFicFare's.

    .venv/bin/python bench/epub.py [--runs 5] [--fanficfare PYTHON]

Two works are generated from a small original vocabulary (nothing is copied from
anywhere): 100 chapters of 5,000 words (500,000 words) and a 5,000-word one-shot, with
the markup sanitised author HTML has (paragraphs, emphasis, dialogue, entities, a scene
break, chapter notes). Each is saved as JSON; every run is a fresh Python process that
imports the writer, reads the JSON, builds the EPUB and writes it to disk, the way a
background worker would. The table gives the median of the runs and the child's peak
resident memory (ru_maxrss from wait4).

The same works are then made into EPUBs by FanFicFare (the downloader readers use), with
its offline test adapter: test1.com story ids from 1000 read their metadata and chapter
list from an INI file, and each chapter from a `file://` address, here one HTML file per
chapter holding the same chapter HTML. One run is one `fanficfare -f epub` process from
start to written file. FanFicFare is not a Fanfold requirement; install it for the
benchmark only, in a virtualenv of its own, and name that Python:

    python3 -m venv /tmp/fanficfare && /tmp/fanficfare/bin/pip install fanficfare
    .venv/bin/python bench/epub.py --runs 5 --fanficfare /tmp/fanficfare/bin/python

Without --fanficfare the comparison runs when this Python can import fanficfare
(`pip install fanficfare`) and is skipped otherwise.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

WORD_LIST = (
    "the a her his their of to and in on by with from under over beside lantern harbor "
    "quiet morning letter violet salt river stone window garden ember kettle pocket ribbon "
    "thunder lighthouse keeper gull rope anchor tide cloak map whisper candle orchard ledger "
    "ink promise winter bridge ferry copper thread small old bright cold slow tired "
    "careful hidden"
)
VERB_LIST = "found carried folded watched mended answered kept opened read burned said"
WORDS = WORD_LIST.split()
VERBS = VERB_LIST.split()


def paragraph(rng: random.Random, words: int) -> str:
    sentences = []
    left = words
    while left > 0:
        size = min(left, rng.randint(5, 18))
        chosen = [rng.choice(WORDS) for _ in range(size - 1)]
        chosen.insert(rng.randint(0, len(chosen)), rng.choice(VERBS))
        text = " ".join(chosen).capitalize() + rng.choice(".....?!")
        if rng.random() < 0.15:
            first, _, rest = text.partition(" ")
            text = f"<em>{first}</em> {rest}" if rest else f"<em>{first}</em>"
        sentences.append(text)
        left -= size
    text = " ".join(sentences)
    if rng.random() < 0.25:
        text = f"&ldquo;{text}&rdquo;"
    return f"<p>{text}</p>"


def chapter_body(rng: random.Random, words: int) -> str:
    parts, written = [], 0
    while written < words:
        size = min(words - written, rng.randint(30, 120))
        parts.append(paragraph(rng, size))
        written += size
        if rng.random() < 0.01:
            parts.append('<p align="center">*&nbsp;*&nbsp;*</p>')
    return "\n".join(parts)


def generated_work(chapters: int, words_per_chapter: int, seed: int) -> dict[str, object]:
    rng = random.Random(seed)
    return {
        "title": f"The Keeper's Ledger ({chapters * words_per_chapter:,} words)",
        "creators": ["quillandink"],
        "summary": paragraph(rng, 60),
        "notes": paragraph(rng, 40),
        "language": "en",
        "words": chapters * words_per_chapter,
        "expected_chapters": chapters,
        "source_url": "https://archive.example.org/works/1",
        "tags": {
            "rating": "Teen And Up Audiences",
            "warnings": ["No Archive Warnings Apply"],
            "fandoms": ["Original Work"],
            "freeforms": ["Slow Burn", "Letters"],
        },
        "chapters": [
            {
                "title": f"Chapter of the {rng.choice(WORDS)} {rng.choice(WORDS)}",
                "notes": paragraph(rng, 30) if n % 5 == 0 else "",
                "body": chapter_body(rng, words_per_chapter),
            }
            for n in range(chapters)
        ],
    }


def build_child(source: str, target: str) -> None:
    """Run in a fresh process: read the JSON document, write the EPUB."""
    started = time.perf_counter()
    from fanfold.formats import Chapter, Tags, WorkDocument, write_epub

    data = json.loads(Path(source).read_text(encoding="utf-8"))
    tags = data.pop("tags")
    chapters = data.pop("chapters")
    creators = data.pop("creators")
    work = WorkDocument(
        **data,
        creators=tuple(creators),
        tags=Tags(**{k: v if isinstance(v, str) else tuple(v) for k, v in tags.items()}),
        chapters=tuple(Chapter(**chapter) for chapter in chapters),
        published=dt.date(2026, 1, 1),
    )
    loaded = time.perf_counter()
    epub = write_epub(work)
    built = time.perf_counter()
    Path(target).write_bytes(epub)
    print(json.dumps({"load_s": loaded - started, "build_s": built - loaded}))


def run_process(
    command: list[str], cwd: Path | None = None, env: dict | None = None, quiet: bool = False
) -> tuple[float, int, str]:
    """Wall time, peak resident kB and output of one child process (its standard error
    too when quiet, shown only if it fails)."""
    started = time.perf_counter()
    child = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT if quiet else None,
        text=True,
        cwd=cwd,
        env=env,
    )
    assert child.stdout is not None
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{command[0]} failed ({child.returncode}):\n{output[-2000:]}")
    return elapsed, usage.ru_maxrss, output


def run_once(source: Path, target: Path) -> tuple[float, int, dict[str, float]]:
    elapsed, peak, output = run_process(
        [sys.executable, __file__, "--child", str(source), str(target)]
    )
    return elapsed, peak, json.loads(output)


# FanFicFare's test adapter: story ids from 1000 take their metadata and chapter list
# from the INI file; a chapter whose address is not on test1.com is fetched (here from
# a file) and the text of <li id=ANCHOR><blockquote> is kept.
STORY_ID = 1000


def fanficfare_story(data: dict, folder: Path) -> Path:
    """Chapter files and the INI that makes FanFicFare's test adapter serve this work."""
    chapters = folder / "chapters"
    chapters.mkdir(parents=True, exist_ok=True)
    lines = []
    for number, chapter in enumerate(data["chapters"], start=1):
        page = chapters / f"{number}.html"
        notes = f"<div>{chapter['notes']}</div>" if chapter["notes"] else ""
        page.write_text(
            f'<html><body><ul><li id="c{number}"><blockquote>{notes}{chapter["body"]}'
            "</blockquote></li></ul></body></html>",
            encoding="utf-8",
        )
        lines.append(f" {page.as_uri()}#c{number},{chapter['title']}")
    tags = data["tags"]
    ini = folder / "personal.ini"
    ini.write_text(
        "\n".join(
            [
                "[test1.com]",
                "slow_down_sleep_time:0",
                "",
                f"[teststory:{STORY_ID}]",
                f"title:{data['title']}",
                f"author_list:{data['creators'][0]}",
                f"storyUrl:http://test1.com?sid={STORY_ID}",
                "datePublished:2026-01-01",
                "dateUpdated:2026-01-01",
                f"numWords:{data['words']}",
                "status:Completed",
                "language:English",
                f"rating:{tags['rating']}",
                f"warnings_list:{','.join(tags['warnings'])}",
                f"category_list:{','.join(tags['fandoms'])}",
                f"genre_list:{','.join(tags['freeforms'])}",
                f"description:{data['summary']}",
                "chapter_urls:",
                *lines,
                "",
            ]
        ),
        encoding="utf-8",
    )
    return ini


def fanficfare_python(requested: str | None) -> str | None:
    if requested:
        return requested
    probe = subprocess.run([sys.executable, "-c", "import fanficfare"], capture_output=True)
    return sys.executable if probe.returncode == 0 else None


def fanficfare_version(python: str) -> str:
    return subprocess.run(
        [python, "-c", "import importlib.metadata as m; print(m.version('fanficfare'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def run_fanficfare(python: str, ini: Path, target: Path, chapters: int) -> tuple[float, int]:
    target.unlink(missing_ok=True)
    home = ini.parent / "home"
    home.mkdir(exist_ok=True)
    command = [
        python, "-c", "import sys; from fanficfare.cli import main; main(sys.argv[1:])",
        "--non-interactive", "-c", str(ini), "-f", "epub",
        "-o", f"output_filename={target}",
        f"http://test1.com?sid={STORY_ID}",
    ]  # fmt: skip
    # A home of its own, so no personal.ini of the machine's user changes the run.
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "LANG": "C.UTF-8"}
    elapsed, peak, _ = run_process(command, cwd=ini.parent, env=env, quiet=True)
    with zipfile.ZipFile(target) as archive:
        files = [n for n in archive.namelist() if n.startswith("OEBPS/file")]
    if len(files) != chapters:
        raise SystemExit(f"FanFicFare wrote {len(files)} chapters, not {chapters}")
    return elapsed, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--fanficfare",
        metavar="PYTHON",
        help="a Python with fanficfare installed (default: this one, if it has it)",
    )
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        build_child(*args.child)
        return
    with tempfile.TemporaryDirectory(prefix="fanfold-bench-epub-") as folder:
        measure(Path(folder), args.runs, fanficfare_python(args.fanficfare))


def measure(folder: Path, runs: int, fanficfare: str | None) -> None:
    works = {
        "100 chapters, 500,000 words": generated_work(100, 5000, seed=1),
        "1 chapter, 5,000 words": generated_work(1, 5000, seed=2),
    }
    print(f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores")
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"{runs} runs each, whole process (interpreter start, imports, build, write)\n")
    print("| work | HTML in | EPUB out | median s | min s | max s | build s (median) | peak MB |")
    print("|---|---|---|---|---|---|---|---|")
    fanfold_medians = {}
    for label, data in works.items():
        source = folder / "work.json"
        target = folder / "work.epub"
        source.write_text(json.dumps(data), encoding="utf-8")
        html_size = sum(len(c["body"]) for c in data["chapters"])  # type: ignore[attr-defined]
        times, peaks, builds = [], [], []
        for _ in range(runs):
            elapsed, peak_kb, inner = run_once(source, target)
            times.append(elapsed)
            peaks.append(peak_kb)
            builds.append(inner["build_s"])
        fanfold_medians[label] = (statistics.median(times), max(peaks), target.stat().st_size)
        print(
            f"| {label} | {html_size / 1e3:,.0f} kB | {target.stat().st_size / 1e3:,.0f} kB "
            f"| {statistics.median(times):.2f} | {min(times):.2f} | {max(times):.2f} "
            f"| {statistics.median(builds):.2f} | {max(peaks) / 1024:.0f} |"
        )
    if fanficfare is None:
        print("\nFanFicFare not found: pip install fanficfare (see --help), comparison skipped.")
        return
    print(
        f"\nFanFicFare {fanficfare_version(fanficfare)} (test1.com adapter, chapters from files)\n"
    )
    print("| work | tool | EPUB out | median s | min s | max s | peak MB |")
    print("|---|---|---|---|---|---|---|")
    for label, data in works.items():
        story = folder / f"fanficfare-{len(data['chapters'])}"  # type: ignore[arg-type]
        ini = fanficfare_story(data, story)
        target = story / "work.epub"
        times, peaks = [], []
        for _ in range(runs):
            elapsed, peak_kb = run_fanficfare(
                fanficfare,
                ini,
                target,
                len(data["chapters"]),  # type: ignore[arg-type]
            )
            times.append(elapsed)
            peaks.append(peak_kb)
        median, peak, size = fanfold_medians[label]
        print(
            f"| {label} | Fanfold | {size / 1e3:,.0f} kB | {median:.2f} | | | {peak / 1024:.0f} |"
        )
        print(
            f"| {label} | FanFicFare | {target.stat().st_size / 1e3:,.0f} kB "
            f"| {statistics.median(times):.2f} | {min(times):.2f} | {max(times):.2f} "
            f"| {max(peaks) / 1024:.0f} |"
        )


if __name__ == "__main__":
    main()
