"""The pipeline: prepare each chapter, read its sentences once, decide, explain.

chapters -> text.prepare (markup off, author's notes set apart, offsets kept)
         -> work.Chapter (language.is_english: the rules are English, other chapters
            are not read; sentences split only where asked for)
         -> notes.scan (content-note cues)      -> notes.decide
         -> judging (the trained reader, judge of the cues too weak to decide)
         -> verdicts.rating, verdicts.archive_warnings
         -> people.NameIndex.scan (names)       -> people.find_people
         -> facts.text_stats                    -> per chapter and merged
         -> spoilers.spoiler_sentences, noted.named over the author's notes
"""

from __future__ import annotations

import bisect
import gc
import re
from collections.abc import Callable, Sequence
from functools import cache

from fanfold.analysis import facts, judging, noted, notes, people, spoilers, text, verdicts
from fanfold.analysis.dictionary import TagDictionary
from fanfold.analysis.model import (
    ARCHIVE_WARNINGS,
    CONTENT_NOTES,
    RATINGS,
    Analysis,
    AuthorNote,
    ChapterInput,
    Evidence,
    Format,
    Suggestion,
)
from fanfold.analysis.work import MAX_EVIDENCE, Chapter, GlobalText, dedupe

NOT_ENGLISH = "not read: the text is not in English, and the rules read English only"
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

    prepared: list[Chapter] = []
    paragraph_chapter: list[int] = []
    paragraph_spans: list[tuple[int, int]] = []
    base = 0
    for i, chapter in enumerate(chapters):
        p = text.prepare(chapter.text, chapter.format)
        spans = [(s.start, s.end) for s in p.story]
        prepared.append(Chapter(i, chapter, p, base, spans))
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
        confirmed, reader_status = judging.reader_notes(
            prepared, hits, refused, ruled, paragraphs_read
        )
        decided.update(confirmed)
        if judging.FREE_THRESHOLD is not None and paragraphs_read <= judging.READER_MAX_PARAGRAPHS:
            freed = judging.reader_free(prepared, refused, decided, paragraphs_read)
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
            verdicts.in_passing(evidence_of(h.start, h.end, h.paragraph).text)
            for h in result.sentences
        ):
            confidence = min(confidence, verdicts.IN_PASSING_CONFIDENCE)
            reasons = (verdicts.DEATH_IN_PASSING, *reasons[:7])
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
    global_plain = GlobalText(prepared, stride)
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
            tuple(dedupe(evidence_at(s, e) for s, e in person.mentions[:MAX_EVIDENCE])),
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
                + dedupe(evidence_at(s, e) for s, e in spans if s >= 0)
            )[:MAX_EVIDENCE],
            reasons=("named in the notes",) if name in fandom_mentions else ("its characters",),
        )
        for name, confidence, spans in found.fandoms
    )
    relationships = tuple(
        Suggestion(
            tag.name,
            round(confidence, 3),
            tuple(dedupe(evidence_at(s, e) for s, e in spans)),
            reasons=("romantic or intimate scenes together",)
            if tag.romantic
            else ("scenes together",),
        )
        for tag, confidence, spans in found.relationships
    )

    author_notes, spoiler_list, noted_list = _author_notes(prepared)
    rating = verdicts.rating(decided, content)
    english = [part.english for part in prepared if part.paragraphs]
    if english and not any(english):
        rating = Suggestion(RATINGS[0], 0.0, (), reasons=(NOT_ENGLISH,))
    # Archive warnings stand on the word lists' evidence only: a warning names what
    # happens (who dies, what was done), which a paragraph's overall reading cannot.
    warnings = verdicts.archive_warnings(
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


# "I", "me", "my" in narration: the teller's own words for themselves; "you", "your": a
# letter's words for the one it is written to.
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|myself)\b")
_SECOND_PERSON = re.compile(r"\b(?:[Yy]ou|[Yy]ours?|[Yy]ourself)\b")


def _voice(
    chapters: list[Chapter],
    stride: int,
    paragraphs: list[tuple[int, int]],
    global_text: GlobalText,
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


def _fandom_mentions(names: people.NameIndex, chapters: list[Chapter]) -> dict[str, Evidence]:
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
        global_text: GlobalText,
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
    chapters: list[Chapter],
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
            tuple(dedupe(found_in)[:MAX_EVIDENCE]),
            reasons=(NOTED_REASON,),
            count=len(found_in),
        )
        for name, found_in in sorted(warned.items(), key=lambda item: order[item[0]])
    )
    return tuple(found), spoiler, named
