"""Warnings an author's notes name ("TW: self-harm", "please mind the Major Character
Death warning"), offered apart from what the story shows (analysis/noted.py)."""

from __future__ import annotations

import pytest

from fanfold.analysis import ChapterInput, analyze
from fanfold.analysis.engine import NOTED_REASON
from fanfold.analysis.noted import named

# Written for these tests.
STORY = "Holmes and Watson walked along the cliff path and talked about bees all afternoon."


@pytest.mark.parametrize(
    ("note", "names"),
    [
        ("TW: self-harm, suicidal thoughts.", {"self-harm", "suicide"}),
        (
            "Please mind the Major Character Death warning: it is a gentle death, offscreen.",
            {"Major Character Death", "death"},
        ),
        ("CW for drug use and mentions of past child abuse.", {"substance-use", "child-abuse"}),
        (
            "Warning: contains graphic violence and some swearing.",
            {"Graphic Depictions Of Violence", "strong-language"},
        ),
        ("Heed the tags, there is non-con in the flashback.", {"Rape/Non-Con"}),
        ("This chapter deals with domestic abuse, so please take care.", {"abuse"}),
        ("Content warning: sexual assault (not graphic).", {"sexual-violence"}),
        ("MCD. I'm sorry. Please read the tags.", {"Major Character Death"}),
        ("TW // suicide, self harm", {"suicide", "self-harm"}),
        ("Chapter warnings: violence, minor character death.", {"violence", "death"}),
        ("cw: blood, gore", {"graphic-violence"}),
        ("Brief alcohol mention.", {"substance-use"}),
        ("Rated T for language.", {"strong-language"}),
    ],
)
def test_a_warning_in_the_notes_names_what_it_warns_of(note: str, names: set[str]) -> None:
    assert {name for name, _s, _e in named(note)} == names


@pytest.mark.parametrize(
    "note",
    [
        "No archive warnings apply, just fluff!",
        "No MCD, I promise. Everyone lives.",
        "Warnings: none. There is no character death and no violence.",
        "This fandom will be the death of me, honestly.",
        "Thank you for all the comments on the last chapter's fight scene!",
        "Not a death fic, don't worry, nobody dies.",
        # a frame-free warning name only where it names the warning
        "Brief mention of underage drinking at the party.",
        "Thanks to Al Gore's biographer, my beta, for the fact-checking.",
        "No beta, we die like men.",
        "Unbeta'd, all mistakes are mine. I mention this because my language teacher reads these.",
    ],
)
def test_notes_that_warn_of_nothing_name_nothing(note: str) -> None:
    assert named(note) == []


def test_the_analysis_offers_what_the_notes_name_quoting_them() -> None:
    note = "A/N: TW for self-harm. Please be gentle in the comments."
    result = analyze([ChapterInput(STORY, notes=note)])
    noted = {s.name: s for s in result.noted}
    assert set(noted) == {"self-harm"}
    assert noted["self-harm"].reasons == (NOTED_REASON,)
    evidence = noted["self-harm"].evidence[0]
    assert evidence.source == "notes"
    assert note[evidence.start : evidence.end] == evidence.text
    assert "self-harm" in evidence.text
    # The story's own notes and rating never come from the notes.
    assert not result.notes and not result.warnings
    assert result.rating.name == "General Audiences"
    assert result.as_json()["noted"][0]["name"] == "self-harm"


def test_a_note_inside_the_text_is_read_too_with_offsets_into_the_text() -> None:
    text = f"A/N: Please heed the Major Character Death warning.\n\n{STORY}"
    result = analyze(text)
    noted = {s.name: s for s in result.noted}
    assert "Major Character Death" in noted
    evidence = noted["Major Character Death"].evidence[0]
    assert evidence.source == "text"
    assert text[evidence.start : evidence.end] == evidence.text
