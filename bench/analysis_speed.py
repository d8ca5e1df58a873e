"""Speed and memory of `fanfold.analysis` on a long work with a large tag dictionary
(issue 6, point 8: 2 MB/s on one core with 100,000 tags, under 300 MB).

    .venv/bin/python bench/analysis_speed.py             # 5 runs
    .venv/bin/python bench/analysis_speed.py --runs 3 --words 200000
    .venv/bin/python bench/analysis_speed.py --prose demo   # real prose: the demo works
    .venv/bin/python bench/analysis_speed.py --no-reader    # the word lists alone

Generates, from a fixed seed, a 100,000-tag dictionary (about 2,000 fandoms, 60,000
characters with synonyms, 25,000 relationships, the rest freeforms, plus the real
evaluation tags) and a 500,000-word work of original prose in 50 chapters, composed
from sentence templates with names from the dictionary, dialogue, and some violence,
drink and romance so the rules have something to find; or, with `--prose demo`, the
same length of real prose: the demo works' English chapters, over again. Each run is a fresh
subprocess pinned to one core that times: the first analyze() call with the
dictionary (which builds its name index), then analyze() on the whole work with the
warm dictionary, then the same again under tracemalloc for the peak of Python
allocations; ru_maxrss is the process's peak resident memory. A baseline in the same
process, `text.lower()` plus `re.findall(r"\\w+", text)`, lets a noisy machine be
compared with a quiet one. Prints a markdown table for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import platform
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
import tracemalloc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from fanfold.analysis import ChapterInput, DictionaryTag, TagDictionary, analyze  # noqa: E402

EVAL_TAGS = ROOT / "tests" / "data" / "analysis_eval" / "tags.csv"
DEMO = ROOT / "src" / "fanfold" / "demo_content"
SEED = 6

ONSETS = [
    "b",
    "br",
    "c",
    "ch",
    "d",
    "dr",
    "f",
    "g",
    "gr",
    "h",
    "j",
    "k",
    "l",
    "m",
    "n",
    "p",
    "pr",
    "r",
    "s",
    "sh",
    "st",
    "t",
    "th",
    "tr",
    "v",
    "w",
    "z",
]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ie", "ou", "y"]
CODAS = ["", "", "n", "r", "l", "s", "th", "nd", "rk", "m", "x", "ck"]
TITLES = ["Captain", "Lady", "Lord", "Doctor", "Sister", "Professor", "Aunt", "Colonel"]
FANDOM_SHAPES = [
    "The {} Chronicles",
    "{} (TV)",
    "{} - All Media Types",
    "Tales of {}",
    "{} Academy",
    "The House of {}",
    "{}: Rising",
]
FREEFORM_WORDS = [
    "angst",
    "fluff",
    "hurt",
    "comfort",
    "slow",
    "burn",
    "found",
    "family",
    "enemies",
    "lovers",
    "rivals",
    "road",
    "trip",
    "coffee",
    "shop",
    "modern",
    "college",
    "royalty",
    "pirates",
    "magic",
    "curse",
    "bonding",
    "grief",
    "recovery",
    "hospital",
    "snow",
    "winter",
    "summer",
    "festival",
    "letters",
    "secret",
    "identity",
    "time",
    "travel",
    "ghosts",
]


def _syllable(rng: random.Random) -> str:
    return rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS)


def _name(rng: random.Random, parts: int) -> str:
    return "".join(_syllable(rng) for _ in range(parts)).capitalize()


def make_dictionary(rng: random.Random, size: int) -> list[DictionaryTag]:
    """`size` canonical tags (synonyms come on top), the real evaluation tags included."""
    with EVAL_TAGS.open(encoding="utf-8", newline="") as stream:
        real = list(TagDictionary.from_csv(stream).tags)
    tags: list[DictionaryTag] = list(real)
    fandoms = [rng.choice(FANDOM_SHAPES).format(_name(rng, 2)) for _ in range(2000)]
    fandoms = list(dict.fromkeys(fandoms))
    tags += [
        DictionaryTag("fandom", f, synonyms=(f.split(" (")[0] + " (Series)",) if i % 7 == 0 else ())
        for i, f in enumerate(fandoms)
    ]
    by_fandom: dict[str, list[str]] = {f: [] for f in fandoms}
    seen: set[str] = {t.name for t in tags}
    characters = 60_000
    while characters:
        first = _name(rng, rng.choice((1, 2, 2)))
        last = _name(rng, rng.choice((2, 2, 3)))
        name = f"{first} {last}"
        if name in seen:
            continue
        seen.add(name)
        fandom = rng.choice(fandoms)
        synonyms: tuple[str, ...] = ()
        roll = rng.random()
        if roll < 0.08:
            synonyms = (f"{rng.choice(TITLES)} {last}",)
        elif roll < 0.14:
            synonyms = (first[:3] + rng.choice(("ie", "y", "o")),)
        tags.append(DictionaryTag("character", name, synonyms=synonyms, fandoms=(fandom,)))
        by_fandom[fandom].append(name)
        characters -= 1
    relationships = 25_000
    populated = [f for f, people in by_fandom.items() if len(people) >= 2]
    while relationships:
        fandom = rng.choice(populated)
        a, b = sorted(rng.sample(by_fandom[fandom], 2))
        name = f"{a}/{b}" if rng.random() < 0.7 else f"{a} & {b}"
        if name in seen:
            continue
        seen.add(name)
        tags.append(DictionaryTag("relationship", name, fandoms=(fandom,), characters=(a, b)))
        relationships -= 1
    while len(tags) < size:
        words = rng.sample(FREEFORM_WORDS, rng.choice((1, 2, 3)))
        name = " ".join(words).title() + (f" {_name(rng, 2)}" if rng.random() < 0.6 else "")
        if name in seen:
            continue
        seen.add(name)
        synonyms = (name.lower(),) if rng.random() < 0.1 else ()
        tags.append(DictionaryTag("freeform", name, synonyms=synonyms))
    return tags[:size] if len(tags) > size else tags


# Sentence templates: {a} and {b} are cast names, {p} a place, {t} a time.
NARRATION = [
    "{a} walked along the {p} while the light went out of the sky.",
    "{a} and {b} argued about the map until neither of them remembered where they were going.",
    "It rained all {t}, and {a} sat by the window counting the carts on the road.",
    "{a} had not slept; {b} could see it in the set of the shoulders.",
    "The letter from {b} lay unopened on the table for three days.",
    "{a}'s hands were steady as they folded the shirts into the trunk.",
    "Nobody in the {p} could remember a colder {t}.",
    "{b} laughed at something {a} said, and the sound carried across the yard.",
    "The bell rang twice, and {a} went down to see who it was.",
    "{a} thought of the sea, and of the house at the end of the {p}, and of {b}.",
]
DIALOGUE = [
    '"You are late," said {a}. "We waited an hour for you at the {p}."',
    '"I never asked for this," {b} said quietly.',
    '"{a}, come and look at this," {b} called from the doorway.',
    '"Tell me the truth, {b}," said {a}, "just once."',
    '"It will be over by {t}," said {a}, and did not believe it.',
]
HEAVY = [
    "{a} hit him across the face, and he staggered back against the wall.",
    "{b} drank the whole bottle of brandy before midnight and woke on the floor.",
    "{a} kissed {b} in the doorway, slowly, as if there were all the time in the world.",
    "The knife caught {b} across the arm, and blood ran down to the wrist.",
    '"Damn you," {a} said, "damn you to hell."',
    "{a} died before dawn, and {b} closed the staring eyes.",
    "{b} lit another cigarette and poured a third glass of gin.",
    "They were married in the {t}, in the little chapel by the {p}.",
    "{a} and {b} went to bed together that night, and neither of them slept until dawn.",
]
PLACES = ["harbour", "high street", "orchard", "mill", "station", "old bridge", "square"]
TIMES = ["winter", "spring", "evening", "morning", "week", "autumn"]


def make_work(
    rng: random.Random, tags: list[DictionaryTag], words: int, chapters: int
) -> list[str]:
    characters = [t for t in tags if t.type == "character"]
    cast = [t.name for t in rng.sample(characters[200:], 30)]
    cast += ["Elizabeth Bennet", "Darcy", "Holmes", "Watson", "Mina", "Lizzy"]
    nicknames = [t.synonyms[0] for t in characters if t.synonyms][:200]
    cast += rng.sample(nicknames, 10)
    per_chapter = words // chapters
    out: list[str] = []
    for _ in range(chapters):
        paragraphs: list[str] = []
        count = 0
        while count < per_chapter:
            sentences = []
            for _ in range(rng.randint(2, 6)):
                roll = rng.random()
                pool = HEAVY if roll < 0.08 else DIALOGUE if roll < 0.35 else NARRATION
                a, b = rng.sample(cast, 2)
                sentence = rng.choice(pool).format(
                    a=a, b=b, p=rng.choice(PLACES), t=rng.choice(TIMES)
                )
                sentences.append(sentence)
                count += len(sentence.split())
            paragraphs.append(" ".join(sentences))
        out.append("\n\n".join(paragraphs))
    return out


def demo_work(words: int, chapters: int) -> list[str]:
    """Real prose instead of templates: the English chapters of the demo works (original
    writing made for Fanfold), in order and over again, packed into `chapters` chapters
    of about the same length. Templates repeat a few dozen sentences; real prose has the
    variety of words, and so of cue words, that the rules meet in an archive."""
    pieces = []
    for path in sorted(DEMO.glob("[0-9]*.toml")):
        with path.open("rb") as fh:
            work = tomllib.load(fh)
        if work.get("language", "en") == "en":
            pieces += [c["text"].strip() for c in work.get("chapters", [])]
    per_chapter = words // chapters
    out: list[str] = []
    i = 0
    for _ in range(chapters):
        parts: list[str] = []
        count = 0
        while count < per_chapter:
            piece = pieces[i % len(pieces)]
            i += 1
            parts.append(piece)
            count += len(piece.split())
        out.append("\n\n".join(parts))
    return out


def _pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"core {core}"
    return "not pinned"


def _rss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def child(data_file: Path, read: bool) -> dict[str, Any]:
    pinned = _pin_to_one_core()
    with data_file.open("rb") as fh:
        tags, texts = pickle.load(fh)
    dictionary = TagDictionary(tags)
    work = [ChapterInput(text) for text in texts]
    rss_loaded = _rss_mb()

    started = time.perf_counter()
    analyze([ChapterInput("Elizabeth walked to Meryton with Jane.")], dictionary=dictionary)
    index_seconds = time.perf_counter() - started

    started = time.perf_counter()
    result = analyze(work, dictionary=dictionary, read=read)
    analyze_seconds = time.perf_counter() - started
    rss_after = _rss_mb()
    # The same work again in the same process: what a long-running server (or worker)
    # sees once its memory is warm.
    warm = []
    for _ in range(3):
        started = time.perf_counter()
        analyze(work, dictionary=dictionary, read=read)
        warm.append(time.perf_counter() - started)

    whole = "\n\n".join(texts)
    # Three times, the median: one short timing on a noisy machine can be off by half.
    baseline = []
    for _ in range(3):
        started = time.perf_counter()
        re.findall(r"\w+", whole.lower())
        baseline.append(time.perf_counter() - started)
    baseline_seconds = statistics.median(baseline)

    tracemalloc.start()
    analyze(work, dictionary=dictionary, read=read)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    return {
        "pinned": pinned,
        "index_seconds": index_seconds,
        "analyze_seconds": analyze_seconds,
        "warm_seconds": statistics.median(warm),
        "baseline_seconds": baseline_seconds,
        "tracemalloc_peak_mb": traced_peak / (1024 * 1024),
        "rss_loaded_mb": rss_loaded,
        "rss_after_analyze_mb": rss_after,
        "rss_peak_mb": _rss_mb(),
        "words_found": result.stats.words,
        "notes_found": [s.name for s in result.notes],
        "reader": result.reader,
        "characters_found": len(result.characters),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tags", type=int, default=100_000)
    parser.add_argument("--words", type=int, default=500_000)
    parser.add_argument("--chapters", type=int, default=50)
    parser.add_argument(
        "--prose",
        choices=["generated", "demo"],
        default="generated",
        help="the work: generated from templates, or the demo works' real prose",
    )
    parser.add_argument(
        "--no-reader",
        action="store_true",
        help="the word lists alone, without the trained reader (analyze(read=False))",
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, read=not args.no_reader)))
        return

    started = time.perf_counter()
    rng = random.Random(SEED)
    tags = make_dictionary(rng, args.tags)
    if args.prose == "demo":
        texts = demo_work(args.words, args.chapters)
    else:
        texts = make_work(rng, tags, args.words, args.chapters)
    generation = time.perf_counter() - started
    size_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    words = sum(len(t.split()) for t in texts)
    synonyms = sum(len(t.synonyms) for t in tags)
    kinds = {
        k: sum(1 for t in tags if t.type == k)
        for k in ("fandom", "character", "relationship", "freeform")
    }
    print(
        f"generated in {generation:.1f} s: {len(tags):,} tags ({kinds}), {synonyms:,} synonyms; "
        f"{words:,} words in {len(texts)} chapters, {size_mb:.2f} MB",
        file=sys.stderr,
    )

    runs: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as folder:
        data_file = Path(folder) / "work.pickle"
        with data_file.open("wb") as fh:
            pickle.dump((tags, texts), fh, protocol=pickle.HIGHEST_PROTOCOL)
        for i in range(args.runs):
            done = subprocess.run(
                [sys.executable, __file__, "--child", str(data_file)]
                + (["--no-reader"] if args.no_reader else []),
                check=True,
                capture_output=True,
                text=True,
            )
            run = json.loads(done.stdout.strip().splitlines()[-1])
            runs.append(run)
            print(
                f"run {i + 1}/{args.runs}: index {run['index_seconds']:.3f} s, "
                f"analyze {run['analyze_seconds']:.3f} s (warm {run['warm_seconds']:.3f} s), "
                f"baseline {run['baseline_seconds']:.3f} s",
                file=sys.stderr,
            )

    def median(key: str) -> float:
        return float(statistics.median(r[key] for r in runs))

    analyze_s, warm_s, index_s, baseline_s = (
        median("analyze_seconds"),
        median("warm_seconds"),
        median("index_seconds"),
        median("baseline_seconds"),
    )
    print(
        f"\n{platform.python_implementation()} {platform.python_version()}, "
        f"{platform.machine()}, {runs[0]['pinned']}, median of {args.runs} runs, "
        f"each in a fresh process\n"
    )
    print("| measure | value |")
    print("|---|---:|")
    print(f"| dictionary | {len(tags):,} tags, {synonyms:,} synonyms |")
    shape = f"{words:,} words, {len(texts)} chapters, {size_mb:.2f} MB"
    print(f"| work ({args.prose} prose) | {shape} |")
    print(f"| trained reader | {runs[0]['reader']} |")
    print(f"| first analyze() with the dictionary (builds its index) | {index_s:.3f} s |")
    print(
        f"| analyze() on the work, warm dictionary, first time in the process | {analyze_s:.3f} s |"
    )
    print(f"| throughput, first time | {size_mb / analyze_s:.2f} MB/s |")
    print(f"| analyze() again in the same process (median of 3) | {warm_s:.3f} s |")
    print(f"| throughput, warm process | {size_mb / warm_s:.2f} MB/s |")
    baseline_rate = size_mb / baseline_s
    print(f"| baseline: lower() + findall(\\w+) | {baseline_s:.3f} s ({baseline_rate:.1f} MB/s) |")
    print(f"| analyze / baseline | {analyze_s / baseline_s:.1f}x |")
    print(f"| tracemalloc peak during analyze() | {median('tracemalloc_peak_mb'):.0f} MB |")
    print(f"| RSS after loading dictionary and work | {median('rss_loaded_mb'):.0f} MB |")
    print(f"| peak RSS (ru_maxrss) after analyze() | {median('rss_after_analyze_mb'):.0f} MB |")
    print(
        f"\nfound: {runs[0]['words_found']:,} words, {runs[0]['characters_found']} characters, "
        f"notes {', '.join(runs[0]['notes_found']) or 'none'}"
    )


if __name__ == "__main__":
    main()
