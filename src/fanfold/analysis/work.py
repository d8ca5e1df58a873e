"""A work as the engine reads it: its chapters, prepared, in one coordinate space, and
the evidence each suggestion may quote."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from fanfold.analysis import language, text
from fanfold.analysis.model import ChapterInput, Evidence

# The most sentences a suggestion quotes.
MAX_EVIDENCE = 5


class Chapter:
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


class GlobalText:
    """The chapters' plain texts seen through one coordinate space (chapter * stride +
    offset), without joining megabytes of text."""

    def __init__(self, chapters: list[Chapter], stride: int) -> None:
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


def dedupe(items: Iterable[Evidence]) -> list[Evidence]:
    seen: set[tuple[int, int, int]] = set()
    out = []
    for e in items:
        key = (e.chapter, e.start, e.end)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out
