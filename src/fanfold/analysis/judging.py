"""The trained reader (reader.py) in the engine: the judge of the cues the word lists
found too weak, within a budget of word pieces, and, when switched on, a reader of every
paragraph of a short text (free reading; off: see FREE_THRESHOLD)."""

from __future__ import annotations

from fanfold.analysis import notes, reader
from fanfold.analysis.work import MAX_EVIDENCE, Chapter

READER_REASON = "a cue too weak for the word lists, confirmed by the trained reader"
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


def reader_free(
    prepared: list[Chapter],
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
    where: list[tuple[Chapter, int, int]] = []  # chapter, paragraph in it, in the work
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


def reader_notes(
    prepared: list[Chapter],
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
