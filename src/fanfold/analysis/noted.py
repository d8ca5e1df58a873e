"""What an author's notes warn readers of ("TW: self-harm", "Please mind the Major
Character Death warning"): archive warnings and content notes named by the author in a
warning, offered apart from what the text shows, quoting the note. An author who warned
readers in the notes may not have ticked the warning or added the tag; the story's own
labels never come from the notes (see the data README's conventions)."""

from __future__ import annotations

import re

from fanfold.analysis.model import (
    GRAPHIC_VIOLENCE,
    MAJOR_CHARACTER_DEATH,
    RAPE_NON_CON,
    UNDERAGE,
)
from fanfold.analysis.text import note_sentences

# A sentence that warns: a label ("TW:", "CW", "Warning for"), a request ("please mind
# the warning", "heed the tags", "take care"), or a description of what the story holds
# ("contains", "deals with", "mentions of", "implied", "offscreen").
_WARNS = re.compile(
    r"\b(?:t\.?w\.?|c\.?w\.?|tws|cws|triggers?|trigger\s+warnings?|content\s+(?:warnings?|notes?)"
    r"|warn(?:ing|ings|ed)?|heed|mind\s+the|contains?|containing|deals?\s+with|dealing\s+with"
    r"|mentions?|mentioned|references?|referenced|depictions?\s+of|discussions?\s+of"
    r"|rated\s+\w+\s+for"
    r"|themes?\s+of|(?:read|check|note|see)\s+the\s+tags|take\s+care|be\s+careful"
    r"|implied|off-?screen|brief|past)\b",
    re.IGNORECASE,
)
# What a warning may name, each group a name; at one place the longest reading wins
# ("child abuse" before "abuse", "graphic violence" before "violence").
_NAMED: tuple[tuple[str, str], ...] = (
    (MAJOR_CHARACTER_DEATH, r"major\s+character\s+deaths?|mcd"),
    (GRAPHIC_VIOLENCE, r"graphic\s+(?:depictions?\s+of\s+)?violence"),
    (RAPE_NON_CON, r"rape|non-?con(?:sent|sensual)?"),
    (UNDERAGE, r"underage(?:\s+sex)?(?!\s+(?:drinking|drinkers?|smoking|drivers?|driving))"),
    ("graphic-violence", r"gore|graphic\s+injur(?:y|ies)"),
    ("sexual-violence", r"sexual\s+(?:assault|violence|abuse)"),
    ("child-abuse", r"child\s+abuse|abuse\s+of\s+a\s+child"),
    ("self-harm", r"self[-\s]?harm(?:ing)?"),
    ("suicide", r"suicid(?:e|al)"),
    ("abuse", r"(?:domestic\s+|emotional\s+|physical\s+|psychological\s+|verbal\s+)?abuse|abusive"),
    ("substance-use", r"drug\s+use|drugs|alcohol(?:ism)?|substance\s+(?:ab)?use|addiction"),
    ("death", r"(?:minor\s+)?character\s+deaths?|death"),
    ("violence", r"violence"),
    ("sexual-content", r"sexual\s+content|smut|sex"),
    (
        "strong-language",
        r"swearing|strong\s+language|profanity|cursing|(?<=for\s)(?:(?:some|bad|foul)\s+)?language",
    ),
)
_TERMS = re.compile(
    "|".join(f"(?P<n{i}>\\b(?:{pattern})\\b)" for i, (_name, pattern) in enumerate(_NAMED)),
    re.IGNORECASE,
)
# A term said not to be there: "No MCD, I promise", "there is no character death",
# "nobody dies and no graphic violence", "not a death fic".
_DENIED_BEFORE = re.compile(
    r"(?:\b(?:no|not|without|never|nothing|none|zero|free\s+of)\b|n['\u2019]t)\W+"
    r"(?:[\w-]+\W+){0,2}$",
    re.IGNORECASE,
)
_WARNING_NAMES = frozenset({MAJOR_CHARACTER_DEATH, GRAPHIC_VIOLENCE, RAPE_NON_CON, UNDERAGE})


def named(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each warning an author's note names, with the sentence that
    names it: an archive warning's name or a content note's label."""
    found: list[tuple[str, int, int]] = []
    for sentence in note_sentences(text):
        said = text[sentence.start : sentence.end]
        warns: bool | None = None
        names: list[str] = []
        for m in _TERMS.finditer(said):
            if _DENIED_BEFORE.search(said, 0, m.start()):
                continue
            name = _NAMED[int(str(m.lastgroup)[1:])][0]
            if name not in _WARNING_NAMES:
                # An archive warning's name is a warning wherever it stands ("MCD. I'm
                # sorry."); "death" or "sex" only in a sentence that warns.
                if warns is None:
                    warns = _WARNS.search(said) is not None
                if not warns:
                    continue
            if name not in names:
                names.append(name)
        found.extend((name, sentence.start, sentence.end) for name in names)
    return found
