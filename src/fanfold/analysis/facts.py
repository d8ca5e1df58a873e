"""Text facts: words, reading time, point of view, tense and dialogue share.

POV and tense are read from the narration only (the story minus quoted speech), by
counting pronouns and the verb forms that follow subjects. Everything is a compiled
regex over the narration, then small Python work per match.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from fanfold.analysis.model import Pov, Tense, TextStats
from fanfold.analysis.text import Prepared


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


WORDS_PER_MINUTE = 230
# POV and tense settle long before the end of a novel: read at most this much narration,
# taken in slices spread over the whole text.
_SAMPLE_CHARS = 3_000
_SAMPLE_SLICES = 6

# Word count: whitespace-separated tokens, less lone punctuation (" — ", " * ") and plus
# words joined by a dash ("well—almost"); this equals counting [^\W_]+(?:['-][^\W_]+)*
# runs in almost all prose, at the speed of str.split and str.count.


_FIRST = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Uu]s|[Oo]urs?|[Oo]urselves)\b")
# "..., I promise." / "I think," said to the reader in passing is not a narrator's voice.
_ASIDE = re.compile(
    r"[,;—\u2013(]\s*I\s+(?:promise|swear|think|suppose|admit|believe|fear|confess|guess|mean|hope"
    r"|imagine|expect|bet|reckon|daresay|assure\s+you|tell\s+you|know|grant\s+you)\b\s*[,.;!?—\u2013)]"
)
_SECOND = re.compile(r"\b[Yy]ou(?:rs?|rself|rselves)?\b")
_THIRD = re.compile(
    r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself|[Ss]he|[Hh]ers?|[Hh]erself|[Tt]hey|[Tt]hem|[Tt]heirs?"
    r"|[Tt]hemselves)\b"
)
# Sentence-initial imperatives that put the reader in the scene ("Imagine a world...").
_IMPERATIVE = re.compile(
    r"(?:^|[.!?]\s+)(?:Imagine|Picture|Suppose|Consider|Think\s+of|Remember|Close\s+your)\b",
    re.MULTILINE,
)
# Unquoted direct address ("..., Holmes." "There is no blood on the knife, Watson."):
# someone is talking, so the voice is a first person's.
_VOCATIVE = re.compile(
    r",\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Lady|Lord|Sir|Madam|Uncle|Aunt)\.?\s+)?"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*(?:[.!?]|,\s+(?:you|your)\b)"
)
_ATTRIBUTION = re.compile(
    r"\b(?:[A-Z][a-z]+|he|she|they)\s+(?:says|said|asks|asked|snaps|snapped|cries|cried|replies"
    r"|replied|shouts|shouted|whispers|whispered|mutters|muttered|tells|told|thinks|thought)\b"
)

_ADVERBS = (
    r"(?:never|always|just|still|then|only|also|even|now|often|soon|already|almost|nearly|barely"
    r"|hardly|scarcely|simply|really|actually|not|n't|too|both|all|each|once|again|sometimes"
    r"|perhaps|quietly|suddenly|slowly|quickly|finally|immediately|[a-z]+ly)"
)
_SUBJECT_VERB = re.compile(
    r"(?<![\w'\u2019])(?P<subj>I|[Yy]ou|[Ww]e|[Tt]hey|[Hh]e|[Ss]he|[Ii]t|[Ww]ho"
    r"|(?:Mr|Mrs|Ms|Dr|St)\.\s+[A-Z][a-z-]*(?!['\u2019\w])|[A-Z][a-z]+['\u2019]s\s+[a-z]+(?:['\u2019]s)?"
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?!['\u2019\w]))"
    r"(?:\s+" + _ADVERBS + r")*(?:,\s+[^,.;!?]{1,40},)?"
    r"\s+(?P<verb>[a-z]+(?:['\u2019][a-z]+)?)\b"
)
# Finite forms that carry tense wherever they stand.
_TENSE_WORDS = re.compile(
    r"(?<![\w'\u2019])(?:is|are|am|was|were|has|had|does|did|says|said|isn['\u2019]t|aren['\u2019]t|wasn['\u2019]t"
    r"|weren['\u2019]t|hasn['\u2019]t|hadn['\u2019]t|doesn['\u2019]t|didn['\u2019]t|don['\u2019]t|won['\u2019]t|can['\u2019]t"
    r"|[Ii]t['\u2019]s|[Tt]hat['\u2019]s|[Tt]here['\u2019]s|[Hh]e['\u2019]s|[Ss]he['\u2019]s|I['\u2019]m|[Yy]ou['\u2019]re"
    r"|[Ww]e['\u2019]re|[Tt]hey['\u2019]re|[Tt]here\s+(?:is|are|was|were))(?![\w'\u2019])",
    re.IGNORECASE,
)
_PRESENT_WORDS = _words(
    """
    is are am has does says isn't aren't hasn't doesn't don't won't can't it's that's
    there's he's she's i'm you're we're they're
    """
)
_PAST_WORDS = _words(
    """
    was were had did said wasn't weren't hadn't didn't
    """
)

_IRREGULAR_PAST = _words(
    """
    arose awoke bore beat became began bent bit bled blew broke brought built burnt
    bought caught chose clung came crept cut dealt dug dove drew dreamt drank drove
    dwelt ate fell fed felt fought found fled flung flew forbade forgot forgave froze
    got gave went ground grew hung heard hid held hurt kept knelt knew laid led leapt
    learnt left lent lay lit lost made meant met paid proved quit ran rang rode rose saw
    sought sold sent set shook shone shot showed shrank shut sang sank sat slew slept
    slid slung smelt spoke sped spelt spent spilt spun spat split spread sprang stood
    stole stuck stung stank strode struck strung swore swept swam swung took taught tore
    told thought threw thrust trod understood upset woke wore wove wept won wound wrung
    wrote
    """
)
# Words ending in -ed or -s that are not finite verbs of that tense after a subject.
_NOT_PAST_ED = _words(
    """
    need needs bleed feed seed speed breed heed proceed succeed exceed
    """
)
_NOT_VERB = _words(
    """
    the a an and or but to of in on at by for with from into onto as if so than that
    this these those there here who whom whose which what when where while why how who's
    all both each either neither own self alone together too very much more most less
    least no yes only also not never always already again once twice i you he she it we
    they me him her us them my your his its our their myself yourself himself herself
    itself ourselves themselves one ones else first last next other another such same
    being been be having would could should might must will can shall may ought used
    wasn't weren't didn't hadn't isn't aren't doesn't don't won't can't couldn't
    wouldn't shouldn't mustn't is are am was were has have had do does did said says
    whose whom
    """
)
_PRESENT_MODALS = _words(
    """
    will can shall may won't can't
    """
)
_PAST_MODALS = _words(
    """
    would could might should couldn't wouldn't
    """
)
_THIRD_SINGULAR = _words(
    """
    he she it who
    """
)
_PLURAL_SUBJECTS = _words(
    """
    i you we they
    """
)
_NAME_STOP = _words(
    """
    The A An And But Or So Then When While If As At In On Of For From With Without After
    Before Every Each Some Somewhere Nobody Nothing No None All Both This That These
    Those There Here Where What Why How Who Whom Which Yes Not Now Once Later Tonight
    Today Tomorrow Yesterday Perhaps Maybe Still Even Only Just Sometimes Because Since
    Until Though Although Whatever Whenever Wherever Let Oh Ah Well Chapter Part
    """
)


def _narration(p: Prepared) -> str:
    """The story with quoted speech cut out (each speech leaves a "¶" behind); for a long
    text, only runs of paragraphs spread evenly over it (POV and tense settle early)."""
    plain = p.plain
    story = p.story
    if not story:
        return ""
    total = story[-1].end - story[0].start
    origin = story[0].start
    step = max(1, total // _SAMPLE_SLICES)
    width = _SAMPLE_CHARS // _SAMPLE_SLICES
    sampled = total > _SAMPLE_CHARS
    pieces: list[str] = []
    dialogue = p.dialogue
    d = 0
    for span in story:
        if sampled and (span.start - origin) % step >= width:
            continue
        pos = span.start
        while d < len(dialogue) and dialogue[d].end <= span.start:
            d += 1
        while d < len(dialogue) and dialogue[d].start < span.end:
            ds = dialogue[d]
            if ds.start > pos:
                pieces.append(plain[pos : ds.start])
            pieces.append(" ¶ ")
            pos = max(pos, ds.end)
            d += 1
        if pos < span.end:
            pieces.append(plain[pos : span.end])
        pieces.append("\n\n")
    return "".join(pieces)


_SAY = (
    r"(?:says|said|asks|asked|snaps|snapped|cries|cried|replies|replied|shouts|shouted|whispers"
    r"|whispered|mutters|muttered|murmurs|murmured|calls|called|observes|observed|remarks"
    r"|remarked|declares|declared|announces|announced|adds|added|answers|answered|exclaims"
    r"|exclaimed|demands|demanded|writes|wrote|thinks|thought|tells|told|sighs|sighed|begs|begged"
    r"|insists|insisted|agrees|agreed|continues|continued|admits|admitted|warns|warned|laughs"
    r"|laughed|hisses|hissed|growls|growled|groans|groaned|breathes|breathed)"
)
_SPEAKER = (
    r"(?:(?:the\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr|Lady|Lord|Sir|Madam|Colonel|Captain)\.?\s+)?"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|the\s+[a-z]+|he|she|they|I|we)"
)
# An unquoted speech tag: "..., Darcy says" / "..., said Holmes," / "..., she wrote".
_TAG = re.compile(
    r",\s+(?:" + _SPEAKER + r"\s+(?:[a-z]+ly\s+)?" + _SAY + r"|" + _SAY + r"\s+" + _SPEAKER + r")\b"
)
_SPEECH_GOES_ON = re.compile(
    r",\s+(?:I|you|we|it|this|that|there|let|my|your|our|don['\u2019]t|do|please|but\s+I)\b"
)
_SENTENCE = re.compile(r"[^.!?…]*(?:[.!?…]+[\"'”\u2019)]*|$)\s*")
_PERSONAL = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our)\b")
_THIRD_SUBJECT = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Hh]is|[Hh]er|[Hh]im|[Tt]hem)\b")


@dataclass(slots=True)
class _Voice:
    text: str  # narration with unquoted speech cut out
    monologue: bool  # someone is addressed by name and no one else is said to speak


def _voice(narration: str) -> _Voice:
    """Cut unquoted speech (told by its speech tag or by a name addressed) out of the
    narration, so "I could murder a cup of tea, said Holmes" does not read as first person."""
    if "," not in narration:
        return _Voice(narration, False)
    out: list[str] = []
    vocative = False
    tagged = False
    carry = False
    for m in _SENTENCE.finditer(narration):
        sent = m.group()
        if not sent:
            continue
        if "¶" in sent:
            out.append(sent)
            carry = False
            continue
        tag = _TAG.search(sent)
        if tag:
            tagged = True
            rest = sent[tag.end() :]
            goes_on = _SPEECH_GOES_ON.match(rest)
            if goes_on:
                out.append(" ¶ " + sent[tag.start() + 1 : tag.end()] + " ¶ ")
            else:
                out.append(" ¶ " + sent[tag.start() + 1 :])
            carry = not rest.strip(" .!?\n") or bool(goes_on)
            continue
        if carry and _PERSONAL.search(sent) and not _THIRD_SUBJECT.search(sent):
            out.append(" ¶ ")
            continue
        carry = False
        if _VOCATIVE.search(sent):
            vocative = True
            out.append(" ¶ ")
            continue
        out.append(sent)
    return _Voice("".join(out), vocative and not tagged)


def _pov_counts(text: str) -> tuple[int, int, int]:
    first = len(_FIRST.findall(text)) - len(_ASIDE.findall(text))
    return max(first, 0), len(_SECOND.findall(text)), len(_THIRD.findall(text))


def narration_pov(narration: str) -> Pov:
    voice = _voice(narration)
    if voice.monologue:
        first0, second0, third0 = _pov_counts(narration)
        if first0 == 0 and (second0 >= 1 or third0 <= 1):
            return "first"  # a speaker addressing someone: "There is no blood on it, Watson."
    first, second, third = _pov_counts(voice.text)
    if first == 0 and second == 0:
        second += len(_IMPERATIVE.findall(voice.text))
    if second >= 1 and second > 2 * first and (second >= 2 or third <= 2):
        return "second"
    if first >= 1 and first * 8 >= third:
        return "first"
    return "third"


def _verb_tense(subject: str, verb: str) -> float:
    """+1 for a past form after this subject, -1 for a present one, 0 for no evidence."""
    v = verb.lower().replace("\u2019", "'")
    if v in _PAST_WORDS or v in _PRESENT_WORDS:
        return 0.0  # counted by _TENSE_WORDS
    if v in _PRESENT_MODALS:
        return -0.5
    if v in _PAST_MODALS:
        return 0.3
    if v.endswith("'d"):
        return 0.5
    s = subject.lower()
    if v in ("have", "do") and s in _PLURAL_SUBJECTS:
        return -1.0
    if v in _NOT_VERB:
        return 0.0
    if v in _IRREGULAR_PAST or (v.endswith("ed") and len(v) > 3 and v not in _NOT_PAST_ED):
        return 1.0
    if s in _PLURAL_SUBJECTS:
        if v.endswith(("ing", "s", "ly")):
            return 0.0
        return -1.0
    if v.endswith("s") and not v.endswith(("ss", "us", "is", "ous")) and len(v) > 2:
        return -1.0
    return 0.0


# Verbs in clauses that hang off another ("as she worked", "when I was nine") often shift
# tense against the narration, so they count half.
_SUBORDINATORS = _words(
    """
    when as while because if than until till after before since that though although
    unless whenever once who which where whom
    """
)
_AUX_BEFORE = _words(
    """
    has have had 've 'd is are was were be been being am get gets got to a an the his
    her my your their our its this that
    """
)
# Past forms that are almost never anything else; they count wherever they stand.
_PRETERITES = _words(
    """
    went came saw took gave knew ran began drank ate fell flew grew threw wrote spoke
    broke chose drove rode rose woke wore swore tore froze stole sang sank swam strode
    shook forgot forbade forgave sprang stank slew stood sat
    """
)
_PRETERITE_RE = re.compile(r"(?<![\w'\u2019])(?:" + "|".join(sorted(_PRETERITES)) + r")\b")
_DETERMINER = (
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Mm]y|[Yy]our|[Oo]ur|[Ee]very|[Ee]ach)\s+"
)
_NOUN_TAIL = (
    r"(?P<noun>[a-z]+)(?:,\s+[^,.;!?¶]{1,40},)?(?:\s+[a-z]+ly)?\s+(?P<verb>[a-z]+)"
    r"(?:\s+(?P<next>[a-z]+)|(?P<stop>[.,;!?]))"
)
# "the sergeant woke them", "his mother wrenches his head": a noun subject and its verb;
# the second form allows one word before the noun ("the workhouse master gives").
_NOUN_VERB = re.compile(_DETERMINER + r"(?:[a-z]+['\u2019]s\s+)?" + _NOUN_TAIL)
_NOUN2_VERB = re.compile(_DETERMINER + r"[a-z]+\s+" + _NOUN_TAIL)
_OBJECTISH = _words(
    """
    the a an his her its their my your our him them me us it to into onto up down out
    away back off over red through across like
    """
)


def narration_tense(narration: str) -> Tense:
    past = 0.0
    present = 0.0
    first_vote = 0.0
    seen: set[int] = set()

    def vote(at: int, value: float, prev: str) -> None:
        nonlocal past, present, first_vote
        if at in seen or not value:
            return
        seen.add(at)
        if prev in _SUBORDINATORS:
            value /= 2
        if value > 0:
            past += value
        else:
            present -= value
        if not first_vote or at < first_vote_at[0]:
            first_vote = value
            first_vote_at[0] = at

    first_vote_at = [1 << 60]

    def previous_word(at: int) -> str:
        chunk = narration[max(0, at - 24) : at].split()
        return chunk[-1].lower().strip(",;:") if chunk else ""

    for m in _TENSE_WORDS.finditer(narration):
        w = m.group().lower().replace("\u2019", "'")
        if w.startswith("there"):
            w = w.split()[-1] if " " in w else "is"
        prev = previous_word(m.start())
        if w in ("has", "had", "is", "are", "was", "were") and prev in (
            "would",
            "could",
            "should",
            "might",
            "must",
            "will",
            "to",
        ):
            continue
        vote(m.start(), 1.0 if w in _PAST_WORDS else -1.0, prev)
    for m in _SUBJECT_VERB.finditer(narration):
        subj = m.group("subj")
        words = subj.split()
        if words[0] in _NAME_STOP:
            if len(words) == 1:
                continue
            subj = words[-1]
        value = _verb_tense(subj, m.group("verb"))
        if value < 0 and ("'" in subj or "\u2019" in subj):
            continue  # "Cerberus's three heads": a plural noun, not a verb
        vote(m.start("verb"), value, previous_word(m.start()))
    for pattern in (_NOUN_VERB, _NOUN2_VERB):
        for m in pattern.finditer(narration):
            noun, verb, after = m.group("noun"), m.group("verb"), m.group("next") or ""
            if noun in _NOT_VERB or verb in _NOT_VERB:
                continue
            value = 0.0
            if verb in _IRREGULAR_PAST or (
                verb.endswith("ed") and (after in _OBJECTISH or after == "and" or m.group("stop"))
            ):
                value = 0.5
            elif (
                verb.endswith("s")
                and not verb.endswith(("ss", "us", "is"))
                and not noun.endswith("s")
                and after in _OBJECTISH
            ):
                value = -0.5
            vote(m.start("verb"), value, previous_word(m.start()))
    for m in _IMPERATIVE.finditer(narration):
        vote(m.end() - 1, -0.5, "")
    for m in _PRETERITE_RE.finditer(narration):
        prev = previous_word(m.start())
        if prev not in _AUX_BEFORE:
            vote(m.start(), 0.5, prev)
    if past == present:
        if not past:
            return "unknown"
        return "past" if first_vote > 0 else "present"
    return "past" if past > present else "present"


_LONE = "-\u2014\u2013*&\u2026~#=+|/\u2022\u00b7."


def count_words(text: str) -> int:
    split = text.split()
    tokens = len(split)
    # Tokens of punctuation alone (a spaced dash, "* * *") are not words: count each
    # such spelling once, then its occurrences.
    lone = sum(split.count(t) for t in set(split) if not t.strip(_LONE))
    joins = 0
    for dash in ("\u2014", "\u2013", "--"):
        total = text.count(dash)
        if total:
            spaced_before = text.count(" " + dash)
            spaced_after = text.count(dash + " ")
            both = text.count(" " + dash + " ") if spaced_before and spaced_after else 0
            joins += total - spaced_before - spaced_after + both
    return max(0, tokens - lone + max(0, joins))


def text_stats(p: Prepared, english: bool = True) -> TextStats:
    """Words, reading time, point of view, tense and dialogue of one chapter. Point of
    view and tense are read from English pronouns and verbs: "unknown" for a chapter
    that is not in English."""
    plain = p.plain
    story = p.story
    if len(story) > 1 and story[0].start == 0 and story[-1].end == len(plain):
        # No author's notes set apart: the paragraphs are the whole text.
        words = count_words(plain)
    else:
        words = count_words("\n".join([plain[s.start : s.end] for s in story]))
    story_chars = sum(s.end - s.start for s in p.story)
    speech = sum(d.end - d.start for d in p.dialogue)
    raw = _narration(p)
    narration = _voice(raw).text
    read = bool(words) and english
    return TextStats(
        words=words,
        reading_minutes=_minutes(words),
        pov=narration_pov(raw) if read else "unknown",
        tense=narration_tense(narration) if read else "unknown",
        dialogue_share=min(1.0, speech / story_chars) if story_chars else 0.0,
        english=english,
    )


def _minutes(words: int) -> int:
    return max(1, math.ceil(words / WORDS_PER_MINUTE)) if words > 0 else 0


def merge_stats(parts: Sequence[TextStats]) -> TextStats:
    words = sum(s.words for s in parts)
    if not parts:
        return TextStats(0, 0, "unknown", "unknown", 0.0)
    pov_votes: dict[Pov, int] = {}
    tense_votes: dict[Tense, int] = {}
    for s in parts:
        weight = max(s.words, 1)
        if s.pov != "unknown":
            pov_votes[s.pov] = pov_votes.get(s.pov, 0) + weight
        if s.tense != "unknown":
            tense_votes[s.tense] = tense_votes.get(s.tense, 0) + weight
    pov: Pov = max(pov_votes, key=lambda k: pov_votes[k]) if pov_votes else "unknown"
    tense: Tense = max(tense_votes, key=lambda k: tense_votes[k]) if tense_votes else "unknown"
    if words:
        share = sum(s.dialogue_share * s.words for s in parts) / words
    else:
        share = sum(s.dialogue_share for s in parts) / len(parts)
    english_words = sum(s.words for s in parts if s.english)
    english = english_words * 2 >= words if words else all(s.english for s in parts)
    return TextStats(words, _minutes(words), pov, tense, share, english)
