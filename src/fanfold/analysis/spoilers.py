"""Spoiler signals in an author's note: the sentences that tell readers the story gives
away (or needs) some part of the canon."""

from __future__ import annotations

import re

from fanfold.analysis.text import note_sentences

_SIGNAL = re.compile(
    r"\bspoil(?:er|ers|s|ing|ed|y)?\b"
    r"|\bonly\s+(?:really\s+)?makes?\s+sense\s+if\b"
    r"|\b(?:will|would|won['\u2019]t|wouldn['\u2019]t|doesn['\u2019]t|does\s+not|might\s+not|may\s+not)\s+"
    r"(?:only\s+)?(?:make\s+(?:much\s+|any\s+)?sense|be\s+clear)\s+(?:\w+\s+){0,3}?(?:if|unless)\b"
    r"|\bmakes?\s+(?:more\s+|no\s+)?sense\s+(?:only\s+)?(?:if|once|after)\s+you\b"
    r"|\b(?:set|takes?\s+place|happens?|begins?|starts?|picks?\s+up)\s+(?:right\s+|just\s+|directly\s+"
    r"|immediately\s+|shortly\s+|some\s+time\s+|years\s+|a\s+year\s+|months\s+)?after\s+"
    r"(?:the\s+(?:events|end|finale|ending|last|final|series|season|book|film|movie|episode"
    r"|death|fall|battle)|[A-Z]|(?:season|series|book|episode|chapter|part|volume)\s+\w+)"
    r"|\bpost-?(?:canon|series|finale|season|book|movie|film|war|reichenbach|s\d+|\w+\s+finale)\b"
    r"|\b(?:canon\s+divergen\w*|divergence\s+from)\b"
    r"|\bif\s+you\s+(?:have\s*n['\u2019]?t|haven['\u2019]t|have\s+not|didn['\u2019]t|did\s+not|don['\u2019]t)\s+"
    r"(?:yet\s+)?(?:read|seen|watched|finished|played|caught\s+up)\b"
    r"|\b(?:turn\s+back|you\s+have\s+been\s+warned|look\s+away\s+now)\b"
    r"|\b(?:only\s+)?(?:makes?\s+sense|read|best\s+read)\s+(?:only\s+)?(?:if|after)\s+(?:you['\u2019]ve"
    r"|you\s+have)\s+(?:read|seen|watched|finished)\b"
    r"|\b(?:references?|discuss(?:es|ion\s+of)?|mentions?)\s+(?:the\s+)?(?:events|ending|finale)\s+of\b"
    r"|\b(?:through|up\s+to|until|past)\s+(?:the\s+)?(?:end\s+of\s+)?(?:season|series|book|episode"
    r"|chapter|volume|part|arc)\s+\w+",
    re.IGNORECASE,
)
# Phrases that say there is nothing to spoil.
_NEGATED = re.compile(
    r"\b(?:no|zero|without|free\s+of|not\s+any|nothing\s+to)\s+(?:\w+\s+)?spoil\w*"
    r"|\bspoil\w*[\s-]*free\b"
    r"|\b(?:won['\u2019]t|will\s+not|wouldn['\u2019]t|would\s+not|don['\u2019]t|do\s+not|never|not\s+going\s+to"
    r"|can['\u2019]t|cannot|didn['\u2019]t)\s+(?:want\s+to\s+|ever\s+)?spoil\b"
    r"|\bnot\s+(?:a\s+)?spoil\w*"
    r"|\bspoilers?\s*:\s*(?:none|no|nope|n/a)\b",
    re.IGNORECASE,
)


def _is_spoiler(sentence: str) -> bool:
    signals = list(_SIGNAL.finditer(sentence))
    if not signals:
        return False
    if not _NEGATED.search(sentence):
        return True
    # "No spoilers for the book, but set after the finale": a signal outside the negation.
    negated = [m.span() for m in _NEGATED.finditer(sentence)]
    return any(
        not any(a <= s.start() < b or s.start() <= a < s.end() for a, b in negated) for s in signals
    )


def spoiler_sentences(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in note_sentences(text) if _is_spoiler(text[s.start : s.end])]
