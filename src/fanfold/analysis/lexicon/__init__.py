"""The word lists behind the content notes: written for Fanfold, in plain English.

Each cue is a word form (lower case) that can point at a content note, with a weight
(how strongly it points there on its own, 0..1) and, for words that are only a cue in
some senses, a `needs` pattern that must match near the word ("shot" only counts with
someone shot or a gun about). Figures of speech and innocent senses are listed as
`EXCEPT` patterns: a cue inside one of their matches does not count ("dead tired",
"blood pudding", "shot a glance"). Negation and hypotheticals are handled in
`denials.py`, for every cue alike.

One module per note (`violence.py`, `graphic.py`, `death.py`, `sexual.py`,
`sexual_violence.py`, `self_harm.py`, `suicide.py`, `abuse.py`, `child_abuse.py`,
`substance.py`, `language.py`), each registering its cues with `base._add` as it loads;
`base.py` holds what they share, `cues.py` loads them in order and gathers `CUES`,
`exceptions.py` holds the figures of speech and innocent senses, `grammar.py` the small
words sentences are read by, and `index.py` what the engine searches with.

Besides single words, most cues are phrases ("the ale was in him",
"took the belt to him"), keyed on their rarest word and checked by an `after` pattern
anchored at its end, or a `needs` pattern around it, so that the commonest words ("in",
"not", "been") are not cue words and cost no check. Every phrase added here comes with a
sentence in `tests/analysis/test_phrasings.py`, and its innocent look-alike.

Weights: 0.9 names the thing itself ("stabbed", "corpse", "suicide"); 0.6 is a strong
sign; 0.35 a sign that needs company; 0.2 only adds to others. A sentence's score for a
note is 1 - prod(1 - w) over its cues, a text's is the same over its sentences' scores,
and a note is suggested from 0.5 (in a long text, from one paragraph at 0.85 or two at
0.5: see `notes.decide`).
"""

from __future__ import annotations

from fanfold.analysis.lexicon.base import (
    CA,
    PERSON,
    SB,
    SH,
    SU,
    SV,
    A,
    Cue,
    D,
    G,
    L,
    Near,
    S,
    V,
    lowered,
)
from fanfold.analysis.lexicon.cues import CUES
from fanfold.analysis.lexicon.exceptions import EXCEPT_BY_WORD, EXCEPT_ONLY
from fanfold.analysis.lexicon.grammar import (
    BEFORE_THE_STORY,
    CLAUSE_BREAKS,
    EXPLICIT,
    EXPLICIT_ALONE,
    HYPOTHETICAL,
    NEGATORS,
    NOT_A_TIME,
    PASSING_DEATH,
)
from fanfold.analysis.lexicon.index import (
    AFTER_GATE,
    CONDITIONAL,
    CUE_WORDS,
    FIRST_LOOK,
    FirstLook,
    Strings,
    needed_strings,
)
from fanfold.analysis.lexicon.violence import OTHERS_BODY

__all__ = [
    "AFTER_GATE",
    "BEFORE_THE_STORY",
    "CA",
    "CLAUSE_BREAKS",
    "CONDITIONAL",
    "CUES",
    "CUE_WORDS",
    "EXCEPT_BY_WORD",
    "EXCEPT_ONLY",
    "EXPLICIT",
    "EXPLICIT_ALONE",
    "FIRST_LOOK",
    "HYPOTHETICAL",
    "NEGATORS",
    "NOT_A_TIME",
    "OTHERS_BODY",
    "PASSING_DEATH",
    "PERSON",
    "SB",
    "SH",
    "SU",
    "SV",
    "A",
    "Cue",
    "D",
    "FirstLook",
    "G",
    "L",
    "Near",
    "S",
    "Strings",
    "V",
    "lowered",
    "needed_strings",
]
