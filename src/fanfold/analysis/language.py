"""Is a chapter written in English? The word lists are English, so a chapter in another
language gets no content notes, point of view or tense: English cues read into other
languages give nonsense ("die Kinder" is not a death, "ce n'est pas grave" not a grave).

Prose is held together by a few hundred short words. In English narration, dialogue and
even text messages a quarter to a half of the words are English function words; in
French, German, Spanish, Italian, Portuguese or Dutch prose only a few per cent are (the
shared ones: "a", "in", "no", "me", "on"), and a fifth or more are that language's own
("le", "und", "que", "het"). Terse English (a clinical note: "24M, multiple stab wounds,
L flank") has few English function words but none of the others either, so a chapter is
read as English unless its sample has enough words to judge and more of them belong to
another language (or to another script) than to English. Cheap: at most three windows of
a chapter are tokenised, whatever its length.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Function words, pronouns, auxiliaries and the commonest verbs of narration, with the
# spellings of text messages ("u", "ur", "im", "dont").
_ENGLISH = frozenset(
    """
    a about after again all also am an and any are as at away back be because been
    before being both but by can can't could couldn't did didn't do does doesn't don't
    down each even every for from get got had hadn't has hasn't have haven't he he'd
    he's her here hers herself him himself his how i i'd i'll i'm i've if into is isn't
    it it's its just know let like look looked made make me more much must my myself
    never no not nothing now of off oh on once one only or other our out over said
    say says see she she'd she's should so some something still such than that that's
    the their them then there there's these they they're thing think this those
    though through to too two up upon us very was wasn't we we're were weren't what
    when where which while who whom why will with without won't would wouldn't yeah yes
    yet you you'd you'll you're you've your yourself
    u ur r im ive id dont didnt cant wont isnt wasnt ok okay
    """.split()
)
# The commonest words of the other languages fan fiction is most often written in, less
# the ones that are also English words ("a", "die", "son", "per", "sin", "dove", "hat", "do").
_OTHER = frozenset(
    """
    le la les des du un une et est pas que qui dans pour sur avec ce cette il elle ils
    elles je tu nous vous sa ses mais où au aux très plus était avait été fait dit ne lui
    leur c'est n'est j'ai qu'il d'un l'on
    el los las del una y es en por para con su sus pero muy más como lo ya está estaba
    fue hay yo él ella ellos mi al sobre también qué cuando donde porque había
    der das den dem des ein eine einen und ist nicht ich du sie es wir ihr mit auf für
    von zu hatte sich auch aber wie noch nach bei aus dass nur schon
    il gli della di che è non nel sono aveva anche più sua suo lei lui io si ci ti dei
    delle alla nella questo quella quello perché poi senza tutto tutti ancora sempre
    quando
    os uma não é mas mais ele ela eu você ao foi estava pela pelo dela dele nos das dos
    depois até seu isso então muito tinha ser já sem são
    het een ik niet zijn maar voor hij zij wat
    """.split()
)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# A word with no letter a-z in it: Cyrillic, Greek, Japanese ("café" and "été" are not).
_OTHER_SCRIPT = re.compile(r"(?<![^\W\d_])[^\W\d_a-z]+(?:'[^\W\d_a-z]+)?(?![^\W\d_])")
# Below this many words there is too little to judge: read as English.
MIN_WORDS = 25
# The share of another language's words (or of words in another script) above which,
# when it is also more than English's share, a text is not English. Prose in those
# languages scores 0.2-0.5; English prose, and English clinical notes, under 0.03.
OTHER_SHARE = 0.12
# A share of English function words that settles it (prose in the other languages
# scores under 0.1, and another language would need more than this).
_PLAINLY_ENGLISH = 0.3
# Three windows of about 170 words each: plenty to judge a language by.
_WINDOW = 1000


def shares(text: str) -> tuple[float, float, int]:
    """The shares of `text`'s words that are English function words and that belong to
    another language or script (not counted, 0, when English is plainly ahead), and how
    many words there were."""
    lower = text.lower().replace("’", "'")
    words = _WORD.findall(lower)
    if not words:
        return 0.0, 0.0, 0
    english = sum(map(_ENGLISH.__contains__, words))
    if english >= _PLAINLY_ENGLISH * len(words):
        other = 0  # nothing else could outnumber it: spare the count
    else:
        other = sum(map(_OTHER.__contains__, words)) + len(_OTHER_SCRIPT.findall(lower))
    return english / len(words), other / len(words), len(words)


def sample(plain: str, spans: Sequence[tuple[int, int]]) -> str:
    """Up to three windows of the story (its start, middle and end)."""
    if not spans:
        return ""
    start, end = spans[0][0], spans[-1][1]
    if end - start <= 3 * _WINDOW:
        return plain[start:end]
    middle = (start + end) // 2 - _WINDOW // 2
    return "\n".join(plain[s : s + _WINDOW] for s in (start, middle, end - _WINDOW))


def is_english(plain: str, spans: Sequence[tuple[int, int]]) -> bool:
    english, other, words = shares(sample(plain, spans))
    return words < MIN_WORDS or other < OTHER_SHARE or other <= english
