"""What every word list is made of: a cue (`Cue`), `_add` to register one, the note labels,
and the patterns several notes use."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Cue:
    label: str
    weight: float
    needs: re.Pattern[str] | None = None
    # Ideation and intent count for these cues (suicidal thoughts are suicide notes);
    # for everything else a modal ("would have", "wanted to") makes the cue hypothetical.
    modal_ok: bool = False
    # The `needs` pattern already holds the negation ("did not wake"): don't deny it again.
    negation_ok: bool = False
    # A pattern that must match right after the word ("hit" + "him").
    after: re.Pattern[str] | None = None
    # A second pattern that must also be found near the word, before or after `needs`
    # ("a parent or a child" with "left alone for days").
    near: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class Near:
    """`pattern` with `context` somewhere in the same window, before it, after it or
    inside it ("my mother's hand"). Two searches: one pattern saying "context.*pattern or
    pattern with context ahead" costs the square of the window at every cue word."""

    context: str
    pattern: str

    def __add__(self, more: str) -> Near:
        return Near(self.context, self.pattern + more)


# Pronoun / person objects: "shot him", "hit the boy", "stabbed Harker".
PERSON = (
    r"(?:him|her|them|me|you|us|it|himself|herself|themselves|myself|yourself|"
    r"his|the (?:man|woman|boy|girl|child|guard|soldier|thief|fellow|stranger|attendant|"
    r"constable|footman|coachman|beast|creature|count|vampire|intruder)|[A-Z][a-z]+)"
)

_CUES: dict[str, list[Cue]] = {}


def lowered(source: str) -> re.Pattern[str]:
    """`source` compiled for lower-cased text: `needs`, `near` and exception patterns are
    only ever searched in `text.lower()`. Written as if case did not matter ("[A-Z]",
    "I"), they are lower-cased here rather than compiled with IGNORECASE, which makes
    Python's `re` try every case of every letter and costs a fifth of the engine's time
    on a long work (docs/benchmarks.md). Escapes (\\b, \\S, \\w) keep their case."""
    source = source.replace("A-Z", "a-z")
    return re.compile(re.sub(r"(?<!\\)[A-Z]", lambda m: m.group().lower(), source))


def _add(
    label: str,
    weight: float,
    words: str,
    needs: str | Near | None = None,
    after: str | None = None,
    **kw: bool,
) -> None:
    near = None
    if isinstance(needs, Near):
        near = lowered(needs.context)
        needs = needs.pattern
    pattern = lowered(needs) if needs else None
    # Matched against the sentence as written, so "[A-Z]" means a capital (a name).
    following = re.compile(after) if after else None
    for word in words.split():
        _CUES.setdefault(word, []).append(
            Cue(label, weight, pattern, after=following, near=near, **kw)
        )


# ---- shared: the labels and the patterns several notes use -----------------------------
V = "violence"
# Words of striking and wounding: weak alone ("hit the gold", "cut the ham"), strong when
# someone is on the receiving end ("hit him", "cut Harker", "shot the coachman").
_DIRECTED = (
    "hit hits hitting struck strike strikes striking kicked kicks kick kicking punched punch "
    "punches punching slapped slaps slap slapping shoved shoves shove shoving choked chokes "
    "seized pinned cuffed clawed raked crushed beat beats beaten beating battered smashed "
    "thrashed hurled flung shot shoots shoot shooting cut cuts tore bit bites attacked attacks "
    "attacking wounded pummelled pummeled hacked dragged boxes boxed rapped chained stabbed "
    "swung slashed slammed threw throws whipped lashed killed kill kills killing tear tears "
    "flogged wrenches wrenched strangles"
)
G = "graphic-violence"
D = "death"
S = "sexual-content"

SV = "sexual-violence"
SH = "self-harm"
SU = "suicide"
A = "abuse"
CA = "child-abuse"
_CHILD = (
    r"\b(?:child|children|baby|babies|infant|infants|toddlers?|newborns?|boy|boys|girl|girls|"
    r"son|sons|daughter|daughters|stepsons?|stepdaughters?|stepchild|stepchildren|"
    r"lad|lass|little (?:one|ones)|kid|kids|smallest|orphans?|grew up|growing up|"
    r"aged (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])\b|"
    r"the age of (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])\b|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2]) years? old\b|"
    r"(?<!-)(?:[2-9]|1[0-2])-year-old|"
    r"when (?:he|she|i|you|they|we) (?:was|were) (?:small|little|young|tiny|a (?:kid|child|boy|"
    r"girl|baby|toddler))|was (?:six|"
    r"seven|eight|nine|ten|eleven|twelve|five|four)|(?<!-)(?:six|seven|eight|nine|ten|eleven|"
    r"twelve)-year-old)\b"
)
SB = "substance-use"
L = "strong-language"
_WEAPON = r"(?:knife|blade|sword|dagger|spear|stake|bayonet|lance|dirk|axe|sickle|harpoon|arrow)"
# Who can take a blow ("clocked him", "decked the guy"), and where ("across the jaw").
_PERSON_OBJECT = (
    r"(?:him|her|them|me|you|us|the (?:man|woman|boy|girl|kid|guy|bloke|lad|guard|officer|"
    r"cop|soldier|thief|stranger|intruder|bouncer|thug|attacker|driver|other (?:man|boy|guy))|"
    r"[A-Z][a-z]+)"
)
_BODY = (
    r"(?:jaw|face|head|nose|mouth|teeth|throat|neck|chest|stomach|gut|ribs|side|back|temple|"
    r"cheek|eye|ear|skull|kidneys?|groin|knees?|shins?|legs?|arms?|shoulders?|spine|belly)"
)
_BODY_PART = (
    r"(?:finger|fingers|hand|hands|ear|ears|arm|arms|leg|legs|head|nose|thumb|thumbs|toes?|"
    r"foot|feet|tongue|eye|eyes)"
)
