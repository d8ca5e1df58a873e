"""bench/train_reader.py, the script that writes the trained reader's heads: its
logistic fit and its scoring, on data small enough to know the answer."""

from __future__ import annotations

import json
from types import ModuleType

import numpy as np
import pytest

from fanfold.analysis import CONTENT_NOTES, reader

from . import bench_scripts


@pytest.fixture(scope="module")
def trainer() -> ModuleType:
    return bench_scripts.load("train_reader")


def test_the_fit_separates_what_can_be_separated(trainer: ModuleType) -> None:
    rng = np.random.default_rng(7)
    positives = rng.normal(1.0, 0.3, size=(40, 3))
    negatives = rng.normal(-1.0, 0.3, size=(200, 3))  # five times as many: classes balanced
    x = np.vstack([positives, negatives])
    y = np.array([True] * 40 + [False] * 200)
    weights, bias = trainer.fit(x, y, penalty=1e-3)
    chances = 1 / (1 + np.exp(-(x @ weights + bias)))
    assert (chances[:40] > 0.9).all() and (chances[40:] < 0.1).all()
    # A stronger penalty gives smaller weights and less sure chances.
    small, _ = trainer.fit(x, y, penalty=1.0)
    assert np.linalg.norm(small) < np.linalg.norm(weights)


def test_the_bias_is_not_penalised(trainer: ModuleType) -> None:
    # With nothing to learn from, the balanced classes put the chance at one half.
    x = np.zeros((30, 2))
    y = np.array([True] * 10 + [False] * 20)
    weights, bias = trainer.fit(x, y, penalty=10.0)
    assert np.allclose(weights, 0)
    assert abs(bias) < 1e-6


def test_an_unbalanced_fit_keeps_the_classes_proportions(trainer: ModuleType) -> None:
    # With nothing to learn from, each passage weighing one puts the chance at the share
    # of positives, a third.
    x = np.zeros((30, 2))
    y = np.array([True] * 10 + [False] * 20)
    _weights, bias = trainer.fit(x, y, penalty=10.0, balanced=False)
    assert 1 / (1 + np.exp(-bias)) == pytest.approx(1 / 3)


def test_macro_f1(trainer: ModuleType) -> None:
    expected = np.array([[True, False], [True, True], [False, False]])
    predicted = np.array([[True, False], [False, True], [False, True]])
    # First column: one of two found, nothing wrong (2/3); second: one right, one wrong (2/3).
    assert trainer.macro_f1(predicted, expected) == pytest.approx(2 / 3)


def test_the_shipped_heads_are_what_the_trainer_writes() -> None:
    data = json.loads(reader.HEADS.read_text(encoding="utf-8"))
    assert data["labels"] == list(CONTENT_NOTES)
    assert len(data["weights"]) == len(CONTENT_NOTES) == len(data["bias"])
    assert {len(row) for row in data["weights"]} == {384}
    assert data["trained_on"]["passages"] > 1500
    heads = reader.Heads.load()
    assert heads.threshold == data["threshold"]
