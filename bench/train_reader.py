"""Train the trained reader's heads (src/fanfold/analysis/reader_heads.json).

    .venv/bin/python bench/train_reader.py            # train, choose, write the heads
    .venv/bin/python bench/train_reader.py --dry-run  # print the choice, write nothing

Reads with the same NumPy encoder the engine uses (`fanfold.analysis.reader`), so what
it learns is what runs. Training data: the main and development sets of
tests/data/analysis_eval and, as negatives, every paragraph of the odd-numbered ordinary
scenes (the even ones are kept for measuring). The held-out sets are never read here.

One logistic head per content note, fitted by Newton's method with an L2 penalty and
classes weighted to balance. The penalty and the threshold are chosen by five-fold
cross-validation on the training data alone: the penalty whose heads alone read best
out of fold (macro F1 at their best threshold), then the lowest threshold at which their
notes are right at least 70% of the time out of fold. Also printed, for each threshold:
the share of ordinary paragraphs flagged and the macro F1 with the word lists (which were
tuned on these passages, so it says little).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import numpy as np  # noqa: E402
from analysis_eval import DATA_DIR, load  # noqa: E402

from fanfold.analysis import CONTENT_NOTES, ChapterInput, TagDictionary, analyze, text  # noqa: E402
from fanfold.analysis.reader import HEADS, Encoder, model_dir  # noqa: E402

FOLDS = 5
PENALTIES = (1e-4, 3e-4, 1e-3, 3e-3)
THRESHOLDS = (*(round(0.5 + 0.05 * i, 2) for i in range(10)), 0.97, 0.98, 0.99)
PRECISION = 0.7


def story_paragraphs(record: dict[str, Any]) -> list[str]:
    prepared = text.prepare(record["text"], record.get("format", "plain"))
    return [prepared.plain[s.start : s.end] for s in prepared.story]


def odd_ordinary_paragraphs() -> list[str]:
    """The story paragraphs of four words or more of the odd-numbered ordinary scenes
    (the even ones are kept for measuring): negatives for the heads."""
    return [
        paragraph
        for record in load("ordinary")
        if int(record["id"].rsplit("-", 1)[-1]) % 2 == 1
        for paragraph in story_paragraphs(record)
        if len(paragraph.split()) >= 4
    ]


def fit(
    x: Any, y: Any, penalty: float, steps: int = 25, balanced: bool = True
) -> tuple[Any, float]:
    """Logistic regression by Newton's method; positives and negatives weigh the same
    (unless not `balanced`: then each passage weighs one, and the chances keep the
    classes' proportions)."""
    n, d = x.shape
    positives = max(1, int(y.sum()))
    weight = np.where(y, n / (2 * positives), n / (2 * max(1, n - positives)))
    if not balanced:
        weight = np.ones(n)
    design = np.hstack([x, np.ones((n, 1))])
    beta = np.zeros(d + 1)
    ridge = penalty * n * np.eye(d + 1)
    ridge[d, d] = 0.0  # the bias is not penalised
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(design @ beta)))
        gradient = design.T @ (weight * (p - y)) + ridge @ beta
        hessian = (design * (weight * p * (1 - p))[:, None]).T @ design + ridge
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    return beta[:d], float(beta[d])


def f1(predicted: Any, expected: Any) -> float:
    tp = int((predicted & expected).sum())
    fp = int((predicted & ~expected).sum())
    fn = int((~predicted & expected).sum())
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def macro_f1(predicted: Any, expected: Any) -> float:
    return float(np.mean([f1(predicted[:, i], expected[:, i]) for i in range(expected.shape[1])]))


def write_heads(data: dict[str, Any]) -> None:
    """The heads file, one line per head, so a retrained file reads as a diff of eleven
    lines."""
    data = dict(data)
    head_lines = ",\n  ".join(json.dumps(row) for row in data.pop("weights"))
    about = json.dumps(data, indent=1)[:-2]
    HEADS.write_text(f'{about},\n "weights": [\n  {head_lines}\n ]\n}}\n', encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    folder = model_dir()
    if folder is None:
        sys.exit("The encoder is not installed (make install).")
    started = time.perf_counter()
    records = load("main") + load("dev")
    ordinary = odd_ordinary_paragraphs()
    texts = [" ".join(story_paragraphs(r)) for r in records] + ordinary
    labels = np.array(
        [[label in r["labels"] for label in CONTENT_NOTES] for r in records]
        + [[False] * len(CONTENT_NOTES) for _ in ordinary]
    )
    tags = TagDictionary.from_csv((DATA_DIR / "tags.csv").open(encoding="utf-8"))
    rules = np.array(
        [
            [label in {s.name for s in result.notes} for label in CONTENT_NOTES]
            for result in (
                analyze(
                    [ChapterInput(r["text"], format=r.get("format", "plain"), notes=r["notes"])],
                    dictionary=tags,
                    read=False,
                )
                for r in records
            )
        ]
        + [
            [label in {s.name for s in analyze(p, read=False).notes} for label in CONTENT_NOTES]
            for p in ordinary
        ]
    )
    vectors = Encoder(folder).encode(texts).astype(np.float64)
    print(
        f"{len(records)} passages and {len(ordinary)} ordinary paragraphs encoded "
        f"in {time.perf_counter() - started:.0f} s"
    )

    is_ordinary = np.arange(len(texts)) >= len(records)
    fold = np.arange(len(texts)) % FOLDS
    # The penalty: the one whose heads, alone, read best out of fold (macro F1 at the
    # best threshold). The word lists were tuned on these same passages, so how much the
    # reader adds to them here says little about text they were not tuned on.
    best: tuple[float, float, Any] = (-1.0, 0.0, None)
    for penalty in PENALTIES:
        chances = np.zeros(labels.shape)
        for k in range(FOLDS):
            train, test = fold != k, fold == k
            for i in range(len(CONTENT_NOTES)):
                w, b = fit(vectors[train], labels[train, i], penalty)
                chances[test, i] = 1 / (1 + np.exp(-(vectors[test] @ w + b)))
        macro = max(macro_f1(chances >= t, labels) for t in THRESHOLDS)
        print(f"penalty {penalty:<6}: the reader alone, macro F1 {macro:.3f} out of fold")
        if macro > best[0]:
            best = (macro, penalty, chances)
    macro, penalty, chances = best
    # The threshold: the lowest at which the reader's notes, out of fold, are right at
    # least PRECISION of the time (a second opinion, shown with its sentence, may be
    # wrong now and then; it must not be wrong most of the time).
    threshold = THRESHOLDS[-1]
    for candidate in THRESHOLDS:
        flagged = chances >= candidate
        precision = (flagged & labels).sum() / max(1, flagged.sum())
        alarms = flagged[is_ordinary].any(axis=1).mean()
        with_rules = macro_f1(flagged | rules, labels)
        print(
            f"threshold {candidate:.2f}: precision {precision:.3f}, ordinary paragraphs "
            f"flagged {alarms:.2%}, with the word lists macro F1 {with_rules:.3f}"
        )
        if threshold == THRESHOLDS[-1] and precision >= PRECISION:
            threshold = candidate
    print(f"chosen: penalty {penalty}, threshold {threshold}")

    heads = [fit(vectors, labels[:, i], penalty) for i in range(len(CONTENT_NOTES))]
    data: dict[str, Any] = {
        "about": (
            "Logistic heads over all-MiniLM-L6-v2 paragraph vectors, written by "
            "bench/train_reader.py from the main and development sets and the odd "
            "ordinary scenes of tests/data/analysis_eval"
        ),
        "trained_on": {"passages": len(records), "ordinary_paragraphs": len(ordinary)},
        "penalty": penalty,
        "reader_alone_macro_f1_out_of_fold": round(macro, 4),
        "labels": list(CONTENT_NOTES),
        "threshold": threshold,
        "weights": [[round(float(v), 6) for v in w] for w, _b in heads],
        "bias": [round(b, 6) for _w, b in heads],
    }
    if args.dry_run:
        return
    write_heads(data)
    print(f"wrote {HEADS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
