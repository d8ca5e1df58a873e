"""Whole-process time and peak memory of building a work's EPUB.

    .venv/bin/python bench/epub.py [--runs 5]

Two works are generated from a small original vocabulary (nothing is copied from
anywhere): 100 chapters of 5,000 words (500,000 words) and a 5,000-word one-shot, with
the markup sanitised author HTML has (paragraphs, emphasis, dialogue, entities, a scene
break, chapter notes). Each is saved as JSON; every run is a fresh Python process that
imports the writer, reads the JSON, builds the EPUB and writes it to disk, the way a
background worker would. The table gives the median of the runs and the child's peak
resident memory (ru_maxrss from wait4).
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


def run_once(source: Path, target: Path) -> tuple[float, int, dict[str, float]]:
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, __file__, "--child", str(source), str(target)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"the build failed ({child.returncode})")
    return elapsed, usage.ru_maxrss, json.loads(output)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        build_child(*args.child)
        return
    with tempfile.TemporaryDirectory(prefix="fanfold-bench-epub-") as folder:
        measure(Path(folder), args.runs)


def measure(folder: Path, runs: int) -> None:
    works = {
        "100 chapters, 500,000 words": generated_work(100, 5000, seed=1),
        "1 chapter, 5,000 words": generated_work(1, 5000, seed=2),
    }
    print(f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores")
    print(f"{runs} runs each, whole process (interpreter start, imports, build, write)\n")
    print("| work | HTML in | EPUB out | median s | min s | max s | build s (median) | peak MB |")
    print("|---|---|---|---|---|---|---|---|")
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
        print(
            f"| {label} | {html_size / 1e3:,.0f} kB | {target.stat().st_size / 1e3:,.0f} kB "
            f"| {statistics.median(times):.2f} | {min(times):.2f} | {max(times):.2f} "
            f"| {statistics.median(builds):.2f} | {max(peaks) / 1024:.0f} |"
        )


if __name__ == "__main__":
    main()
