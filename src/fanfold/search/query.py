"""The query language of the search box, parsed into terms the backends translate.

    lamplight quay             both words, anywhere (title, tags, creators, summary,
                               notes, chapter text); whole words, no prefixes
    "the lamps came on"        a phrase
    -angst  -"fix it"          not this word or phrase
    title:lamplight  author:quill  tag:"hurt/comfort"  summary:ledger  notes:thanks
                               only in that field (a prefix may be negated: -tag:angst)

Any input parses: an unclosed quote runs to the end, a lone "-" or an empty field is
dropped, and a word that is all punctuation or an operator of the engines (*, ^, NEAR,
parentheses) is only text here. The backends quote every term they pass on.
"""

from __future__ import annotations

from dataclasses import dataclass

from .text import has_words

# Field prefixes and what they search.
FIELDS = ("title", "author", "tag", "summary", "notes")
# Enough for any real query; bounds the work one query can ask of the database.
MAX_QUERY_CHARS = 1000
MAX_TERMS = 16


@dataclass(frozen=True)
class Term:
    text: str
    field: str | None = None
    negated: bool = False
    phrase: bool = False

    def __str__(self) -> str:
        text = f'"{self.text}"' if self.phrase or " " in self.text else self.text
        return f"{'-' if self.negated else ''}{self.field + ':' if self.field else ''}{text}"


@dataclass(frozen=True)
class ParsedQuery:
    terms: tuple[Term, ...] = ()

    @property
    def required(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if not t.negated)

    @property
    def excluded(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.negated)

    @property
    def is_empty(self) -> bool:
        return not self.terms

    def __str__(self) -> str:
        return " ".join(str(t) for t in self.terms)


def parse_query(text: str) -> ParsedQuery:
    """Parse what a reader typed. Never raises."""
    text = (text or "")[:MAX_QUERY_CHARS]
    terms: list[Term] = []
    i, end = 0, len(text)
    while i < end and len(terms) < MAX_TERMS:
        if text[i].isspace():
            i += 1
            continue
        negated = text[i] == "-"
        if negated:
            i += 1
        field = None
        for name in FIELDS:
            if text[i : i + len(name) + 1].lower() == name + ":":
                field = name
                i += len(name) + 1
                break
        phrase = i < end and text[i] == '"'
        if phrase:
            close = text.find('"', i + 1)
            close = end if close == -1 else close
            value, i = text[i + 1 : close], close + 1
        else:
            start = i
            while i < end and not text[i].isspace():
                i += 1
            value = text[start:i]
        value = " ".join(value.split())
        if has_words(value):
            terms.append(Term(text=value, field=field, negated=negated, phrase=phrase))
    return ParsedQuery(tuple(dict.fromkeys(terms)))
