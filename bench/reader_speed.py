"""What the trained reader costs on works of the size it reads: the demo works.

    .venv/bin/python bench/reader_speed.py            # median of 5 per work

For each English demo work (src/fanfold/demo_content), pinned to one core: analyze()
with the word lists alone (read=False, the baseline in the same process), with the
reader reading afresh (what it keeps of paragraphs read lately dropped before each run),
and with the reader reading the same work again (as the posting page does after an
edit): the median of `--runs` each, after one warm-up that loads the reader. Prints a
markdown table for docs/benchmarks.md: total time each way, the reader's cost, how many
works it read, and the process's peak resident memory.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from fanfold.analysis import ChapterInput, analyze, reader  # noqa: E402

DEMO = ROOT / "src" / "fanfold" / "demo_content"


def works() -> list[tuple[str, list[ChapterInput]]]:
    found = []
    for path in sorted(DEMO.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        if data.get("language", "en") != "en" or "chapters" not in data:
            continue
        found.append((path.stem, [ChapterInput(c["text"]) for c in data["chapters"]]))
    return found


def timed(
    chapters: list[ChapterInput], read: bool, runs: int, forget: bool = True
) -> tuple[float, str]:
    """Median seconds of `runs` analyses; with `forget`, each reads afresh (the reader
    keeps what it read lately: without, the runs after the first find it all kept)."""
    model = reader.load()
    seconds = []
    status = ""
    for _ in range(runs):
        if forget and model is not None:
            model.forget()
        started = time.perf_counter()
        status = analyze(chapters, read=read).reader
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds), status


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})
    demo = works()
    analyze(demo[0][1])  # loads the reader once
    words = alone = reading = remembered = 0.0
    used = 0
    for _name, chapters in demo:
        words += sum(len(c.text.split()) for c in chapters)
        base, _ = timed(chapters, False, args.runs)
        full, status = timed(chapters, True, args.runs)
        again, _ = timed(chapters, True, args.runs, forget=False)
        alone += base
        reading += full
        remembered += again
        used += status == "used"
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"{platform.machine()}, one core, median of {args.runs} per work\n"
    )
    print("| measure | value |")
    print("|---|---:|")
    print(f"| works | {len(demo)} English demo works, {words:,.0f} words |")
    print(f"| the reader read | {used} of {len(demo)} works |")
    print(f"| word lists alone (read=False), all works | {alone:.3f} s |")
    print(f"| with the reader, all works, each read afresh | {reading:.3f} s |")
    print(f"| with the reader, all works, read again (paragraphs kept) | {remembered:.3f} s |")
    per_thousand = (reading - alone) / words * 1_000_000
    print(f"| the reader's cost per 1,000 words | {per_thousand:.0f} ms |")
    print(f"| peak RSS of the process | {rss:.0f} MB |")


if __name__ == "__main__":
    main()
