"""Content notes from the story's sentences, each with its evidence.

One pass of one pattern (`lexicon.CUE_WORDS`, every cue word in a trie-shaped regex)
finds the cue words of a chapter, so the cost hardly grows with the lists. A cue then has
to survive, in its own sentence: the figures of speech and innocent senses
(`lexicon.EXCEPT_BY_WORD`), its `needs` pattern, negation in the words just before it
("did not kill", "no one died") and hypotheticals in its clause ("if he had fired",
"would have strangled").

Scores add up per paragraph (a scene's weak signs together can make a note; the same
weak word scattered over a 500,000-word novel cannot): 1 - prod(1 - w).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from fanfold.analysis.denials import (
    AMOUNT,
    NEARLY,
    NEW_SUBJECT,
    NOT_NEGATING,
    WORD,
    clause_start,
    denied_spans,
    is_asked,
    is_negated,
    is_unreal,
    near_miss,
)
from fanfold.analysis.lexicon import (
    AFTER_GATE,
    CUE_WORDS,
    CUES,
    EXCEPT_BY_WORD,
    EXCEPT_ONLY,
    EXPLICIT,
    EXPLICIT_ALONE,
    FIRST_LOOK,
    NOT_A_TIME,
    OTHERS_BODY,
    Cue,
    FirstLook,
)

THRESHOLD = 0.5
# A text of more than LONG paragraphs needs, for a note, one paragraph at PLAIN or two at
# THRESHOLD (see decide).
LONG = 40
PLAIN = 0.85
# A word written in lower case in the original text: not a name ("Dick", "Cock Lane").
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
# A sentence that opens a condition or an imagining is unreal as a whole.
_UNREAL_OPENING = re.compile(
    r"^\W*(?:if|unless|suppose|supposing|imagine|what if|were (?:he|she|they|i|it) "
    r"|in another (?:story|world|life)|(?:perhaps|maybe)\b(?!,? " + AMOUNT + r"))\b"
    # "Had the ship struck ...", "Should he come ...": an inverted verb with its subject, not a
    # diary's subjectless "Had a few cones in the back of the ute" or "Should be fine"
    r"|^\W*had (?:(?:he|she|they|i|we|you|it|there|anyone|anybody|someone|somebody|one)\b|"
    r"(?:[\w.'’]+ ){1,3}(?:ever |never |once |not |only )?(?:\w+ed|\w+en|been|known|struck|gone|"
    r"come|run|seen|done|kept|left|made|got|taken|given|thought|told|said|heard|found|lost|hit|"
    r"shot|cut|fallen|sunk|sank|flown|held|met|fought|won|drunk|drank|slept|bled)\b)"
    r"|^\W*should (?!(?:be|have|do|go|get|make|take|come|see|say|probably|definitely|really|"
    r"hopefully)\b)"
    # a question of what might have been: "Would he have taken her by force, had ...?"
    r"|^\W*(?:would|could|might)\b[^.!]*\?\W*$",
    re.IGNORECASE,
)
# A denial fronted before its clause, the verb after it inverted: "Not once, even in the
# worst of it, did she think of ending her life", "Never had he struck her". Everything up
# to the end of that clause is denied, however far the cue is from the "not".
_DENIED_OPENING = re.compile(
    r"^\W*(?:not once|never once|never again|never|at no (?:point|time)|not for (?:a|one) "
    r"(?:moment|second|minute|instant)|not a (?:single )?(?:time|day))\b"
    # (no subject before the verb: "never mind that, she was dead" is no inversion)
    r"(?:(?!\b(?:he|she|they|i|we|you|mind)\b)[^.!?;]){0,100}?"
    r"\b(?:did|had|would|could|was|were|has|have|do|does|will)\s+(?:he|she|they|i|we|you|it|"
    r"anyone|anybody|[a-z]+)\b(?! (?:not|never)\b)"
)
_DENIAL_ENDS = re.compile(r",? (?:and|but|yet|so) |[;:]")
# ...but "never had she seen so much blood", "never before had he been this drunk" say
# that she sees it now: a comparison is no denial.
_COMPARED = re.compile(r"\b(?:so|such|more|worse|before|this|these|like|as \w+ as)\b")
# A denial cut off from its verb by an aside: "was not, after all, dying", "did not, in
# the end, fire".
_NOT_ASIDE = re.compile(r"(?:\bnot|\bnever|n't)\s*,[^,.;:!?]{1,30},\s*(?:[\w'’-]+\s+){0,2}$")
_AGES = r"(?:six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)"
# For sexual violence a child must be plain: a child, or an age (a governess is an adult).
_CHILD_VICTIM = re.compile(
    r"\b(?:child|children|little (?:girl|boy)|underage|(?<!-)"
    + _AGES
    + r"-year-old|(?:was|were) "
    + _AGES
    + r"\b"
    + NOT_A_TIME
    + r"|when (?:she|he|i|you) (?:was|were) (?:little|small|a child|"
    r"a kid|\w+ years old))",
    re.IGNORECASE,
)
# A child's age said outright: "from the age of seven", "she was five years old", "I'm 12"
# (not "I'm ten minutes away": NOT_A_TIME).
_AGE_SAID = (
    r"(?:the age of (?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|[3-9]|1[0-5])\b|(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|[3-9]|1[0-5]) years? old\b|(?:i'm|i’m|im) (?:only |just )?(?:six|"
    r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|[6-9]|1[0-5])\b"
    + NOT_A_TIME
    + ")"
)
_CHILD = re.compile(
    r"\b(?:child|children|baby|babies|infant|infants|toddlers?|newborns?|boy|boys|lad|little "
    r"(?:one|ones|girl|boy|(?-i:[A-Z][a-z]+))|kid|kids|orphans?|stepmother|stepfather|stepsons?|"
    r"stepdaughters?|stepchild|stepchildren|tutor|governess|schoolmaster|"
    r"schoolroom|report cards?|homework|(?:marks|grades) were|(?:was|were|am) (?:three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)\b"
    + NOT_A_TIME
    + r"|"
    + _AGE_SAID
    + r"|"
    r"(?<!-)(?:three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)-year-old|grew up|"
    r"growing up|when (?:he|she|i|you|they|we) (?:was|were) (?:small|little|young|tiny|a (?:kid|"
    r"child|boy|girl|baby|toddler)))\b",
    re.IGNORECASE,
)
# A child named as what is fought over, not as who is hurt ("threatened to take the kids").
_CHILD_AS_STAKE = re.compile(
    r"\b(?:take|took|taking|takes|keep|kept|custody of|see|seeing|visit|in front of|before)"
    r"(?: the| her| his| my| their| our| your)?\s*$"
)
_WINDOW = 70
# Only a sex scene with one cue this strong in it turns its blows into something else:
# skin, heat and a wet night are everywhere in stories, fights included.
_STRONG = 0.45
SUBSTANCE = "substance-use"
SELF_HARM = "self-harm"
# A blade to someone else's body: "He slashed her arm with a razor".
_OTHERS_BODY = re.compile(OTHERS_BODY, re.IGNORECASE)


@dataclass(slots=True)
class SentenceHit:
    start: int
    end: int
    paragraph: int
    scores: dict[str, float] = field(default_factory=dict)
    words: dict[str, list[str]] = field(default_factory=dict)
    # Where each cue word sits, as (word, offset in the chapter's plain text).
    spots: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    explicit: int = 0
    # The notes with at least one cue of weight 0.45 or more in this sentence.
    strong: set[str] = field(default_factory=set)
    # A refusal, a plea or force said in this sentence ("I said no", "begged him to stop"):
    # sexual content in the same paragraph was not consented to.
    coerced: bool = False


def _relabel(hit: SentenceHit, old: str, new: str, score: float) -> list[str]:
    """Move `old`'s evidence in `hit` to `new` at `score` (at least what `new` had); gives
    back the words that were moved."""
    hit.scores.pop(old, None)
    hit.scores[new] = max(hit.scores.get(new, 0.0), score)
    words = hit.words.pop(old, [])
    hit.words.setdefault(new, []).extend(words)
    hit.spots.setdefault(new, []).extend(hit.spots.pop(old, []))
    if old in hit.strong:
        hit.strong.discard(old)
        hit.strong.add(new)
    return words


def _drop(hit: SentenceHit, label: str) -> None:
    """Forget `label` in `hit`, with its evidence."""
    hit.scores.pop(label, None)
    hit.words.pop(label, None)
    hit.spots.pop(label, None)
    hit.strong.discard(label)


@dataclass(slots=True)
class NoteResult:
    """Per note: the paragraphs' scores, and the sentences behind them."""

    label: str
    confidence: float
    sentences: list[SentenceHit]
    words: list[str]


# A drink or a drug nearly had is not had: "I nearly had a drink", "she almost took the
# pills he offered" ("almost drank the whole bottle" is drinking: only the verbs that
# start it).
_NEARLY_HAD = re.compile(
    r"\b(?:nearly|almost) (?:had|took|ordered|poured|bought|opened|accepted|reached for)"
    r"(?: [\w'’-]+){0,2} $"
)


# Blows that either land or miss: "nearly hit a cyclist", "almost slapped him" did not
# (where "nearly strangled her" or "nearly beat him to death" did, in part).
_MISSABLE = frozenset(
    "hit hits struck slapped slap punched punch kicked kick shot shoot stabbed stab smacked "
    "smack ran knocked".split()
)


# A preference, not a deed: "I would rather hang myself than sit through it again", "she'd
# sooner shoot herself than vote for him".
_RATHER = re.compile(r"(?:\bwould|'d|’d) (?:\w+ )?(?:rather|sooner)\b[^.;:!?]{0,45}$")


def sentence_cues(
    seg: str, original: str, paragraph: int, start: int, end: int
) -> SentenceHit | None:
    """The cues that hold in one sentence (`seg` is that sentence lower-cased, `original`
    the same as written)."""
    found = [(m.group(1), m.start(), m.end()) for m in CUE_WORDS.finditer(seg)]
    return _sentence_hit(seg, original, paragraph, start, end, found, None)


def cue_words(lower: str, label: str) -> list[tuple[int, int]]:
    """Where `lower` (lower-cased text) names a cue word for `label`, held or not: the words
    a reader may have read the note into ("died", "suicidal"), whatever their sense."""
    return [
        (m.start(1), m.end(1))
        for m in CUE_WORDS.finditer(lower)
        if any(cue.label == label for cue in CUES[m.group(1)])
    ]


def _sentence_hit(
    seg: str,
    original: str,
    paragraph: int,
    start: int,
    end: int,
    found: list[tuple[str, int, int]],
    refused: set[tuple[int, str]] | None,
) -> SentenceHit | None:
    """`found`: the cue words of the sentence, with their offsets in it. `refused`, when
    given, collects (paragraph, note) for each cue turned down as denied, unreal, a near
    miss or a figure of speech: the trained reader must not say what the rules refused."""
    hit: SentenceHit | None = None
    opening: bool | None = None  # the sentence opens a condition ("If he had fired")
    denied_until = 0  # "Not once did she think of ending her life": denied up to here
    denied_from = 0
    fronted = _DENIED_OPENING.match(seg)
    spans: list[tuple[int, int]] | None = None  # denied_spans, when a cue needs them
    if fronted is not None:
        end_of_clause = _DENIAL_ENDS.search(seg, fronted.end())
        denied_until = end_of_clause.start() if end_of_clause else len(seg)
        if _COMPARED.search(seg, 0, denied_until):
            denied_until = 0
        denied_from = fronted.end()
    # Where each (note, word) first counted: a word said twice in a sentence ("her wet
    # head against his wet shoulder") is one sign, not two.
    first_at: dict[tuple[str, str], int] = {}
    phrases: dict[tuple[str, re.Pattern[str]], int] = {}
    for word, pos, word_end in found:
        cues = CUES[word]
        exceptions = EXCEPT_BY_WORD.get(word)
        if exceptions is not None and _excepted(exceptions, seg, pos):
            if refused is not None:
                refused.update((paragraph, cue.label) for cue in cues)
            continue
        excused = _NO_NOTES
        only = EXCEPT_ONLY.get(word)
        if only is not None:
            for pattern, labels in only:
                if _excepted(pattern, seg, pos):
                    excused = excused | labels
        clause = -1
        negated = unreal = asked = rather = False
        for cue in cues:
            if cue.label in excused:
                if refused is not None:
                    refused.add((paragraph, cue.label))
                continue
            if cue.after is not None and not cue.after.match(original, word_end):
                continue
            if cue.needs is not None:
                window = seg[max(0, pos - _WINDOW) : word_end + _WINDOW]
                if not cue.needs.search(window):
                    continue
                if cue.near is not None and not cue.near.search(window):
                    continue
            if clause < 0:
                clause = clause_start(seg, pos)
                clause_words = WORD.findall(seg, clause, pos)
                negated = is_negated(seg, pos, clause_words, clause) or (
                    pos < denied_until
                    # (not across a new subject: "not once did she cry when they buried
                    # her father" denies the crying, not the burial)
                    and not any(w in NEW_SUBJECT for w in WORD.findall(seg, denied_from, pos))
                )
                if opening is None:
                    opening = _UNREAL_OPENING.match(seg) is not None
                unreal = opening or is_unreal(seg, pos, clause, clause_words)
                asked = seg.find("?", pos) >= 0 and is_asked(seg, pos)
                rather = ("rather" in seg or "sooner" in seg) and _RATHER.search(
                    seg, max(0, pos - 60), pos
                ) is not None
                if not negated:
                    if spans is None:
                        spans = denied_spans(seg, found[-1][1])
                    negated = (
                        any(a <= pos < b for a, b in spans)
                        or (
                            seg.count(",", max(0, pos - 70), pos) >= 2
                            and _NOT_ASIDE.search(seg, max(0, pos - 70), pos) is not None
                        )
                    ) and not NOT_NEGATING.search(seg, max(0, pos - 40), pos)
            if cue.label in _ON_THE_PAGE:
                # ... but not a word denied being said ("She didn't say 'damn' once").
                if negated and _SAYING.intersection(clause_words[-3:]):
                    if refused is not None:
                        refused.add((paragraph, cue.label))
                    continue
            elif (
                (negated and not cue.negation_ok)
                # "nearly killed him", "trying to kill him": nobody died
                or (cue.label == "death" and near_miss(clause_words))
                or (
                    word in _MISSABLE
                    and bool(clause_words)
                    and clause_words[-1] in NEARLY
                    and cue.label in ("violence", "abuse", "child-abuse")
                )
                or (
                    cue.label == "substance-use"
                    and _NEARLY_HAD.search(seg, max(0, pos - 45), pos) is not None
                )
                or (unreal and not cue.modal_ok)
                or (asked and cue.label not in _ASKED_OK)
                or (rather and " than " in seg[word_end : word_end + 60])
            ):
                if refused is not None:
                    refused.add((paragraph, cue.label))
                continue
            if first_at.setdefault((cue.label, word), pos) != pos:
                continue
            # One phrase keyed on two of its words ("said no ... didn't matter") is one
            # sign, however many of its words the sentence holds. (A phrase on top of its
            # general word, "blood ran" and "blood", is a second sign and adds.)
            phrase = cue.needs or cue.after
            if phrase is not None and phrases.setdefault((cue.label, phrase), pos) != pos:
                continue
            if hit is None:
                hit = SentenceHit(start, end, paragraph)
            _score(hit, cue, word, start + pos)
    if hit is not None and "sexual-content" in hit.words:
        said = hit.words["sexual-content"]
        # The cue words that tell how explicit it is, and any word that is explicit on its
        # own anywhere in the sentence ("Ravi's cock slid against his ... and stroked").
        alone = EXPLICIT_ALONE.intersection(_LOWER_WORD.findall(original))
        hit.explicit = sum(w in EXPLICIT and w not in alone for w in said) + 2 * len(alone)
    return hit


# A question of self-harm, suicide or sex still names them ("Have you thought of ending
# your life?", "Did you sleep with him?"): the asking is part of the story of it.
_ASKED_OK = frozenset(["self-harm", "suicide", "sexual-content"])
# A swear word is on the page whatever is said around it: denied ("I'm no fuckin' doing
# it"), in a question, or in what might happen ("it's going to sting like fuck").
_ON_THE_PAGE = frozenset(["strong-language"])
_SAYING = frozenset(
    "say says said saying utter uttered write wrote use used swear swore call called".split()
)
_NO_NOTES: frozenset[str] = frozenset()


def _excepted(pattern: re.Pattern[str], seg: str, pos: int) -> bool:
    """Whether the cue at `pos` lies inside a figure of speech or an innocent sense."""
    start = max(0, pos - 60)
    return any(m.start() <= pos < m.end() for m in pattern.finditer(seg, start, pos + 60))


def _score(hit: SentenceHit, cue: Cue, word: str, at: int) -> None:
    hit.spots.setdefault(cue.label, []).append((word, at))
    before = hit.scores.get(cue.label, 0.0)
    hit.scores[cue.label] = 1 - (1 - before) * (1 - cue.weight)
    hit.words.setdefault(cue.label, []).append(word)
    if cue.weight >= _STRONG:
        hit.strong.add(cue.label)


# Notes that already say what a sentence's blows are: a self-inflicted wound is self-harm,
# an assault in a sexual sense is sexual violence, "pinned" in a sex scene is not a fight.
_OWN_NOTES = ("self-harm", "suicide", "sexual-violence")


# Who harms whom: violence near a child is child abuse only when a parent, a carer or an
# adult in charge of the child is in the sentence ("His father beat him until the child
# lay still"), or a child is plainly what was beaten ("beat the boy", "a boy ... was
# caned"). Not a child who watches, a boy in a fight, a dog that bit a child, a child
# "when I was nine" in a sentence about something else.
_IN_CHARGE = re.compile(
    r"\b(?:father|fathers|mother|mothers|mum|mums|mom|moms|mam|mammy|mummy|mommy|dad|dads|"
    r"daddy|papa|mama|parent|parents|stepfather|stepmother|stepdad|stepmum|stepmom|"
    r"guardian|guardians|uncle|aunt|auntie|grandfather|grandmother|grandad|granddad|gran|"
    r"grandma|grandpa|nan|nanny|babysitter|governess|schoolmaster|headmaster|headmistress|"
    r"teacher|master|matron|coach|foster|carer|carers|priest|nuns?)\b",
    re.IGNORECASE,
)
_STRUCK = (
    r"(?:beat|beats|beaten|beating|whipped|thrashed|thrashing|caned|slapped|strapped|belted|"
    r"flogged|birched|spanked|smacked|shaken|shook|burned|burnt|scalded|boxed|boxes|flung|"
    r"hurled|threw|drowned|smothered|starved|kills|killed|murdered|strangled)"
)
_YOUNG = (
    r"(?:child|children|boy|boys|girl|girls|baby|babies|infant|infants|newborn|kid|kids|"
    r"toddlers?|son|sons|daughter|daughters|stepsons?|stepdaughters?|stepchild|stepchildren|"
    r"little (?-i:[A-Z][a-z]+))"
)
_CHILD_STRUCK = re.compile(
    r"\b"
    + _YOUNG
    + r"\b[^.;!?]{0,40}?\b(?:was|were|got|had been|would be|is|are)\s+"
    + _STRUCK
    + r"\b|\b"
    + _STRUCK
    + r"\s+(?:the|a|an|his|her|their|its|my|our|your)\s+(?:\w+\s+)?"
    + _YOUNG
    + r"\b"
    # a child's age said of the one it was done to ("You were seven and he held ...")
    + r"|\b(?:i|you|he|she|we|they) (?:was|were|am) (?:only |just |barely )?"
    + _AGES
    + r"\b"
    + NOT_A_TIME,
    re.IGNORECASE,
)


# The parent is the one harmed: "Dad was killed on the M6 when I was nine".
_IN_CHARGE_HARMED = re.compile(
    r"\s+(?:was|were|had been|got|is)\s+(?:\w+\s+)?(?:killed|shot|stabbed|murdered|attacked|"
    r"hit|beaten|injured|hurt|wounded|run over|knocked down)\b",
    re.IGNORECASE,
)


def _in_charge(seg: str) -> bool:
    """A parent, carer or adult in charge in the sentence, not as the one who was hurt."""
    return any(not _IN_CHARGE_HARMED.match(seg, m.end()) for m in _IN_CHARGE.finditer(seg))


def _harmed_child(seg: str, abuse: bool = True) -> bool:
    if _KIN_STRUCK.search(seg):
        return False
    if not any(
        not _CHILD_AS_STAKE.search(seg, max(0, m.start() - 25), m.start())
        for m in _CHILD.finditer(seg)
    ):
        return False
    if _OTHER_STRIKER.search(seg) and not _in_charge(seg):
        # Other children, a stranger, a soldier ("I was seven when the older boys punched
        # me"): violence against a child, not abuse by one who cares for it.
        return False
    if _CHILD_STRUCK.search(seg):
        return True
    # Abuse already says someone close did it, unless it names a wife or a husband ("he
    # punched his wife while the baby slept": the baby is not who was hurt); violence must
    # say who harmed whom.
    return (abuse and not _PARTNER.search(seg)) or _in_charge(seg)


# A blow between partners: "he threw the kettle at his wife", "her boyfriend hit her".
# The partner must be the one who struck, or the one struck by the other partner ("he ...
# his wife", "she ... her husband"): not "a robber shot her husband", nor "her boyfriend
# was stabbed in a bar fight".
_PARTNER_WORD = r"(?:wife|husband|boyfriend|girlfriend|partner|fianc[eé]e?)"
_BLOW = (
    r"(?:hit|hits|hitting|punched|punches|punching|slapped|slaps|slapping|kicked|kicks|"
    r"kicking|beat|beats|beating|shoved|shoves|pushed|pushes|choked|chokes|choking|"
    r"strangled|strangles|throttled|throttles|struck|strikes|smacked|smacks|attacked|"
    r"attacks|stabbed|stabs|shot|shoots|dragged|drags|threw|throws|flung|hurled|came at|"
    r"comes at|went for|goes for|grabbed|grabs|battered|kneed|headbutted|burned|scalded|"
    r"knocked|pinned|twisted|bit|bites|whacked|clouted|thumped|thumps|backhanded)"
)
_PARTNER_HARMED = re.compile(
    r"\b(?:his|her|my|your|their) "
    + _PARTNER_WORD
    + r"(?: (?!(?:was|were|got|is|are|has|had|been|being)\b)\w+){0,2}? "
    + _BLOW
    + r"\b|\b(?:he\b[^.;!?]{0,40}?\bhis|she\b[^.;!?]{0,40}?\bher|i\b[^.;!?]{0,40}?\bmy|"
    r"you\b[^.;!?]{0,40}?\byour) " + _PARTNER_WORD + r"\b",
    re.IGNORECASE,
)


_BLOW_WORD = re.compile(r"\b" + _BLOW + r"\b", re.IGNORECASE)

# A grown son or daughter who struck a parent ("her son, who lives with her, took hold of
# her arms and shook her"): the child is the one who did it, and it is abuse of an adult.
_KIN_STRUCK = re.compile(
    r"\b(?:her|his|my|their) (?:adult |grown(?:-up)? |eldest |youngest |older |elder )?(?:son|"
    r"daughter|grandson|granddaughter|nephew|niece)\b(?:,[^,.;!?]{0,60},)?(?: [\w'’]+){0,3}? (?:"
    + _BLOW
    + r"|shook|shakes|shoved|took hold of|grabbed hold of|twisted)\s+(?:her|him|me|them|"
    r"(?:her|his|my|their) (?:arms?|wrists?|hands?))\b",
    re.IGNORECASE,
)


def _partner_struck(seg: str) -> bool:
    """Whether a partner struck, or was struck by, the other partner in the sentence."""
    for m in _PARTNER_HARMED.finditer(seg):
        if m.group(0).lower().startswith(("his ", "her ", "my ", "your ", "their ")):
            return True
        # "he ... his wife": a blow must lie between the pronoun and the partner
        if _BLOW_WORD.search(m.group(0)):
            return True
    return False


# The words of child abuse that put a blow on the page ("the strap", "shakes him",
# "burned her hand"), not those of neglect or fear ("the cellar", "no supper").
_BLOWS_TO_A_CHILD = frozenset(
    """
    beat beats beaten beating burned burnt burns scalded scalding shakes shook shaken shaking
    strap strapped strapping belt belted belting buckle cane caned caning whipped whipping
    thrashed thrashing slapped smacked spanked punched kicked birched flogged welts bruised
    """.split()
)


def _settle(hit: SentenceHit, seg: str) -> None:
    if "child-abuse" in hit.scores and _KIN_STRUCK.search(seg) and not _CHILD_AGE.search(seg):
        # A grown son who shook his mother: abuse of an adult, not of a child.
        score = hit.scores["child-abuse"]
        words = _relabel(hit, "child-abuse", "abuse", score)
        blows = [w for w in words if w.lower() in _BLOWS_TO_A_CHILD]
        if blows and hit.scores.get("violence", 0.0) < THRESHOLD:
            hit.scores["violence"] = score
            hit.words.setdefault("violence", []).extend(blows)
    harm = max(hit.scores.get("abuse", 0.0), hit.scores.get("violence", 0.0))
    if harm >= THRESHOLD and _harmed_child(seg, hit.scores.get("abuse", 0.0) >= THRESHOLD):
        # Harm done to a child is child abuse (the violence stays a note of its own).
        hit.scores["child-abuse"] = max(hit.scores.get("child-abuse", 0.0), harm)
        hit.words.setdefault("child-abuse", []).extend(
            hit.words.get("abuse", []) or hit.words.get("violence", [])
        )
        hit.scores.pop("abuse", None)
        hit.words.pop("abuse", None)
    child_abuse = hit.scores.get("child-abuse", 0.0)
    blows = [w for w in hit.words.get("child-abuse", ()) if w.lower() in _BLOWS_TO_A_CHILD]
    if child_abuse >= THRESHOLD and hit.scores.get("violence", 0.0) < THRESHOLD and blows:
        # A blow to a child is on the page: violence as well as child abuse.
        hit.scores["violence"] = child_abuse
        hit.words.setdefault("violence", []).extend(blows)
    violence_score = hit.scores.get("violence", 0.0)
    if (
        violence_score >= THRESHOLD
        and "child-abuse" not in hit.scores
        and (_partner_struck(seg) or _KIN_STRUCK.search(seg))
    ):
        # A partner's violence is domestic abuse (the violence stays a note of its own); a
        # child hurt in the same sentence has been settled above.
        hit.scores["abuse"] = max(hit.scores.get("abuse", 0.0), violence_score)
        hit.words.setdefault("abuse", []).extend(hit.words.get("violence", []))
    if hit.scores.get("sexual-violence", 0.0) >= THRESHOLD and _CHILD_VICTIM.search(seg):
        # Sexual violence against a child is child abuse as well.
        hit.scores["child-abuse"] = max(hit.scores.get("child-abuse", 0.0), 0.9)
        hit.words.setdefault("child-abuse", []).extend(hit.words["sexual-violence"])
    if SELF_HARM in hit.scores and _OTHERS_BODY.search(seg):
        # A blade to someone else's arm ("He slashed her arm with a razor"): violence, not
        # self-harm.
        del hit.scores[SELF_HARM]
        hit.words.pop(SELF_HARM, None)
        hit.spots.pop(SELF_HARM, None)
        hit.strong.discard(SELF_HARM)
    coercion = hit.scores.pop("_coercion", None)
    hit.words.pop("_coercion", None)
    hit.coerced = coercion is not None
    if coercion is not None and hit.scores.get("sexual-content", 0.0) >= THRESHOLD:
        hit.scores["sexual-violence"] = max(hit.scores.get("sexual-violence", 0.0), 0.9)
        hit.words.setdefault("sexual-violence", []).append("coercion")
    if hit.scores.get("sexual-violence", 0.0) >= THRESHOLD and "sexual-content" in hit.scores:
        # Told as what was done to someone, not as a sex scene.
        del hit.scores["sexual-content"]
        hit.words.pop("sexual-content", None)
    if hit.scores.get("suicide", 0.0) >= THRESHOLD and set(hit.words.get("death", ())) <= {
        "die",
        "dying",
        "dead",
        "death",
    }:
        # "I have thought about dying": a thought of suicide, not a death.
        hit.scores.pop("death", None)
        hit.words.pop("death", None)
    violence = hit.scores.get("violence")
    if violence is None:
        return
    if violence >= THRESHOLD and "sexual-content" not in hit.strong:
        # Skin, wet and a bed beside a blow: a wound, not a sex scene.
        hit.scores.pop("sexual-content", None)
        hit.words.pop("sexual-content", None)
    if any(hit.scores.get(label, 0.0) >= THRESHOLD for label in _OWN_NOTES) or (
        hit.scores.get("sexual-content", 0.0) >= THRESHOLD
        and "sexual-content" in hit.strong
        and violence < 0.9
    ):
        del hit.scores["violence"]
        hit.words.pop("violence", None)


def _may_hold(look: FirstLook, lower: str, plain: str, pos: int, stop: int) -> bool:
    """A quick look, on the chapter's text, whether any of a conditional word's cues can
    hold (the exact check, in the sentence only, comes later)."""
    if look.after is not None and look.after.match(plain, stop):
        return True
    window_start = max(0, pos - _WINDOW)
    if look.quick is not None and look.quick.search(lower, window_start, stop + _WINDOW) is None:
        return False  # not one of the strings any of its patterns needs
    if look.needs is not None and look.needs.search(lower, window_start, stop + _WINDOW):
        return True
    for cue in look.rest:
        if cue.after is not None and not cue.after.match(plain, stop):
            continue
        if cue.needs is not None and not cue.needs.search(lower, window_start, stop + _WINDOW):
            continue
        if cue.near is not None and not cue.near.search(lower, window_start, stop + _WINDOW):
            continue
        return True
    return False


def scan(
    plain: str,
    paragraphs: Sequence[tuple[int, int]],
    base: int,
    split: Callable[[int], Sequence[tuple[int, int]]],
    refused: set[tuple[int, str]] | None = None,
) -> list[SentenceHit]:
    """Every sentence with at least one cue that holds, in the chapter `plain` whose story
    paragraphs are `paragraphs` (numbered from `base` in the work). `split(k)` gives the
    sentences of paragraph k: asked only for the paragraphs that hold a cue word."""
    lower = plain.lower()
    starts = [s for s, _e in paragraphs]
    # One pass of one compiled pattern finds every cue word of the chapter.
    by_paragraph: dict[int, list[tuple[str, int, int]]] = {}
    after_gate = AFTER_GATE.get
    first_look = FIRST_LOOK.get
    for m in CUE_WORDS.finditer(lower):
        word = m.group(1)
        stop = m.end(1)
        gate = after_gate(word)
        if gate is not None:
            # Most cue words of real prose: a phrase's word ("did", "came") whose phrases
            # all go on after it. One match, and usually no call.
            after, enough = gate
            if after.match(plain, stop) is None:
                continue
            if not enough and not _may_hold(FIRST_LOOK[word], lower, plain, m.start(), stop):
                continue
        else:
            look = first_look(word)
            if look is not None and not _may_hold(look, lower, plain, m.start(), stop):
                continue  # "all", "will", "light": a cue only in a phrase not here
        pos = m.start()
        k = bisect.bisect_right(starts, pos) - 1
        if k < 0 or pos >= paragraphs[k][1]:
            continue  # outside the story (an author's note, a separator)
        by_paragraph.setdefault(k, []).append((word, pos, stop))
    hits = []
    in_paragraph: list[SentenceHit] = []
    for k, found in by_paragraph.items():
        sentences = split(k)
        sentence_starts = [s for s, _e in sentences]
        by_sentence: dict[int, list[tuple[str, int, int]]] = {}
        for word, pos, stop in found:
            j = bisect.bisect_right(sentence_starts, pos) - 1
            if j >= 0 and pos < sentences[j][1]:
                by_sentence.setdefault(j, []).append((word, pos, stop))
        for j, in_sentence in by_sentence.items():
            start, end = sentences[j]
            local = [(word, pos - start, stop - start) for word, pos, stop in in_sentence]
            hit = _sentence_hit(
                lower[start:end], plain[start:end], base + k, start, end, local, refused
            )
            if hit is not None:
                _settle(hit, plain[start:end])
                hits.append(hit)
                in_paragraph.append(hit)
        fended = _fending_paragraph(in_paragraph, plain, paragraphs[k], sentences, base + k)
        if fended is not None:
            hits.append(fended)
            in_paragraph.append(fended)
        _coerced_paragraph(in_paragraph)
        _staged_paragraph(in_paragraph, lower, paragraphs[k])
        _child_paragraph(in_paragraph, plain, paragraphs[k])
        _clean_of_cutting(in_paragraph, plain, paragraphs[k])
        _child_struck_paragraph(
            in_paragraph,
            plain,
            paragraphs[k],
            (paragraphs[max(0, k - 1)][0], paragraphs[min(len(paragraphs) - 1, k + 1)][1]),
        )
        in_paragraph.clear()
    return hits


# A rehearsal or a performance: a paragraph with two or more of these is a stage, and its
# deaths and blows are acted ("'And die,' said the director", "Juliet, you're dead").
_STAGE = re.compile(
    r"\b(?:director|rehears\w*|on ?stage|the stage|backstage|script|props?|audience|curtain|"
    r"understudy|actors?|actress|the cast|blocking|dress rehearsal|opening night|stage blood|"
    r"fight director|tomb scene|death scene|the play|the production|footlights|wings|stalls|"
    r"in character|her lines|his lines|their lines|the scene)\b",
)
# One of them must be the stage itself (a bank's director and a meeting's audience are not).
_STAGE_ITSELF = re.compile(
    r"\b(?:rehears\w*|on ?stage|the stage|backstage|stage blood|fight director|tomb scene|"
    r"death scene|understudy|dress rehearsal|opening night|curtain call|footlights|the play|"
    r"in character|the production)\b",
)
# What makes it real after all: "the stage knife was real", an ambulance called.
_OFFSTAGE = re.compile(
    r"\b(?:real|really|for real|actually|ambulance|paramedics?|hospital|a&e|police|bleeding "
    r"for real|not acting|wasn't acting)\b",
)
# The words a stage can act out.
_ACTED = frozenset(
    "die dies died dying dead death kill kills killed killing murder murdered murders "
    "stab stabbed stabs slap slapped slaps poison poisoned poisons blood bloody corpse "
    "strangled strangle shot shoot shoots expired expires perished slain fell fight fought "
    "duel sword swords dagger daggers knife".split()
)


def _staged_paragraph(hits: list[SentenceHit], lower: str, span: tuple[int, int]) -> None:
    """Deaths and blows in a paragraph set on a stage, told only by words a stage can act
    out, are acted, not suffered: no death or violence note from them. (`lower` is the
    chapter lower-cased.)"""
    if not any("death" in h.scores or "violence" in h.scores for h in hits):
        return
    if _STAGE_ITSELF.search(lower, span[0], span[1]) is None:
        return  # (most paragraphs: one search, and no stage)
    paragraph = lower[span[0] : span[1]]
    if len({m.group() for m in _STAGE.finditer(paragraph)}) < 2:
        return
    if _OFFSTAGE.search(paragraph):
        return
    for h in hits:
        for label in ("death", "violence", "graphic-violence"):
            words = h.words.get(label)
            if words is not None and all(w.lower() in _ACTED for w in words):
                _drop(h, label)


def _coerced_paragraph(hits: list[SentenceHit]) -> None:
    """Sexual content in a paragraph that says it was refused or forced, a sentence away
    ("He put his hand under my skirt. I said 'no' and 'stop' and pushed his arm away."), is
    sexual violence, as it is in one sentence (`_settle`)."""
    if not any(h.coerced for h in hits):
        return
    for h in hits:
        score = h.scores.get("sexual-content", 0.0)
        if score >= THRESHOLD:
            _relabel(h, "sexual-content", "sexual-violence", max(score, 0.9))


# The things of self-harm, by which "forty days clean" is a streak kept from cutting.
_CUTTING_WORLD = re.compile(
    r"\b(?:blades?|razors?|razor blades?|cutting|self-harm\w*|self harm\w*|scars?|long sleeves|"
    r"sharpener|stanley knife|box cutter|hurt(?:ing)? (?:myself|himself|herself|themselves)|"
    r"urge to cut)\b",
    re.IGNORECASE,
)


def _clean_of_cutting(hits: list[SentenceHit], plain: str, span: tuple[int, int]) -> None:
    """ "Forty days clean" is drink or drugs given up, unless the paragraph is about
    cutting ("Forty days clean today. The blades are still in the shoebox."): then it is
    a streak of self-harm kept. Only a streak with no other sign of drink or drugs moves."""
    streaks = [
        h for h in hits if set(h.words.get(SUBSTANCE, ())) <= {"clean"} and SUBSTANCE in h.scores
    ]
    if not streaks or not _CUTTING_WORLD.search(plain, span[0], span[1]):
        return
    if any(SUBSTANCE in h.scores for h in hits if h not in streaks):
        return
    for h in streaks:
        score = h.scores.pop(SUBSTANCE)
        h.scores[SELF_HARM] = 1 - (1 - h.scores.get(SELF_HARM, 0.0)) * (1 - score)
        h.words.setdefault(SELF_HARM, []).extend(h.words.pop(SUBSTANCE, []))
        h.spots.setdefault(SELF_HARM, []).extend(h.spots.pop(SUBSTANCE, []))
        if SUBSTANCE in h.strong:
            h.strong.discard(SUBSTANCE)
            h.strong.add(SELF_HARM)


# A partner named in a sentence: its abuse is of an adult, whatever the paragraph says.
_PARTNER = re.compile(
    r"\b(?:wife|wives|husband|boyfriend|girlfriend|partner|fiancée?)\b", re.IGNORECASE
)
# An age said of someone a sentence away from the harm: "I was nine.", "The girl was
# perhaps ten." (not "It was ten when he got in", nor "ten o'clock": NOT_A_TIME).
_CHILD_AGE = re.compile(
    r"\b(?:(?:(?:i|he|she|we|they|you|girl|boy|son|daughter|sister|brother) (?:was|were|am)|aged) "
    r"(?:perhaps |about |barely |only |just )?"
    + _AGES
    + r"\b"
    + NOT_A_TIME
    + "|"
    + _AGE_SAID
    + ")",
    re.IGNORECASE,
)


# A young child fending for itself or a younger one: its own tea, the baby fed or kept
# quiet, itself got up and to school ("you'd have to make your own tea", "he makes his own
# tea most nights", "Jayden gets Leah's tea", "keep the baby quiet while Mum sleeps it off").
_FENDING = re.compile(
    r"\b(?:make|makes|made|making|get|gets|got|getting|do|does|did|doing) (?:my|our|his|her|"
    r"your|their|[a-z]+'s|[a-z]+’s) (?:own )?(?:tea|dinner|breakfast|supper|lunch|meals?|"
    r"bottles?)\b|\bno (?:tea|food|dinner|supper) to get\b|\b(?:fed|feed|feeds|feeding|changed|"
    r"change|changes|changing) (?:the baby|my (?:little |baby )?(?:brother|sister)|his (?:little |"
    r"baby )?(?:brother|sister)|her (?:little |baby )?(?:brother|sister)|(?:his|her|the baby's) "
    r"nappy)\b|\bkeep (?:the baby|my (?:little |baby )?(?:brother|sister)) quiet\b|\bget "
    r"(?:myself|yourself|himself|herself|ourselves|themselves) (?:up and |dressed and )?(?:to "
    r"school|to bed|dressed)\b"
)
# Young enough that fending for itself is neglect: an age of twelve or under said of
# someone, "(7)" after a name in a report, or a baby in the house.
_FENDING_AGE = re.compile(
    r"\b(?:(?:i|he|she|we|they|you) (?:was|were|am)|aged|i'm|i’m|im) (?:only |just )?(?:three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve)\b"
    + NOT_A_TIME
    + r"|\((?:[2-9]|1[0-2])\)|\b(?:the baby|a baby|toddler)\b",
    re.IGNORECASE,
)
# The sign it gives, as a cue would.
_FENDING_SIGN = Cue("child-abuse", 0.6)


def _fending_paragraph(
    hits: list[SentenceHit],
    plain: str,
    span: tuple[int, int],
    sentences: Sequence[tuple[int, int]],
    paragraph: int,
) -> SentenceHit | None:
    """A young child fending for itself in a paragraph where its parent drinks or takes
    drugs is child neglect: a child-abuse sign (0.6) on the sentence that tells it, which
    may be a new hit (given back for the caller to keep)."""
    total = 1.0
    for h in hits:
        total *= 1 - h.scores.get(SUBSTANCE, 0.0)
    if 1 - total < 0.45:
        return None
    lower = plain[span[0] : span[1]].lower()
    fending = _FENDING.search(lower)
    if fending is None or not _FENDING_AGE.search(lower):
        return None
    at = span[0] + fending.start()
    j = bisect.bisect_right([a for a, _b in sentences], at) - 1
    if j < 0 or at >= sentences[j][1]:
        return None
    start, end = sentences[j]
    hit = next((h for h in hits if h.start == start), None)
    new = hit is None
    if hit is None:
        hit = SentenceHit(start, end, paragraph)
    _score(hit, _FENDING_SIGN, fending.group().split()[0], at)
    return hit if new else None


def _child_paragraph(hits: list[SentenceHit], plain: str, span: tuple[int, int]) -> None:
    """Abuse in a paragraph that plainly has a child in it is child abuse: who is hurt is
    often said a sentence away from the harm ("He called me useless. I was nine.", "I heard
    the child shouted at. Words like ..."), or when a child-abuse cue holds in the same
    paragraph. Only abuse moves, not violence: a boy watching a fight is not a boy hurt. A
    sentence naming a wife or a husband keeps its abuse."""
    abuse = [h for h in hits if "abuse" in h.scores]
    if not abuse:
        return
    total = 1.0
    for h in abuse:
        total *= 1 - h.scores["abuse"]
    if 1 - total < THRESHOLD:
        return
    paragraph = plain[span[0] : span[1]]
    # A child-abuse cue that held in the paragraph has already found a child's world there
    # (a parent, a cupboard under the stairs, a coat missing in winter).
    known = any(h.scores.get("child-abuse", 0.0) >= THRESHOLD for h in hits)
    if (
        not known
        and not _CHILD_AGE.search(paragraph)
        and not any(
            # (a bare "was ten" may be the time: only an age said of someone counts here)
            not m.group().lower().startswith(("was ", "were ", "am "))
            # ("the boys at the pub", "one of the lads": grown men as often as not)
            and m.group().lower() not in ("boys", "lad")
            and not _CHILD_AS_STAKE.search(paragraph, max(0, m.start() - 25), m.start())
            for m in _CHILD.finditer(paragraph)
        )
    ):
        return
    for h in abuse:
        if _PARTNER.search(plain, h.start, h.end):
            continue
        score = h.scores.pop("abuse")
        before = h.scores.get("child-abuse", 0.0)
        h.scores["child-abuse"] = 1 - (1 - before) * (1 - score)
        h.words.setdefault("child-abuse", []).extend(h.words.pop("abuse", []))
        h.spots.setdefault("child-abuse", []).extend(h.spots.pop("abuse", []))
        if "abuse" in h.strong:
            h.strong.discard("abuse")
            h.strong.add("child-abuse")


# A blow to someone ("hit me", "slapped him"), and a child's age said of someone in the
# paragraph ("I was nine", "his younger lad, who's about six").
_BLOW_TO_SOMEONE = re.compile(r"\b" + _BLOW + r"\s+(?:me|him|her|us|you|them)\b", re.IGNORECASE)
# A parent by their child: "dragged his younger lad", "her own daughter".
_OWN_CHILD = re.compile(
    r"\b(?:his|her|their|my|our) (?:own |younger |youngest |eldest |older |oldest |little )?"
    r"(?:lad|lads|boy|boys|son|sons|daughter|daughters|girl|girls|kid|kids|child|children|"
    r"bairn|bairns|wee one)\b",
    re.IGNORECASE,
)
_AGE_OF_SOMEONE = re.compile(
    r"\bwho(?:'s|’s| is| was) (?:about |only |just |barely |nearly )?" + _AGES + r"\b" + NOT_A_TIME,
    re.IGNORECASE,
)


# The narrator's own age as a child: "I was nine.", "I was only eleven" (not "I was nine
# hours on the road").
_I_WAS_A_CHILD = re.compile(
    r"\bi (?:was|am|'m|’m) (?:only |just |about |barely |nearly )?" + _AGES + r"\b" + NOT_A_TIME,
    re.IGNORECASE,
)
_BLOW_TO_ME = re.compile(r"\b" + _BLOW + r"\s+me\b", re.IGNORECASE)
# Someone other than a parent or a carer who may have struck the narrator.
_OTHER_STRIKER = re.compile(
    r"\b(?:brother|brothers|sister|sisters|cousin|cousins|friend|friends|stranger|strangers|"
    r"classmate|classmates|bully|bullies|years later|later in life|as an adult|gang|"
    r"teenagers|(?:older|bigger|other) (?:boy|girl|kid|child)(?:s|ren)?|bike sheds?|mugger|"
    r"burglar|intruder|policeman|soldier|soldiers|(?:a|the|some|that|this) (?:old |young )?"
    r"(?:man|woman|men|women|bloke|lady))\b",
    re.IGNORECASE,
)


def _child_struck_paragraph(
    hits: list[SentenceHit], plain: str, span: tuple[int, int], scene: tuple[int, int]
) -> None:
    """A blow to "me", "him" or "her" in a paragraph that says a child's age and names a
    parent or an adult in charge (not as the one hurt) is a blow to that child: child
    abuse as well as violence ("I was nine. ... he hit me across the side of the head",
    "Mr. Dawson dragged his younger lad, who's about six, ... and slapped him"). A
    sentence naming a wife or a husband is left to the partner rule. A blow to "me" may
    have the narrator's age and the parent a paragraph before or after (`scene`: "The night
    I'm thinking of I was nine." ... "he hit me across the side of the head"; a
    transcript's next line, "I was nine.")."""
    struck = [
        h
        for h in hits
        if h.scores.get("violence", 0.0) >= THRESHOLD
        and h.scores.get("child-abuse", 0.0) < THRESHOLD
        and _BLOW_TO_SOMEONE.search(plain, h.start, h.end)
        and not _PARTNER.search(plain, h.start, h.end)
    ]
    if not struck:
        return
    paragraph = plain[span[0] : span[1]]
    child_here = (_CHILD_AGE.search(paragraph) or _AGE_OF_SOMEONE.search(paragraph)) and (
        _in_charge(paragraph) or _OWN_CHILD.search(paragraph)
    )
    if not child_here:
        # The narrator's childhood a paragraph away (not a sibling's cushion, nor a
        # stranger years later: "a stranger hit me").
        struck = [h for h in struck if _BLOW_TO_ME.search(plain, h.start, h.end)]
        if not (
            struck
            and _I_WAS_A_CHILD.search(plain, scene[0], scene[1])
            # (a parent named, or the narrator's child age in this very paragraph: who beats
            # a child of seven at home, if not a sibling, another child or a stranger, is the
            # adult in charge: "she kept hitting me ... I was seven")
            and (_in_charge(plain[scene[0] : span[1]]) or _I_WAS_A_CHILD.search(paragraph))
            and not _OTHER_STRIKER.search(paragraph)
        ):
            return
    for h in struck:
        h.scores["child-abuse"] = max(h.scores.get("child-abuse", 0.0), h.scores["violence"])
        h.words.setdefault("child-abuse", []).extend(h.words.get("violence", []))
        h.spots.setdefault("child-abuse", []).extend(h.spots.get("violence", []))
        if "violence" in h.strong:
            h.strong.add("child-abuse")


def decide(hits: Sequence[SentenceHit], paragraphs_read: int = 0) -> dict[str, NoteResult]:
    """The notes whose best paragraph reaches the threshold. In a long text (more than
    LONG paragraphs) one borderline paragraph is not enough: the note needs a paragraph
    that says it plainly (PLAIN) or two that reach the threshold, since the chance of a
    stray borderline paragraph grows with every page."""
    has_strong = {(label, h.paragraph) for h in hits for label in h.strong}
    sexual = {
        h.paragraph
        for h in hits
        if h.scores.get("sexual-content", 0) >= THRESHOLD
        and ("sexual-content", h.paragraph) in has_strong
    }
    paragraphs: dict[tuple[str, int], float] = {}
    for hit in hits:
        violence = hit.scores.get("violence")
        if violence is not None and violence < 0.9 and hit.paragraph in sexual:
            # Teeth and pinned wrists in a sex scene are not a fight.
            del hit.scores["violence"]
        for label, score in hit.scores.items():
            key = (label, hit.paragraph)
            paragraphs[key] = 1 - (1 - paragraphs.get(key, 0.0)) * (1 - score)
    for label, paragraph in list(paragraphs):
        if (
            label == "graphic-violence"
            and ("violence", paragraph) not in paragraphs
            and paragraphs[label, paragraph] < 0.9
        ):
            # Gore words with no violence about them: a butcher's, a surgery, a spill.
            # (Gore that names a wound outright, a scalp torn away by a bear, stays.)
            del paragraphs[label, paragraph]
    best: dict[str, float] = {}
    for (label, _paragraph), score in paragraphs.items():
        best[label] = max(best.get(label, 0.0), score)
    results: dict[str, NoteResult] = {}
    long = paragraphs_read > LONG
    for label, score in best.items():
        if score < THRESHOLD:
            continue
        if long and score < PLAIN:
            reaching = sum(
                1 for (lab, _p), s in paragraphs.items() if lab == label and s >= THRESHOLD
            )
            if reaching < 2:
                continue
        strong = {p for (lab, p), s in paragraphs.items() if lab == label and s >= THRESHOLD}
        sentences = [h for h in hits if label in h.scores and h.paragraph in strong]
        sentences.sort(key=lambda h: -h.scores[label])
        words = sorted({w for h in sentences for w in h.words[label]})
        results[label] = NoteResult(label, score, sentences, words)
    graphic = results.get("graphic-violence")
    if graphic is not None and "violence" not in results:
        # Gore on the page is violence on the page.
        results["violence"] = NoteResult(
            "violence", graphic.confidence, graphic.sentences, graphic.words
        )
    return results
