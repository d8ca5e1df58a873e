"""bench/below_threshold.py, the measure of what the engine's evidence below its
threshold could add: its stacker, on readings small enough to know the answer."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import numpy as np
import pytest

from fanfold.analysis import CONTENT_NOTES

from . import bench_scripts

NOTES = len(CONTENT_NOTES)
DEATH = CONTENT_NOTES.index("death")


@pytest.fixture(scope="module")
def below() -> ModuleType:
    bench_scripts.load("analysis_eval")
    bench_scripts.load("train_reader")
    return bench_scripts.load("below_threshold")


def readings(n: int, seed: int) -> dict[str, Any]:
    """Passages where death is there exactly when the reader's chance for it is high,
    whatever the other notes' chances and the cues say; the engine gave nothing."""
    rng = np.random.default_rng(seed)
    chance = rng.uniform(0.01, 0.99, size=(n, NOTES))
    expected = np.zeros((n, NOTES), dtype=bool)
    expected[:, DEATH] = chance[:, DEATH] > 0.6
    return {
        "given": np.zeros((n, NOTES), dtype=bool),
        "cue": rng.uniform(0, 0.5, size=(n, NOTES)),
        "refused": np.zeros((n, NOTES), dtype=bool),
        "chance": chance,
        "expected": expected,
    }


def test_the_design_has_a_column_for_each_input(below: ModuleType) -> None:
    data = readings(5, seed=1)
    x = below.design(data, DEATH)
    # cue, chance, refusal, refusal times chance, and the other notes' chances
    assert x.shape == (5, 4 + NOTES - 1)
    assert np.allclose(x[:, 0], data["cue"][:, DEATH])


def test_the_stacker_learns_what_the_reader_knows(below: ModuleType) -> None:
    train, test = readings(400, seed=2), readings(200, seed=3)
    stacker = below.Stacker(train, np.arange(400))
    chances = stacker.chances(test)
    assert chances.shape == (200, NOTES)
    found = chances[:, DEATH] >= 0.5
    assert below.f1(found, test["expected"][:, DEATH]) > 0.9
    # Out of fold, every passage gets a chance from heads that never saw it.
    oof = below.out_of_fold(train)
    assert below.f1(oof[:, DEATH] >= 0.5, train["expected"][:, DEATH]) > 0.9


def test_the_heads_learn_only_from_passages_the_engine_gave_no_note(
    below: ModuleType,
) -> None:
    # Where the engine gave death, the labels say the opposite of the reader: learnt
    # from, they would undo what the other passages teach.
    train = readings(600, seed=4)
    train["given"][:300, DEATH] = True
    train["expected"][:300, DEATH] = ~train["expected"][:300, DEATH]
    stacker = below.Stacker(train, np.arange(600))
    test = readings(200, seed=5)
    found = stacker.chances(test)[:, DEATH] >= 0.5
    assert below.f1(found, test["expected"][:, DEATH]) > 0.9
