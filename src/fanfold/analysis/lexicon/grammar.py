"""The small words the rules read sentences by: negators, hypotheticals, clause breaks,
explicit words, and the phrasings of deaths long past or told in passing."""

from __future__ import annotations

import re

# Words that, inside the clause before a cue, deny it ("he did not kill her").
NEGATORS = frozenset(
    [
        "not",
        "never",
        "no",
        "nobody",
        "nothing",
        # the clinical register: "denies suicidal ideation"
        "denies",
        "none",
        "neither",
        "nor",
        "without",
        "didn't",
        "don't",
        "doesn't",
        "isn't",
        "wasn't",
        "weren't",
        "won't",
        "wouldn't",
        "couldn't",
        "can't",
        "cannot",
        "hadn't",
        "hasn't",
        "haven't",
        "shouldn't",
        "mustn't",
        "aren't",
        "ain't",
        "n't",
        # as messages are typed
        "dont",
        "didnt",
        "doesnt",
        "isnt",
        "wasnt",
        "werent",
        "wouldnt",
        "couldnt",
        "cant",
        "hadnt",
        "havent",
        "shouldnt",
    ]
)
# "no one": two words; checked as a phrase.
# Words that make the rest of their clause unreal ("if he had fired", "would have died").
HYPOTHETICAL = frozenset(
    [
        "if",
        "unless",
        "would",
        "could",
        "might",
        "should",
        "may",
        "will",
        "shall",
        "imagine",
        "imagined",
        "imagines",
        "imagining",
        "suppose",
        "supposing",
        "perhaps",
        "whether",
        "wonder",
        "wondered",
        "wonders",
        "feared",
        "fears",
        "insisted",
        "claimed",
        # told as talk, not as fact: "he allegedly beat her", "claiming he had shot a man"
        "claiming",
        "allegedly",
        "supposedly",
        "rumoured",
        "rumored",
        "pretended",
        "pretend",
        "dreamed",
        "dreamt",
        "predicted",
        "want",
        "wanted",
        "wants",
        "wish",
        "wished",
    ]
)
# Words that end a clause for negation and hypotheticals.
CLAUSE_BREAKS = frozenset(
    [
        "but",
        "and",
        "then",
        "so",
        "yet",
        "when",
        "while",
        "after",
        "before",
        "because",
        "until",
        "instead",
    ]
)

# Words that make sexual content explicit rather than implied (the step from Mature to
# Explicit on AO3's scale).
EXPLICIT = frozenset(
    [
        "cock",
        "cocks",
        "cunt",
        "clit",
        "clitoris",
        "orgasm",
        "orgasms",
        "climaxed",
        "erection",
        "semen",
        "cum",
        "penetrated",
        "penetration",
        "fucked",
        "fucking",
        "fuck",
        "fucks",
        "nipples",
        "nipple",
        "thrusting",
        "thrust",
        "thrusts",
        "wetness",
        "dick",
        "pussy",
        "shaft",
        "lubricant",
        "condom",
        "inside",
        "entered",
        "behind",
        "stroked",
        "stroking",
        "strokes",
        "licks",
        "licked",
        "licking",
        "sucking",
        "sucked",
        "sucks",
        "comes",
        "came",
        "coming",
        "hard",
        "legs",
        "wet",
        "strap-on",
        "thighs",
        "hand",
        "mouth",
        "mounted",
        "rides",
        *("blowjob", "blowjobs", "handjob", "orgasmed", "climaxing", "boner", "hard-on"),
        *("fingering", "fingered", "cumming", "rimming", "dicks", "went", "goes", "going"),
        *("eat", "eating", "ate", "eats", "screwed", "screwing", "screw", "shagged", "shagging"),
    ]
)

# Words of EXPLICIT that make a sentence of sexual content explicit on their own: a
# genital named in slang, a climax, a sex act named (one of them counts as two).
EXPLICIT_ALONE = frozenset(
    """
    cock cocks cunt clit clitoris pussy dick dicks semen cum cumming orgasm orgasms orgasmed
    climaxed climaxing erection boner hard-on blowjob blowjobs handjob fingering
    fingered rimming strap-on
    """.split()
)

# After a number, what makes it a time or a measure, not an age: "it was three in the
# morning", "was twelve o'clock", "were four miles off".
NOT_A_TIME = (
    r"(?!\s*(?:in the|at night|o'?clock|hours?|minutes?|days?|weeks?|months?|times|am\b|pm\b|"
    r"a\.m|p\.m|of|or|to|feet|foot|inches|miles|pounds|stone|drinks|glasses|shots|sheets|[:.]\d))"
)

# A death told as before the story: "dead these six years", "died three winters ago",
# "long dead", "on the anniversary of his death", "since Mary died", "had been eleven
# when Lady Anne died", "died before I was born", "the late Mr. Darcy", a name on the war
# memorial. Its sentence gives the death note but no Major Character Death (the death is
# not on the page), and, as a death in passing, no higher rating.
BEFORE_THE_STORY = re.compile(
    r"\b(?:(?:years?|winters?|summers?|springs?|decades?)\s+(?:ago|before|since|earlier|past"
    r"|gone)|these\s+(?:\w+\s+)?(?:years?|winters?|decades?)\b"
    r"|long\s+(?:dead|gone|since)|anniversary|(?:^|[,;]\s*)(?:ever\s+)?since\b"
    # "Georgiana had been eleven when Lady Anne died": a child's age at the time
    r"|(?:was|been)\s+(?:only\s+|just\s+|barely\s+)?(?:\d+|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)"
    r"(?:\s+years\s+old)?\s+when\b"
    r"|before\s+(?:i|he|she|we|they|you)\s+(?:was|were)\s+born|the\s+late\s+(?-i:(?=[A-Z]))"
    # "my late husband", "his late uncle's books" (not "her late arrival", "his late shift")
    r"|(?:my|his|her|our|their|your)\s+late\s+(?:husband|wife|father|mother|parents|uncle"
    r"|aunt|brother|sister|son|daughter|grand(?:father|mother|parents)|cousin|employer|master"
    r"|mistress|friend|partner|lord|lady|king|queen|papa|mama)\b"
    # "who has been dead for twenty years", "dead some forty years" (a death two years
    # ago is grief still near: "Dad's been dead two years now")
    # (and "dead, as far as she could tell, for a very long time", "dead for centuries")
    r"|dead(?:,[^,.;:!?]{1,60},)?\s+(?:for\s+)?(?:(?:(?:nearly|almost|over|more\s+than|some"
    r"|many|several|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
    r"|fifty|sixty|a\s+hundred|hundreds\s+of|thousands\s+of|[1-9]\d+)\s+)+(?:years|decades?"
    r"|centuries)|centuries|millennia|ages|generations|a\s+(?:very\s+)?long\s+time)\b"
    r"|war\s+memorial)",
    re.I,
)

# A death told in passing (a parent long dead, an old dog): General Audiences on AO3.
PASSING_DEATH = re.compile(
    r"\b(?:when (?:i|he|she|we|they) (?:was|were)|years? ago|long (?:dead|ago)|"
    r"(?:of|from) (?:the |a )?(?:fever|old age|consumption|illness|influenza|cancer|a cold)|"
    r"in (?:the )?(?:spring|summer|autumn|winter)|last year|old (?:dog|hound|hounds|cat|horse)|"
    r"the (?:last )?of the old|in (?:her|his) sleep)\b",
    re.IGNORECASE,
)
