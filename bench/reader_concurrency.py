"""What the trained reader costs when several processes read at once, as on a server.

    .venv/bin/python bench/reader_concurrency.py                 # 1 and 3 processes
    .venv/bin/python bench/reader_concurrency.py --processes 1 2 4 --runs 5

`fanfold serve` runs two web workers and a task worker; each may run the reader at the
same moment (an author's "Suggest tags", a chapter added, a work imported). For each
number of processes, that many fresh processes start together, each loads the reader,
reads a few paragraphs to warm up, waits for the others, and then times reading the
same paragraphs of the English demo works `--runs` times (what it keeps of paragraphs
read lately dropped before each run). It is done twice, alternated: with the encoder's
matrix products on one BLAS thread (`reader.BLAS_THREADS = 1`, as shipped) and with as
many threads as OpenBLAS starts by itself (one per core: the baseline, in the same
command). Prints a markdown table for docs/benchmarks.md: the median seconds of one
process's read, over every run of every process.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from fanfold.analysis import reader  # noqa: E402

DEMO = ROOT / "src" / "fanfold" / "demo_content"
PARAGRAPHS = 150  # the first of more than eight words: about 6,000 words
MODES = {"one BLAS thread (shipped)": 1, "OpenBLAS's own threads": None}


def paragraphs() -> list[str]:
    found: list[str] = []
    for path in sorted(DEMO.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        if data.get("language", "en") != "en":
            continue
        for chapter in data.get("chapters", []):
            found.extend(p for p in chapter["text"].split("\n\n") if len(p.split()) > 8)
    return found[:PARAGRAPHS]


def child(threads: int | None, runs: int, start_at: float) -> None:
    """One process: load, warm up, wait for the common start, time `runs` reads."""
    reader.BLAS_THREADS = threads
    model = reader.load()
    if model is None:
        sys.exit("the reader is not installed (make install)")
    texts = paragraphs()
    model.read(texts[:4])
    time.sleep(max(0.0, start_at - time.time()))
    seconds = []
    for _ in range(runs):
        model.forget()
        started = time.perf_counter()
        model.read(texts)
        seconds.append(time.perf_counter() - started)
    print(json.dumps(seconds))


def together(processes: int, threads: int | None, runs: int) -> list[float]:
    """Start `processes` children at once; every run's seconds of every child."""
    start_at = time.time() + 8.0  # time for each to load the reader first
    command = [sys.executable, __file__, "--child", str(threads), str(runs), str(start_at)]
    children = [
        subprocess.Popen(command, stdout=subprocess.PIPE, text=True) for _ in range(processes)
    ]
    seconds: list[float] = []
    for proc in children:
        out, _ = proc.communicate()
        if proc.returncode:
            sys.exit(proc.returncode)
        seconds.extend(json.loads(out))
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 3])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=2, help="alternations of the modes")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        threads, runs, start_at = args.child
        child(None if threads == "None" else int(threads), int(runs), float(start_at))
        return
    words = sum(len(p.split()) for p in paragraphs())
    results: dict[tuple[int, str], list[float]] = {}
    for _ in range(args.rounds):
        for n in args.processes:
            for name, threads in MODES.items():
                results.setdefault((n, name), []).extend(together(n, threads, args.runs))
    print(
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"{platform.machine()}, {os.cpu_count()} cores; {PARAGRAPHS} paragraphs of the "
        f"demo works ({words:,} words) read by each process; median of every run of every "
        f"process, {args.rounds} alternated rounds of {args.runs} runs\n"
    )
    print("| processes reading at once | " + " | ".join(MODES) + " |")
    print("|---:|" + "---:|" * len(MODES))
    for n in args.processes:
        cells = [f"{statistics.median(results[(n, name)]):.2f} s" for name in MODES]
        print(f"| {n} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
