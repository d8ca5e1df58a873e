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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

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

_CAP_WORD = re.compile(r"(?<!\w)[^\W\d_a-z][\w'’-]*")
_NEXT_WORD = re.compile(r"[ \t]*\.?[ \t]+([^\W\d_][\w'’-]*)|\.([^\W\d_][\w'’-]*)")
_THE_LOWER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_PAREN = re.compile(r"\s*\([^)]*\)\s*")
_SPLIT = re.compile(r"[\s.]+")


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
            tokens = _name_tokens(tag.name)
            if tokens and tokens[0] in ("The", "the"):
                tokens = tokens[1:]
                if len(tokens) == 1:
                    # "The Creature" is also "the creature" in running text.
                    add((tokens[0].lower(),), index, 1)
            if len(tokens) >= 2 and not any(t.lower() in ("of", "and") for t in tokens):
                first, last = tokens[0], tokens[-1]
                if first not in TITLES and len(first) > 2 and first.lower() not in COMMON_WORDS:
                    add((first,), index, 1)
                if len(tokens) >= 3 and tokens[-2].lower() in PARTICLES:
                    add(tokens[-2:], index, 1)
                elif len(last) > 2 and last.lower() not in COMMON_WORDS:
                    add((last,), index, 1)
        for variant in (*variants.values(), *lower.values()):
            top = max(p for _o, p in variant.owners)
            variant.best = tuple(o for o, p in variant.owners if p == top)
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
        # Lower-case names ("the daemon", "the Professor" typed in lower case) are
        # matched as phrases after "the".
        self.lower_pattern: re.Pattern[str] | None = None
        self.lower_owners: dict[str, _Variant] = {}
        if lower:
            for variant in lower.values():
                self.lower_owners[" ".join(variant.tokens).casefold()] = variant
            alternatives = sorted(self.lower_owners, key=len, reverse=True)
            self.lower_pattern = re.compile(
                r"\bthe (" + "|".join(re.escape(a) for a in alternatives) + r")\b",
                re.IGNORECASE,
            )
        # Relationship tags by the set of their characters.
        pairs: dict[frozenset[int], list[DictionaryTag]] = defaultdict(list)
        for tag in dictionary.relationships:
            members = [self.by_name.get(name.casefold()) for name in tag.characters]
            if len(members) >= 2 and all(m is not None for m in members):
                pairs[frozenset(m for m in members if m is not None)].append(tag)
        self.pairs: dict[frozenset[int], list[DictionaryTag]] = dict(pairs)

    @classmethod
    def of(cls, dictionary: TagDictionary) -> NameIndex:
        cached = dictionary._cache.get("names")
        if not isinstance(cached, NameIndex):
            cached = cls(dictionary)
            dictionary._cache["names"] = cached
        return cached

    def scan(self, plain: str, sentence_starts: frozenset[int]) -> list[Mention]:
        mentions: list[Mention] = []
        trie = self.trie
        covered = 0
        for m in _CAP_WORD.finditer(plain):
            start = m.start()
            if start < covered:
                continue  # the second word of a name already matched ("Mr. Darcy")
            word = m.group()
            node = trie.get(word)
            key = word
            if node is None:
                if word[-1] not in "s'’":
                    continue
                key = _strip_possessive(word)
                node = trie.get(key)
                if node is None:
                    continue
            best = node.variant
            end = best_end = start + len(key)
            pos = m.end()
            # Walk on while the following words go on naming someone ("Mr. Darcy"), but
            # never past a possessive ("Darcy's").
            while node.children and key == word:
                following = _NEXT_WORD.match(plain, pos)
                if following is None:
                    break
                word = following.group(1) or following.group(2)
                key = _strip_possessive(word) if word[-1] in "s'’" else word
                child = node.children.get(key) or node.children.get(word)
                if child is None:
                    break
                node = child
                pos = following.end()
                end = pos - (len(word) - len(key))
                if node.variant is not None:
                    best, best_end = node.variant, end
            if best is None:
                continue
            at_start = start in sentence_starts or _after_opening(plain, start, sentence_starts)
            vocative = plain.startswith((",", " said", " asked", "!"), best_end)
            mentions.append(
                Mention(start, best_end, best.best, at_start, plain[start:best_end], vocative)
            )
            covered = best_end
        if self.lower_pattern is not None:
            for m in self.lower_pattern.finditer(plain):
                variant = self.lower_owners[m.group(1).casefold()]
                mentions.append(Mention(m.start(1), m.end(1), variant.best, False, m.group(1)))
            mentions.sort(key=lambda x: x.start)
        return mentions


def _after_opening(plain: str, start: int, sentence_starts: frozenset[int]) -> bool:
    # A name right after an opening quote at the start of a sentence is also "first".
    i = start - 1
    while i >= 0 and plain[i] in "\"'“‘(«[*_":
        i -= 1
    return i + 1 != start and (i + 1) in sentence_starts


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
    romantic: Callable[[int], bool],
    fandom_mentions: Sequence[tuple[str, int, int]] = (),
) -> People:
    """Settle each mention on one character (or none), then count and group them."""
    chars = index.characters
    # 1. Mentions only one character answers to, at the best priority.
    certain: Counter[int] = Counter(
        m.owners[0] for m in mentions if len(m.owners) == 1 and not _doubtful(m)
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
    for owner in list(found):
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
    people = []
    for owner, spans in found.items():
        confidence = 0.95 if how[owner] == "named" else 0.8
        if len(spans) == 1 and how[owner] != "named":
            confidence = 0.7
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
    fandom_list = []
    for fandom, w in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0])):
        share = w / total
        if share < 0.1 and w < 3:
            continue
        confidence = min(0.95, 0.5 + share / 2 + min(w, 10) / 40)
        fandom_list.append((fandom, confidence, sorted(evidence[fandom])[:5]))
    relationships = _relationships(index, people, paragraphs, romantic)
    return People(people, fandom_list, relationships)


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


def _relationships(
    index: NameIndex,
    people: list[Person],
    paragraphs: Sequence[tuple[int, int]],
    romantic: Callable[[int], bool],
) -> list[tuple[DictionaryTag, float, list[tuple[int, int]]]]:
    present = {p.index: p for p in people}
    if len(present) < 2:
        return []
    pairs = index.pairs
    starts = [p[0] for p in paragraphs]

    where: dict[int, set[int]] = {}
    first_in: dict[tuple[int, int], tuple[int, int]] = {}
    for person in people:
        seen: set[int] = set()
        for span in person.mentions:
            paragraph = bisect.bisect_right(starts, span[0]) - 1
            seen.add(paragraph)
            first_in.setdefault((person.index, paragraph), span)
        where[person.index] = seen
    results = []
    for key, tags in pairs.items():
        if not key <= present.keys():
            continue
        shared = set.intersection(*(where[i] for i in key))
        if not shared:
            continue
        for tag in tags:
            if tag.romantic:
                scenes = sorted(p for p in shared if romantic(p))
                if not scenes:
                    continue
                confidence = min(0.9, 0.55 + 0.1 * len(scenes))
            else:
                scenes = sorted(shared)
                confidence = min(0.85, 0.4 + 0.1 * len(scenes))
                if confidence < 0.5:
                    continue
            spans = [first_in[(i, s)] for s in scenes[:2] for i in sorted(key)]
            results.append((tag, confidence, spans))
    results.sort(key=lambda r: -r[1])
    return results
