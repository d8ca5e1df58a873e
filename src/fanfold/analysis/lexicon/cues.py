"""Every note's cues together (`CUES`), once all the word lists have registered theirs."""

from __future__ import annotations

import re
from dataclasses import replace
from importlib import import_module

from fanfold.analysis.lexicon.base import _CUES, Cue, L

# Each note's list registers its cues as it is imported, and a word's cues are read in
# the order registered: the lists load here, in this order, whoever imports them first.
for _list in (
    "violence",
    "graphic",
    "death",
    "sexual",
    "sexual_violence",
    "self_harm",
    "suicide",
    "abuse",
    "child_abuse",
    "substance",
    "language",
):
    import_module(f"fanfold.analysis.lexicon.{_list}")

# A swear word under a denial is still on the page: "I don't give a damn", "no fucking
# way", "not bloody likely", "I have never wanted to scream f*** so loud". Only the word
# quoted as a word ("the vicar did not say 'bugger'") is a mention: a closing single quote
# keeps it from being a cue word at all, and a closing double quote is checked here.
_QUOTED = r"(?![\"”])"
for _word, _cues in _CUES.items():
    _CUES[_word] = [
        replace(c, negation_ok=True, after=c.after or re.compile(_QUOTED))
        if c.label == L and c.needs is None and not _word.endswith(("'", "’"))
        else c
        for c in _cues
    ]

CUES: dict[str, tuple[Cue, ...]] = {w: tuple(c) for w, c in _CUES.items()}
