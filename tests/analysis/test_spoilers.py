"""Spoiler signals in author's notes."""

from __future__ import annotations

import pytest

from fanfold.analysis.spoilers import spoiler_sentences


@pytest.mark.parametrize(
    "note",
    [
        "This will only make sense if you watched the finale.",
        "Spoilers for season 3!",
        "Heads up: spoilers through chapter 12 of the book.",
        "Set after the events of The Final Problem.",
        "Post-canon, so beware.",
        "Takes place after the finale.",
        "If you haven't read the book yet, turn back now.",
        "SPOILER WARNING",
        "Mild spoilers for the myth, I guess.",
    ],
)
def test_spoiler_signals(note):
    assert spoiler_sentences(note) == [(0, len(note))]


@pytest.mark.parametrize(
    "note",
    [
        "No spoilers here, it's set before the book starts.",
        "This fic is completely spoiler-free.",
        "I won't spoil it for you, but it ends well.",
        "Thanks for reading! Kudos and comments are love.",
        "Spoilers: none.",
    ],
)
def test_not_spoilers(note):
    assert spoiler_sentences(note) == []


def test_only_the_signalling_sentence_is_returned_with_offsets():
    note = "Thanks to my beta! This only makes sense if you have read Dracula. Enjoy."
    spans = spoiler_sentences(note)
    assert [note[a:b] for a, b in spans] == ["This only makes sense if you have read Dracula."]


def test_negation_does_not_hide_a_separate_signal():
    note = "No spoilers for the book, but set after the finale of the show."
    assert spoiler_sentences(note) == [(0, len(note))]
