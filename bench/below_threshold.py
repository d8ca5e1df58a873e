"""What the evidence the engine sets aside could add (issue 6, measured, not shipped).

    .venv/bin/python bench/below_threshold.py                  # both measures
    .venv/bin/python bench/below_threshold.py --cache var/below  # keep the readings

The word lists give a note when a paragraph's cues reach the threshold; below it, their
cue strengths are dropped, and the trained reader is asked only about borderline cues.
Two ways of using what is dropped, each measured here on data the reader's heads never
saw (`train/`, the ordinary scenes) and on the look-alike phrasings of tests/analysis,
never on the held-out sets:

- *A stacked decision.* For each note, a logistic regression over what the engine knows
  of a passage it gave no note: the strongest cue for the note below the threshold, the
  reader's largest chance for it over the story paragraphs, whether a cue for it was
  turned down (denied, unreal, a figure of speech), and the reader's chances for the
  other notes, each passage weighing one. Trained on `train/`, scored out of fold (five
  folds); a note is added
  where it reaches a chance. Printed for each chance: `train/`'s macro F1 with the
  added notes, how many ordinary scenes (`ordinary/`, `ordinary2/`) and passages of dev
  with no content then get a note, and how many look-alike sentences are read as
  content.
- *A rating floor.* A passage rated General Audiences is lifted to Teen And Up where a
  cue for a Mature-level note reaches a strength below the threshold. Printed for each
  strength: the exact and within-one rating on every set but the held-out ones.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import numpy as np  # noqa: E402
from analysis_eval import DATA_DIR, load  # noqa: E402
from train_reader import f1, fit  # noqa: E402

from fanfold.analysis import (  # noqa: E402
    CONTENT_NOTES,
    RATINGS,
    ChapterInput,
    TagDictionary,
    analyze,
    notes,
    reader,
    text,
    work,
)

FOLDS = 5
PENALTY = 1e-3
CHANCES = (0.5, 0.6, 0.7, 0.8, 0.9)
STRENGTHS = (0.2, 0.3, 0.4, 0.5)
# The notes that make a passage Mature (violence, death and drink make it Teen And Up).
MATURE = ("graphic-violence", "sexual-content", "sexual-violence", "self-harm", "suicide")
MATURE += ("abuse", "child-abuse")
MEASURED = ("train", "dev", "main", "ordinary", "ordinary2")


def readings(
    records: Sequence[dict[str, Any]], dictionary: TagDictionary, model: reader.Reader
) -> dict[str, Any]:
    """Per passage and note: the shipped engine's note (0/1), the strongest cue (0 to 1),
    a cue turned down (0/1), the reader's largest paragraph chance; and the passage's
    expected notes, expected rating and the engine's rating."""
    given, cue, refused_, chance, expected = [], [], [], [], []
    ratings: list[tuple[int, int]] = []
    for record in records:
        chapter = ChapterInput(
            record["text"], format=record.get("format", "plain"), notes=record["notes"]
        )
        result = analyze([chapter], dictionary=dictionary)
        prepared = text.prepare(chapter.text, chapter.format)
        spans = [(s.start, s.end) for s in prepared.story]
        part = work.Chapter(0, chapter, prepared, 0, spans)
        strongest = dict.fromkeys(CONTENT_NOTES, 0.0)
        refused: set[tuple[int, str]] = set()
        paragraphs: list[str] = []
        if part.english:
            for hit in notes.scan(prepared.plain, spans, 0, part.sentences_of, refused):
                for label, score in hit.scores.items():
                    strongest[label] = max(strongest[label], score)
            paragraphs = [
                prepared.plain[s:e] for s, e in spans if len(prepared.plain[s:e].split()) >= 4
            ]
        largest = dict.fromkeys(CONTENT_NOTES, 0.0)
        for read in model.read(paragraphs) if paragraphs else []:
            for label, p in read.items():
                largest[label] = max(largest[label], p)
        names = {s.name for s in result.notes}
        turned_down = {label for _k, label in refused}
        given.append([label in names for label in CONTENT_NOTES])
        cue.append([strongest[label] for label in CONTENT_NOTES])
        refused_.append([label in turned_down for label in CONTENT_NOTES])
        chance.append([largest[label] for label in CONTENT_NOTES])
        expected.append([label in record.get("labels", []) for label in CONTENT_NOTES])
        want = RATINGS.index(record["rating"]) if record.get("rating") in RATINGS else -1
        ratings.append((want, RATINGS.index(result.rating.name)))
    return {
        "given": np.array(given, dtype=bool).reshape(-1, len(CONTENT_NOTES)),
        "cue": np.array(cue, dtype=float).reshape(-1, len(CONTENT_NOTES)),
        "refused": np.array(refused_, dtype=bool).reshape(-1, len(CONTENT_NOTES)),
        "chance": np.array(chance, dtype=float).reshape(-1, len(CONTENT_NOTES)),
        "expected": np.array(expected, dtype=bool).reshape(-1, len(CONTENT_NOTES)),
        "ratings": np.array(ratings, dtype=int).reshape(-1, 2),
    }


def design(data: dict[str, Any], i: int) -> Any:
    """The stacker's inputs for note i: its cue, its chance (as log-odds), its refusal,
    and the other notes' chances."""
    odds = np.log(np.clip(data["chance"], 1e-4, 1 - 1e-4) / np.clip(1 - data["chance"], 1e-4, 1))
    refused = data["refused"][:, i].astype(float)
    others = np.delete(odds, i, axis=1)
    return np.column_stack([data["cue"][:, i], odds[:, i], refused, refused * odds[:, i], others])


class Stacker:
    """One head per note, standardised inputs, fitted on the passages the engine gave no
    note for it."""

    def __init__(self, data: dict[str, Any], rows: Any) -> None:
        self.heads = []
        for i in range(len(CONTENT_NOTES)):
            x = design(data, i)[rows]
            keep = ~data["given"][rows, i]
            mean, scale = x[keep].mean(axis=0), x[keep].std(axis=0) + 1e-9
            weights, bias = fit(
                (x[keep] - mean) / scale,
                data["expected"][rows, i][keep],
                PENALTY,
                balanced=False,
            )
            self.heads.append((mean, scale, weights, bias))

    def chances(self, data: dict[str, Any]) -> Any:
        columns = []
        for i, (mean, scale, weights, bias) in enumerate(self.heads):
            z = (design(data, i) - mean) / scale @ weights + bias
            columns.append(1 / (1 + np.exp(-z)))
        return np.column_stack(columns)


def out_of_fold(data: dict[str, Any]) -> Any:
    n = len(data["given"])
    order = np.random.RandomState(0).permutation(n)
    chances = np.zeros((n, len(CONTENT_NOTES)))
    for fold in range(FOLDS):
        test = order[fold::FOLDS]
        rows = np.setdiff1d(np.arange(n), test)
        chances[test] = Stacker(data, rows).chances(data)[test]
    return chances


def macro(predicted: Any, expected: Any) -> float:
    return float(np.mean([f1(predicted[:, i], expected[:, i]) for i in range(expected.shape[1])]))


def look_alikes() -> list[tuple[str | None, str]]:
    """The look-alike sentences of tests/analysis, each with the only note it must not
    give (None: it must give none)."""
    sys.path.insert(0, str(ROOT))
    from tests.analysis import test_phrasings

    found: list[tuple[str | None, str]] = [(None, t) for t in test_phrasings.NEGATIVES]
    for module in test_phrasings.PASSES:
        found += [(None, t) for t in module.NEGATIVES]
        found += [(label, t) for label, t in getattr(module, "NOT_AS", [])]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cache", type=Path, help="keep the readings here (.npz per set)")
    args = parser.parse_args()
    model = reader.load()
    if model is None:
        sys.exit("the trained reader is not installed (make install)")
    with (DATA_DIR / "tags.csv").open(encoding="utf-8", newline="") as stream:
        dictionary = TagDictionary.from_csv(stream)
    alikes = look_alikes()

    def read_set(name: str) -> dict[str, Any]:
        cached = args.cache / f"{name}.npz" if args.cache else None
        if cached is not None and cached.exists():
            with np.load(cached) as stored:
                return {key: stored[key] for key in stored.files}
        if name == "look-alikes":
            records = [
                {"text": t, "notes": "", "labels": [], "rating": None} for _label, t in alikes
            ]
        else:
            records = load(name)
        data = readings(records, dictionary, model)
        if cached is not None:
            cached.parent.mkdir(parents=True, exist_ok=True)
            np.savez(cached, **data)
        return data

    sets = {name: read_set(name) for name in (*MEASURED, "look-alikes")}
    train = sets["train"]
    oof = out_of_fold(train)
    stacker = Stacker(train, np.arange(len(train["given"])))

    print("## A stacked decision (trained on train/, out of fold there)\n")
    header = "| chance | train/ macro F1 | ordinary scenes with a note | ordinary2 | dev, no"
    print(header + " content, with a note | look-alikes read as content |")
    print("|---|---|---|---|---|---|")
    base = macro(train["given"], train["expected"])
    row = [f"{base:.3f}"]
    for name in ("ordinary", "ordinary2", "dev"):
        clean = ~sets[name]["expected"].any(axis=1)
        row.append(str(int(sets[name]["given"][clean].any(axis=1).sum())))
    print(f"| engine as shipped | {' | '.join(row)} | 0 |")
    # Each note at the chance that suits it best out of fold (chosen on the same folds, so
    # a little flattering): the most the stacker could add to train/.
    best = np.array(
        [
            max(
                np.arange(0.2, 0.96, 0.05),
                key=lambda at, i=i: f1(
                    train["given"][:, i] | (oof[:, i] >= at), train["expected"][:, i]
                ),
            )
            for i in range(len(CONTENT_NOTES))
        ]
    )
    for at in (*CHANCES, best):
        label = "best for each note" if isinstance(at, np.ndarray) else str(at)
        row = [f"{macro(train['given'] | (oof >= at), train['expected']):.3f}"]
        for name in ("ordinary", "ordinary2", "dev"):
            data = sets[name]
            added = data["given"] | (stacker.chances(data) >= at)
            clean = ~data["expected"].any(axis=1)
            row.append(str(int(added[clean].any(axis=1).sum())))
        data = sets["look-alikes"]
        added = (stacker.chances(data) >= at) & ~data["given"]
        wrong = sum(
            1
            for n, (only, _t) in enumerate(alikes)
            if any(added[n, i] and only in (None, label) for i, label in enumerate(CONTENT_NOTES))
        )
        print(f"| {label} | {' | '.join(row)} | {wrong} of {len(alikes)} |")

    print("\n## A rating floor: General lifted to Teen where a Mature-level cue reaches\n")
    print("| strength | " + " | ".join(f"{name} exact, within one" for name in MEASURED) + " |")
    print("|---" * (len(MEASURED) + 1) + "|")
    mature = [CONTENT_NOTES.index(label) for label in MATURE]

    def figures(ratings: Any) -> str:
        want, got = ratings[:, 0], ratings[:, 1]
        exact = 100 * float(np.mean(want == got))
        within = 100 * float(np.mean(np.abs(want - got) <= 1))
        return f"{exact:.1f}%, {within:.1f}%"

    print(
        "| engine as shipped | "
        + " | ".join(figures(sets[name]["ratings"]) for name in MEASURED)
        + " |"
    )
    for strength in STRENGTHS:
        cells = []
        for name in MEASURED:
            ratings = sets[name]["ratings"].copy()
            lift = (ratings[:, 1] == 0) & (sets[name]["cue"][:, mature] >= strength).any(axis=1)
            ratings[lift, 1] = 1
            cells.append(figures(ratings))
        print(f"| {strength} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
