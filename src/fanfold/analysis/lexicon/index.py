"""The index the engine searches by: one trie-shaped pattern of every cue word
(`CUE_WORDS`) and the first look at each conditional cue (`FIRST_LOOK`, `AFTER_GATE`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from typing import Any

from fanfold.analysis.lexicon.base import Cue
from fanfold.analysis.lexicon.cues import CUES

# The parser behind `re` (its parsed form of a pattern: what `needed_strings` reads).
_parser: Any = import_module("re._parser")
_c: Any = import_module("re._constants")


class _Trie(dict[str, "_Trie"]):
    """Letters to the rest of the words; the key "" marks a word's end."""


def _trie_pattern(words: list[str]) -> str:
    """An alternation shaped as a trie ("st(?:ab(?:bed|s)?|rangled)"): the regex engine
    follows one branch per letter instead of trying every word in turn."""
    trie = _Trie()
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, _Trie())
        node[""] = _Trie()

    def build(node: _Trie) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


# Literal strings a pattern's match must hold. A `needs` pattern is searched in a window
# of about 140 characters round every conditional cue word of a chapter, and most start
# with `\b`, which keeps `re` from skipping ahead to a possible first letter: it tries
# every alternative at every position. A pattern of plain strings ("killed", "hanged")
# has no such start, and `re` scans for their first letters in C. So the first look asks
# that pattern first: where none of the strings some `needs` match would have to hold is
# in the window, no `needs` can match there.
_MAX_STRINGS = 64  # the most strings one run of plain strings is spelled out into
# Strings are cut to this length: a match holding "for her passport back" holds "for her
# pa" too, and shorter strings make a smaller pattern, quicker to build.
_LONGEST = 10
_MAX_SET = 1024  # nor is a set of more strings than this worth its search
_MIN_LENGTH = 3  # nor one that asks only for a letter or two ("s", " a")
Strings = frozenset[str]
_EMPTY: Strings = frozenset({""})
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


def _best(candidates: list[Strings], word: str) -> Strings | None:
    """The most telling of several sets of strings, any one of which is enough: the one
    whose shortest string is longest, then the smallest; never one with a string inside
    the cue word itself ("himself" round "himself"), which every window holds."""
    usable = [
        c
        for c in candidates
        if c and len(c) <= _MAX_SET and not any(string.strip(" '’") in word for string in c)
    ]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(map(len, c)), -len(c)))


def _joined(first: Strings, then: Strings) -> Strings:
    """Each string of `first` followed by each of `then`, cut to _LONGEST: a string
    already that long was cut, and is only the start of what follows, so it stays."""
    return frozenset(a if len(a) >= _LONGEST else (a + b)[:_LONGEST] for a in first for b in then)


def _union(sets: list[Strings | None]) -> Strings | None:
    if any(s is None for s in sets):
        return None
    return frozenset().union(*sets)  # type: ignore[arg-type]


def _letters_joined(items: Any) -> list[tuple[Any, Any]]:
    """The parsed sequence with each run of letters (one LITERAL item a letter) made one
    ("TEXT", "letters") item, lower-cased."""
    out: list[tuple[Any, Any]] = []
    letters: list[str] = []
    literal = _c.LITERAL
    for op, av in items.data:  # (the parser's own list: indexing a SubPattern is slow)
        if op is literal:
            letters.append(chr(av).lower())
            continue
        if letters:
            out.append(("TEXT", "".join(letters)))
            letters = []
        out.append((op, av))
    if letters:
        out.append(("TEXT", "".join(letters)))
    return out


def _read(items: Any, word: str) -> tuple[Strings | None, Strings | None]:
    """What a parsed sequence matches: every string it can match (cut to _LONGEST),
    where that is a few plain strings, else None; and the best set of strings one of
    which each of its matches holds, else None. Runs of plain strings are joined across
    zero-width checks (`\\b`, lookarounds: they hold no part of the match); a group, an
    alternation whose every branch needs something, or a repeat of at least once gives
    its own set; the most telling candidate wins. One pass over the parsed tree."""
    exact: Strings | None = _EMPTY
    run = _EMPTY
    candidates: list[Strings] = []
    for op, av in _letters_joined(items):
        name = str(op)
        part: Strings | None = None
        inner: Strings | None = None
        if name == "TEXT":
            part = frozenset({av})
        elif name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue
        elif name == "SUBPATTERN":
            part, inner = _read(av[-1], word)
        elif name == "BRANCH":
            read = [_read(alt, word) for alt in av[1]]
            part = _union([e for e, _n in read])
            inner = _union([n for _e, n in read])
            if part is not None and len(part) > _MAX_STRINGS:
                part = None
        elif name in _REPEATS and av[0] >= 1:
            _e, inner = _read(av[-1], word)
        if exact is not None:
            exact = (
                _joined(exact, part)
                if part is not None and len(exact) * len(part) <= _MAX_STRINGS
                else None
            )
        if part is not None and len(run) * len(part) <= _MAX_STRINGS:
            run = _joined(run, part)
            continue
        candidates.append(run)
        run = part if part is not None else _EMPTY
        if inner is not None:
            candidates.append(inner)
    candidates.append(run)
    return exact, _best(candidates, word)


@cache
def _parsed(source: str, flags: int) -> Any:
    return _parser.parse(source, flags)


def needed_strings(patterns: list[re.Pattern[str]], word: str = "") -> frozenset[str] | None:
    """Strings one of which any match of any of `patterns` must hold (lower-cased), each
    at least _MIN_LENGTH long and none inside `word`; None where some pattern gives no
    such set."""
    strings: set[str] = set()
    for pattern in patterns:
        _, found = _read(_parsed(pattern.pattern, pattern.flags), word)
        if found is None or min(map(len, found)) < _MIN_LENGTH:
            return None
        strings |= found
    return frozenset(strings)


# Words that are a cue only with their `needs` or `after` pattern ("all" in "end it all"):
# checked on the chapter's text straight away, before any sentence is split.
CONDITIONAL: dict[str, tuple[Cue, ...]] = {
    word: cues
    for word, cues in CUES.items()
    if all(c.needs is not None or c.after is not None for c in cues)
}


@dataclass(frozen=True, slots=True)
class FirstLook:
    """Whether any cue of a conditional word can hold, in as few searches as possible:
    the `after` patterns of its cues that have nothing else in one pattern, matched right
    after the word; the `needs` patterns of those that have nothing else in one, searched
    in the window round it; the other cues one by one. Nine in ten cue words of real prose
    are conditional ("did", "came", "hand") and nearly all fail this look."""

    after: re.Pattern[str] | None
    needs: re.Pattern[str] | None
    rest: tuple[Cue, ...]
    # Plain strings one of which must be in the window for `needs` or any `needs` of
    # `rest` to match there (`needed_strings`); None where they can't be told.
    quick: re.Pattern[str] | None = None


def _either(patterns: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    if len(patterns) == 1:
        return patterns[0]
    flags = {p.flags for p in patterns}
    assert len(flags) == 1, "patterns joined into one must share their flags"
    sources = dict.fromkeys(p.pattern for p in patterns)
    return re.compile("|".join(f"(?:{source})" for source in sources), patterns[0].flags)


def _first_look(word: str, cues: tuple[Cue, ...]) -> FirstLook:
    after = [c.after for c in cues if c.after is not None and c.needs is None]
    needs = [c.needs for c in cues if c.needs is not None and c.after is None and c.near is None]
    rest = tuple(
        c for c in cues if (c.after is not None and c.needs is not None) or c.near is not None
    )
    # Every cue with a `needs` pattern is in `needs` or `rest`: the quick look is for
    # both.
    strings = needed_strings([c.needs for c in cues if c.needs is not None], word)
    quick = re.compile(_trie_pattern(sorted(strings))) if strings else None
    return FirstLook(_either(after), _either(needs), rest, quick)


FIRST_LOOK: dict[str, FirstLook] = {
    word: _first_look(word, cues) for word, cues in CONDITIONAL.items()
}
_parsed.cache_clear()  # the parsed patterns are not needed again (about 10 MB)
# The words all of whose cues have an `after` pattern: those patterns in one, which must
# match right after the word for any cue to hold, and whether that match is enough (no
# cue has a `needs` pattern as well).
AFTER_GATE: dict[str, tuple[re.Pattern[str], bool]] = {
    word: (gate, all(c.needs is None for c in cues))
    for word, cues in CONDITIONAL.items()
    if all(c.after is not None for c in cues)
    and (gate := _either([c.after for c in cues if c.after is not None])) is not None
}

# Every cue word as a whole word (a possessive "'s" allowed after it), in one pattern;
# an apostrophe after it ends the word when no letter follows (a closing quote, "'He's
# dead' she said", or a plural possessive), and not in "can't".
CUE_WORDS = re.compile(
    r"(?<![a-z-])(" + _trie_pattern(sorted(CUES)) + r")(?:['’]s)?(?![a-z-]|['’][a-z])"
)
