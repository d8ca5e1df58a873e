"""The issue's quality targets on the main evaluation set, kept as a regression guard.

The rules were written against this set, so these figures say the engine has not
slipped, not how it does on text it has never seen: that is the held-out set's job
(`python bench/analysis_eval.py --set heldout`, reported in docs/analysis.md and never
tuned on).
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from fanfold.analysis import CONTENT_NOTES, TagDictionary

from . import bench_scripts

ROOT = Path(__file__).resolve().parents[2]


def _bench() -> ModuleType:
    return bench_scripts.load("analysis_eval")


@pytest.fixture(scope="module")
def scores():  # type: ignore[no-untyped-def]
    bench = _bench()
    with (ROOT / "tests/data/analysis_eval/tags.csv").open(encoding="utf-8") as stream:
        dictionary = TagDictionary.from_csv(stream)
    result, _seconds = bench.evaluate(bench.load("main"), dictionary)
    assert not result.errors
    return result


@pytest.mark.parametrize("note", CONTENT_NOTES)
def test_content_note_f1(scores, note: str) -> None:  # type: ignore[no-untyped-def]
    counts = scores.notes[note]
    if counts.support < 20:
        pytest.skip(f"{note}: {counts.support} positives, below the 20 a target needs")
    assert counts.f1 >= 0.85, (note, counts.as_json())


def test_rating(scores) -> None:  # type: ignore[no-untyped-def]
    assert scores.rating_exact / scores.passages >= 0.75
    assert scores.rating_within / scores.passages >= 0.95


def test_point_of_view_and_tense(scores) -> None:  # type: ignore[no-untyped-def]
    assert scores.pov / scores.passages >= 0.95
    assert scores.tense / scores.passages >= 0.95


def test_characters(scores) -> None:  # type: ignore[no-untyped-def]
    assert scores.characters.precision >= 0.95
    assert scores.characters.recall >= 0.90


def test_author_notes_and_spoilers(scores) -> None:  # type: ignore[no-untyped-def]
    assert scores.author_notes.f1 >= 0.9
    assert scores.spoilers.f1 >= 0.9
