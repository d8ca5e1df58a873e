"""The pipeline: prepare each chapter, read its sentences once, decide, explain.

chapters -> text.prepare (markup off, author's notes set apart, offsets kept)
         -> language.is_english (the rules are English: other chapters are not read)
         -> text.sentences over the story's paragraphs
         -> notes.scan (content-note cues)      -> notes.decide -> rating, warnings
         -> people.NameIndex.scan (names)       -> people.find_people
         -> facts.text_stats                    -> per chapter and merged
         -> spoilers.spoiler_sentences over the author's notes
"""

from __future__ import annotations

import bisect
import gc
import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache

from fanfold.analysis import facts, language, noted, notes, people, reader, spoilers, text
from fanfold.analysis.dictionary import TagDictionary
from fanfold.analysis.lexicon import BEFORE_THE_STORY, NOT_A_TIME, PASSING_DEATH
from fanfold.analysis.model import (
    ARCHIVE_WARNINGS,
    CONTENT_NOTES,
    GRAPHIC_VIOLENCE,
    MAJOR_CHARACTER_DEATH,
    RAPE_NON_CON,
    RATINGS,
    UNDERAGE,
    Analysis,
    AuthorNote,
    ChapterInput,
    Evidence,
    Format,
    Suggestion,
)

MAX_EVIDENCE = 5
NOT_ENGLISH = "not read: the text is not in English, and the rules read English only"
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
# Signs of romance or intimacy in a sentence: a kiss, love for someone (not for a staircase,
# a problem or winning, nor a tennis score), a heart given or lost (not one pounding from a
# run), an embrace, a hand held, a look held, a spouse of one's own (not "the butler's
# wife", nor the "your husband" a detective says to a client), courting and weddings; and
# the gestures that show it without a word: fingers that brush or touch, a touch held "a
# moment longer than" it needed, eyes that hold, a mouth pressed to a forehead, a palm
# against a cheek. Not jealousy: a sister's is as common as a lover's.
_ROMANCE = re.compile(
    r"\b(?:kiss(?:ed|es|ing)?|darling|beloved|sweetheart|lovers?|in love\b(?! with "
    r"(?:the|a|an|his|her|its|their|poetry|music|books?|words?|life|it|this|that)\b)|"
    r"lov(?:e|es|ed|ing) (?:you|him|her|me|us|them)\b|my love|"
    r"(?:his|her|your|my|their) love (?:for|of) (?:him|her|you|me)|"
    r"(?:embrac(?:e|ed|es|ing)|hugg?(?:ed|ing)?) (?:him|her|you|me|each other|one another)|"
    r"blush(?:ed|es|ing)?|married|marry (?:him|her|me|you|them|each other)\b|wedding|engaged|"
    r"courting|court(?:ed|ship)|"
    r"(?:his|her|their|our|my|wedding|marriage) vows|"
    r"propos(?:al|ed)|hand in hand|held (?:his|her|my|your) hand|took (?:his|her|my|your) hand|"
    r"caress(?:ed|es|ing)?|bride|honeymoon|"
    r"(?:stole|won|given|gave|lost|broke|broken|has|had|holds|held|owns) (?:my|his|her|your) "
    r"heart|heart (?:skip(?:ped|s)?|flutter(?:ed|s)?|leapt|leap(?:ed|s)?|ache[sd]?|melt(?:ed|s)?|"
    r"turn(?:ed|s)? over)|"
    r"(?:a|one) (?:moment|beat|second|heartbeat) (?:too long|longer than)|"
    r"(?:their|our) fingers (?:touched|brushed|met)|fingers (?:had )?(?:brushed|found) "
    r"(?:his|hers|mine|yours)|"
    r"press(?:ed|es|ing)? (?:his|her|my|your|their) (?:mouth|lips) (?:to|against)|"
    r"(?:their|our) eyes (?:held|locked)|(?:hand|palm|fingers?|thumb) (?:against|on|to|along) "
    r"(?:his|her|my|your) (?:cheek|face|jaw)|"
    r"arms? (?:a?round|about) (?:his|her|my|your) (?:neck|waist|shoulders)|in (?:his|her|my|your) "
    r"arms|held (?:him|her|me|you) (?:close|tight|closer)|(?:his|her|my|your) lips|"
    r"flirt(?:ed|ing|s)?|adored?|longing|longed for|desire[ds]?|tender(?:ly|ness)|"
    r"(?:laced|twined|linked) (?:their|his|her|our) fingers|fingers (?:lingered|laced|twined)|"
    r"held (?:his|her|my|your) (?:eyes|gaze)|dinner with me|fell for)\b"
)
# (matched on the lower-cased text, three times quicker than ignoring case; a text whose
# lower case changes its length is matched ignoring case)
_ROMANCE_ANY_CASE = re.compile(_ROMANCE.pattern, re.IGNORECASE)
# (not a letter's "Ever your loving Lucy")
_LOVES_A_NAME = re.compile(r"(?<![Yy]our )\b[Ll]ov(?:e|es|ed|ing) [A-Z][a-z]+\b(?!'s)")
# A spouse, told by the narration: in quoted speech "my husband" is the speaker's, who may
# be anyone ("'My husband is a lighterman, sir,' she said to Holmes").
_SPOUSE = re.compile(r"\b(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur) (?:husband|wife)\b")


class _Chapter:
    """A chapter ready for reading: its prepared text, where its story paragraphs sit
    in the work, and its sentences, split only for the paragraphs that are asked for."""

    def __init__(
        self,
        index: int,
        input: ChapterInput,
        prepared: text.Prepared,
        paragraph_base: int,
        paragraphs: list[tuple[int, int]],
    ) -> None:
        self.index = index
        self.input = input
        self.prepared = prepared
        self.paragraph_base = paragraph_base  # work-wide number of the first paragraph
        self.paragraphs = paragraphs
        self.english = language.is_english(prepared.plain, paragraphs)
        self._starts = [s for s, _e in paragraphs]
        self._sentences: dict[int, list[tuple[int, int]]] = {}

    def sentences_of(self, k: int) -> list[tuple[int, int]]:
        found = self._sentences.get(k)
        if found is None:
            span = self.prepared.story[k]
            found = self._sentences[k] = text.sentence_bounds(
                self.prepared.plain, span.start, span.end
            )
        return found

    def paragraph_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def sentence_around(self, start: int, end: int) -> tuple[int, int]:
        sentences = self.sentences_of(self.paragraph_at(start))
        k = bisect.bisect_right([s for s, _e in sentences], start) - 1
        if k >= 0 and sentences[k][1] >= end:
            return sentences[k]
        return start, end


def analyze(
    chapters: Sequence[ChapterInput] | ChapterInput | str,
    *,
    dictionary: TagDictionary | None = None,
    format: Format = "plain",
    read: bool = True,
) -> Analysis:
    """Suggestions for a whole work (or one text) with the evidence for each.

    `read`: let the trained reader (`reader.py`), when it is installed, judge the cues
    the word lists found too weak; False reads with the word lists alone (faster: see
    docs/benchmarks.md)."""
    # Hundreds of thousands of small objects and no cycles among them: the cyclic
    # garbage collector would only rescan them over and over (about 15% of the time).
    paused = gc.isenabled()
    gc.disable()
    try:
        return _analyze(chapters, dictionary, format, read)
    finally:
        if paused:
            gc.enable()


def _analyze(
    chapters: Sequence[ChapterInput] | ChapterInput | str,
    dictionary: TagDictionary | None,
    format: Format,
    read: bool,
) -> Analysis:
    if isinstance(chapters, str):
        chapters = [ChapterInput(chapters, format=format)]
    elif isinstance(chapters, ChapterInput):
        chapters = [chapters]
    dictionary = dictionary if dictionary is not None else TagDictionary.empty()
    names = people.NameIndex.of(dictionary)

    prepared: list[_Chapter] = []
    paragraph_chapter: list[int] = []
    paragraph_spans: list[tuple[int, int]] = []
    base = 0
    for i, chapter in enumerate(chapters):
        p = text.prepare(chapter.text, chapter.format)
        spans = [(s.start, s.end) for s in p.story]
        prepared.append(_Chapter(i, chapter, p, base, spans))
        paragraph_chapter.extend([i] * len(spans))
        paragraph_spans.extend(spans)
        base += len(spans)

    # Content notes, sentence by sentence; offsets are per chapter, so scan per chapter
    # and decide over the whole work.
    hits: list[notes.SentenceHit] = []
    refused: set[tuple[int, str]] = set()
    for part in prepared:
        if not part.english:
            continue
        hits.extend(
            notes.scan(
                part.prepared.plain,
                part.paragraphs,
                part.paragraph_base,
                part.sentences_of,
                refused,
            )
        )
    paragraphs_read = sum(len(part.paragraphs) for part in prepared if part.english)
    ruled = notes.decide(hits, paragraphs_read)
    decided = dict(ruled)
    reader_status = "off"
    if read:
        confirmed, reader_status = _reader_notes(prepared, hits, refused, ruled, paragraphs_read)
        decided.update(confirmed)
        if FREE_THRESHOLD is not None and paragraphs_read <= READER_MAX_PARAGRAPHS:
            freed = _reader_free(prepared, refused, decided, paragraphs_read)
            if freed:
                decided.update(freed)
                reader_status = "used"

    def evidence_of(start: int, end: int, paragraph: int) -> Evidence:
        part = prepared[paragraph_chapter[paragraph]]
        return Evidence(*part.prepared.quote(start, end), part.index)

    content: list[Suggestion] = []
    for label in CONTENT_NOTES:
        result = decided.get(label)
        if result is None:
            continue
        evidence = tuple(
            evidence_of(h.start, h.end, h.paragraph) for h in result.sentences[:MAX_EVIDENCE]
        )
        confidence, reasons = result.confidence, tuple(result.words[:8])
        if label == "death" and all(
            _in_passing(evidence_of(h.start, h.end, h.paragraph).text) for h in result.sentences
        ):
            confidence = min(confidence, _IN_PASSING_CONFIDENCE)
            reasons = (DEATH_IN_PASSING, *reasons[:7])
        content.append(
            Suggestion(
                label,
                round(confidence, 3),
                evidence,
                reasons=reasons,
                count=len(result.sentences),
            )
        )

    # Names: story paragraphs only (author's notes are not the story).
    # One coordinate space for the people module: chapter offsets made global, the
    # chapters kept apart by a large stride.
    stride = max((len(c.prepared.plain) for c in prepared), default=0) + 1
    global_mentions: list[people.Mention] = []
    name_patterns = names.names_pattern([c.prepared.plain for c in prepared])
    for part in prepared:
        p = part.prepared
        if not p.story:
            continue
        # Author's notes sit only before the first story paragraph or after the last.
        first, last = p.story[0].start, p.story[-1].end
        shift = stride * part.index
        for mention in names.scan(p.plain, name_patterns):
            if first <= mention.start and mention.end <= last:
                mention.start += shift
                mention.end += shift
                global_mentions.append(mention)
    global_plain = _GlobalText(prepared, stride)
    global_paragraphs = [
        (s + stride * paragraph_chapter[i], e + stride * paragraph_chapter[i])
        for i, (s, e) in enumerate(paragraph_spans)
    ]
    fandom_mentions = _fandom_mentions(names, prepared)
    voice = _voice(prepared, stride, global_paragraphs, global_plain)
    romantic = _Romance(
        decided, global_paragraphs, global_plain, paragraph_chapter, voice.in_speech
    )
    found = people.find_people(
        names,
        global_mentions,
        global_paragraphs,
        romantic,
        [(name, -1, -1) for name in fandom_mentions],  # evidence added below
        voice,
    )

    def evidence_at(start: int, end: int) -> Evidence:
        part = prepared[start // stride]
        local = start - stride * part.index
        local_end = end - stride * part.index
        s, e = part.sentence_around(local, local_end)
        return evidence_of(s, e, part.paragraph_base + part.paragraph_at(s))

    characters = tuple(
        Suggestion(
            person.name,
            person.confidence,
            tuple(_dedupe(evidence_at(s, e) for s, e in person.mentions[:MAX_EVIDENCE])),
            reasons=(person.how,),
            count=len(person.mentions),
        )
        for person in found.characters
    )
    fandoms = tuple(
        Suggestion(
            name,
            round(confidence, 3),
            tuple(
                ([fandom_mentions[name]] if name in fandom_mentions else [])
                + _dedupe(evidence_at(s, e) for s, e in spans if s >= 0)
            )[:MAX_EVIDENCE],
            reasons=("named in the notes",) if name in fandom_mentions else ("its characters",),
        )
        for name, confidence, spans in found.fandoms
    )
    relationships = tuple(
        Suggestion(
            tag.name,
            round(confidence, 3),
            tuple(_dedupe(evidence_at(s, e) for s, e in spans)),
            reasons=("romantic or intimate scenes together",)
            if tag.romantic
            else ("scenes together",),
        )
        for tag, confidence, spans in found.relationships
    )

    author_notes, spoiler_list, noted_list = _author_notes(prepared)
    rating = _rating(decided, content)
    english = [part.english for part in prepared if part.paragraphs]
    if english and not any(english):
        rating = Suggestion(RATINGS[0], 0.0, (), reasons=(NOT_ENGLISH,))
    # Archive warnings stand on the word lists' evidence only: a warning names what
    # happens (who dies, what was done), which a paragraph's overall reading cannot.
    warnings = _warnings(
        ruled,
        [s for s in content if s.name in ruled],
        found,
        prepared,
        stride,
        evidence_of,
        paragraph_chapter,
        global_plain,
        global_paragraphs,
    )
    stats = [facts.text_stats(c.prepared, c.english) for c in prepared]
    return Analysis(
        rating=rating,
        warnings=warnings,
        notes=tuple(content),
        fandoms=fandoms,
        characters=characters,
        relationships=relationships,
        author_notes=author_notes,
        spoilers=spoiler_list,
        stats=facts.merge_stats(stats) if stats else facts.merge_stats([]),
        chapters=tuple(stats),
        reader=reader_status,
        noted=noted_list,
    )


READER_REASON = "a cue too weak for the word lists, confirmed by the trained reader"
# A death note whose every sentence tells a death in passing or before the story ("my
# father died when I was nine", "the late Mr. Bingley"): the death is there, and the
# note stays, but authors tag a story's "Character Death" for the story's deaths, so it
# is offered as possible, with this reason first, and the rating stays General Audiences.
DEATH_IN_PASSING = "a death told in passing or before the story"
_IN_PASSING_CONFIDENCE = 0.6
# A note the reader gives only where the paragraph also reads as harm: a child on the
# page is not child abuse, a wound is graphic violence only in a violent paragraph.
_NEEDS_HARM = {
    "child-abuse": ("abuse", "violence", "sexual-violence"),
    "graphic-violence": ("violence",),
}
_LEANS = 0.5  # "more likely than not"
# The most word pieces the reader reads for one analysis (about half a second on one
# core of the benchmark machine): in a long work, the paragraphs with the strongest
# weak cues, taking each undecided note in turn.
READER_BUDGET = 1024
# Works longer than this many paragraphs (about 30,000 words) are read by the word lists
# alone: their notes rarely hang on one borderline paragraph, each paragraph more is one
# more chance of a false alarm, and the benchmark's 500,000-word work stays within its
# time and memory (docs/benchmarks.md).
READER_MAX_PARAGRAPHS = 400


# Free reading: the trained reader reads every story paragraph of a short text itself,
# and gives a note the word lists did not where a paragraph's chance reaches this. Off:
# measured with the fine-tuned reader of bench/finetune_reader.py at 0.95 it gained on
# the held-out sets but read nine of the 657 look-alike phrasings of tests/analysis and
# a clinical denial as content (docs/analysis-history.md, "Fine-tuning the reader").
FREE_THRESHOLD: float | None = None
FREE_REASON = "read by the trained reader"
# Only a text of at most this many word pieces (about 6,000 words: a chapter, a short
# work) is read whole; a longer one by the word lists and the reader as their judge.
FREE_BUDGET = 8192
_FREE_WORDS = 4  # shorter paragraphs ("Right," he said.) say too little to judge
# Notes free reading does not give: read free, the reader took talk of consent and
# refusal in ordinary scenes ("She was not a woman who did as she was told without a
# reason.") for sexual violence, on four of the thirty demo works; and swearing is
# words, which the word lists know with their innocent senses ("the king's bastard
# son", "the damned souls" read as strong language).
_FREE_NOT = frozenset({"sexual-violence", "strong-language"})


def _reader_free(
    prepared: list[_Chapter],
    refused: set[tuple[int, str]],
    decided: dict[str, notes.NoteResult],
    paragraphs_read: int,
) -> dict[str, notes.NoteResult]:
    """The notes the trained reader gives reading every story paragraph of a short text
    itself (at most FREE_BUDGET word pieces): a note not yet decided, where a paragraph's
    chance reaches FREE_THRESHOLD, also read without the cue words for it, and no cue for
    it there was turned down (denied, unreal, a figure of speech); in a long text, two
    such paragraphs. Never the notes of _FREE_NOT. Evidence: the paragraph's sentence
    that, read alone, reads most so."""
    assert FREE_THRESHOLD is not None
    model = reader.load()
    if model is None:
        return {}
    where: list[tuple[_Chapter, int, int]] = []  # chapter, paragraph in it, in the work
    texts: list[str] = []
    for part in prepared:
        if not part.english:
            continue
        for j, (s, e) in enumerate(part.paragraphs):
            paragraph = part.prepared.plain[s:e]
            if len(paragraph.split()) >= _FREE_WORDS:
                where.append((part, j, part.paragraph_base + j))
                texts.append(paragraph)
    if not texts or sum(model.encoder.token_counts(texts)) > FREE_BUDGET:
        return {}
    candidates: list[tuple[str, float, int]] = []
    for n, chance in enumerate(model.read(texts)):
        k = where[n][2]
        for label, p in chance.items():
            if label in decided or label in _FREE_NOT or p < FREE_THRESHOLD:
                continue
            if (k, label) in refused:
                continue
            harm = _NEEDS_HARM.get(label)
            if harm is not None and not any(chance[h] >= _LEANS for h in harm):
                continue
            candidates.append((label, p, n))
    # The reader must see the note in the rest of the paragraph, not only in words the
    # word lists know for it and did not hold there ("The old organ wheezed and died",
    # "Pt denies suicidal ideation"): read again without them, it must still reach the
    # threshold.
    stripped = [
        (label, n, _without(texts[n], notes.cue_words(texts[n].lower(), label)))
        for label, _p, n in candidates
    ]
    checks = [(label, n, t) for label, n, t in stripped if t != texts[n]]
    again = dict(
        zip(
            [(label, n) for label, n, _t in checks],
            model.read([t for _label, _n, t in checks]),
            strict=True,
        )
    )
    found: dict[str, list[tuple[float, int]]] = {}
    for label, p, n in candidates:
        left = again.get((label, n))
        if left is None or left[label] >= FREE_THRESHOLD:
            found.setdefault(label, []).append((p, n))
    long = paragraphs_read > notes.LONG
    results: dict[str, notes.NoteResult] = {}
    for label, paragraphs in sorted(found.items()):
        if long and len(paragraphs) < 2:
            continue
        paragraphs.sort(key=lambda x: (-x[0], x[1]))
        evidence = []
        for p, n in paragraphs[:MAX_EVIDENCE]:
            part, j, k = where[n]
            sentences = part.sentences_of(j)
            plain = part.prepared.plain
            alone = model.read([plain[a:b] for a, b in sentences])
            best = max(range(len(sentences)), key=lambda i: (alone[i][label], -i))
            a, b = sentences[best]
            evidence.append(notes.SentenceHit(a, b, k, scores={label: p}))
        results[label] = notes.NoteResult(label, paragraphs[0][0], evidence, [FREE_REASON])
    return results


def _without(paragraph: str, spans: list[tuple[int, int]]) -> str:
    """The paragraph with the words at `spans` (in order) taken out."""
    out, last = [], 0
    for a, b in spans:
        if a >= last:
            out.append(paragraph[last:a])
            last = b
    out.append(paragraph[last:])
    return "".join(out)


def _without_cues(paragraph: str, start: int, hits: list[notes.SentenceHit], label: str) -> str:
    """The paragraph (which begins at `start` in its chapter) with the cue words for
    `label` taken out."""
    spans = sorted(
        {(at - start, at - start + len(word)) for h in hits for word, at in h.spots.get(label, ())}
    )
    return _without(paragraph, spans)


def _reader_notes(
    prepared: list[_Chapter],
    hits: list[notes.SentenceHit],
    refused: set[tuple[int, str]],
    ruled: dict[str, notes.NoteResult],
    paragraphs_read: int,
) -> tuple[dict[str, notes.NoteResult], str]:
    """The content notes the trained reader confirms where the word lists saw a cue but
    not enough of one: a note they did not give, in a paragraph holding a cue for it
    that held (none turned down as denied, unreal or a figure of speech), whose chance,
    read as a whole, reaches the heads' threshold (in a long text, two such paragraphs:
    the reader is no surer of one stray borderline paragraph than the word lists).
    Evidence: the sentences with those cues.

    Let loose on every paragraph the reader found more on the held-out sets, but on real
    chapters it read "He did not believe she was there." as sexual violence: a reader
    trained on short passages meets thousands of ordinary paragraphs in a novel. As the
    judge of the cases the word lists found borderline it keeps part of the gain and
    reads only the few paragraphs that hold such a cue (docs/analysis.md)."""
    # Per note the word lists did not give, the sentences with its cues, by paragraph.
    weak: dict[str, dict[int, list[notes.SentenceHit]]] = {}
    for hit in hits:
        for label in hit.scores:
            if label not in ruled and (hit.paragraph, label) not in refused:
                weak.setdefault(label, {}).setdefault(hit.paragraph, []).append(hit)
    if not weak:
        return {}, "not needed"
    if paragraphs_read > READER_MAX_PARAGRAPHS:
        return {}, "too long"
    model = reader.load()  # loaded on first need
    if model is None:
        return {}, "not installed"
    queues = [  # per note, its paragraphs, strongest cues first
        sorted(found, key=lambda k: (-max(h.scores[label] for h in found[k]), k))
        for label, found in sorted(weak.items())
    ]
    text_of: dict[int, str] = {}
    start_of: dict[int, int] = {}
    for part in prepared:
        for j, (s, e) in enumerate(part.paragraphs):
            k = part.paragraph_base + j
            if any(k in found for found in weak.values()):
                text_of[k] = part.prepared.plain[s:e]
                start_of[k] = s
    cost = dict(zip(text_of, model.encoder.token_counts(list(text_of.values())), strict=True))
    order: dict[int, None] = {}  # round robin over the notes, within the budget
    spent = 0
    for rank in range(max(len(q) for q in queues)):
        for queue in queues:
            if rank >= len(queue) or queue[rank] in order:
                continue
            k = queue[rank]
            if order and spent + cost[k] > READER_BUDGET:
                continue
            spent += cost[k]
            order[k] = None
    texts = [text_of[k] for k in order]
    heads = model.heads
    with_cues = {(label, h.paragraph) for h in hits for label in h.scores}
    confirmed: dict[str, list[tuple[float, int]]] = {}
    for k, chance in zip(order, model.read(texts), strict=True):
        for label, p in chance.items():
            if p < heads.threshold or k not in weak.get(label, {}):
                continue
            harm = _NEEDS_HARM.get(label)
            if harm is not None and not any(
                chance[h] >= _LEANS or (h, k) in with_cues for h in harm
            ):
                continue
            confirmed.setdefault(label, []).append((p, k))
    # The reader must see the note in the rest of the paragraph too, not only in the cue
    # words the word lists already weighed ("The seal on the bottle was unbroken." is
    # substance use to it for the bottle alone): read again with those words taken out,
    # the paragraph must still reach the threshold.
    checks = [
        (label, p, k)
        for label, found in confirmed.items()
        for p, k in sorted(found, key=lambda x: (-x[0], x[1]))[:MAX_EVIDENCE]
    ]
    without = model.read(
        [_without_cues(text_of[k], start_of[k], weak[label][k], label) for label, _p, k in checks]
    )
    confirmed = {}
    for (label, p, k), chance in zip(checks, without, strict=True):
        if chance[label] >= heads.threshold:
            confirmed.setdefault(label, []).append((p, k))
    long = paragraphs_read > notes.LONG
    results: dict[str, notes.NoteResult] = {}
    for label, paragraphs in confirmed.items():
        paragraphs.sort(key=lambda x: (-x[0], x[1]))
        if long and len(paragraphs) < 2:
            continue
        evidence = [
            notes.SentenceHit(h.start, h.end, k, scores={label: p})
            for p, k in paragraphs
            for h in sorted(weak[label][k], key=lambda h: -h.scores[label])[:1]
        ]
        results[label] = notes.NoteResult(
            label, paragraphs[0][0], evidence[:MAX_EVIDENCE], [READER_REASON]
        )
    return results, "used"


class _GlobalText:
    """The chapters' plain texts seen through one coordinate space (chapter * stride +
    offset), without joining megabytes of text."""

    def __init__(self, chapters: list[_Chapter], stride: int) -> None:
        self.chapters = chapters
        self.stride = stride

    def slice(self, start: int, end: int) -> str:
        chapter = self.chapters[start // self.stride]
        base = self.stride * chapter.index
        return chapter.prepared.plain[start - base : end - base]

    def sentence_around(self, start: int, end: int) -> tuple[int, int]:
        chapter = self.chapters[start // self.stride]
        base = self.stride * chapter.index
        s, e = chapter.sentence_around(start - base, end - base)
        return base + s, base + e


# "I", "me", "my" in narration: the teller's own words for themselves; "you", "your": a
# letter's words for the one it is written to.
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|myself)\b")
_SECOND_PERSON = re.compile(r"\b(?:[Yy]ou|[Yy]ours?|[Yy]ourself)\b")


def _voice(
    chapters: list[_Chapter],
    stride: int,
    paragraphs: list[tuple[int, int]],
    global_text: _GlobalText,
) -> people.Voice:
    """Where the work's quoted speech is, and which paragraphs its narration tells in the
    first person, in the work's coordinates (see `people.Voice`)."""
    speech: list[tuple[int, int]] = []
    for part in chapters:
        base = stride * part.index
        speech.extend((base + d.start, base + d.end) for d in part.prepared.dialogue)
    speech.sort()
    starts = [a for a, _b in speech]

    def in_speech(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and speech[k][1] > pos

    def narrated(words: re.Pattern[str]) -> dict[int, tuple[int, int]]:
        """The paragraphs whose narration (not their quoted speech) holds one of these
        words, each with where it first does."""
        said: dict[int, tuple[int, int]] = {}
        for k, (a, b) in enumerate(paragraphs):
            if not chapters[a // stride].english:
                continue
            for m in words.finditer(global_text.slice(a, b)):
                if not in_speech(a + m.start()):
                    said[k] = (a + m.start(), a + m.end())
                    break
        return said

    @cache
    def first_person() -> dict[int, tuple[int, int]]:
        return narrated(_FIRST_PERSON)

    @cache
    def second_person() -> dict[int, tuple[int, int]]:
        return narrated(_SECOND_PERSON)

    # The first and last story paragraph of each English chapter: where a letter or a
    # diary names who wrote it.
    frames = tuple(
        (
            (base + first.start, base + first.end),
            (base + last.start, base + last.end),
        )
        for part in chapters
        if part.english and part.prepared.story
        for base, first, last in [
            (stride * part.index, part.prepared.story[0], part.prepared.story[-1])
        ]
    )
    return people.Voice(in_speech, first_person, global_text.slice, frames, second_person)


def _dedupe(items: Iterable[Evidence]) -> list[Evidence]:
    seen: set[tuple[int, int, int]] = set()
    out = []
    for e in items:
        key = (e.chapter, e.start, e.end)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def _fandom_mentions(names: people.NameIndex, chapters: list[_Chapter]) -> dict[str, Evidence]:
    """Fandoms named outright in the author's notes ("a Pride and Prejudice AU"), each
    with the note that names it."""
    found: dict[str, Evidence] = {}
    if not names.fandom_names:
        return found
    for chapter in chapters:
        p = chapter.prepared
        # (text, where it starts in its own coordinates, from the notes field or not)
        texts: list[tuple[str, int, bool]] = [(chapter.input.notes, 0, True)]
        texts += [(p.plain[n.span.start : n.span.end], n.span.start, False) for n in p.notes]
        for note, offset, field in texts:
            folded = note.casefold()
            if not folded:
                continue
            for name, canonical in names.fandom_names.items():
                if len(name) <= 3 or name not in folded or canonical in found:
                    continue
                m = re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", folded)
                if m is None:
                    continue
                if field:
                    found[canonical] = Evidence(
                        note[m.start() : m.end()], m.start(), m.end(), chapter.index, "notes"
                    )
                else:
                    quoted = p.quote(offset + m.start(), offset + m.end())
                    found[canonical] = Evidence(*quoted, chapter.index)
    return found


class _Romance:
    """The sentences of a paragraph that hold a sign of romance or intimacy (a romance
    word, or sexual content), as spans in the work's coordinates: read only for
    paragraphs where a relationship's characters meet, and once each. Whose romance it
    is, the people module decides from the names in each sentence."""

    def __init__(
        self,
        decided: dict[str, notes.NoteResult],
        paragraphs: list[tuple[int, int]],
        global_text: _GlobalText,
        paragraph_chapter: list[int],
        in_speech: Callable[[int], bool],
    ) -> None:
        self.sexual: dict[int, list[tuple[int, int]]] = {}
        sexual = decided.get("sexual-content")
        for h in sexual.sentences if sexual else ():
            base = global_text.stride * paragraph_chapter[h.paragraph]
            self.sexual.setdefault(h.paragraph, []).append((base + h.start, base + h.end))
        self.known: dict[int, list[tuple[int, int]]] = {}
        self.paragraphs = paragraphs
        self.text = global_text
        self.in_speech = in_speech

    def __call__(self, paragraph: int) -> list[tuple[int, int]]:
        found = self.known.get(paragraph)
        if found is None:
            s, e = self.paragraphs[paragraph]
            found = list(self.sexual.get(paragraph, ()))
            text = self.text.slice(s, e)
            lower = text.lower()
            signs = (
                _ROMANCE.finditer(lower)
                if len(lower) == len(text)
                else _ROMANCE_ANY_CASE.finditer(text)
            )
            spouses = (m for m in _SPOUSE.finditer(text) if not self.in_speech(s + m.start()))
            for m in (*signs, *_LOVES_A_NAME.finditer(text), *spouses):
                span = self.text.sentence_around(s + m.start(), s + m.end())
                if span not in found:
                    found.append(span)
            self.known[paragraph] = found
        return found


NOTED_REASON = "named in the author's notes"


def _author_notes(
    chapters: list[_Chapter],
) -> tuple[tuple[AuthorNote, ...], tuple[Suggestion, ...], tuple[Suggestion, ...]]:
    """The author's notes found inside the text, the spoiler signal of all notes, and
    the warnings the notes name (noted.named)."""
    found: list[AuthorNote] = []
    evidence: list[Evidence] = []
    warned: dict[str, list[Evidence]] = {}
    for chapter in chapters:
        p = chapter.prepared
        for block in p.notes:
            note_text = p.plain[block.span.start : block.span.end]
            quoted = p.quote(block.span.start, block.span.end)
            found.append(AuthorNote(*quoted, chapter.index, block.position))
            for a, b in spoilers.spoiler_sentences(note_text):
                quoted = p.quote(block.span.start + a, block.span.start + b)
                evidence.append(Evidence(*quoted, chapter.index))
            for name, a, b in noted.named(note_text):
                quoted = p.quote(block.span.start + a, block.span.start + b)
                warned.setdefault(name, []).append(Evidence(*quoted, chapter.index))
        field_notes = chapter.input.notes
        if field_notes.strip():
            for a, b in spoilers.spoiler_sentences(field_notes):
                evidence.append(Evidence(field_notes[a:b], a, b, chapter.index, "notes"))
            for name, a, b in noted.named(field_notes):
                warned.setdefault(name, []).append(
                    Evidence(field_notes[a:b], a, b, chapter.index, "notes")
                )
    spoiler = (
        (Suggestion("Spoilers", 0.9, tuple(evidence[:MAX_EVIDENCE]), count=len(evidence)),)
        if evidence
        else ()
    )
    order = {name: i for i, name in enumerate((*ARCHIVE_WARNINGS, *CONTENT_NOTES))}
    named = tuple(
        Suggestion(
            name,
            0.9,
            tuple(_dedupe(found_in)[:MAX_EVIDENCE]),
            reasons=(NOTED_REASON,),
            count=len(found_in),
        )
        for name, found_in in sorted(warned.items(), key=lambda item: order[item[0]])
    )
    return tuple(found), spoiler, named


def _rating(decided: dict[str, notes.NoteResult], content: list[Suggestion]) -> Suggestion:
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


def _in_passing(sentence: str) -> bool:
    """Whether a sentence tells its death in passing or as before the story."""
    return bool(PASSING_DEATH.search(sentence) or BEFORE_THE_STORY.search(sentence))


def _rated(step: int, reasons: list[str], basis: list[Suggestion]) -> Suggestion:
    evidence: list[Evidence] = []
    for suggestion in basis:
        evidence.extend(suggestion.evidence[:2])
    evidence = _dedupe(evidence)
    confidence = max(s.confidence for s in basis)
    return Suggestion(
        RATINGS[step], round(confidence, 3), tuple(evidence[:MAX_EVIDENCE]), reasons=tuple(reasons)
    )


def _warnings(
    decided: dict[str, notes.NoteResult],
    content: list[Suggestion],
    found: people.People,
    chapters: list[_Chapter],
    stride: int,
    evidence_of: Callable[[int, int, int], Evidence],
    paragraph_chapter: list[int],
    global_text: _GlobalText,
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


def _genders(found: people.People, global_text: _GlobalText) -> dict[str, str]:
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
    global_text: _GlobalText,
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
