"""Characters, fandoms and relationships from the archive's tag dictionary.

Every character tag is known by its canonical name and synonyms ("Lizzy", "Mr. Darcy"),
and by the first and last names taken from its canonical name ("Elizabeth", "Bennet"),
possessives ("Holmes's") and vocatives ("Liv,") included. A name several characters
share is settled by the story's other mentions: the fandoms of the characters named
without doubt, the characters named in full elsewhere, then the dictionary's own weight
(how much the archive uses the tag). A name that stays in doubt is left out: a wrong
character is worse than a missing one.

Scanning looks up each capitalised word of the text in a dict of first words, so its
cost does not grow with the dictionary.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from fanfold.analysis.dictionary import DictionaryTag, TagDictionary

TITLES = frozenset(
    "Mr Mrs Ms Miss Dr Doctor Sir Lady Lord Madam Madame Mme Mlle Master Mistress "
    "Professor Prof Captain Capt Colonel Col Major General Gen Lieutenant Lt Sergeant Sgt "
    "Inspector Father Mother Sister Brother Aunt Uncle Saint St King Queen Prince "
    "Princess Duke Duchess Count Countess Baron Baroness Rev Reverend".split()
)
PARTICLES = frozenset("van von de del della der di da du le la st. of the".split())
# Words that are names too often to trust at the start of a sentence, and that are never
# taken as a name on their own from a canonical name ("Will" of "Will Graham", "Mad" of
# "Mad Hatter").
COMMON_WORDS = frozenset(
    "a about after again all also an and any are art as at be because been before being "
    "best big black blue brown but by can could dawn day did do does don down duke each "
    "even faith far few first for from get good grace gray great green grey had has have "
    "he her here him his hope how i if in into is it its joy just king know last like "
    "little long lord major mark may me might more most much must my new no noble not now "
    "of old on one only or other our out over page patience prince queen red rich right "
    "river said see she should sky so some still story summer sun than that the their "
    "them then there these they this those through to too under up us very was way we "
    "well were what when where which while white who why will winter with would young you "
    "your mad".split()
)

# Months that are names too ("Jo March", "April Ludgate", "June"): as a one-word name,
# not where the text plainly means the month ("in March", "the March before", "last
# June", "It's March", "March 3rd", "the 3rd of March").
MONTHS = frozenset(
    "January February March April May June July August September October November December".split()
)
_MONTH_BEFORE = re.compile(
    r"(?:\b(?:in|of|last|next|since|until|till|by|early|late|mid|that|this|every|each|from|"
    r"through|during|the|to|after|before|around|it's|it’s|it is|\d+(?:st|nd|rd|th)?)[ \t-]+)$",
    re.IGNORECASE,
)
_MONTH_AFTER = re.compile(r"[ \t]+\d{1,4}\b|,?[ \t]+(?:19|20)\d\d\b")


def _a_month(plain: str, start: int, end: int) -> bool:
    """Whether the month name at `start:end` stands for the month."""
    return bool(
        _MONTH_BEFORE.search(plain, max(0, start - 12), start) or _MONTH_AFTER.match(plain, end)
    )


_CAP_WORD = re.compile(r"(?<!\w)[^\W\d_a-z][\w'’-]*")
_NEXT_WORD = re.compile(r"[ \t]*\.?[ \t]+([^\W\d_][\w'’-]*)|\.([^\W\d_][\w'’-]*)")
_THE_LOWER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_PAREN = re.compile(r"\s*\([^)]*\)\s*")
_SPLIT = re.compile(r"[\s.]+")
_PUNCTUATION = "\"'“”‘’«»()[]{}<>.,;:!?*_~—–-/\\|"
_WORD_CHAR = re.compile(r"\w")
_AFTER_THE = re.compile(r"[Tt]he (\w+)")  # a prefilter: "bathe X" may pass


def _alone(token: str) -> bool:
    """Whether one word of a canonical name may stand for it on its own."""
    return (
        len(token) > 2
        and token not in TITLES
        and token.lower() not in COMMON_WORDS
        and not token.endswith(("'s", "’s"))
    )


def _name_tokens(name: str) -> tuple[str, ...]:
    name = _PAREN.sub(" ", name).strip()
    return tuple(t for t in _SPLIT.split(name) if t)


def _strip_possessive(word: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


@dataclass(slots=True)
class _Variant:
    tokens: tuple[str, ...]
    # (character index, priority): 2 for a name the dictionary gives, 1 for a first or
    # last name taken from a canonical name.
    owners: list[tuple[int, int]] = field(default_factory=list)
    # The owners at the best priority (filled in once the index is built).
    best: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class NamePatterns:
    """The patterns that find a work's names (see `NameIndex.names_pattern`)."""

    names: re.Pattern[str]
    lower: re.Pattern[str] | None


@dataclass(slots=True)
class _Node:
    variant: _Variant | None = None
    children: dict[str, _Node] = field(default_factory=dict)


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    owners: tuple[int, ...]  # the characters this name can be (at the best priority)
    at_sentence_start: bool
    word: str  # the name as written
    # Followed by a comma or "said": someone spoken to or speaking ("Art, come here").
    vocative: bool = False
    # A month ("March") or a role in lower case ("the cook"): a name only in a story
    # that names others of its fandom.
    weak: bool = False


class NameIndex:
    """The dictionary's characters and fandoms, by the first word of each of their names."""

    def __init__(self, dictionary: TagDictionary) -> None:
        self.characters: list[DictionaryTag] = list(dictionary.characters)
        self.fandom_names: dict[str, str] = {}
        for fandom in dictionary.fandoms:
            for name in (fandom.name, *fandom.synonyms):
                self.fandom_names[name.casefold()] = fandom.name
        self.by_name: dict[str, int] = {}
        self.prominence: list[tuple[int, int]] = []
        variants: dict[tuple[str, ...], _Variant] = {}
        lower: dict[tuple[str, ...], _Variant] = {}
        # Roles that are part of a longer name ("the King" of "The King of Hearts").
        self.roles: set[str] = set()

        def add(tokens: tuple[str, ...], owner: int, priority: int) -> None:
            if not tokens:
                return
            target = lower if tokens[0][:1].islower() else variants
            variant = target.setdefault(tokens, _Variant(tokens))
            if all(o != owner for o, _p in variant.owners):
                variant.owners.append((owner, priority))

        for index, tag in enumerate(self.characters):
            self.by_name[tag.name.casefold()] = index
            self.prominence.append((tag.uses, len(tag.synonyms)))
            for name in (tag.name, *tag.synonyms):
                tokens = _name_tokens(
                    _THE_LOWER.sub("", name)
                    if name[:4].lower() == "the " and name[4:5].islower()
                    else name
                )
                if tokens and tokens[0] in ("The", "the") and len(tokens) > 1:
                    # "The Creature": also known as "the Creature".
                    add(tokens[1:], index, 2)
                add(tokens, index, 2)
                if any(t in TITLES for t in tokens[1:]):
                    # "Alice's Sister" is written "Alice's sister".
                    add(tuple(t.lower() if t in TITLES else t for t in tokens), index, 2)
            tokens = _name_tokens(tag.name)
            if tokens and tokens[0] in ("The", "the"):
                tokens = tokens[1:]
                if len(tokens) == 1:
                    # "The Creature" is also "the creature" in running text.
                    add((tokens[0].lower(),), index, 1)
                elif (len(tokens) >= 3 and tokens[1] == "of") or tokens[-1] in TITLES:
                    # "The King of Hearts" is "the King" in his story, and "The White
                    # Queen" "the Queen".
                    role = tokens[0] if tokens[1] == "of" else tokens[-1]
                    add((role.lower(),), index, 1)
                    self.roles.add(role.casefold())
            if len(tokens) >= 2 and not any(t.lower() in ("of", "and") for t in tokens):
                first, last = tokens[0], tokens[-1]
                # Not a title ("Sister" of "Alice's Sister") nor a possessive ("Alice's").
                if _alone(first):
                    add((first,), index, 1)
                elif first in TITLES and len(tokens) >= 3 and _alone(tokens[1]):
                    add(tokens[:2], index, 1)  # "Sir William" of "Sir William Lucas"
                if len(tokens) >= 3 and tokens[-2].lower() in PARTICLES:
                    add(tokens[-2:], index, 1)
                elif _alone(last):
                    add((last,), index, 1)
        for variant in (*variants.values(), *lower.values()):
            top = max(p for _o, p in variant.owners)
            variant.best = tuple(o for o, p in variant.owners if p == top)
        # Names as written (one word) or as their words, to the name they are.
        self.by_tokens: dict[str | tuple[str, ...], _Variant] = {}
        for tokens, variant in variants.items():
            self.by_tokens[tokens] = variant
            if len(tokens) == 1:
                self.by_tokens[tokens[0]] = variant
        # A trie of name words: "Mr" -> "Darcy" -> (Fitzwilliam Darcy).
        self.trie: dict[str, _Node] = {}
        for variant in variants.values():
            level = self.trie
            node: _Node | None = None
            for token in variant.tokens:
                node = level.get(token)
                if node is None:
                    node = level[token] = _Node()
                level = node.children
            assert node is not None
            node.variant = variant
        # The characters a fandom's works use most (at least a quarter as often as its
        # most used one): "the creature" is Frankenstein's Creature, "the cook" nobody.
        most_used: dict[str, int] = defaultdict(int)
        for tag in self.characters:
            for name in tag.fandoms:
                most_used[name] = max(most_used[name], tag.uses)
        self.leading = [
            any(tag.uses * 4 >= most_used[f] > 0 for f in tag.fandoms) for tag in self.characters
        ]
        # Lower-case names ("the daemon", "the Professor" typed in lower case) are
        # matched as phrases after "the".
        self.lower_owners: dict[str, _Variant] = {}
        self.lower_first: set[str] = set()
        for variant in lower.values():
            self.lower_owners[" ".join(variant.tokens).casefold()] = variant
            self.lower_first.add(variant.tokens[0].casefold())
        # Relationship tags by the set of their characters.
        pairs: dict[frozenset[int], list[DictionaryTag]] = defaultdict(list)
        for tag in dictionary.relationships:
            members = [self.by_name.get(name.casefold()) for name in tag.characters]
            if len(members) >= 2 and all(m is not None for m in members):
                pairs[frozenset(m for m in members if m is not None)].append(tag)
        self.pairs: dict[frozenset[int], list[DictionaryTag]] = dict(pairs)
        self.pairs_of: dict[int, list[frozenset[int]]] = defaultdict(list)
        for pair in self.pairs:
            for member in pair:
                self.pairs_of[member].append(pair)

    @classmethod
    def of(cls, dictionary: TagDictionary) -> NameIndex:
        cached = dictionary._cache.get("names")
        if not isinstance(cached, NameIndex):
            cached = cls(dictionary)
            dictionary._cache["names"] = cached
        return cached

    def scan(self, plain: str, patterns: NamePatterns | None = None) -> list[Mention]:
        """Every mention of a name of the index in `plain`, longest name first ("Mr.
        Darcy" before "Darcy"), possessives included ("Darcy's"). `pattern`: from
        `names_pattern` over all the texts of a work, to build it once."""
        mentions: list[Mention] = []
        by_tokens = self.by_tokens
        if patterns is None:
            patterns = self.names_pattern([plain])
        # What each name as written stands for, worked out once per spelling.
        seen: dict[str, tuple[tuple[int, ...], bool]] = {}
        for m in patterns.names.finditer(plain):
            begin = m.start()
            if begin and plain[begin - 1].isalnum():
                continue  # inside a word
            word = m.group(1)
            known = seen.get(word)
            if known is None:
                variant = by_tokens.get(word)
                if variant is None:
                    variant = by_tokens[tuple(t for t in _SPLIT.split(word) if t)]
                known = seen[word] = (variant.best, word.lower() in COMMON_WORDS)
            owners, common = known
            start, end = m.span(1)
            month = word in MONTHS
            if month and _a_month(plain, start, end):
                continue
            if common:
                # Only an everyday word can be in doubt ("Will you come?").
                at_start = _opens_sentence(plain, start)
                vocative = plain.startswith((",", " said", " asked", "!"), end)
                mentions.append(Mention(start, end, owners, at_start, word, vocative, month))
            else:
                mentions.append(Mention(start, end, owners, False, word, weak=month))
        if patterns.lower is not None:
            for m in patterns.lower.finditer(plain):
                begin = m.start()
                if begin and _WORD_CHAR.match(plain, begin - 1):
                    continue  # inside a word
                word = m.group(1)
                variant = self.lower_owners[word.casefold()]
                mentions.append(
                    Mention(
                        m.start(1),
                        m.end(1),
                        variant.best,
                        False,
                        word,
                        weak=word.casefold() in self.roles
                        or (word.islower() and not all(self.leading[o] for o in variant.best)),
                    )
                )
            mentions.sort(key=lambda x: x.start)
        return _apart_from_other_names(plain, mentions)

    def names_pattern(self, texts: Sequence[str]) -> NamePatterns:
        """One pattern for the names these texts can hold: their capitalised words
        (found in one C-speed pass) that begin a name of the index, as a trie of letters,
        each followed by those of its names' other words that the texts hold too."""
        # Whitespace-split tokens, each unique one (over the whole work) stripped of the
        # punctuation round it, and split at inner dots ("Mr.Darcy"): cheaper than a
        # regex pass.
        tokens: set[str] = set()
        for plain in texts:
            tokens.update(plain.split())
        words: set[str] = set()
        for token in tokens:
            token = token.strip(_PUNCTUATION)
            if token and not token[0].islower():
                words.update(token.split(".") if "." in token else (token,))
        words.update([_strip_possessive(w) for w in words if w and w[-1] in "s'’"])
        words.discard("")
        trie = self.trie
        letters: dict[str, Any] = {}
        for word in words:
            node = trie.get(word)
            if node is None:
                continue
            rest = _rest_of_names(node, words)
            if rest is None:
                continue
            level = letters
            for ch in word:
                level = level.setdefault(ch, {})
            level[""] = rest
        body = _letters_pattern(letters) if letters else "(?!)"
        # No word boundary in front: a pattern that opens with its first letters lets the
        # regex engine skip ahead to them (three times faster); `scan` drops a match that
        # starts inside a word ("McHolmes").
        names = re.compile(r"(" + body + r")(?:['’]s?)?(?![\w'’-])")
        # Lower-case names ("the daemon"), only those whose first word follows a "the"
        # somewhere in the texts.
        lower = None
        if self.lower_first:
            after_the: set[str] = set()
            for plain in texts:
                after_the.update(w.casefold() for w in _AFTER_THE.findall(plain))
            wanted = sorted(
                (n for n in self.lower_owners if n.split(" ")[0] in after_the),
                key=len,
                reverse=True,
            )
            if wanted:
                # "the" spelt out in both cases, not IGNORECASE, so the regex engine can
                # skip ahead to a t (five times faster); `scan` drops a match that starts
                # inside a word ("bathe").
                lower = re.compile(
                    r"[Tt][Hh][Ee] (?i:(" + "|".join(re.escape(n) for n in wanted) + r"))\b"
                )
        return NamePatterns(names, lower)


# Between two words of a name: spaces, or a dot ("Mr. Darcy", "G.Lestrade").
_BETWEEN = r"(?:[ \t]*\.?[ \t]+|\.)"


def _rest_of_names(node: _Node, words: set[str]) -> str | None:
    """The words that may follow a name's first word, as a regex, keeping only words the
    text holds (None: no name continues from here)."""
    branches = []
    for token in sorted(node.children, key=len, reverse=True):
        if token not in words and not token[:1].islower():
            continue
        rest = _rest_of_names(node.children[token], words)
        if rest is not None:
            branches.append(re.escape(token) + rest)
    if not branches:
        return "" if node.variant is not None else None
    more = _BETWEEN + "(?:" + "|".join(branches) + ")"
    return f"(?:{more})?" if node.variant is not None else more


def _letters_pattern(node: dict[str, Any]) -> str:
    branches = [re.escape(ch) + _letters_pattern(child) for ch, child in sorted(node.items()) if ch]
    end = node.get("")
    if end is not None:
        branches.append(end)  # last: a longer first word is tried before a shorter one
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


# Words besides TITLES that may stand before a one-word name without making it part of
# another proper noun: "Cousin Elizabeth", "Little William", "Monsieur Frankenstein".
_BEFORE_A_NAME = frozenset(
    "Cousin Nurse Old Young Little Poor Dear Dearest Papa Mama Granny Grandma Grandpa Nanny "
    "Dame Auntie Monsieur Herr Frau Signor Signora Don Doña Fräulein Mademoiselle".split()
)
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")


def _apart_from_other_names(plain: str, mentions: list[Mention]) -> list[Mention]:
    """Without the one-word names that are part of a longer proper noun the dictionary
    does not know: a place ("Crook Hill", "Fort William", "St. Anne's") or another person
    ("Harriet Mellor"). A capitalised word next to it that begins no sentence and is no
    title, nor a name itself ("Lizzy Bennet"), makes it so."""
    starts = {m.start for m in mentions}
    ends = {m.end for m in mentions}
    kept = []
    for m in mentions:
        if " " not in m.word and not m.weak:
            # The word before, found with string methods (a regex per mention costs more).
            pre = plain[max(0, m.start - 30) : m.start]
            spaced = pre.rstrip(" \t")
            if spaced != pre and spaced:
                cut = max(spaced.rfind(" "), spaced.rfind("\n"), spaced.rfind("\t"))
                word = spaced[cut + 1 :].lstrip("\"'“‘([*_")
                if word[:1].isupper():
                    end = m.start - (len(pre) - len(spaced))
                    if word in ("St.", "St", "Saint", "Ste."):
                        continue  # a church, a college, a street
                    if (
                        word[-1:].isalpha()
                        and end not in ends
                        and word not in TITLES
                        and word not in _BEFORE_A_NAME
                        and word not in ("The", "I")
                        and not _opens_sentence(plain, end - len(word))
                    ):
                        continue
            after = _WORD_AFTER.match(plain, m.end) if plain[m.end : m.end + 1] == " " else None
            if (
                after is not None
                and after.group(1)[:1].isupper()
                and after.start(1) not in starts
                and after.group(1) not in ("I", "I'm", "I’m", "I'd", "I’d", "I'll", "I’ll")
            ):
                continue
        kept.append(m)
    return kept


def _opens_sentence(plain: str, start: int) -> bool:
    """Whether the word at `start` begins a sentence (or a paragraph), quotes aside."""
    i = start - 1
    while i >= 0 and plain[i] in " \t\"'“‘(«[*_":
        i -= 1
    return i < 0 or plain[i] in "\n.!?…:"


@dataclass(slots=True)
class Person:
    index: int
    name: str
    mentions: list[tuple[int, int]]
    confidence: float
    how: str  # "named", "resolved by fandom", ...


@dataclass(slots=True)
class People:
    characters: list[Person]
    fandoms: list[tuple[str, float, list[tuple[int, int]]]]
    relationships: list[tuple[DictionaryTag, float, list[tuple[int, int]]]]


def find_people(
    index: NameIndex,
    mentions: Sequence[Mention],
    paragraphs: Sequence[tuple[int, int]],
    romantic: Callable[[int], Sequence[tuple[int, int]]],
    fandom_mentions: Sequence[tuple[str, int, int]] = (),
    voice: Voice | None = None,
) -> People:
    """Settle each mention on one character (or none), then count and group them."""
    chars = index.characters
    # 1. Mentions only one character answers to, at the best priority.
    certain: Counter[int] = Counter(
        m.owners[0] for m in mentions if len(m.owners) == 1 and not _doubtful(m) and not m.weak
    )
    context: dict[str, float] = defaultdict(float)
    for owner, count in certain.items():
        fandoms = chars[owner].fandoms
        for fandom in fandoms:
            context[fandom] += count / max(1, len(fandoms))
    for fandom, _start, _end in fandom_mentions:
        context[fandom] += 3
    main = max(context.values(), default=0.0)
    # 2. Every mention settled.
    found: dict[int, list[tuple[int, int]]] = defaultdict(list)
    how: dict[int, str] = {}
    settled: dict[tuple[int, ...], int | None] = {}
    strong: set[int] = set()  # the characters named by more than a month or a role
    alone_no: set[int] = set()  # named by a month or a part of a name ("the King")
    words: dict[int, set[str]] = defaultdict(set)  # each character's names as written
    for mention in mentions:
        owners = mention.owners
        if _doubtful(mention):
            continue
        if len(owners) == 1:
            owner = owners[0]
            how.setdefault(owner, "named")
        else:
            if owners not in settled:
                settled[owners] = _settle(owners, chars, certain, context, index.prominence)
            chosen = settled[owners]
            if chosen is None:
                continue
            owner = chosen
            how.setdefault(owner, "resolved by context")
        found[owner].append((mention.start, mention.end))
        words[owner].add(mention.word)
        if not mention.weak:
            strong.add(owner)
        elif mention.word in MONTHS or mention.word.casefold() in index.roles:
            alone_no.add(owner)
    for owner in list(found):
        if owner not in strong:
            # Only months, parts of a name ("the King") or a role in lower case once ("the
            # cook"): a name where others of its fandom are ("the creature" again and
            # again is one on its own).
            support = max((context.get(f, 0.0) for f in chars[owner].fandoms), default=0.0)
            if support <= 0 and (owner in alone_no or len(found[owner]) < 2):
                del found[owner]
                continue
        # A lone one-word mention from a fandom nothing else in the story belongs to is
        # more likely a place, a ship or a word ("in Paris", "the Demeter").
        spans = found[owner]
        if main < 2 or len(spans) != 1:
            continue
        start, end = spans[0]
        one_word = not any(m.start == start and " " in m.word for m in mentions)
        support = max((context.get(f, 0.0) for f in chars[owner].fandoms), default=0.0)
        if one_word and support - certain.get(owner, 0) <= 0:
            del found[owner]
    named_fandoms = {f for f, _s, _e in fandom_mentions}

    def companions(owner: int) -> set[str]:
        """The fandoms of the other characters found."""
        return {f for other in found if other != owner for f in chars[other].fandoms}

    people = []
    for owner, spans in found.items():
        confidence = 0.95 if how[owner] == "named" else 0.8
        if len(spans) == 1 and how[owner] != "named":
            confidence = 0.7
        if _by_a_part_alone(chars[owner], words[owner]) and not (
            set(chars[owner].fandoms) & (named_fandoms | companions(owner))
        ):
            # Only a first or a last name, and nobody else of the fandom: an original
            # story's Jane as often as Jane Bennet.
            confidence = min(confidence, PART_ALONE)
        people.append(Person(owner, chars[owner].name, spans, confidence, how[owner]))
    people.sort(key=lambda p: (-len(p.mentions), p.name))
    # 3. Fandoms: of the characters found, and named outright.
    weight: dict[str, float] = defaultdict(float)
    evidence: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for person in people:
        fandoms = chars[person.index].fandoms
        for fandom in fandoms:
            weight[fandom] += len(person.mentions) / len(fandoms)
            evidence[fandom].extend(person.mentions[:2])
    for fandom, start, end in fandom_mentions:
        weight[fandom] += 3
        evidence[fandom].insert(0, (start, end))
    total = sum(weight.values()) or 1.0
    surer = {f for p in people if p.confidence > PART_ALONE for f in chars[p.index].fandoms}
    surer.update(f for f, _s, _e in fandom_mentions)
    fandom_list = []
    for fandom, w in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0])):
        share = w / total
        if share < 0.1 and w < 3:
            continue
        confidence = min(0.95, 0.5 + share / 2 + min(w, 10) / 40)
        if fandom not in surer:
            confidence = min(confidence, PART_ALONE)  # only from a lone "Jane"
        fandom_list.append((fandom, confidence, sorted(evidence[fandom])[:5]))
    signers, written_to = _letters(found, voice) if voice is not None else (set(), set())
    teller = _narrator(found, voice, signers) if voice is not None else None
    told = (teller, voice.first_person()) if teller is not None and voice is not None else None
    # The one a signed letter is written to is its "you".
    to = (
        (next(iter(written_to)), voice.second_person())
        if told is not None and voice is not None and len(written_to) == 1
        else None
    )
    # Talked of, never there: named only inside others' speech, and not spoken to.
    absent = (
        {
            owner
            for owner, spans in found.items()
            if owner != teller
            and all(voice.in_speech(s) for s, _e in spans)
            and not any(_addressed(voice, s, e) for s, e in spans)
        }
        if voice is not None
        else set()
    )
    relationships = _relationships(index, people, paragraphs, romantic, told, absent, voice, to)
    return People(people, fandom_list, relationships)


# The confidence of a character named only by a first or a last name with nobody else of
# its fandom in the story, and of a fandom known only from such names: a possibility.
PART_ALONE = 0.7


def _by_a_part_alone(tag: DictionaryTag, written: set[str]) -> bool:
    """Every name a character was found by is one word and not one of its own names in
    the dictionary (its canonical name or a synonym): a first or a last name."""
    own = {name.casefold() for name in (tag.name, *tag.synonyms)}
    return bool(written) and all(" " not in word and word.casefold() not in own for word in written)


def _doubtful(mention: Mention) -> bool:
    """A one-word name that is also an everyday word, at the start of a sentence."""
    if not mention.at_sentence_start or mention.vocative:
        return False
    return " " not in mention.word and mention.word.lower() in COMMON_WORDS


def _settle(
    owners: tuple[int, ...],
    chars: list[DictionaryTag],
    certain: Counter[int],
    context: dict[str, float],
    prominence: list[tuple[int, int]],
) -> int | None:
    def score(owner: int) -> tuple[float, float, tuple[int, int]]:
        fandom = max((context.get(f, 0.0) for f in chars[owner].fandoms), default=0.0)
        return (fandom, float(certain.get(owner, 0)), prominence[owner])

    ranked = sorted(owners, key=score, reverse=True)
    best, second = score(ranked[0]), score(ranked[1])
    if best == second:
        return None
    if best[0] == 0 and best[1] == 0 and best[2][0] == 0 and second[0] == 0:
        # No story context at all: trust the dictionary only when one name is clearly
        # the better-known (more synonyms).
        return ranked[0] if best[2][1] > second[2][1] else None
    return ranked[0]


@dataclass(frozen=True, slots=True)
class Voice:
    """What the engine knows of who tells the story, for finding a narrator who is never
    named outside others' speech (Watson telling of Holmes): whether a position is inside
    quoted speech, the paragraphs whose narration says "I", "me" or "my" (each with where
    it first does; worked out only when asked, as it reads the whole work), and the text
    at a span."""

    in_speech: Callable[[int], bool]
    first_person: Callable[[], Mapping[int, tuple[int, int]]]
    text: Callable[[int, int], str]
    # The first and last story paragraph of each chapter, where a diary is headed or a
    # letter addressed, and where a letter is signed.
    frames: Sequence[tuple[tuple[int, int], tuple[int, int]]] = ()
    # The paragraphs whose narration says "you" or "your", as first_person.
    second_person: Callable[[], Mapping[int, tuple[int, int]]] = dict


# A story told in the first person in fewer paragraphs than this has no narrator to find.
NARRATED = 2
# Direct address: the name then a comma or a mark ("Watson, you see"; "Come, Watson!").
_ADDRESSED_AFTER = re.compile(r"(?:'s)?[,!?]")
_ADDRESSED_BEFORE = re.compile(r", $")


def _addressed(voice: Voice, start: int, end: int) -> bool:
    """Whether the name at start:end is someone spoken to ("Watson, you see", "Come,
    Watson!")."""
    return bool(
        _ADDRESSED_AFTER.match(voice.text(end, end + 3))
        or (
            _ADDRESSED_BEFORE.search(voice.text(max(0, start - 2), start))
            and voice.text(end, end + 1) in (".", "!", "?", '"', "”", "'", "’")
        )
    )


# A diary or letter headed with its writer: "Mina Murray's Journal", "Dr. Seward's Diary,
# kept in phonograph", "Journal of Mina Harker", "Letter, Mina Murray to Lucy Westenra".
_HEADED_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:[A-Z][\w'’]*\s+){0,2}"
    r"(?:[Dd]iary|[Jj]ournal|[Nn]otebook|[Ll]og|[Mm]emoirs?|[Pp]apers)\b"
)
_HEADED_BEFORE = re.compile(
    r"(?:(?:[Dd]iary|[Jj]ournal|[Nn]otebook|[Ll]og|[Mm]emoirs?|[Pp]apers|[Ll]etter|[Tt]elegram)"
    r"\s+(?:of|from|by)|^\s*(?:[Ll]etter|[Tt]elegram|[Nn]ote)\s*,)"
    r"\s+(?:(?:the\s+late|[A-Z][a-z]*\.?)\s+)*$"
)
# A heading is a short line: at most this many words.
_HEADING_WORDS = 12
# A letter signed at its end: "Yours, in every sense you will allow, John H. Watson",
# "Your affectionate sister, Jane", "Ever your loving Lucy", or the name on a line of
# its own; only marks may follow it.
_SIGNED_BEFORE = re.compile(
    r"(?:\b(?:[Yy]ours|[Yy]our|[Ll]ove|[Ee]ver|[Aa]lways|[Ss]incerely|[Ff]aithfully"
    r"|[Aa]ffectionately|[Rr]egards|[Dd]evotedly|[Tt]ruly)\b[^.!?\n]{0,60}?|\n)"
    r"[,\s\-—–~]*(?:[A-Z][\w'’]*\.?\s+){0,3}$"
)
_SIGNED_AFTER = re.compile(r"[\s.!,;:\-—–~*_)\]]*$")


# A letter's salutation: its first paragraph, a name and the words of address before it
# ("Holmes,", "My dearest Lucy,", "Dear Mr. Darcy:"), a few words at most.
_SALUTATION_BEFORE = re.compile(
    r"^\s*(?:(?:[Mm]y|[Oo]ur|[Dd]ear\w*|[Dd]arling|[Bb]eloved|[Ss]weet\w*|[Oo]wn|[Oo]nly)\s+)*"
    r"(?:(?:Mr|Mrs|Miss|Ms|Dr|Lady|Lord|Sir|Captain|Colonel)\.?\s+)?$"
)
_SALUTATION_AFTER = re.compile(r"(?:['’]s)?\s*[,:!—–-]\s*$")
_SALUTATION_WORDS = 6
# A letter that opens with a salutation may be signed with the bare name as its last
# sentence ("... in the bed you built. Penelope").
_SIGNED_LAST = re.compile(r"[.!?]\s+$")


def _letters(
    found: Mapping[int, Sequence[tuple[int, int]]], voice: Voice
) -> tuple[set[int], set[int]]:
    """Who writes and who is written to, in a letter or a diary: the characters named
    as its writer, in a short heading of a chapter's first paragraph ("Mina Murray's
    Journal") or as the signature closing its last ("Your loving friend, Mina"); and
    those named in a letter's salutation ("My dearest Lucy,"). Only outside quoted
    speech."""
    signers: set[int] = set()
    addressees: set[int] = set()
    if not voice.frames:
        return signers, addressees

    def within(a: int, b: int) -> list[tuple[int, int, int]]:
        """The mentions between a and b, outside quoted speech, in the order of the text
        (each character's mentions are in that order)."""
        out = []
        for owner, spans in found.items():
            k = bisect.bisect_left(spans, (a, a))
            while k < len(spans) and spans[k][1] <= b:
                s, e = spans[k]
                if not voice.in_speech(s):
                    out.append((s, e, owner))
                k += 1
        return sorted(out)

    for (a, b), (c, d) in voice.frames:
        for s, e, owner in within(a, b):
            line_start = voice.text(a, s).rfind("\n") + 1 + a
            line_end = voice.text(e, b).find("\n")
            line_end = b if line_end < 0 else e + line_end
            words = len(voice.text(line_start, line_end).split())
            if words <= _HEADING_WORDS and (
                _HEADED_AFTER.match(voice.text(e, line_end))
                or _HEADED_BEFORE.search(voice.text(line_start, s))
            ):
                signers.add(owner)
            elif (
                len(voice.text(a, b).split()) <= _SALUTATION_WORDS
                and _SALUTATION_BEFORE.match(voice.text(a, s))
                and _SALUTATION_AFTER.match(voice.text(e, b))
            ):
                addressees.add(owner)
        # The signature: the last mention of the last paragraph, with only marks after it.
        last = within(c, d)[-1:]
        for s, e, owner in last:
            if not _SIGNED_AFTER.fullmatch(voice.text(e, d)):
                continue
            before = voice.text(max(c, s - 120), s)
            opening = voice.text(a, b)
            opened = (  # a salutation opens the chapter ("Dear Mum,")
                len(opening.split()) <= _SALUTATION_WORDS and opening.rstrip().endswith((",", ":"))
            )
            if _SIGNED_BEFORE.search(before) or (opened and _SIGNED_LAST.search(before)):
                signers.add(owner)
    return signers, addressees - signers


def _narrator(
    found: Mapping[int, Sequence[tuple[int, int]]], voice: Voice, signers: Set[int] = frozenset()
) -> int | None:
    """The character who tells a first-person story, where the narration says "I" in
    NARRATED paragraphs or more: the one, and only one, who heads or signs it as a diary
    or a letter ("Mina Murray's Journal", "Your loving friend, Mina"); otherwise the
    one, and only one, named only inside quoted speech and spoken to there at least once
    ("'Watson,' said Holmes"). Anyone else the narration itself names ("Holmes laid down
    his pipe") is not the teller."""
    if signers:
        return next(iter(signers)) if len(signers) == 1 and _narrated(voice) else None
    tellers = []
    for owner, spans in found.items():
        if not all(voice.in_speech(s) for s, _e in spans):
            continue
        if any(_addressed(voice, s, e) for s, e in spans):
            tellers.append(owner)
    return tellers[0] if len(tellers) == 1 and _narrated(voice) else None


def _narrated(voice: Voice) -> bool:
    """Whether the narration says "I" in NARRATED paragraphs or more (read last: it
    reads the whole work)."""
    return len(voice.first_person()) >= NARRATED


_FIRST_PERSON = re.compile(r"\b(?:I|me|my|myself)\b")
# Words that speak to someone: "you", "your", "thee".
_SECOND_PERSON = re.compile(r"\b(?:[Yy]ou|[Yy]ours?|[Yy]ourself|[Tt]hee|[Tt]hou|[Tt]hy|[Tt]hine)\b")
# Two characters named within this many paragraphs of each other are in one scene.
SCENE = 2
# A sentence of romance that names nobody is of the people named this close before it.
NEARBY = 400


def _relationships(
    index: NameIndex,
    people: list[Person],
    paragraphs: Sequence[tuple[int, int]],
    romantic: Callable[[int], Sequence[tuple[int, int]]],
    told: tuple[int, Mapping[int, tuple[int, int]]] | None = None,
    absent: Set[int] = frozenset(),
    voice: Voice | None = None,
    to: tuple[int, Mapping[int, tuple[int, int]]] | None = None,
) -> list[tuple[DictionaryTag, float, list[tuple[int, int]]]]:
    """`told`: the narrator of a first-person story and the paragraphs where the
    narration says "I": the narrator is in each of them, named or not. `absent`: the
    characters only talked of in others' speech, who share no platonic bond on the page
    ("The Hatter's been asking for you"). `voice`: tells who is spoken to in a sentence
    of romance, the listener, not the beloved, when the sentence says "him" or "her"
    and not "you" ("I love him so, Lucy"). `to`: the one a letter told by the narrator
    is written to ("Odysseus," ... "Penelope"), and the paragraphs whose narration says
    "you": the two are the "I" and the "you" of its sentences ("I love you")."""
    present = {p.index: p for p in people}
    if len(present) < 2:
        return []
    pairs = index.pairs
    candidates = {
        key for i in present for key in index.pairs_of.get(i, ()) if key <= present.keys()
    }
    if not candidates:
        return []
    members = set().union(*candidates)
    starts = [p[0] for p in paragraphs]

    where: dict[int, set[int]] = {}
    first_in: dict[tuple[int, int], tuple[int, int]] = {}
    for person in people:
        if person.index not in members:
            continue
        seen: set[int] = set()
        for span in person.mentions:
            paragraph = bisect.bisect_right(starts, span[0]) - 1
            seen.add(paragraph)
            first_in.setdefault((person.index, paragraph), span)
        where[person.index] = seen
    for placed in (told, to):
        if placed is not None and placed[0] in where:
            who, said = placed
            where[who] |= set(said)
            for paragraph, span in said.items():
                first_in.setdefault((who, paragraph), span)
    letter = frozenset((told[0], to[0])) if told is not None and to is not None else None
    couples = [key for key in candidates if any(t.romantic for t in pairs[key])]
    mentions = sorted((s, p.index, e) for p in people for s, e in p.mentions)
    mention_starts = [s for s, _i, _e in mentions]

    def listeners(a: int, b: int, lo: int, hi: int) -> set[int]:
        """Those only spoken to in the sentence a:b, whose mentions are mentions[lo:hi]:
        named as someone addressed ("I love him so, Lucy") where the sentence says
        nothing to them of "you"."""
        if voice is None or _SECOND_PERSON.search(voice.text(a, b)):
            return set()
        addressed = {i for s, i, e in mentions[lo:hi] if _addressed(voice, s, e)}
        return addressed - {i for s, i, e in mentions[lo:hi] if not _addressed(voice, s, e)}

    def subjects(span: tuple[int, int]) -> tuple[frozenset[int], bool]:
        """Whom a sentence of romance is about, whatever the pair asked about: those it
        names but does not only speak to; with one named, the last other one named
        before it; with nobody named, the last two named before it, and whether it is a
        letter's "I" and "you" with no name at all."""
        a, b = span
        lo, hi = bisect.bisect_left(mention_starts, a), bisect.bisect_left(mention_starts, b)
        heard = listeners(a, b, lo, hi)
        named = {i for _s, i, _e in mentions[lo:hi]} - heard
        nameless = False
        if not named:
            if letter is not None and voice is not None:
                # A letter's "I love you" is its writer's and its reader's.
                said = voice.text(a, b)
                nameless = bool(_FIRST_PERSON.search(said) and _SECOND_PERSON.search(said))
            k = lo - 1
            while k >= 0 and len(named) < 2 and a - mentions[k][0] <= NEARBY:
                if mentions[k][1] not in heard:
                    named.add(mentions[k][1])
                k -= 1
        elif len(named) == 1:
            # One named, the other a pronoun ("he stopped and said, 'Lucy, I love you'"):
            # the other is the last one named before, within a few lines.
            k = lo - 1
            while k >= 0 and a - mentions[k][0] <= NEARBY:
                if mentions[k][1] not in heard and mentions[k][1] not in named:
                    named.add(mentions[k][1])
                    break
                k -= 1
        return frozenset(named), nameless

    whose: dict[tuple[int, int], tuple[frozenset[int], bool]] = {}

    def about(pair: frozenset[int], span: tuple[int, int]) -> bool:
        """Whether a sentence of romance is the pair's: it names both, or no one else, or
        one of them and no other couple of the dictionary ("Watson, you are in love," he
        said, and I owned that Miss Morstan had my heart: Watson's and Mary's, not
        Holmes's); a sentence that names nobody ("She kissed him") is of the last two
        people named before it, within a few lines."""
        found = whose.get(span)
        if found is None:
            found = whose[span] = subjects(span)
        named, nameless = found
        if nameless and pair == letter:
            return True
        if not named:
            return False
        if named <= pair or pair <= named:
            return True
        # Someone else named beside one of the pair ("where Demeter could not see, Hades's
        # hand found hers"): the pair's, unless the sentence names another couple whole.
        return bool(named & pair) and not any(other != pair and other <= named for other in couples)

    near_of: dict[int, set[int]] = {}

    def near(i: int) -> set[int]:
        """The paragraphs within SCENE of one where character i is named."""
        found = near_of.get(i)
        if found is None:
            found = near_of[i] = {q + d for q in where[i] for d in range(-SCENE, SCENE + 1)}
        return found

    def scenes_of(pair: frozenset[int]) -> list[list[int]]:
        """Where the pair meet: runs of paragraphs in which each of them is named within
        SCENE paragraphs of the others ("Charles walks Jane home" ... "she kisses him
        first"), one list of paragraphs per meeting."""
        anchors = sorted(
            set().union(*(where[i] for i in pair)).intersection(*(near(i) for i in pair))
        )
        meetings: list[list[int]] = []
        for p in anchors:
            if meetings and p - meetings[-1][-1] <= SCENE:
                meetings[-1].append(p)
            else:
                meetings.append([p])
        return meetings

    def romance_in(pair: frozenset[int], meeting: list[int]) -> bool:
        window = range(max(0, meeting[0] - SCENE), min(len(paragraphs), meeting[-1] + SCENE + 1))
        return any(about(pair, span) for p in window for span in romantic(p))

    results = []
    for key in sorted(candidates, key=sorted):
        meetings = scenes_of(key)
        if not meetings:
            continue
        for tag in pairs[key]:
            if tag.romantic:
                # (four scenes give the most confidence there is: no need to read on)
                scenes = list(islice((m for m in meetings if romance_in(key, m)), 4))
                if not scenes:
                    continue
                confidence = min(0.9, 0.55 + 0.1 * len(scenes))
            else:
                scenes = meetings
                confidence = min(0.85, 0.4 + 0.1 * len(scenes))
                if sum(len(m) for m in meetings) < 2 or key & absent:
                    continue
            # Each one's first mention in each of the first two meetings.
            spans = [
                next(first_in[(i, p)] for p in m if (i, p) in first_in)
                for m in scenes[:2]
                for i in sorted(key)
            ]
            results.append((tag, confidence, spans))
    # A pair suggested as lovers is not also suggested as friends ("A/B", not "A & B" too).
    lovers = {frozenset(t.characters) for t, _c, _s in results if t.romantic}
    results = [r for r in results if r[0].romantic or frozenset(r[0].characters) not in lovers]
    results.sort(key=lambda r: -r[1])
    return results
