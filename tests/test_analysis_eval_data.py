"""Validate the labelled evaluation set of ``fanfold.analysis`` and its tag dictionary."""

import csv
import json
from pathlib import Path

import pytest

from fanfold.analysis import ARCHIVE_WARNINGS, CONTENT_NOTES
from fanfold.analysis import RATINGS as ENGINE_RATINGS

DATA_DIR = Path(__file__).parent / "data" / "analysis_eval"
HELDOUT_DIR = DATA_DIR / "heldout"
HELDOUT2_DIR = DATA_DIR / "heldout2"
HELDOUT3_DIR = DATA_DIR / "heldout3"
# Ordinary scenes with no content, for false alarms on plain prose.
ORDINARY_DIR = DATA_DIR / "ordinary"
# A second set of them, by four other writers, only ever measured.
ORDINARY2_DIR = DATA_DIR / "ordinary2"
# The development set: written to be learned from (its misses guide the word lists).
DEV_DIR = DATA_DIR / "dev"
# Passages written as training data for the trained reader (bench/finetune_reader.py).
TRAIN_DIR = DATA_DIR / "train"
# Relationship tags: dev.jsonl to tune on, heldout.jsonl only ever measured.
RELATIONSHIPS_DIR = DATA_DIR / "relationships"
TAGS_CSV = DATA_DIR / "tags.csv"

# The set speaks the engine's vocabulary: its content notes, ratings and warnings.
LABELS = set(CONTENT_NOTES)
RATINGS = set(ENGINE_RATINGS)
WARNINGS = set(ARCHIVE_WARNINGS)
POVS = {"first", "second", "third"}
TENSES = {"past", "present"}
FORMATS = {"plain", "html", "markdown"}
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
OPTIONAL_KEYS = {"format", "author_notes", "spoilers", "relationships"}
FANDOMS = {
    "Sherlock Holmes - Arthur Conan Doyle",
    "Pride and Prejudice - Jane Austen",
    "Dracula - Bram Stoker",
    "Frankenstein - Mary Shelley",
    "Greek and Roman Mythology",
    "Alice in Wonderland - Lewis Carroll",
    "Original Work",
}


def _load(directory: Path) -> list[tuple[str, int, dict]]:
    records = []
    for path in sorted(directory.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                records.append((f"{directory.name}/{path.name}", number, json.loads(line)))
    return records


MAIN = _load(DATA_DIR)
# Three held-out sets, written apart from the rules (and from each other).
HELDOUT = _load(HELDOUT_DIR) + _load(HELDOUT2_DIR) + _load(HELDOUT3_DIR)
DEV = _load(DEV_DIR)
TRAIN = _load(TRAIN_DIR)
ORDINARY = _load(ORDINARY_DIR) + _load(ORDINARY2_DIR)
RELATIONSHIPS = _load(RELATIONSHIPS_DIR)
RECORDS = MAIN + HELDOUT + DEV + TRAIN + ORDINARY + RELATIONSHIPS


def _tag_rows() -> list[dict[str, str]]:
    with TAGS_CSV.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def test_files_exist() -> None:
    assert len(DEV) >= 1000
    assert len(TRAIN) >= 3000
    assert len(MAIN) >= 300
    assert len(_load(HELDOUT_DIR)) >= 150
    assert len(_load(HELDOUT2_DIR)) >= 200
    assert len(_load(HELDOUT3_DIR)) >= 300
    assert len(ORDINARY) >= 60
    assert len(RELATIONSHIPS) >= 200


def test_ordinary_scenes_are_long_and_have_no_content() -> None:
    for _, _, record in ORDINARY:
        assert record["labels"] == [] and record["warnings"] == []
        assert record["rating"] == "General Audiences"
        assert len(record["text"].split()) >= 200, record["id"]


def test_ids_unique_across_main_and_heldout() -> None:
    ids = [record["id"] for _, _, record in RECORDS]
    duplicates = {i for i in ids if ids.count(i) > 1}
    assert not duplicates


def test_heldout_texts_are_new() -> None:
    main_texts = {record["text"] for _, _, record in MAIN + DEV}
    assert not [r["id"] for _, _, r in HELDOUT if r["text"] in main_texts]
    texts = [r["text"] for _, _, r in HELDOUT]
    assert len(set(texts)) == len(texts)


def test_heldout_texts_are_not_tuned_on() -> None:
    """No held-out passage, nor a copy of one up to case and spacing, is in a set the
    rules are tuned on."""
    trained = {" ".join(r["text"].lower().split()) for _, _, r in MAIN + DEV + TRAIN}
    assert not [r["id"] for _, _, r in HELDOUT if " ".join(r["text"].lower().split()) in trained]


def test_the_second_ordinary_set_is_new() -> None:
    """The second set of ordinary scenes repeats no passage of any other set."""
    second = {" ".join(r["text"].lower().split()) for _, _, r in _load(ORDINARY2_DIR)}
    others = [r for _, _, r in MAIN + DEV + TRAIN + HELDOUT + _load(ORDINARY_DIR)]
    assert not [r["id"] for r in others if " ".join(r["text"].lower().split()) in second]
    assert len(_load(ORDINARY2_DIR)) >= 150


@pytest.mark.parametrize(
    "record", [r for _, _, r in RECORDS], ids=[f"{f}:{n}" for f, n, _ in RECORDS]
)
def test_record_schema(record: dict) -> None:
    assert KEYS <= set(record) <= KEYS | OPTIONAL_KEYS
    assert isinstance(record["id"], str) and record["id"]
    assert isinstance(record["text"], str) and record["text"].strip()
    assert isinstance(record["notes"], str)
    assert isinstance(record["comment"], str)
    assert isinstance(record["labels"], list)
    assert set(record["labels"]) <= LABELS
    assert len(set(record["labels"])) == len(record["labels"])
    if "graphic-violence" in record["labels"]:
        assert "violence" in record["labels"]
    assert record["rating"] in RATINGS
    assert isinstance(record["warnings"], list)
    assert set(record["warnings"]) <= WARNINGS
    assert record["pov"] in POVS
    assert record["tense"] in TENSES
    assert all(isinstance(c, str) and c for c in record["characters"])
    assert set(record["fandoms"]) <= FANDOMS and record["fandoms"]
    assert record["hard_negative"] in HARD_NEGATIVES
    if record["hard_negative"] is not None:
        assert record["labels"] == []


@pytest.mark.parametrize(
    "record", [r for _, _, r in RECORDS], ids=[f"{f}:{n}" for f, n, _ in RECORDS]
)
def test_optional_fields(record: dict) -> None:
    assert record.get("format", "plain") in FORMATS
    notes = record.get("author_notes", [])
    assert isinstance(notes, list)
    for note in notes:
        assert isinstance(note, str) and note.strip()
        assert note in record["text"]
    if "spoilers" in record:
        assert isinstance(record["spoilers"], bool)
    if record["notes"] or notes:
        assert "spoilers" in record, "every passage with author's notes says whether they spoil"


def test_author_notes_only_marked_in_markup_passages() -> None:
    # Notes inside the text are a markup-file feature; plain passages keep notes in `notes`.
    stray = [r["id"] for _, _, r in RECORDS if r.get("author_notes") and "format" not in r]
    assert not stray


def test_set_covers_notes_spoilers_and_markup() -> None:
    main = [r for _, _, r in MAIN]
    assert sum(1 for r in main if r["notes"]) >= 30
    assert sum(1 for r in main if r.get("spoilers") is True) >= 15
    assert sum(1 for r in main if r.get("spoilers") is False and r["notes"]) >= 5
    assert sum(1 for r in main if r.get("format") in {"html", "markdown"}) >= 25
    assert sum(1 for r in main if "sexual-violence" in r["labels"]) >= 25
    assert sum(1 for r in main if r["rating"] == "Explicit") >= 20


def test_no_underage_sex_warning() -> None:
    flagged = [r["id"] for _, _, r in RECORDS if "Underage Sex" in r["warnings"]]
    assert not flagged


def test_tags_csv_header_and_types() -> None:
    with TAGS_CSV.open(encoding="utf-8", newline="") as stream:
        # The archive's exchange columns, then `uses`: how many works use each canonical
        # character (what an archive's tags carry; the analysis reads it to settle a
        # surname two characters share).
        assert next(csv.reader(stream)) == [
            "type",
            "name",
            "canonical",
            "fandoms",
            "parents",
            "uses",
        ]
    rows = _tag_rows()
    for row in rows:
        assert row["uses"] == "" or row["uses"].isdigit(), row
    assert {row["type"] for row in rows} == {"fandom", "character", "relationship", "freeform"}
    canonical = {(row["type"], row["name"]) for row in rows if not row["canonical"]}
    for row in rows:
        if row["canonical"]:
            assert (row["type"], row["canonical"]) in canonical, row
            assert not row["fandoms"] and not row["parents"], row
    names = [(row["type"], row["name"].casefold()) for row in rows]
    assert len(names) == len(set(names))


def test_tags_csv_links_characters_to_known_fandoms() -> None:
    fandoms = {
        row["name"] for row in _tag_rows() if row["type"] == "fandom" and not row["canonical"]
    }
    assert fandoms >= FANDOMS
    for row in _tag_rows():
        if row["type"] in {"character", "relationship"} and not row["canonical"]:
            assert row["fandoms"] and set(row["fandoms"].split("|")) <= fandoms, row


def test_every_character_in_the_set_is_a_canonical_tag() -> None:
    canonical = {r["name"] for r in _tag_rows() if r["type"] == "character" and not r["canonical"]}
    named = {c for _, _, record in RECORDS for c in record["characters"]}
    assert named - canonical == set()


def test_relationship_sets_label_canonical_relationships() -> None:
    canonical = {
        r["name"] for r in _tag_rows() if r["type"] == "relationship" and not r["canonical"]
    }
    for _, _, record in RELATIONSHIPS:
        assert isinstance(record["relationships"], list), record["id"]
        assert set(record["relationships"]) <= canonical, record["id"]
        for name in record["relationships"]:
            parts = name.replace(" & ", "/").split("/")
            assert set(parts) <= set(record["characters"]), record["id"]
    # Only these sets carry the field: elsewhere no label is not "no relationship".
    others = MAIN + HELDOUT + DEV + TRAIN + ORDINARY
    assert not [r["id"] for _, _, r in others if "relationships" in r]
    # The held-out half repeats nothing of the half the rules are tuned on.
    dev = {r["text"] for f, _, r in RELATIONSHIPS if f.endswith("dev.jsonl")}
    assert not [
        r["id"] for f, _, r in RELATIONSHIPS if f.endswith("heldout.jsonl") and r["text"] in dev
    ]


def test_relationship_characters_are_canonical() -> None:
    rows = _tag_rows()
    characters = {r["name"] for r in rows if r["type"] == "character" and not r["canonical"]}
    for row in rows:
        if row["type"] == "relationship" and not row["canonical"]:
            parts = row["name"].replace(" & ", "/").split("/")
            assert set(parts) <= characters, row["name"]
