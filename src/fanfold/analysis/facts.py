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
from fanfold.analysis.text import CHAT_LINE, Prepared


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
# Messages and chat logs: "[22:03] kez: ..." or "him: ..." lines (text.CHAT_LINE), or
# sentences typed without capitals beside the shorthand of texting. Nobody narrates
# there: every line is the writer's own voice, so the point of view is the first person's.
_CHAT_WORD = re.compile(
    r"(?<![\w'\u2019])(?:i|u|ur|r|lol|lmf?ao+|ngl|tbh|tbf|idk|omg|wtf|rn|srsly|ffs|fml|bc|pls"
    r"|plz|thx|ok|tho|gonna|wanna|im|ive|dont|cant|didnt|nite|abt|w)(?![\w'\u2019])"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)\s*[\[(\"'\u2018\u201c]?([A-Za-z])", re.MULTILINE)
# "..., I promise." / "I think," said to the reader in passing is not a narrator's voice.
_ASIDE = re.compile(
    r"[,;—\u2013(]\s*I\s+(?:promise|swear|think|suppose|admit|believe|fear|confess|guess|mean|hope"
    r"|imagine|expect|bet|reckon|daresay|assure\s+you|tell\s+you|know|grant\s+you)\b\s*[,.;!?—\u2013)]"
)
_SECOND = re.compile(r"\b[Yy]ou(?:rs?|rself|rselves)?\b")
# Impersonal "you", meaning anyone: "the way you'd greet an old enemy", "you'd think",
# "a hole you could have put your fist in", "when you came down to it". It addresses no
# reader, so it does not make the narration second person.
# (Written to begin with "you", so that the search skips ahead to each "you" quickly.)
_GENERIC_YOU = re.compile(
    r"\b[Yy]ou\b(?:(?<=\bthe way you)|(?<=\bkind of you)|(?<=\bsort of you)"
    r"|['\u2019]d\s+(?:think|have\s+thought|expect|imagine|suppose)\b"
    r"|(?<=\bwhen you)\s+c[oa]me\s+(?:down\s+)?to\s+it\b"
    r"|(?<=[a-z] you)\s+could\s+have\b)"
)
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
    # (a title's own full stop, "..., Mr. Bingley did", ends no address)
    r"(?!(?:Mr|Mrs|Ms|Dr|St)\.)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*(?:[.!?]|,\s+(?:you|your)\b)"
)
_ATTRIBUTION = re.compile(
    r"\b(?:[A-Z][a-z]+|he|she|they)\s+(?:says|said|asks|asked|snaps|snapped|cries|cried|replies"
    r"|replied|shouts|shouted|whispers|whispered|mutters|muttered|tells|told|thinks|thought)\b"
)

_ADVERBS = (
    r"(?:never|always|just|still|then|only|also|even|now|often|soon|already|almost|nearly|barely"
    r"|hardly|scarcely|simply|really|actually|not|n't|too|both|all|each|once|again|sometimes"
    r"|perhaps|quietly|suddenly|slowly|quickly|finally|immediately|half|[a-z]+ly"
    # the clipped adverbs of messages: "we def need", "she prob knows"
    r"|def|defo|prob|probs|lowkey|kinda|sorta|totes)"
)
_SUBJECT_VERB = re.compile(
    r"(?<![\w'\u2019])(?P<subj>I|i(?=\s)|[Yy]ou|[Ww]e|[Tt]hey|[Hh]e|[Ss]he|[Ii]t|[Ww]ho"
    r"|(?:Mr|Mrs|Ms|Dr|St)\.\s+[A-Z][a-z-]*(?!['\u2019\w])|[A-Z][a-z]+['\u2019]s\s+[a-z]+(?:['\u2019]s)?"
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?!['\u2019\w]))"
    # The verb is read ahead without being consumed, so that a capitalised word that is
    # no subject ("When you bring") leaves its neighbour free to be one.
    r"(?=(?:\s+" + _ADVERBS + r")*(?:,\s+[^,.;!?]{1,40},)?"
    r"\s+(?P<verb>[a-z]+(?:['\u2019][a-z]+)?)\b)"
)
# Finite forms that carry tense wherever they stand.
_TENSE_WORDS = re.compile(
    r"(?<![\w'\u2019])(?:is|are|am|was|were|has|had|does|did|says|said|isn['\u2019]t|aren['\u2019]t|wasn['\u2019]t"
    r"|weren['\u2019]t|hasn['\u2019]t|hadn['\u2019]t|doesn['\u2019]t|didn['\u2019]t|don['\u2019]t|won['\u2019]t|can['\u2019]t"
    r"|[Ii]t['\u2019]s|[Tt]hat['\u2019]s|[Tt]here['\u2019]s|[Hh]e['\u2019]s|[Ss]he['\u2019]s|I['\u2019]m|[Yy]ou['\u2019]re"
    r"|[Ww]e['\u2019]re|[Tt]hey['\u2019]re|[Tt]here\s+(?:is|are|was|were)"
    # "I've", "they've": the present perfect is a present tense.
    # "she'd", "we'd": had or would, both past in narration; half a vote (see _CLITIC_D).
    # "I'll", "that'll": will, a present modal; half a vote, as "will" has.
    r"|(?:I|you|he|she|it|we|they)['\u2019](?:ve|d)|(?:I|you|he|she|it|we|they|that|there)['\u2019]ll)"
    r"(?![\w'\u2019])",
    re.IGNORECASE,
)
# Text-message spellings of the same contractions, apostrophe dropped: "im", "dont". Read
# only in messages (see _chat), where nothing else would be meant by them.
_CHAT_TENSE_WORDS = re.compile(
    r"(?<![\w'\u2019])(?:im|ive|dont|doesnt|cant|isnt|arent|havent|hasnt|thats|whats|youre"
    r"|theyre|didnt|wasnt|werent|hadnt)(?![\w'\u2019])",
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
    was were had did said wasn't weren't hadn't didn't didnt wasnt werent hadnt
    """
)
_CLITIC_D = 0.5

_IRREGULAR_PAST = _words(
    """
    arose awoke bore became began bent bit bled blew broke brought built burnt withdrew
    overcame undertook mistook forsook beheld
    bought caught chose clung came crept dealt dug dove drew dreamt drank drove
    dwelt ate fell fed felt fought found fled flung flew forbade forgot forgave froze
    got gave went ground grew hung heard hid held kept knelt knew laid led leapt
    learnt left lent lit lost made meant met paid proved ran rang rode rose saw
    sought sold sent shook shone shot showed shrank sang sank sat slew slept
    slid slung smelt spoke sped spelt spent spilt spun spat sprang stood
    stole stuck stung stank strode struck strung swore swept swam swung took taught tore
    told thought threw trod understood woke wore wove wept won wound wrung
    wrote
    """
)
# Verbs whose past is spelt as their plain present ("you cut", "they set"), and "lay",
# the past of lie as well as a present of its own ("you lay the level on the shelf").
_SAME_IN_PAST = _words(
    """
    put hit let burst cast cost shed bet read rid bid beat cut hurt quit set shut split
    spread thrust upset lay
    """
)
# Past participles that are no past form in the standard language: straight after their
# subject, with no "have" or "be" before them, they stand for the past.
_PARTICIPLES = _words(
    """
    done seen gone spoken taken given known eaten written driven broken chosen fallen
    forgotten risen shown thrown grown drawn flown worn torn sworn begun sung sunk swum
    rung drunk
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
    being been be having would could should might must will can shall may ought
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
# Auxiliaries that stand before their subject in questions ("did she know"); the verb
# after the subject is then an infinitive or participle and tells no tense.
_INVERTING_AUX = _words(
    """
    do does did will would can could shall should may might must don't doesn't didn't
    won't wouldn't can't couldn't shouldn't dont doesnt didnt cant have has had haven't
    hasn't hadn't
    """
)
_PAST_SAY = _words(
    """
    wrote thought told
    """
)
_PRONOUN_SUBJECTS = _words(
    """
    i you he she it we they
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
    My Your His Her Its Our Their Whose Any Many Most Few Several Another Other Such Half
    Either Neither Much More Less Enough One Two Three Four Five Six Seven Eight Nine Ten
    Eleven Twelve Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety Hundred Hundreds
    Thousands Dozens Please Thank Thanks Dear Kind Best Warm Yours Sorry Hey Hi Hello
    """
)
# (The last lines are determiners, possessives and numbers: capitalised only because they
# open a sentence, they begin a noun phrase, so "Two mugs" or "His eyes" is not a name
# and its verb; then the words of a letter's greetings and courtesies, so "Please let us
# know" and "Kind regards" are no name and verb either.)


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
    r"|laughed|hisses|hissed|growls|growled|groans|groaned|breathes|breathed|roars|roared"
    r"|bellows|bellowed|yells|yelled|screams|screamed|snarls|snarled|sobs|sobbed)"
)
# The verb of a speech tag right after the speech it tags ("'...!' roared the Major",
# "'...?' the self-defence instructor asked") is a finite verb of the narration.
_TAG_VERB = re.compile(r"¶\s*(?:[\w'\u2019.-]+\s+){0,3}?(?P<verb>" + _SAY + r")\b")
_SPEAKER = (
    r"(?:(?:the\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr|Lady|Lord|Sir|Madam|Colonel|Captain)\.?\s+)?"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|the\s+[a-z]+|he|she|they|I|we)"
)
# An unquoted speech tag: "..., Darcy says" / "..., said Holmes," / "..., she wrote".
_TAG = re.compile(
    r",\s+(?:"
    + _SPEAKER
    + r"\s+(?:[a-z]+ly\s+)?"
    + _SAY
    # the one spoken to and the manner may follow: "she told him", "the coach told them",
    # "Penelope said fondly"
    + r"(?:\s+(?:him|her|them|me|us|the\s+[a-z]+))?(?:\s+[a-z]+ly)?"
    + r"|"
    + _SAY
    + r"\s+"
    + _SPEAKER
    + r")\b"
)
_SPEECH_GOES_ON = re.compile(
    r",\s+(?:I|you|we|it|this|that|there|let|my|your|our|don['\u2019]t|do|please|but\s+I)\b"
)
# A sentence runs on through the full stop of a title ("Mr. Bennet"), which ends nothing.
_TITLE_DOT = "|".join(
    rf"(?<=\b{t})"
    for t in ("Mr", "Mrs", "Ms", "Dr", "St", "Mt", "Prof", "Rev", "Capt", "Col", "Gen", "Sgt", "Lt")
)
_SENTENCE = re.compile(
    r"[^.!?…]*(?:(?:" + _TITLE_DOT + r")\.[^.!?…]*)*(?:[.!?…]+[\"'”\u2019)]*|$)\s*"
)
# "..., then wrote at the bottom: now make me believe them." After a word of saying or
# writing, what follows the colon is the words said or written, not the narrator's.
_COLON_QUOTE = re.compile(
    r"\b(?:says|said|say|wrote|writes|write|written|typed|types|texted|texts|read|reads"
    r"|words|text|message|note|letter|hand|asked|asks|told|tells|saying)\b[^:;.!?¶]{0,40}:\s"
)
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
        quote = _COLON_QUOTE.search(sent) if ":" in sent else None
        if quote:
            # The quoted words may run on for a sentence or two: cut those that speak
            # as "I" or "you" and name no third person, as after a speech tag.
            out.append(sent[: quote.end()] + " ¶ ")
            carry = True
            continue
        if _VOCATIVE.search(sent):
            vocative = True
            out.append(" ¶ ")
            continue
        out.append(sent)
    return _Voice("".join(out), vocative and not tagged)


def _chat(narration: str) -> bool:
    """Whether the text reads as typed messages rather than narrated prose."""
    if len(CHAT_LINE.findall(narration)) >= 2:
        return True
    starts = _SENTENCE_START.findall(narration)
    lower = sum(1 for c in starts if c.islower())
    # Most sentences begin in lower case, and texting shorthand shows it is on purpose.
    return lower * 2 > len(starts) and _CHAT_WORD.search(narration) is not None


def _pov_counts(text: str) -> tuple[int, int, int]:
    first = len(_FIRST.findall(text)) - len(_ASIDE.findall(text))
    second = len(_SECOND.findall(text))
    if second:
        second -= len(_GENERIC_YOU.findall(text))
    return max(first, 0), max(second, 0), len(_THIRD.findall(text))


def narration_pov(narration: str, chat: bool | None = None) -> Pov:
    """First, second or third person, from the narration; `chat` as for narration_tense."""
    if _chat(narration) if chat is None else chat:
        return "first"
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


_VOWEL = re.compile(r"[aeiouy]")


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
    if v.endswith("'s"):
        return 0.0  # "Form tutor's note": a possessive, no verb
    s = subject.lower()
    if v in _PARTICIPLES and s in _PRONOUN_SUBJECTS:
        return 0.5  # "they done him", "I seen it": a participle standing for the past
    if v in _SAME_IN_PAST:
        # "put", "hit", "read": present and past look alike, but "she put" cannot be the
        # present ("she puts"), while "they put" may be either.
        return 0.0 if s in _PLURAL_SUBJECTS else 1.0
    if v in _SUBORDINATORS:
        return 0.0  # "I'm telling you because": "you" was the object
    if v in ("have", "do") and s in _PLURAL_SUBJECTS:
        return -1.0
    if v in _NOT_VERB:
        return 0.0
    if v in _IRREGULAR_PAST or (v.endswith("ed") and len(v) > 3 and v not in _NOT_PAST_ED):
        return 1.0
    if s in _PLURAL_SUBJECTS:
        # A participle in -ing has a syllable before it; "bring", "sing", "cling" do not,
        # and are plain present forms.
        if v.endswith(("s", "ly")) or (v.endswith("ing") and _VOWEL.search(v[:-3])):
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
# "The prosecution says the defendant tracked her car": a clause reported after a verb of
# saying or knowing tells its own time, not the narration's, so its verbs count half too.
_REPORTED = re.compile(
    r"\b(?:says|said|reports|reported|states|stated|claims|claimed|alleges|alleged|insists"
    r"|insisted|believes|believed|thinks|thought|knows|knew|understands|understood|notes|noted"
    r"|learns|learned|learnt|realises|realised|realizes|realized|discovers|discovered"
    r"|describes|described|admits|admitted|explains|explained|writes|wrote|confesses"
    r"|confessed|remembers|remembered|swears|swore|tells\s+[a-z]+|told\s+[a-z]+"
    # and as they go on: "she's explaining that the pills were fake"
    r"|(?:explaining|insisting|claiming)(?=\s+that\b))"
    r"(?:\s+to\s+[a-z]+)?(?:\s+that)?\s+(?=[a-z])[^.!?;:\n¶]+"
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
    shook forgot forbade forgave sprang stank slew stood sat won withdrew overcame undertook
    mistook forsook awoke arose beheld leapt crept wept knelt slept fled fought sought
    caught taught brought bought heard told made flung
    """
)
# (not after a hyphen: "home-made", "well-made")
_PRETERITE_RE = re.compile(r"(?<![\w'\u2019-])(?:" + "|".join(sorted(_PRETERITES)) + r")\b")
# "Went to the allotment after work.", "Walked her to the gate.": a diary or a note drops
# the subject, and a sentence then opens on its verb. A preterite there, or a word in -ed
# with an object after it (an active verb, not a passive "Discharged on day three"), is
# a past form.
_OPENING_WORDS = sorted(w.capitalize() for w in _PRETERITES | _words("sat"))
_OPENING_VERB = (
    r"(?P<verb>(?:"
    # grouped by first letter ("B(?:egan|ought|...)"), so that one letter rules out a group
    + "|".join(
        first + "(?:" + "|".join(w[1:] for w in _OPENING_WORDS if w[0] == first) + ")"
        for first in sorted({w[0] for w in _OPENING_WORDS})
    )
    + r")\b|[A-Z][a-z]{2,}ed\s+(?:the|my|your|his|her|its|our|their|him|them|me|us|it)\b)"
)
# (The mark that ends the sentence before comes first, so that the search skips to it.)
_OPENING_PAST = re.compile(r"[.!?\n]\s*(?=[A-Z])" + _OPENING_VERB)
_OPENING_FIRST = re.compile(r"\s*" + _OPENING_VERB)
_DETERMINER = (
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Mm]y|[Yy]our|[Oo]ur|[Ee]very|[Ee]ach)\s+"
)
_NOUN_TAIL = (
    r"(?P<noun>[a-z]+)(?:,\s+[^,.;!?¶]{1,40},)?(?:\s+[a-z]+ly)?\s+(?P<verb>[a-z]+)"
    r"(?:\s+(?P<next>[a-z]+)|(?P<stop>[.,;!?]))"
)
# "the sergeant woke them", "his mother wrenches his head": a noun subject and its verb;
# the second form allows one word before the noun ("the workhouse master gives").
# Only the determiner is consumed (the rest is a lookahead), so a failed reading such as
# "a week that the" does not swallow the next noun phrase ("the housekeeper pinched").
_NOUN_VERB = re.compile(_DETERMINER + r"(?=(?:[a-z]+['\u2019]s\s+)?" + _NOUN_TAIL + r")")
_NOUN2_VERB = re.compile(_DETERMINER + r"(?=[a-z]+\s+" + _NOUN_TAIL + r")")
# "Nobody in our street locked", "everyone at the table knows": a pronoun such as
# "nobody" is a singular subject, and the phrase after it puts its verb out of reach of
# _SUBJECT_VERB.
_INDEFINITE_VERB = re.compile(
    # (Read from "body" or "one" back, which the search can skip ahead to.)
    r"(?:body|one)(?:(?<=[Nn]obody)|(?<=[Ss]omebody)|(?<=[Ee]verybody)|(?<=[Aa]nybody)"
    r"|(?<=[Nn]o\sone)|(?<=[Ss]omeone)|(?<=[Ee]veryone)|(?<=[Aa]nyone))"
    r"\s+(?:in|at|on|from|of|with|near|inside|outside)\s+"
    r"(?:the|a|an|our|my|his|her|their|your|this|that)\s+[a-z]+(?:\s+" + _ADVERBS + r")?"
    r"\s+(?P<verb>[a-z]+)\b"
)
_OBJECTISH = _words(
    """
    the a an his her its their my your our him them me us it to into onto up down out
    away back off over red through across like itself himself herself themselves myself
    yourself ourselves
    """
)
# Words that open a noun phrase of their own: after a noun, "thanks all volunteers".
_QUANTIFIERS = _words("all every some no each both several any many")
# After a noun, a word in -ed followed by a preposition or a quantifier is a verb of the
# narration ("the dog died under the table", "the county recorded eleven deaths").
_AFTER_ED = _OBJECTISH | _words(
    """
    at in on with for from under about around along behind beside between past towards
    toward upon every all some no each both several eleven twelve twenty
    """
)


_NEXT_WORD = re.compile(r"\s+([a-z]+(?:['\u2019][a-z]+)?)")
# "Blue tits and a pair of wrens squabbled", "Defensive wounds to both palms were deep": a
# sentence that opens on a capitalised word, then a word in -s and "and" or a preposition,
# whose own verb comes later in the clause. The word in -s was a plural noun.
_PHRASE_GOES_ON = _words("and or of to in on at from with for under over near by beside")
_LATER_FINITE = _words("was were is are had has") | _PRETERITES
_NOT_BETWEEN = _SUBORDINATORS | _PRONOUN_SUBJECTS | _words("what whose there")
_WORD = re.compile(r"[\w'\u2019-]+")
# Finite verbs and modals: after one, a word in -s was a noun, not a verb.
_FINITE_AFTER_NOUN = (_PRESENT_WORDS | _PAST_WORDS | _PRESENT_MODALS | _PAST_MODALS) - _words(
    "it's that's there's he's she's i'm you're we're they're"
) | _words("have must")
_LETTER = re.compile(r"[^\W\d_]")
_UNREAL = re.compile(r"\b(?:[Ww]hat\s+if|[Ii]f\s+only)\b[^.!?;:\n¶]*")
_AND_VERB = re.compile(
    r"\b(?:and|but|then)\s+(?:" + _ADVERBS + r"\s+)?(?P<verb>[a-z]{3,}ed)\s+"
    r"(?:the|a|an|his|her|its|their|my|your|our|him|them|me|us|it)\b"
)
_NOWADAYS = re.compile(r"\b(?:still|now|nowadays|these\s+days|to\s+this\s+day|anymore|always)\b")
_SENTENCE_END = re.compile(r"[.!?\n]")


_CLAUSE_END = re.compile(r"[,;:.!?\n\u2014\u2013¶()]")
_PAST_TIME = re.compile(
    r"\b(?:yesterday|ago|last\s+(?:night|week|month|year|time|summer|winter|spring|autumn"
    r"|term|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    re.IGNORECASE,
)


def _past_time(narration: str, at: int) -> bool:
    """Whether the clause that goes on from `at` names a past time ("hurt my back last
    night", "cut it a week ago")."""
    stop = _CLAUSE_END.search(narration, at, at + 48)
    return _PAST_TIME.search(narration, at, stop.start() if stop else at + 48) is not None


_COORDINATORS = _words("and but or nor so then yet")
_CLAUSE_MARKS = frozenset(',.;:!?¶()\u2014\u2013"')


def _opens_clause(narration: str, at: int) -> bool:
    """Whether a subordinator stands a few words before `at` in the same clause ("because
    last winter a man overdosed"): the subject between them may be a noun phrase. A
    coordinator nearer to `at` ("..., because it rained and the ram escaped") starts a
    clause of its own, as a mark of punctuation does."""
    chunk = narration[max(0, at - 40) : at]
    for w in reversed(chunk[chunk.rfind("\n") + 1 :].split()[-5:]):
        if not _CLAUSE_MARKS.isdisjoint(w):
            return False
        w = w.lower()
        if w in _SUBORDINATORS:
            return True
        if w in _COORDINATORS:
            return False
    return False


def _plural_opening(
    narration: str, subject_at: int, verb_end: int, nxt: str
) -> re.Match[str] | None:
    """The clause's verb, if the word in -s ending at `verb_end`, after a capitalised
    word that opens its sentence, is a plural noun whose verb comes later in the clause
    (see _PHRASE_GOES_ON); None if it may be the verb itself."""
    if nxt not in _PHRASE_GOES_ON:
        return None
    at = subject_at
    while at > 0 and narration[at - 1] in " \t\"'\u2018\u201c([":
        at -= 1
    if at > 0 and narration[at - 1] not in ".!?\n¶":
        return None  # not the first word of its sentence: a name, as in "and Holmes takes"
    clause_end = _CLAUSE_END.search(narration, verb_end)
    end = clause_end.start() if clause_end else len(narration)
    words = list(_WORD.finditer(narration, verb_end, end))[1:]
    for i, m in enumerate(words):
        word = m.group()
        if word[0].isupper() or word in _NOT_BETWEEN:
            return None  # another subject, or a clause of its own
        if i > 0 and words[i - 1].group() in ("and", "or"):
            continue  # "goes to the station and was met": the same subject's second verb
        if word in _LATER_FINITE or (
            # "and a pair of great tits squabbled": an -ed verb, only after "and"
            nxt in ("and", "or") and word.endswith("ed") and word not in _NOT_PAST_ED
        ):
            return m
    return None


def _tense_votes(narration: str, chat: bool = False) -> dict[int, float]:
    """Each piece of tense evidence by where it stands: + for past, - for present
    (verbs in hanging clauses already halved). Kept apart so the votes can be inspected."""
    votes: dict[int, float] = {}

    def vote(at: int, value: float, prev: str) -> None:
        if at in votes or not value:
            return
        if prev in _SUBORDINATORS or _opens_clause(narration, at):
            value /= 2
        votes[at] = value

    def previous_word(at: int) -> str:
        chunk = narration[max(0, at - 24) : at].split()
        return chunk[-1].lower().strip(",;:") if chunk else ""

    found = list(_TENSE_WORDS.finditer(narration))
    if chat:
        found += _CHAT_TENSE_WORDS.finditer(narration)
    for m in found:
        w = m.group().lower().replace("\u2019", "'")
        if w.startswith("there"):
            w = w.split()[-1] if " " in w else "is"
        prev = previous_word(m.start())
        if prev in _PRONOUN_SUBJECTS:
            # "because you didn't": the clause hangs off another if the word before
            # its subject is a subordinator.
            before = previous_word(m.start() - len(prev) - 1)
            if before in _SUBORDINATORS:
                prev = before
        if w.endswith("'d"):
            if w == "you'd" and _GENERIC_YOU.match(narration, m.start()):
                continue  # "the way you'd stroke a cat", "you'd think": anyone, any time
            vote(m.start(), _CLITIC_D, prev)
            continue
        if w.endswith("'ll"):
            vote(m.start(), -0.5, prev)
            continue
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
        prev = previous_word(m.start())
        if prev in _INVERTING_AUX:
            continue  # "did i lead him on", "would he come": a bare infinitive follows
        subj = m.group("subj")
        words = subj.split()
        if words[0] in _NAME_STOP:
            if len(words) == 1:
                continue
            subj = words[-1]
        value = _verb_tense(subj, m.group("verb"))
        if not value and m.group("verb") in _SAME_IN_PAST and _past_time(narration, m.end("verb")):
            value = 1.0  # "I hurt my back last night": the time says which it was
        if value < 0 and ("'" in subj or "\u2019" in subj):
            continue  # "Cerberus's three heads": a plural noun, not a verb
        if value < 0 and m.group("verb").endswith("s"):
            following = _NEXT_WORD.match(narration, m.end("verb"))
            nxt = following.group(1) if following else ""
            if nxt in _FINITE_AFTER_NOUN or (nxt.endswith("ed") and nxt not in _NOT_PAST_ED):
                # "Emergency services were called", "the Bennet girls might want": a
                # finite verb follows, so the word in -s was the subject's plural noun.
                continue
            later = _plural_opening(narration, m.start(), m.end("verb"), nxt)
            if later is not None:
                if later.group().endswith("ed"):
                    vote(later.start(), 0.5, "")  # "... and a pair of jackdaws quarrelled"
                continue
        vote(m.start("verb"), value, prev)
    for pattern in (_NOUN_VERB, _NOUN2_VERB):
        for m in pattern.finditer(narration):
            noun, verb, after = m.group("noun"), m.group("verb"), m.group("next") or ""
            if noun in _NOT_VERB:
                continue
            value = 0.0
            if verb in _PRESENT_MODALS:
                value = -0.5  # "the interview will last", "the ferry can take"
            elif verb in _NOT_VERB:
                continue
            elif verb in _IRREGULAR_PAST or (
                # "the pipe burst in the night": a singular noun would take "bursts"
                # ("speed", "bed": no -ed forms)
                (
                    (verb.endswith("ed") and len(verb) > 3 and verb not in _NOT_PAST_ED)
                    or (verb in _SAME_IN_PAST and not noun.endswith("s"))
                )
                and (after in _AFTER_ED or after == "and" or m.group("stop"))
            ):
                value = 0.5
            elif (
                verb.endswith("s")
                and not verb.endswith(("ss", "us", "is"))
                and not noun.endswith("s")
                and (after in _OBJECTISH or after in _QUANTIFIERS)
            ):
                value = -0.5
            vote(m.start("verb"), value, previous_word(m.start()))
    for m in _INDEFINITE_VERB.finditer(narration):
        # the word before the pronoun ("that nobody in ..."); the last one read is its head
        words_before = narration[max(0, m.start() - 32) : m.start()].split()[-2:-1]
        prev = words_before[0].lower().strip(",;:") if words_before else ""
        vote(m.start("verb"), _verb_tense("she", m.group("verb")), prev)
    for m in _AND_VERB.finditer(narration):
        # "..., and then checkmated me", "and opened a counselling room": a second verb
        # of the same subject, in -ed before its object.
        vote(m.start("verb"), 0.5, "")
    for m in _IMPERATIVE.finditer(narration):
        vote(m.end() - 1, -0.5, "")
    for m in _PRETERITE_RE.finditer(narration):
        prev = previous_word(m.start())
        if prev not in _AUX_BEFORE:
            vote(m.start(), 0.5, prev)
    first = _OPENING_FIRST.match(narration)
    for m in ([first] if first else []) + list(_OPENING_PAST.finditer(narration)):
        vote(m.start("verb"), 0.5, "")
    if "¶" in narration:
        for m in _TAG_VERB.finditer(narration):
            verb = m.group("verb")
            vote(m.start("verb"), 1.0 if verb.endswith("d") or verb in _PAST_SAY else -1.0, "")
    # "What if we just didn't go", "if only I had known": a past form that tells of what is
    # not so, not of what was, carries no tense.
    for m in _UNREAL.finditer(narration):
        for at in [at for at in votes if m.start() < at < m.end()]:
            del votes[at]
    # Halving changes the outcome only where past and present both have votes.
    if any(v > 0 for v in votes.values()) and any(v < 0 for v in votes.values()):
        # "He made him kneel on the tiles. He's a surgeon now. He still can't look at an
        # eighty-nine": a story told in the past, then how things stand today. A sentence
        # marked as today's, after past narration, is an aside; its verbs count half.
        first_past = min(at for at, v in votes.items() if v > 0)
        for m in _NOWADAYS.finditer(narration):
            begins = max(
                narration.rfind(".", 0, m.start()),
                narration.rfind("!", 0, m.start()),
                narration.rfind("?", 0, m.start()),
                narration.rfind("\n", 0, m.start()),
            )
            if begins < first_past:
                continue
            full_stop = _SENTENCE_END.search(narration, m.end())
            stop = full_stop.end() if full_stop else len(narration)
            for at in votes:
                if begins < at < stop and votes[at] < 0:
                    votes[at] /= 2
        for m in _REPORTED.finditer(narration):
            start, end = m.start() + len(m.group().split(None, 1)[0]), m.end()
            for at in votes:
                if start <= at < end:
                    votes[at] /= 2
    return votes


def narration_tense(narration: str, chat: bool | None = None) -> Tense:
    """Past or present, from the narration; `chat` says whether it reads as messages
    (worked out here when not given)."""
    if chat is None:
        chat = _chat(narration)
    if chat and len(CHAT_LINE.findall(narration)) >= 2:
        # A chat log or script ("sam: ...", "[22:03] kez: ..."): every line is an
        # utterance made in its own now, as a play's lines are; there is no narrator to
        # tell it in the past.
        return "present"
    votes = _tense_votes(narration, chat)
    past = sum(v for v in votes.values() if v > 0)
    present = -sum(v for v in votes.values() if v < 0)
    if past == present:
        if not past:
            # Nothing but talk ("'Where's your brother?' 'In the shed.'"): with no
            # narrator the scene plays in its speakers' now, as a play's does. Nor does
            # a text without a finite verb tell of the past: notes, lists and headings
            # ("Bed 4: eating well, up with the physios") set down how things stand.
            return "present" if "¶" in narration or _LETTER.search(narration) else "unknown"
        if chat:
            return "present"  # a message is written in its writer's now
        return "past" if votes[min(votes)] > 0 else "present"
    return "past" if past > present else "present"


_LONE = "-\u2014\u2013*&\u2026~#=+|/\u2022\u00b7."


_LONE_CHARS = "[" + "".join(re.escape(c) for c in _LONE) + "]+"
# A token of punctuation alone (a spaced dash, "* * *"): after a space, or first.
_LONE_TOKEN = re.compile(r"\s" + _LONE_CHARS + r"(?=\s|\Z)")
_LONE_FIRST = re.compile(_LONE_CHARS + r"(?=\s|\Z)")


def count_words(text: str) -> int:
    tokens = len(text.split())
    # Tokens of punctuation alone are not words.
    lone = len(_LONE_TOKEN.findall(text)) + (_LONE_FIRST.match(text) is not None)
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
    chat = read and _chat(raw)
    return TextStats(
        words=words,
        reading_minutes=_minutes(words),
        pov=narration_pov(raw, chat) if read else "unknown",
        tense=narration_tense(narration, chat) if read else "unknown",
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
