"""The speed-ups of the cue scan must not change what it finds: patterns compiled for
lower-cased text match where their IGNORECASE originals did, and the first look at a
conditional cue word (one gate of `after` patterns, one joined `needs` search) agrees with
asking each cue in turn."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from fanfold.analysis import DictionaryTag, TagDictionary, analyze, notes
from fanfold.analysis.lexicon import (
    AFTER_GATE,
    CONDITIONAL,
    CUE_WORDS,
    CUES,
    EXCEPT_BY_WORD,
    EXCEPT_ONLY,
    FIRST_LOOK,
    Cue,
    lowered,
    needed_strings,
)

DATA = Path(__file__).resolve().parent.parent / "data" / "analysis_eval"


def _passages(limit: int) -> list[str]:
    """Real sentences to match against: the first passages of each file of the main and
    development sets (original writing for Fanfold)."""
    texts: list[str] = []
    for path in sorted([*DATA.glob("*.jsonl"), *(DATA / "dev").glob("*.jsonl")]):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line]
        texts += [json.loads(line)["text"] for line in lines[:limit]]
    return texts


def test_lowered_lowers_letters_but_not_escapes() -> None:
    pattern = lowered(r"\bwhat (?:he|she|I) [A-Z][a-z]+\S*\b")
    assert pattern.pattern == r"\bwhat (?:he|she|i) [a-z][a-z]+\S*\b"
    assert not pattern.flags & re.IGNORECASE
    assert pattern.search("so what i heard, all of it")
    assert not pattern.search("so what I Heard")  # it is for lower-cased text only


def test_no_cue_pattern_is_compiled_with_ignorecase() -> None:
    patterns = {c.needs for cues in CUES.values() for c in cues if c.needs is not None}
    patterns |= {c.near for cues in CUES.values() for c in cues if c.near is not None}
    patterns |= set(EXCEPT_BY_WORD.values())
    patterns |= {p for scoped in EXCEPT_ONLY.values() for p, _labels in scoped}
    assert patterns
    assert not [p.pattern[:60] for p in patterns if p.flags & re.IGNORECASE]


def test_lowered_patterns_match_where_ignorecase_ones_did() -> None:
    # `lowered` only changes the case of letters, so the same source compiled with
    # IGNORECASE is the pattern as it was before.
    texts = [t.lower() for t in _passages(6)]
    patterns = {c.needs for cues in CUES.values() for c in cues if c.needs is not None}
    patterns |= {c.near for cues in CUES.values() for c in cues if c.near is not None}
    patterns |= set(EXCEPT_BY_WORD.values())
    patterns |= {p for scoped in EXCEPT_ONLY.values() for p, _labels in scoped}
    differ = []
    for pattern in patterns:
        before = re.compile(pattern.pattern, re.IGNORECASE)
        for text in texts:
            if bool(pattern.search(text)) != bool(before.search(text)):
                differ.append((pattern.pattern[:60], text[:60]))
    assert not differ


def _each_cue_may_hold(cues: tuple[Cue, ...], lower: str, plain: str, pos: int, stop: int) -> bool:
    """The first look as it was: every cue asked in turn."""
    window = (max(0, pos - notes._WINDOW), stop + notes._WINDOW)
    for cue in cues:
        if cue.after is not None and not cue.after.match(plain, stop):
            continue
        if cue.needs is not None and not cue.needs.search(lower, *window):
            continue
        if cue.near is not None and not cue.near.search(lower, *window):
            continue
        return True
    return False


def _first_look(word: str, lower: str, plain: str, pos: int, stop: int) -> bool:
    """The first look as `notes.scan` takes it."""
    gate = AFTER_GATE.get(word)
    if gate is not None:
        after, enough = gate
        if after.match(plain, stop) is None:
            return False
        return enough or notes._may_hold(FIRST_LOOK[word], lower, plain, pos, stop)
    return notes._may_hold(FIRST_LOOK[word], lower, plain, pos, stop)


def test_first_look_agrees_with_asking_each_cue() -> None:
    checked = held = 0
    for plain in _passages(40):
        lower = plain.lower()
        for m in CUE_WORDS.finditer(lower):
            word = m.group(1)
            cues = CONDITIONAL.get(word)
            if cues is None:
                continue
            expected = _each_cue_may_hold(cues, lower, plain, m.start(), m.end(1))
            assert _first_look(word, lower, plain, m.start(), m.end(1)) == expected, (
                word,
                plain[max(0, m.start() - 40) : m.end() + 40],
            )
            checked += 1
            held += expected
    # Enough of both answers to mean something.
    assert checked > 2000
    assert held > 100


def test_every_conditional_word_has_its_cues_in_the_first_look() -> None:
    for word, cues in CONDITIONAL.items():
        look = FIRST_LOOK[word]
        joined = sum(p is not None for p in (look.after, look.needs))
        assert joined or look.rest, word
        # A cue is in exactly one of: the joined after, the joined needs, the rest.
        only_after = [c for c in cues if c.after is not None and c.needs is None]
        only_needs = [c for c in cues if c.needs is not None and c.after is None and not c.near]
        assert len(only_after) + len(only_needs) + len(look.rest) == len(cues), word


@pytest.fixture(scope="module")
def alice() -> TagDictionary:
    fandom = "Alice in Wonderland - Lewis Carroll"
    return TagDictionary(
        [
            DictionaryTag("fandom", fandom),
            DictionaryTag("character", "The Hatter", fandoms=(fandom,)),
            DictionaryTag("character", "Alice", fandoms=(fandom,)),
        ]
    )


def test_lower_case_names_after_the_in_any_case(alice: TagDictionary) -> None:
    result = analyze(
        "Alice poured the tea. THE HATTER sniffed. Then the hatter said nothing at all.",
        dictionary=alice,
    )
    hatter = next(c for c in result.characters if c.name == "The Hatter")
    assert hatter.count == 2


def test_a_lower_case_name_inside_a_word_is_not_a_mention(alice: TagDictionary) -> None:
    # "bathe hatter" holds "the hatter" inside a word.
    result = analyze(
        "Alice watched them bathe hatter and hare alike in the fountain. Alice laughed.",
        dictionary=alice,
    )
    assert "The Hatter" not in {c.name for c in result.characters}


def test_needed_strings_reads_what_a_match_must_hold() -> None:
    assert needed_strings([re.compile(r"\b(?:was|were) (?:\w+ )?shot(?! in the foot)")]) == {"shot"}
    # Spelled out across an alternation and cut to ten characters (a match holding "cut
    # himself" holds "cut himsel"), and never the cue word itself, which every window
    # round it holds.
    assert needed_strings([re.compile(r"\bcut (?:himself|herself)\b")], "himself") == {
        "cut himsel",
        "cut hersel",
    }
    assert needed_strings([re.compile(r"\b(?:hit|struck) (?:him|her)\b.{0,40}\bagain\b")]) == {
        "hit him",
        "hit her",
        "struck him",
        "struck her",
    }
    # Each branch gives its own strings; lookarounds hold no part of the match.
    assert needed_strings([re.compile(r"\bkill(?:s|ed)?\b|\w+ly dead")]) == {"kill", "ly dead"}
    assert needed_strings([re.compile(r"(?<=knife )cut (?=deep)")]) == {"cut "}
    # Nothing certain, or only a letter or two: no strings, so no quick look.
    assert needed_strings([re.compile(r"(?:\w+ )?b?")]) is None
    assert needed_strings([re.compile(r"\b(?:a|i) \w+")]) is None
    assert needed_strings([re.compile(r"\bshot\b"), re.compile(r"\w+")]) is None


def test_every_needs_match_holds_one_of_its_needed_strings() -> None:
    # The quick look may only ever turn down a window where the patterns cannot match.
    texts = [t.lower() for t in _passages(40)]
    checked = 0
    for word, cues in CUES.items():
        for cue in cues:
            if cue.needs is None:
                continue
            strings = needed_strings([cue.needs], word)
            if strings is None:
                continue
            for text in texts:
                for m in cue.needs.finditer(text):
                    checked += 1
                    assert any(s in m.group() for s in strings), (word, m.group())
    assert checked > 500


def test_the_quick_look_is_built_for_most_conditional_words() -> None:
    quick = [word for word, look in FIRST_LOOK.items() if look.quick is not None]
    assert len(quick) > len(FIRST_LOOK) / 3
    for word in ("himself", "back", "hand", "once"):
        assert FIRST_LOOK[word].quick is not None, word
        assert not FIRST_LOOK[word].quick.search(f"she came {word} "), word
