"""Validate the labelled evaluation set for the future ``fanfold.analysis`` engine."""

import json
from pathlib import Path

import pytest

DATA_DIR = Path(__file__).parent / "data" / "analysis_eval"

LABELS = {
    "violence",
    "graphic-violence",
    "death",
    "sexual-content",
    "sexual-violence",
    "self-harm",
    "suicide",
    "abuse",
    "child-abuse",
    "substance-use",
    "strong-language",
}
RATINGS = {"General Audiences", "Teen And Up Audiences", "Mature", "Explicit"}
WARNINGS = {
    "Graphic Depictions Of Violence",
    "Major Character Death",
    "Rape/Non-Con",
    "Underage Sex",
}
POVS = {"first", "second", "third"}
TENSES = {"past", "present"}
HARD_NEGATIVES = {"negation", "figurative", "hypothetical", "innocent", None}
KEYS = {
    "id",
    "text",
    "notes",
    "labels",
    "rating",
    "warnings",
    "pov",
    "tense",
    "characters",
    "fandoms",
    "hard_negative",
    "comment",
}


def _load() -> list[tuple[str, int, dict]]:
    records = []
    for path in sorted(DATA_DIR.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                records.append((path.name, number, json.loads(line)))
    return records


RECORDS = _load()


def test_files_exist() -> None:
    assert list(DATA_DIR.glob("*.jsonl"))
    assert RECORDS


def test_ids_unique() -> None:
    ids = [record["id"] for _, _, record in RECORDS]
    duplicates = {i for i in ids if ids.count(i) > 1}
    assert not duplicates


@pytest.mark.parametrize(
    "record", [r for _, _, r in RECORDS], ids=[f"{f}:{n}" for f, n, _ in RECORDS]
)
def test_record_schema(record: dict) -> None:
    assert set(record) == KEYS
    assert isinstance(record["id"], str) and record["id"]
    assert isinstance(record["text"], str) and record["text"].strip()
    assert isinstance(record["notes"], str)
    assert isinstance(record["comment"], str)
    assert isinstance(record["labels"], list)
    assert set(record["labels"]) <= LABELS
    assert len(set(record["labels"])) == len(record["labels"])
    assert record["rating"] in RATINGS
    assert isinstance(record["warnings"], list)
    assert set(record["warnings"]) <= WARNINGS
    assert record["pov"] in POVS
    assert record["tense"] in TENSES
    assert all(isinstance(c, str) and c for c in record["characters"])
    assert all(isinstance(f, str) and f for f in record["fandoms"])
    assert record["hard_negative"] in HARD_NEGATIVES
    if record["hard_negative"] is not None:
        assert record["labels"] == []


def test_no_underage_sex_warning() -> None:
    flagged = [r["id"] for _, _, r in RECORDS if "Underage Sex" in r["warnings"]]
    assert not flagged
