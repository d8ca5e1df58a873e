"""The rating and the archive warnings, from the content notes decided and the people
found: what makes each rating step, who dies (Major Character Death), a stated age in
sexual content (Underage Sex)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from fanfold.analysis import notes, people
from fanfold.analysis.lexicon import BEFORE_THE_STORY, NOT_A_TIME, PASSING_DEATH
from fanfold.analysis.model import (
    GRAPHIC_VIOLENCE,
    MAJOR_CHARACTER_DEATH,
    RAPE_NON_CON,
    RATINGS,
    UNDERAGE,
    Evidence,
    Suggestion,
)
from fanfold.analysis.work import MAX_EVIDENCE, Chapter, GlobalText, dedupe

# What makes each rating step, in the words the posting page shows.
_REASONS = {
    "graphic-violence": "graphic violence",
    "sexual-content": "sexual content",
    "sexual-violence": "sexual violence",
    "violence": "violence",
    "death": "death",
    "self-harm": "self-harm",
    "suicide": "suicide",
    "abuse": "abuse",
    "child-abuse": "child abuse",
    "substance-use": "drink or drugs",
    "strong-language": "strong language",
}
_MATURE = ("graphic-violence", "sexual-content", "sexual-violence")
# Ages stated outright; nothing else ever suggests Underage Sex.
_MINOR = re.compile(
    r"(?<![\w-])(?:(?:[1-9]|1[0-7]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen)[- ]years?[- ]old|aged (?:[1-9]|1[0-7]|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b|(?:was|were|is|am|are) "
    r"(?:only |just |barely )?(?:twelve|thirteen|fourteen|fifteen|sixteen|seventeen|1[2-7])\b"
    + NOT_A_TIME
    + r"|"
    r"underage|under-age|\bminor\b)",
    re.IGNORECASE,
)
# A death note whose every sentence tells a death in passing or before the story ("my
# father died when I was nine", "the late Mr. Bingley"): the death is there, and the
# note stays, but authors tag a story's "Character Death" for the story's deaths, so it
# is offered as possible, with this reason first, and the rating stays General Audiences.
DEATH_IN_PASSING = "a death told in passing or before the story"
IN_PASSING_CONFIDENCE = 0.6


def rating(decided: dict[str, notes.NoteResult], content: list[Suggestion]) -> Suggestion:
    by_name = {s.name: s for s in content}
    sexual = decided.get("sexual-content")
    explicit = sum(h.explicit for h in sexual.sentences) if sexual else 0
    if sexual is not None and (explicit >= 2 or (explicit >= 1 and sexual.confidence >= 0.95)):
        return _rated(3, ["explicit sexual content"], [by_name["sexual-content"]])
    mature = [label for label in _MATURE if label in by_name]
    if mature:
        return _rated(2, [_REASONS[m] for m in mature], [by_name[m] for m in mature])
    teen = [s for s in content if s.name not in _MATURE]
    if teen and [s.name for s in teen] == ["death"] and teen[0].reasons[:1] == (DEATH_IN_PASSING,):
        return Suggestion(
            RATINGS[0],
            0.6,
            teen[0].evidence[:2],
            reasons=("a death told in passing, without detail",),
        )
    if teen:
        return _rated(1, [_REASONS[s.name] for s in teen], teen)
    return Suggestion(RATINGS[0], 0.8, (), reasons=("nothing found that needs a higher rating",))


def in_passing(sentence: str) -> bool:
    """Whether a sentence tells its death in passing or as before the story."""
    return bool(PASSING_DEATH.search(sentence) or BEFORE_THE_STORY.search(sentence))


def _rated(step: int, reasons: list[str], basis: list[Suggestion]) -> Suggestion:
    evidence: list[Evidence] = []
    for suggestion in basis:
        evidence.extend(suggestion.evidence[:2])
    evidence = dedupe(evidence)
    confidence = max(s.confidence for s in basis)
    return Suggestion(
        RATINGS[step], round(confidence, 3), tuple(evidence[:MAX_EVIDENCE]), reasons=tuple(reasons)
    )


def archive_warnings(
    decided: dict[str, notes.NoteResult],
    content: list[Suggestion],
    found: people.People,
    chapters: list[Chapter],
    stride: int,
    evidence_of: Callable[[int, int, int], Evidence],
    paragraph_chapter: list[int],
    global_text: GlobalText,
    paragraphs: list[tuple[int, int]],
) -> tuple[Suggestion, ...]:
    by_name = {s.name: s for s in content}
    out: list[Suggestion] = []
    if "graphic-violence" in by_name:
        g = by_name["graphic-violence"]
        out.append(
            Suggestion(GRAPHIC_VIOLENCE, g.confidence, g.evidence, reasons=("graphic violence",))
        )
    death = decided.get("death")
    if death is not None and found.characters:
        dying, names = _who_dies(
            death, found, stride, evidence_of, paragraph_chapter, global_text, paragraphs
        )
        if dying:
            out.append(
                Suggestion(
                    MAJOR_CHARACTER_DEATH,
                    round(min(0.85, death.confidence * 0.85), 3),
                    tuple(dying[:MAX_EVIDENCE]),
                    reasons=tuple(f"{n} dies" for n in names[:3]),
                )
            )
    if "sexual-violence" in by_name:
        sv = by_name["sexual-violence"]
        out.append(
            Suggestion(RAPE_NON_CON, sv.confidence, sv.evidence, reasons=("sexual violence",))
        )
    sexual_hits = [
        h
        for label in ("sexual-content", "sexual-violence")
        if label in decided
        for h in decided[label].sentences
    ]
    minors: list[Evidence] = []
    for hit in sexual_hits:
        part = chapters[paragraph_chapter[hit.paragraph]]
        sentence = part.prepared.plain[hit.start : hit.end]
        if _MINOR.search(sentence):
            minors.append(evidence_of(hit.start, hit.end, hit.paragraph))
    if minors:
        out.append(
            Suggestion(
                UNDERAGE,
                0.9,
                tuple(minors[:MAX_EVIDENCE]),
                reasons=("a stated age under 18 in sexual content",),
            )
        )
    return tuple(out)


# Death words whose dead person comes before them ("Lucy died", "Hector's corpse",
# "Jocasta hangs herself") and those whose dead person comes after ("killed Lucy",
# "buried Mr. Bennet").
_KILLS_NAME = frozenset(
    "killed kills murdered slain slew buried bury hanged executed strangled beheaded".split()
)
# Words that take the dead person's possessive ("Hector's corpse", "Lucy's grave"): a
# named person is the dead only when the word is said to be theirs ("Hector's body",
# "her body"), not where they kneel beside "the body".
_POSSESSED = frozenset(
    "corpse body bodies grave coffin throat head funeral death execution murder burial "
    "hanging beheading cremation".split()
)
# Death words of the rites, the places and the ones left behind: a name before one of
# them is a mourner's, a widow's, a visitor's ("Elizabeth knelt in the churchyard"),
# unless the word is said to be the named person's ("Lucy's funeral").
_RITES = frozenset(
    "ambulance autopsy bereaved bereavement burial cemetery churchyard condolences coroner "
    "coroner's crape crem cremation crematorium crepe daffodils daisies epitaph eulogy "
    "floral flowers funerals graveside graves grieving hearse headstone inform inquest "
    "inquests lilies medics memorial morgue mortuary mourn mourned mourners mourning "
    "obituary orphaned pallbearer pallbearers paramedics priest roses survive survived "
    "sympathies telegram tombstone tribute tributes undertaker undertaker's undertakers "
    "widow widowed widower wreath wreaths".split()
)
# Someone nearer the word than the name, with no "he" or "she" after them: "watched
# the man die", "until the great body went slack", "held the thief down until the man
# went still and did not breathe again".
_SOMEONE_NOUN = (
    r"(?P<noun>man|woman|boy|girl|child|baby|infant|thief|soldier|guard|sentry|stranger|giant|"
    r"beast|creature|body|corpse|fellow|lad|lass|officer|prisoner|patient|servant|maid|"
    r"footman|coachman|king|queen|prince|knight|horse|mare|dog|hound|cat|bird|animal|mother|"
    r"father|sister|brother|wife|husband|son|daughter|uncle|aunt|cousin|friend|master|"
    r"mistress|nurse|grandmother|grandfather)\b(?!['’])"
)
_SOMEONE = re.compile(
    r"\b(?:the|a|an|this|that|his|her|their|my|our|your)\s+(?:[a-z]+\s+)?" + _SOMEONE_NOUN
)
# The named person's someone: "Watson's youngest patient did not live".
_THEIR_SOMEONE = re.compile(r"['’]s?\s+(?:[a-z]+\s+)?" + _SOMEONE_NOUN)
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she)\b", re.I)
# A thing or a person as the subject just before the word: "the pile was dead", "his
# namesake had died"; not a part of the named person ("her heart had stopped").
_SUBJECT_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|its|his|her|their|my|our|your)\s+(?:[a-z]+\s+)?"
    r"(?!(?:heart|breath|breathing|pulse|eyes?|chest|body|hands?|face|lips|skin|head|"
    r"life|blood)\b)[a-z]+\s+(?:was|is|were|are|lay|lies|went|fell|had|has|seemed|looked)"
    r"\s+(?:[a-z]+\s+)?$",
    re.I,
)
# A death word as a noun after an article: "a murder trial", "the death of".
_DEATH_NOUNS = frozenset("murder murders death deaths killing execution".split())
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|this|that|any|no)\s+(?:[a-z]+\s+)?$", re.I)


_MALE = frozenset("man boy king prince lad son father brother husband uncle".split())
_FEMALE = frozenset(
    "woman girl queen princess lass daughter mother sister wife aunt maid mistress".split()
)


def _nearer_of_gender(between: str, gender: str) -> bool:
    """Someone of the pronoun's gender named by a noun between the name and it: "carried
    the boy to the cab, and he died" may be the boy's death."""
    pronouns = [m.start() for m in _PRONOUN.finditer(between)]
    nouns = _MALE if gender == "m" else _FEMALE
    upto = pronouns[-1] if pronouns else len(between)
    return any(m.group("noun") in nouns for m in _SOMEONE.finditer(between, 0, upto))


def _someone_nearer(between: str) -> bool:
    ends = [m.end() for m in _SOMEONE.finditer(between)]
    return bool(ends) and _SUBJECT_PRONOUN.search(between, ends[-1]) is None


# Killing told actively: the name before the word is the killer's ("Holmes shot and
# killed the intruder", "went through them like a scythe, killing"), unless the verb is
# passive ("Clerval was killed", "had been murdered").
_KILLING = _KILLS_NAME | frozenset("killing murdering murders slaying strangling".split())
_PASSIVE = re.compile(r"\b(?:was|were|been|be|being|is|are|got|gets)\s+(?:\w+\s+)?$", re.I)
_BY = re.compile(r"\s+by\b", re.I)  # "killed by Victor": the name after is the killer
# Someone else's, just before the word: "his father's death", "the sentry's death".
_SOMEONE_ELSES = re.compile(r"\b[a-z]+['’]s\s+(?:[a-z]+\s+)?$")
_THEIRS = re.compile(r"\b(?:his|her)\s+(?:[a-z]+\s+)?$", re.I)
# "among the dead", "its dead", "his dead brother": the dead as a people, or another;
# but "the dead man's hair" may well be the named man's.
_DEAD_AS_NOUN = re.compile(r"\b(?:(?P<the>the)|its|their|his|our|my|your)\s+$", re.I)
_DEAD_ONE = re.compile(
    r"\s+(?:man|woman|boy|girl|child|lad|lass|king|queen|prince|princess|youth|hero)(?:['’]s)?\b"
)
_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|hers|himself|herself)\b", re.IGNORECASE)
_GENDER = {
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
}
_SENTENCE_STOP = re.compile(r"[.!?]")
_NEXT_SUBJECT = re.compile(r"[\"'”’\s]*(She|He)\b")
_CAPITALISED = re.compile(r"\b[A-Z][a-z'’]+")


def _other_name(between: str) -> bool:
    """A capitalised word inside a sentence (not its first word, not "I"): a name."""
    for m in _CAPITALISED.finditer(between):
        before = between[: m.start()].rstrip()
        if before and before[-1] not in ".!?\"“‘'" and m.group() != "I":
            return True
    return False


def _genders(found: people.People, global_text: GlobalText) -> dict[str, str]:
    """Each character's pronoun, from the first he or she after their mentions (only
    where the text agrees with itself)."""
    out: dict[str, str] = {}
    for person in found.characters:
        votes = {"f": 0, "m": 0}
        for _start, end in person.mentions[:20]:
            # The first pronoun after the name in its sentence, unless another name
            # comes first; or a "She"/"He" opening the next sentence.
            after = global_text.slice(end, end + 160)
            parts = _SENTENCE_STOP.split(after, maxsplit=1)
            sentence, rest = parts[0], parts[-1] if len(parts) > 1 else ""
            m = _PRONOUN.search(sentence)
            if m is not None and not _other_name(sentence[: m.start()]):
                votes[_GENDER[m.group().lower()]] += 1
                continue
            opening = _NEXT_SUBJECT.match(rest)
            if m is None and opening is not None:
                votes[_GENDER[opening.group(1).lower()]] += 1
        if votes["f"] != votes["m"]:
            out[person.name] = "f" if votes["f"] > votes["m"] else "m"
    return out


def _someone_else_dies(word: str, between: str, after: str, passive: bool) -> bool:
    """Whether the death `word` is someone else's than the name `between` words before
    it (`after`: the text just after the word; `passive`: the word is a passive verb)."""
    possessive = between[:2] in ("'s", "’s") or between[:1] in ("'", "’")
    if (
        possessive
        and word not in _POSSESSED
        and (len(between.split()) <= 3 or _THEIR_SOMEONE.match(between))
    ):
        return True  # "Mrs. Hudson's sister died", "Watson's youngest patient did not live"
    if word in _KILLING and not passive:
        return True  # the killer's name
    if word == "late" or _someone_nearer(between) or _SUBJECT_BEFORE.search(between):
        return True  # "the late Mr. Bingley", "watched the man die", "the pile was dead"
    if word in _DEATH_NOUNS and _ARTICLE_BEFORE.search(between):
        return True  # "evidence in a murder trial"
    if _SOMEONE_ELSES.search(between):
        return True  # "his father's death"
    if (word in _POSSESSED or word in _RITES) and not (possessive or _THEIRS.search(between)):
        return True  # "knelt beside the body"
    if word == "dead" and (noun := _DEAD_AS_NOUN.search(between)) is not None:
        return not (noun.group("the") and _DEAD_ONE.match(after))  # "among the dead"
    return False


def _who_dies(
    death: notes.NoteResult,
    found: people.People,
    stride: int,
    evidence_of: Callable[[int, int, int], Evidence],
    paragraph_chapter: list[int],
    global_text: GlobalText,
    paragraphs: list[tuple[int, int]],
) -> tuple[list[Evidence], list[str]]:
    """Named characters the death words point at: the nearest name (or the name a
    nearer "she" or "him" stands for) before "died", "was still" or "'s corpse", the
    nearest after "killed" or "buried"; a name followed by "'s sister died" is not it."""
    spans: list[tuple[int, int, str]] = sorted(
        (s, e, person.name) for person in found.characters for s, e in person.mentions
    )
    starts = [s for s, _e, _n in spans]
    genders = _genders(found, global_text)
    dying: list[Evidence] = []
    names: list[str] = []
    for hit in death.sentences:
        base = stride * paragraph_chapter[hit.paragraph]
        lo = bisect.bisect_left(starts, paragraphs[hit.paragraph][0])
        hi = bisect.bisect_left(starts, hit.end + base)
        if lo == hi:
            continue
        who: str | None = None
        if BEFORE_THE_STORY.search(global_text.slice(hit.start + base, hit.end + base)):
            continue
        for word, at in hit.spots.get("death", []):
            at += base
            k = bisect.bisect_left(starts, at, lo, hi)  # the first name at or after the word
            before = global_text.slice(max(0, at - 30), at)
            passive = _PASSIVE.search(before) is not None
            if (
                word in _KILLING
                and not passive
                and k < hi
                and spans[k][0] - at <= 40
                and not _BY.match(global_text.slice(at + len(word), spans[k][0]))
            ):
                who = spans[k][2]
                break
            if k == lo or spans[k - 1][1] > at:
                continue  # no name wholly before the word
            name_start, name_end, name = spans[k - 1]
            between = global_text.slice(name_end, at)
            after = global_text.slice(at + len(word), at + len(word) + 16)
            if _someone_else_dies(word, between, after, passive):
                continue
            if _other_name(between):
                continue  # someone the dictionary does not know stands nearer
            pronouns = _PRONOUN.findall(between)
            if not pronouns and name_start >= hit.start + base and len(between) <= 80:
                who = name  # "Lucy died", "Hector's corpse"
                break
            if (
                pronouns
                and genders.get(name) == _GENDER[pronouns[-1].lower()]
                and not _nearer_of_gender(between, _GENDER[pronouns[-1].lower()])
            ):
                who = name  # "Eurydice ... by evening she is cold"
                break
        if who is not None:
            dying.append(evidence_of(hit.start, hit.end, hit.paragraph))
            if who not in names:
                names.append(who)
    return dying, names
