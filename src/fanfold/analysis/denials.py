"""Whether a cue's sentence says it happened: denials ("did not kill", "no one died",
"never believed he was dead"), near misses ("nearly drowned"), hypotheticals and wishes
("if he had fired", "would have strangled"), questions, and lists of what did not
happen. notes.py asks these of each sentence holding a cue."""

from __future__ import annotations

import re

from fanfold.analysis.lexicon import HYPOTHETICAL, NEGATORS

WORD = re.compile(r"[a-z][a-z'’-]*")
# Where a clause begins: punctuation, or a conjunction that starts a new clause.
_ABBREVIATIONS = (
    "mr mrs ms dr st mt jr sr prof rev capt col gen lt sgt cpl insp supt vs etc approx vol "
    "ch fig ed esq hon"
).split()
_CLAUSE_PUNCT = re.compile(
    r"[,;:()\u2013\u2014\"“”]|--"
    # a sentence's end that the splitter kept, in a message typed without capitals ("no.
    # been cutting again"): whatever was denied before it is done
    # (not an abbreviation's stop, which the lower-cased sentence cannot tell by the capital
    # after it: "would mr. collins have read her letters", "j. smith")
    # (the stop first: the look back is asked only where there is one)
    r"|[?!](?=\s+[a-z])|\.(?=\s+[a-z])(?<![^a-z][a-z]\.)(?<!^[a-z]\.)"
    + "".join(f"(?<!\\b{a}\\.)" for a in _ABBREVIATIONS)
)
_NO_ONE = re.compile(r"\b(?:no one|no-one)\b")
# Words of denial that deny nothing: "didn't stop hitting", "not only", "nothing but
# blood", "nobody but Tom was hurt" (Tom was), "no sooner had he fired".
NOT_NEGATING = re.compile(
    r"(?:n't|\bnot|\bnever) (?:stop|stopped|only|just|quite|even)\b|"
    r"\b(?:nothing|none|nobody|no one|no-one) but\b|\bno sooner\b|"
    # "nobody stopped him hitting her": he did hit her
    r"\b(?:nobody|no one|no-one|none) (?:\w+ )?(?:stop|stopped|stops|prevented)\b|"
    # litotes, which affirm: "no stranger to violence", "no end to the beatings"
    r"\bno (?:end|stranger|shortage|lack|small amount) (?:to|of)\b|"
    # not knowing how many is no denial of any: "no idea how many vodkas", "can't remember
    # how much I drank", "lost count of the pints"
    r"\bno (?:idea|clue) (?:how (?:many|much|often|long)|what)\b|"
    r"(?:n't|\bnot|\bcannot) (?:remember|recall|say|tell|count|know) how (?:many|much|often)\b|"
    r"\blost count\b"
)
# "Never ... before": the first time, which is now ("she had never fired a pistol at a man
# before", "he had never been hit that hard before in his life").
_FIRST_TIME = re.compile(
    r"[^.;:!?\u2014]{0,80}?\bbefore\b(?=\s*(?:[,.;:!?\u2014)]|$|and\b|but\b|in (?:his|her|my|"
    r"their|your|our) (?:life|lives)\b|now\b|today\b|tonight\b|that (?:night|day)\b))"
)
# Words that end the noun phrase a "without" denies: "without gloves as a
# punishment" denies the gloves, not the punishment.
_PHRASE_ENDS = frozenset(
    "as for and to in on at because so then but after before while when until".split()
)
# A denial that reaches over a whole list or a whole predicate, not only the few words
# after it: the clinical and official register ("No evidence of rough handling, neglect or
# abuse", "denies any disordered eating or self-harm", "negative for cannabis and
# cocaine"), a denied subject ("Nobody in the house ever hit the children", "Neither of
# them had touched the champagne", "No servant was ever struck") and a denial made
# absolute ("she had never once put a blade to her skin").
_DENIAL_HEAD = re.compile(
    r"\b(?:no (?:evidence|indication|signs?|history|suggestion|trace|mention|reports?|"
    r"concerns?|hint|record|disclosure|complaints?|allegations?|findings?) (?:of|that)|"
    r"den(?:y|ies|ied|ying) (?:any|ever|having|all)|negative for|ruled out|rules out|"
    r"free (?:of|from)|absence of|"
    # "she had not the least intention of flogging herself"
    r"(?:no|not the (?:least|slightest)|never (?:had )?(?:the|any)) (?:intention|plan|"
    r"desire|wish|thought)s? (?:of|to))\b"
    r"|(?P<subject>\b(?:nobody|no one|no-one|none of|neither of|not one of|not a (?:single )?"
    r"(?:soul|one|man|woman)|(?:\bnever|\bnot|n't) (?:once|ever))\b"
    r"|\bno (?!one\b|sooner\b|doubt\b|matter\b|longer\b|more\b|wonder\b|way\b|less\b|"
    r"fewer\b|need\b|thanks\b|idea\b|time\b|choice\b|sign\b|trace\b|point\b|end\b|"
    # ("no stranger to violence", "no small amount of blood": litotes, which affirm)
    r"small\b|stranger\b|shortage\b|little\b|mean\b|surprise\b|few\b|"
    # ("wouldn't take no for an answer", "she said no to him": a refusal, not a denial)
    r"for\b|to\b))"
)
# A denial said after what it denies: a stated boundary ("Sexual violence is a hard
# line") or a test that found nothing ("the breathalyser read zero", "tests for blood
# were negative"). It covers its clause up to there.
_DENIED_AFTER = re.compile(
    r"\b(?:(?:is|are|was|were|remains?) (?:a |an |my |our |the |her |his |their )?(?:absolute "
    r"|total )?(?:hard (?:line|limit|no)|no-go|off[- ]limits|deal-?breaker)s?\b"
    r"|(?:reads?|showed|shows|came back|comes back|was|were|is|are|tested|tests?|screen|"
    r"reading) (?:at |as )?(?:negative|zero|nil)\b)"
)
# ...or before a list of them: "Content excluded from the game: sexual violence,
# torture and harm to children", "Hard limits (non-negotiable): ...".
_EXCLUDED_LIST = re.compile(
    r"\b(?:excluded|banned|forbidden|off[- ]limits|hard (?:limits|lines|nos)|no-gos|"
    r"not (?:allowed|permitted|included))\b[^.:;!?]{0,60}:[^.;!?]*"
)
# A list crossed by a denial is one whose last item is joined by "or"/"nor" ("no
# bloodshed, wound or injury"); any other comma ends it ("no mercy, slashing at him").
_LIST_OR = re.compile(r"\b(?:or|nor)\b")
# Where such a denial ends: the clause's end, a new clause joined on ("No sign of a
# struggle, and she had been stabbed"); for a denied subject, also a new subject ("nobody
# knew he was dead") or a relative ("nobody saw the man who shot her").
_DENIAL_STOP = re.compile(
    r"[.;:!?()\u2013\u2014\"“”]|--|\b(?:but|though|although|however|except|until|unless|"
    r"when|whenever|while|after|before|because|since|yet|then|instead)\b|"
    r",\s*(?:and|so|then|yet)?\s*(?:the|a|an|his|her|their|my|your|our|its|he|she|they|i|we|"
    r"you|it|there|this|that|and|so|then|yet)\b"
)
_SUBJECT_STOP = re.compile(
    r"\b(?:he|she|they|i|we|you|it|there|who|whom|whose|which|where|as|and|he'd|she'd|"
    r"they'd|i'd|we'd|you'd)\b"
    # ("that" after a preposition points: "nobody on that farm ever beat them")
    r"|(?<!\bon )(?<!\bin )(?<!\bat )(?<!\bof )(?<!\bby )(?<!\bto )\bthat\b"
    # Nobody seeing or telling of a known thing does not unmake it: "none of them
    # mentioned the marks on her wrists", "nobody noticed the bruises" (but "I never once
    # saw him drunk" denies the drinking).
    r"|\b(?:saw|see|sees|seen|noticed|notices|mentioned|mentions|heard|hears|spotted|"
    r"watched|reported|remarked on|commented on|asked about|talked about|spoke of|"
    r"remembered|found)\b(?= (?:the|her|his|their|my|your|its|those|these)\b)"
)
# A question asked, not a thing told: "Has he ever hurt you, pushed you, threatened
# you?", "Did you get jumped??".
_QUESTION = re.compile(
    # (a word or two may go first: "so did you", "bro did u get jumped??")
    # (but not a question of why or how it happened: "why did he hit you?" says he did)
    r"(?:^|[:;\"“”(\u2014]|--|[?!]\s)\W*"
    r"(?:(?!why\b|how\b|when\b|where\b|what\b|who\b|whose\b|which\b)[a-z]+,?\s+){0,2}?"
    r"(?:(?:do|does|did|have|has|had|is|are|"
    r"was|were|am|"
    r"r|can|will|don't|didn't|doesn't|haven't|hasn't|isn't|wasn't|aren't|weren't|dont|didnt)"
    r"\s+(?:you|u|ya|he|she|they|i|we|it|there|anyone|anybody|someone|somebody|those|these|"
    r"that|this|the|your|his|her|their|my)\b|any\b|ever\b|how (?:often|many times)\b)"
    r"[^?.!:;\"“”]{0,160}\?"
)
_NEG_WORDS = 4  # words before a cue searched for a negator


def clause_start(seg: str, pos: int) -> int:
    start = 0
    for m in _CLAUSE_PUNCT.finditer(seg, 0, pos):
        start = m.end()
    return start


# A new subject between a negation or a modal and the cue starts another clause ("nobody
# knew he was dead"); for a modal, so does a finite verb ("could feel where it had hit").
NEW_SUBJECT = frozenset(
    [
        *("he", "she", "they", "i", "we", "you", "that", "where", "when", "who"),
        *("he'd", "she'd", "they'd", "i'd", "we'd", "you'd"),
    ]
)
_FINITE = NEW_SUBJECT | {"had", "has", "was", "were", "is", "are", "did", "does", "do"}
# Nobody seeing or telling of a thing does not unmake it: "nobody noticed the cuts on her
# arms", "I did not see my father die", "none of them mentioned the marks".
_NOTICING = frozenset(
    "saw see sees seen noticed notice notices mentioned mention mentions heard hear hears "
    "spotted spot watched watch reported report remarked commented".split()
)
# Disbelief: what someone does not believe is not told as so ("She did not believe for a
# moment that you had drowned", "I never believed he was dead"). Only "believe": "I never
# thought he'd hit me" usually tells that he did, and "I didn't believe it, but he had
# drowned" tells it outright.
_DISBELIEF = re.compile(
    r"(?:\bnot|\bnever|n't|n’t)\s+(?:(?:really|ever|quite|once)\s+)?believed?s?\s+"
    r"(?:(?:for\s+(?:a|one)\s+(?:moment|second|minute|instant))\s+)?"
    r"(?:that\s+|(?=(?:he|she|they|i|we|you|his|her|their|my|your|the)\b))"
)


def is_negated(seg: str, pos: int, clause_words: list[str], clause: int = 0) -> bool:
    words = clause_words[-_NEG_WORDS:]
    if not words:
        return False
    if "believe" in seg and _DISBELIEF.search(seg, clause, pos) is not None:
        return True
    if NOT_NEGATING.search(seg, max(0, pos - 40), pos):
        return False
    if "never" in words and "before" in seg and _FIRST_TIME.match(seg, pos):
        return False
    for i, w in enumerate(words):
        if w == "without" and _PHRASE_ENDS.intersection(words[i + 1 :]):
            continue
        if (w in NEGATORS or w.endswith(("n't", "n’t"))) and not any(
            b in NEW_SUBJECT or _noticed(words, j) for j, b in enumerate(words[i + 1 :], i + 1)
        ):
            # ("nobody knew he was dead": the denial is of the knowing, not the death)
            return True
    return bool(_NO_ONE.search(" ".join(words[-3:]))) and not any(
        _noticed(words, j) for j in range(max(0, len(words) - 3), len(words))
    )


def _noticed(words: list[str], j: int) -> bool:
    """Whether words[j] is a verb of noticing with a known thing after it ("nobody saw the
    blow"), not an unknown one ("never seen a murder", "didn't see any blood")."""
    return words[j] in _NOTICING and words[j + 1 : j + 2] not in (["a"], ["an"], ["any"])


NEARLY = frozenset(["nearly", "almost", "practically", "half"])
_TRYING = frozenset(["tried", "trying", "try", "tries", "attempted", "attempting"])


def near_miss(clause_words: list[str]) -> bool:
    if not clause_words:
        return False
    if clause_words[-1] in NEARLY:
        return True
    return len(clause_words) >= 2 and clause_words[-1] == "to" and clause_words[-2] in _TRYING


_INTENT = re.compile(
    r"\b(?:want|wanted|wants|wish|wished|about|going|threatened|planned|planning|plans|"
    r"intended|intending|intends|hoped|hoping|hopes) to\b"
    # "she had half a mind to murder him where he stood"
    r"|\b(?:half a|a good|a) mind to\b"
    # a simile's "as though": "fussed over the drop of blood as though I had been mortally
    # wounded", "he fell back as if he'd been shot"
    r"|\bas (?:though|if)\b"
)
# A modal makes unreal only the verb it governs ("would have killed", "could kill"), not
# a later one ("she could still feel where he had hit her"). Wishes reach further ("she
# wanted the whole lot of them beheaded").
_LOCAL = frozenset(["would", "could", "might", "should", "may", "will", "shall", "must"])
# Verbs of perceiving: after "could" they tell what was seen, heard or felt.
_PERCEIVED = frozenset("see hear feel smell taste sense watch".split())


def _perceived(words: list[str]) -> bool:
    """Whether the words after a "could" are a verb of perceiving ("hear", "only watch")."""
    if words[:1] in (["only"], ["just"], ["still"]):
        words = words[1:]
    return bool(words) and words[0] in _PERCEIVED


_REACH = 4  # words from the modal to the cue: "would not have been killed"
# "I shall have you executed", "I'll see you hanged": the "you" after these is their
# object, not a new clause's subject, and the threat stays a threat.
_CAUSATIVE = frozenset(["have", "get", "see", "make"])
# Verbs whose plain form is never their past participle: after "'d" they make it "would"
# ("I'd kill for a coffee", "they'd die for her"), not "had" ("she'd killed him"). Not
# the verbs of what was done again and again ("he'd slap her", "she'd drink on the back
# step"), where "'d" tells a habit.
_BARE_AFTER_D = frozenset(["die", "kill", "murder", "strangle", "throttle"])
# "Would" of what happened again and again is no hypothesis: "every night he would take
# the belt to us", "he would often lock her in".
_HABITUAL = re.compile(
    r"\b(?:every (?:time|night|day|morning|evening|week|weekend|single|month|year|summer|winter|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)|whenever|each time|"
    r"most (?:nights|days|mornings|evenings)|used to|would (?:often|sometimes|always|usually|"
    r"regularly)|"
    # "every so often ... everyone would look at the coffin", "of a Saturday", "on Sundays",
    # "in those days", "after Lucy died, Arthur would grip the thorns"
    r"every (?:so often|now and (?:then|again))|(?<!every )now and (?:then|again)|from time to "
    r"time|some (?:nights|days|mornings|evenings)|of an? (?:saturday|sunday|monday|tuesday|"
    r"wednesday|thursday|friday|night|evening|morning|afternoon|weekend)|on (?:saturdays|"
    r"sundays|mondays|tuesdays|wednesdays|thursdays|fridays|weekends|school nights)|at weekends|"
    r"in those days|back then|after (?:[\w'’]+ ){1,2}died)\b"
)
# A condition against the facts after its clause: "I'd sleep with him if he weren't
# taken".
_IF_WERE = re.compile(r"\bif (?:[\w'’-]+ ){1,3}?(?:were|weren't|weren’t)\b")


# A hedge on an amount, not on what happened: "there was perhaps an inch of brandy left",
# "maybe a dozen of them had been shot" (not "perhaps a stranger had killed her").
AMOUNT = (
    r"(?:(?:a|an) )?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|hundred|hundreds|thousand|thousands|dozen|dozens|few|couple|handful|"
    r"score|quarter|third|half|inch|inches|pint|pints|glass|glasses|bottle|bottles|cup|cups|"
    r"mouthful|drop|drops|foot|feet|mile|miles|yard|yards|\d+)\b"
)
_HEDGED_AMOUNT = re.compile(r"\b(?:perhaps|maybe),? " + AMOUNT)


def _word_at(seg: str, pos: int) -> str:
    m = WORD.match(seg, pos)
    return m.group() if m else ""


def is_unreal(seg: str, pos: int, clause: int, clause_words: list[str]) -> bool:
    last = len(clause_words)
    habitual: bool | None = None
    for i, w in enumerate(clause_words):
        # ("I'd have decked him": "'d have" is "would have")
        if (
            w in _LOCAL
            or w.endswith(("'ll", "’ll"))
            or (
                w.endswith(("'d", "’d"))
                # ("I'd punch him if he weren't my brother": a "'d" with a "were" after)
                and (
                    clause_words[i + 1 : i + 2] == ["have"]
                    or _IF_WERE.search(seg, pos)
                    # ("they'd die for her": a bare verb after "'d", so "would")
                    or (clause_words[i + 1] if i + 1 < last else _word_at(seg, pos))
                    in _BARE_AFTER_D
                )
            )
        ):
            between = clause_words[i + 1 :]
            if w == "could" and _perceived(between):
                # "I could hear him hitting her", "she could only watch": what was
                # perceived happened; "could" here is the past of "can see", not a maybe.
                continue
            if (w == "would" or w.endswith(("'d", "’d"))) and between[:1] != ["have"]:
                if habitual is None:
                    habitual = _HABITUAL.search(seg) is not None
                if habitual:
                    continue
            if last - i - 1 <= _REACH and not any(
                b in _FINITE and not (j and between[j - 1] in _CAUSATIVE)
                for j, b in enumerate(between)
            ):
                return True
        elif w in HYPOTHETICAL:
            if w in ("perhaps", "maybe") and _HEDGED_AMOUNT.search(seg, clause, pos):
                continue  # "perhaps an inch of brandy left": the amount is hedged, not the deed
            return True
    return bool(_INTENT.search(seg, max(clause, pos - 40), pos))


# The words one of which each _DENIAL_HEAD holds, as a pattern far quicker to search:
# most sentences have none, and a look for "no", "n't" and a few more spares the search.
_DENIAL_GATE = re.compile(
    r"(?=[ndrfa])(?:\bno(?:\b|body|ne\b|t\b)|\bnever\b|\bneither\b|n't|\bden[iy]|negative|"
    r"rule[ds] out|free (?:of|from)|absence)"
)


def denied_spans(seg: str, last: int) -> list[tuple[int, int]]:
    """The stretches of a sentence that a list-wide or subject-wide denial covers (its
    cue words all lie before `last`)."""
    spans = []
    heads = (
        _DENIAL_HEAD.finditer(seg, 0, last)
        if (
            "no" in seg
            or "n't" in seg
            or "ne" in seg
            or "den" in seg
            or "rule" in seg
            or "free" in seg
            or "absence" in seg
        )
        and _DENIAL_GATE.search(seg, 0, last)
        else ()
    )
    for m in heads:
        stop = _DENIAL_STOP.search(seg, m.end())
        until = stop.start() if stop else len(seg)
        if m.group("subject") is not None:
            new_subject = _SUBJECT_STOP.search(seg, m.end(), until)
            if new_subject is not None:
                until = new_subject.start()
        comma = seg.find(",", m.end(), until)
        if comma >= 0 and not _LIST_OR.search(seg, comma, until):
            until = comma
        spans.append((m.end(), until))
    # (a denial said after its cue holds one of these words)
    if (
        "hard " in seg
        or "no-go" in seg
        or "limits" in seg
        or "breaker" in seg
        or "negative" in seg
        or "zero" in seg
        or "nil" in seg
    ):
        for m in _DENIED_AFTER.finditer(seg):
            spans.append((clause_start(seg, m.start()), m.start()))
    if ":" in seg:
        for m in _EXCLUDED_LIST.finditer(seg, 0, last):
            spans.append((m.start(), len(seg) if m.end() == last else m.end()))
    return spans


# A question that judges what it tells is no question of whether it happened: "Is it
# normal that my boyfriend reads my messages?", "Am I overreacting that he ...?".
_JUDGED = re.compile(
    r"\b(?:is|was|isn't|wasn't|am i|does (?:it|that|this) count as)\b[^?]{0,20}?\b(?:normal|ok|"
    r"okay|weird|wrong|bad|fine|strange|healthy|unhealthy|reasonable|abuse|abusive|"
    r"controlling|overreacting|crazy|acceptable)\b"
)


def is_asked(seg: str, pos: int) -> bool:
    """Whether the word at `pos` lies inside a question."""
    return any(
        m.start() <= pos < m.end() and not _JUDGED.search(seg, m.start(), m.end())
        for m in _QUESTION.finditer(seg, 0, pos + 200)
    )
