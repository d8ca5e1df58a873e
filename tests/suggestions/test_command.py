"""`fanfold analyze FILE [--json]`: the posting page's suggestions from the command line,
for .txt, .html, .md and .epub files, with the archive's tags or a CSV of them."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from fanfold.formats import write_epub
from fanfold.formats.document import Chapter, WorkDocument

from .conftest import AUTHOR_NOTE, CALM, TAGS_CSV, VIOLENT

JSON_KEYS = {
    "rating",
    "warnings",
    "notes",
    "fandoms",
    "characters",
    "relationships",
    "author_notes",
    "spoilers",
    "stats",
    "reader",
    "noted",
}


def paragraphs_html(text: str) -> str:
    return "".join(f"<p>{p}</p>" for p in text.split("\n\n"))


def story_file(tmp_path: Path, kind: str) -> Path:
    text = f"{AUTHOR_NOTE}\n\n{VIOLENT}"
    path = tmp_path / f"story.{kind}"
    if kind == "txt":
        path.write_text(text, encoding="utf-8")
    elif kind == "md":
        path.write_text(f"# The Corner\n\n{text.replace('Baker Street', '*Baker Street*')}")
    elif kind == "html":
        path.write_text(
            "<!doctype html><html><head><title>The Corner</title></head>"
            f"<body><h1>The Corner</h1>{paragraphs_html(text)}</body></html>"
        )
    else:
        document = WorkDocument(
            title="Two Streets",
            creators=("tester",),
            chapters=(
                Chapter(title="The Corner", body=paragraphs_html(text)),
                Chapter(title="The Shrubbery", body=paragraphs_html(CALM)),
            ),
        )
        path.write_bytes(write_epub(document))
    return path


def run(*args: str) -> str:
    out = StringIO()
    call_command("analyze", *args, stdout=out)
    return out.getvalue()


@pytest.mark.parametrize("kind", ["txt", "md", "html", "epub"])
def test_json_has_every_part_with_evidence_offsets(db, archive_tags, tmp_path, kind):
    data = json.loads(run(str(story_file(tmp_path, kind)), "--json"))
    assert set(data) == JSON_KEYS
    assert {"words", "pov", "tense"} <= set(data["stats"])
    assert data["stats"]["words"] > 80
    characters = {c["name"]: c for c in data["characters"]}
    assert {"Sherlock Holmes", "John Watson"} <= set(characters)
    evidence = characters["Sherlock Holmes"]["evidence"][0]
    assert {"text", "start", "end"} <= set(evidence)
    assert "confidence" in characters["Sherlock Holmes"]
    assert any(n["name"] in ("violence", "graphic-violence") for n in data["notes"])
    for note in data["notes"]:
        assert 0 < note["confidence"] <= 1
        assert all(e["end"] > e["start"] for e in note["evidence"])
    assert data["rating"]["name"] != "General Audiences"


def test_epub_chapters_are_counted_apart(db, archive_tags, tmp_path):
    data = json.loads(run(str(story_file(tmp_path, "epub")), "--json"))
    # The writer's title page and afterword are chapters of the file too.
    chapters = data["stats"]["chapters"]
    assert len(chapters) >= 2
    assert sum(c["words"] for c in chapters) == data["stats"]["words"]
    names = {c["name"] for c in data["characters"]}
    assert {"Sherlock Holmes", "Elizabeth Bennet", "Fitzwilliam Darcy"} <= names


def test_readable_report_names_each_part(db, archive_tags, tmp_path):
    text = run(str(story_file(tmp_path, "txt")))
    assert "Suggested rating:" in text
    for heading in (
        "Archive warnings:",
        "Content notes:",
        "Fandoms:",
        "Characters:",
        "Relationships:",
        "Author's notes:",
        "Spoilers:",
        "Stats:",
    ):
        assert f"\n{heading}\n" in text
    assert "Sherlock Holmes (" in text
    assert "mentions" in text
    # Confidence in words, and evidence quoted.
    assert "likely" in text or "possible" in text
    assert "“" in text
    assert "as Additional Tags: " in text
    assert "Thank you all for the lovely comments" in text
    assert "words," in text and "% dialogue" in text
    # and what the suggestions cannot see, under the content notes
    notes = text.split("\nContent notes:\n")[1].split("\n\n")[0]
    assert "only implies may get none" in notes


def test_the_report_lists_what_the_authors_notes_warn_of(db, archive_tags, tmp_path):
    path = tmp_path / "warned.txt"
    path.write_text(f"A/N: TW for self-harm and suicidal thoughts. Be gentle.\n\n{CALM}")
    text = run(str(path))
    warned = text.split("\nWarned of in the author's notes")[1].split("\n\n")[0]
    assert "self-harm (as Additional Tags: Self-Harm)" in warned
    assert "suicide (as Additional Tags: Suicide)" in warned
    assert "TW for self-harm" in warned
    # The story's own notes are not made from the author's.
    assert "\nContent notes:\n  none" in text
    assert "Warned of in the author's notes" not in run(str(story_file(tmp_path, "txt")))


def test_a_death_in_passing_says_why_it_is_only_possible(db, archive_tags, tmp_path):
    path = tmp_path / "passing.txt"
    path.write_text("My father died when I was nine. I remember the black ribbons on the door.")
    text = run(str(path))
    assert "(a death told in passing or before the story)" in text
    assert "Suggested rating: General Audiences" in text


def test_a_text_not_in_english_is_reported_unread(db, archive_tags, tmp_path):
    # Written for this test.
    path = tmp_path / "regen.txt"
    path.write_text(
        "Der Regen hörte nicht auf. Sie saß am Fenster und las einen Brief von ihrer Mutter, "
        "die in Hamburg wohnte. Er kam spät nach Hause, müde und hungrig, und sie stellte ihm "
        "eine Suppe hin. Die Kinder schliefen schon, und draußen bellte ein Hund.",
        encoding="utf-8",
    )
    text = run(str(path))
    assert "Not in English, so not read for a rating, warnings or content notes" in text
    assert "Suggested rating: none (nothing was read)" in text
    data = json.loads(run(str(path), "--json"))
    assert data["stats"]["english"] is False
    assert data["notes"] == []


def test_the_trained_reader_is_named_where_it_confirmed_a_note(db, archive_tags, tmp_path):
    path = tmp_path / "messages.txt"
    path.write_text(
        "He read her messages every night and told her which friends she was allowed to see.",
        encoding="utf-8",
    )
    text = run(str(path))
    assert "abuse (" in text
    assert "confirmed by the trained reader" in text
    assert "Trained reader: used" in text
    data = json.loads(run(str(path), "--json"))
    assert data["reader"] == "used"
    quick = json.loads(run(str(path), "--json", "--no-reader"))
    assert quick["reader"] == "off"
    assert "abuse" not in {n["name"] for n in quick["notes"]}
    assert "Trained reader: off" in run(str(path), "--no-reader")


def test_the_command_lets_the_reader_use_every_core_and_puts_it_back(
    db, archive_tags, tmp_path, monkeypatch
):
    # Alone in its process, one analysis may multiply on every core; the archive's
    # processes, which may read at once, keep to one thread (bench/reader_concurrency.py).
    from fanfold.analysis import reader

    seen = []
    real = reader.Encoder.encode

    def watching(self, texts):
        seen.append(reader.BLAS_THREADS)
        return real(self, texts)

    monkeypatch.setattr(reader.Encoder, "encode", watching)
    reader.load().forget()
    path = tmp_path / "messages.txt"
    path.write_text(
        "He read her messages every night and told her which friends she was allowed to see.",
        encoding="utf-8",
    )
    run(str(path))
    assert seen and set(seen) == {None}
    assert reader.BLAS_THREADS == 1


def test_report_quotes_at_most_three_sentences_per_suggestion(db, archive_tags, tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join([VIOLENT] * 4))
    text = run(str(path))
    section = text.split("\nCharacters:\n")[1].split("\n\n")[0]
    holmes = section.split("  Sherlock Holmes (")[1].split("\n  John Watson")[0]
    assert holmes.count("    - “") == 3
    assert "more)" in holmes


def test_a_csv_dictionary_replaces_the_archive_tags(db, tmp_path):
    tags = tmp_path / "tags.csv"
    tags.write_text(TAGS_CSV)
    story = story_file(tmp_path, "txt")
    # No tags in the database: nothing to name.
    assert json.loads(run(str(story), "--json"))["characters"] == []
    data = json.loads(run(str(story), "--json", "--tags", str(tags)))
    assert "Sherlock Holmes" in {c["name"] for c in data["characters"]}


def test_missing_file_is_a_clear_error(db, tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        run(str(tmp_path / "nowhere.txt"))


def test_unsupported_file_type_is_a_clear_error(db, tmp_path):
    path = tmp_path / "story.pdf"
    path.write_bytes(b"%PDF-1.4")
    with pytest.raises(CommandError, match=r"story\.pdf: unsupported file type \.pdf"):
        run(str(path))


def test_broken_epub_is_a_clear_error(db, tmp_path):
    path = tmp_path / "broken.epub"
    path.write_bytes(b"this is not a zip file")
    with pytest.raises(CommandError, match=r"broken\.epub"):
        run(str(path))


def test_an_empty_file_is_a_clear_error_not_a_rating(db, tmp_path):
    # An empty file (or one of blank lines) has nothing to rate: "General Audiences" for
    # it would read as a verdict on a story that is not there.
    for name, data in (("empty.txt", b""), ("blank.md", b"\n  \n\t\n")):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(CommandError, match=rf"{re.escape(name)} holds no text to analyse"):
            run(str(path))


def test_a_binary_file_is_a_clear_error_not_a_foreign_language(db, tmp_path):
    # A picture or a word-processor file saved as .txt: bytes, not a story in another
    # language.
    path = tmp_path / "cover.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(CommandError, match=r"cover\.txt: not a text file"):
        run(str(path))


def test_utf16_text_with_its_byte_order_mark_is_still_read(db, tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes("He stabbed the guard and ran.".encode("utf-16"))
    data = json.loads(run(str(path), "--json"))
    assert data["stats"]["words"] == 6
    assert [n["name"] for n in data["notes"]] == ["violence"]


def test_missing_tags_file_is_a_clear_error(db, tmp_path):
    with pytest.raises(CommandError, match="Can't read"):
        run(str(story_file(tmp_path, "txt")), "--tags", str(tmp_path / "none.csv"))


def test_the_fanfold_command_exits_non_zero_on_a_bad_file(tmp_path):
    env = {
        **os.environ,
        "FANFOLD_DATA_DIR": str(tmp_path / "data"),
        "DJANGO_SETTINGS_MODULE": "fanfold.settings",
    }
    result = subprocess.run(
        [sys.executable, "-m", "fanfold.cli", "analyze", str(tmp_path / "missing.md")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode != 0
    assert "No such file" in result.stderr


def test_the_fanfold_command_prints_json(tmp_path):
    tags = tmp_path / "tags.csv"
    tags.write_text(TAGS_CSV)
    env = {
        **os.environ,
        "FANFOLD_DATA_DIR": str(tmp_path / "data"),
        "DJANGO_SETTINGS_MODULE": "fanfold.settings",
    }
    result = subprocess.run(
        [
            sys.executable, "-m", "fanfold.cli", "analyze",
            str(story_file(tmp_path, "md")), "--json", "--tags", str(tags),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert set(json.loads(result.stdout)) == JSON_KEYS
    # The server's start-up notes (which download formats are off) are for the server's
    # log, not for someone analysing a file.
    assert "INFO" not in result.stderr, result.stderr


def test_the_log_level_of_a_one_off_command_is_warning_unless_set():
    from fanfold.cli import _log_level_for

    assert _log_level_for("analyze", {}) == "WARNING"
    assert _log_level_for("tags", {}) == "WARNING"
    # The task worker and the development server keep their INFO lines for the operator.
    assert _log_level_for("serve", {}) is None
    assert _log_level_for("worker", {}) is None
    assert _log_level_for("runserver", {}) is None
    # An operator's own choice stands.
    assert _log_level_for("analyze", {"FANFOLD_LOG_LEVEL": "DEBUG"}) is None


def test_an_archive_not_set_up_says_where_it_looked(tmp_path):
    data = tmp_path / "elsewhere"
    env = {
        **os.environ,
        "FANFOLD_DATA_DIR": str(data),
        "DJANGO_SETTINGS_MODULE": "fanfold.settings",
    }
    result = subprocess.run(
        [sys.executable, "-m", "fanfold.cli", "analyze", str(story_file(tmp_path, "txt"))],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode != 0
    assert f"Can't read the archive's tags in {data.resolve()}" in result.stderr
    assert "FANFOLD_DATA_DIR" in result.stderr
    assert "--tags FILE.csv" in result.stderr
