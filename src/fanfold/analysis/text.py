"""The text layer: markup removed with an exact offset map back to the input, the
story's paragraphs told apart from author's notes, sentences and quoted speech.

Everything here works with compiled regexes over the whole text or per paragraph;
no per-character Python loops, so a 3 MB work is read in a fraction of a second.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


Format = Literal["plain", "html", "markdown"]


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class NoteBlock:
    span: Span
    position: Literal["start", "end"]


class _OffsetMap:
    """Plain offset -> source offset, stored as runs.

    Run k covers plain [plain_starts[k], plain_starts[k+1]) and source
    [src_starts[k], src_ends[k]). A literal run maps character for character; a
    replacement run (a decoded entity, an inserted paragraph break) maps every one of
    its characters to the whole source segment it replaced.
    """

    __slots__ = ("literal", "plain_len", "plain_starts", "src_ends", "src_starts")

    def __init__(self) -> None:
        self.plain_starts: list[int] = []
        self.src_starts: list[int] = []
        self.src_ends: list[int] = []
        self.literal: list[bool] = []
        self.plain_len = 0

    def add(self, plain_len: int, src_start: int, src_end: int, literal: bool) -> None:
        if plain_len <= 0:
            return
        self.plain_starts.append(self.plain_len)
        self.src_starts.append(src_start)
        self.src_ends.append(src_end)
        self.literal.append(literal)
        self.plain_len += plain_len

    def _run(self, i: int) -> int:
        return max(0, bisect_right(self.plain_starts, i) - 1)

    def start_of(self, i: int) -> int:
        if not self.plain_starts:
            return 0
        if i >= self.plain_len:
            return self.src_ends[-1]
        k = self._run(i)
        if self.literal[k]:
            return self.src_starts[k] + (i - self.plain_starts[k])
        return self.src_starts[k]

    def end_of(self, i: int) -> int:
        """Source offset just after plain character i."""
        if not self.plain_starts:
            return 0
        if i >= self.plain_len:
            return self.src_ends[-1]
        k = self._run(i)
        if self.literal[k]:
            return self.src_starts[k] + (i - self.plain_starts[k]) + 1
        return self.src_ends[k]


class Prepared:
    """A chapter's text ready for analysis (see module docstring)."""

    __slots__ = ("_map", "dialogue", "notes", "plain", "source", "story", "verbatim")

    def __init__(
        self,
        source: str,
        plain: str,
        offsets: _OffsetMap | None,
        story: tuple[Span, ...],
        notes: tuple[NoteBlock, ...],
        dialogue: tuple[Span, ...],
        verbatim: bool = True,
    ) -> None:
        self.source = source
        self.plain = plain
        self._map = offsets  # None: plain is source
        self.story = story
        self.notes = notes
        self.dialogue = dialogue
        # Plain text: a quote is the source itself (CRLF line ends included); HTML and
        # Markdown are quoted as read, without their markup.
        self.verbatim = verbatim

    def source_offset(self, i: int) -> int:
        if self._map is None:
            return min(max(i, 0), len(self.source))
        return self._map.start_of(max(i, 0))

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        if self._map is None:
            n = len(self.source)
            return min(max(start, 0), n), min(max(end, start, 0), n)
        s = self._map.start_of(max(start, 0))
        if end <= start:
            return s, s
        return s, max(s, self._map.end_of(end - 1))

    def quote(self, start: int, end: int) -> tuple[str, int, int]:
        """The text of plain[start:end] as evidence quotes it, with its source offsets."""
        s, e = self.source_span(start, end)
        return (self.source[s:e] if self.verbatim else self.plain[start:end]), s, e

    def __repr__(self) -> str:
        return (
            f"Prepared(plain={len(self.plain)} chars, story={len(self.story)} paragraphs, "
            f"notes={len(self.notes)}, dialogue={len(self.dialogue)})"
        )


# ---------------------------------------------------------------- markup removal

_BREAK = "\n\n"
_BLOCK_TAGS = _words(
    """
    p br div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote hr pre table tr td th thead
    tbody tfoot caption section article aside header footer nav main figure figcaption
    address center body html form fieldset details summary
    """
)
_RULE_TAGS = frozenset({"hr"})
_HTML_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(script|style|head|template|noscript)\b[^>]*>.*?(?:</\1\s*>|\Z)"
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    r"|<[!?][^>]*>"
    r"|</?([a-zA-Z][a-zA-Z0-9:-]*)(?:[^>\"']|\"[^\"]*\"|'[^']*')*>"
    r"|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?",
    re.DOTALL | re.IGNORECASE,
)


class _Builder:
    def __init__(self, source: str) -> None:
        self.source = source
        self.parts: list[str] = []
        self.map = _OffsetMap()
        self.rules: list[int] = []  # plain offsets of scene-break rules (<hr>, ***)

    def literal(self, start: int, end: int) -> None:
        if end > start:
            self.parts.append(self.source[start:end])
            self.map.add(end - start, start, end, True)

    def replace(self, text: str, start: int, end: int) -> None:
        if text:
            self.parts.append(text)
            self.map.add(len(text), start, end, False)

    def rule(self, start: int, end: int) -> None:
        self.rules.append(self.map.plain_len)
        self.replace(_BREAK, start, end)

    def plain(self) -> str:
        return "".join(self.parts)


def _strip_html(source: str, b: _Builder) -> None:
    # The hot loop of HTML input: runs are appended to local lists, not through methods.
    parts = b.parts
    om = b.map
    p_starts, s_starts, s_ends, literal = om.plain_starts, om.src_starts, om.src_ends, om.literal
    plen = om.plain_len
    block, rule_tags, unescape = _BLOCK_TAGS, _RULE_TAGS, html.unescape
    pos = 0
    after_break = -1  # source offset just after the last paragraph break emitted
    for m in _HTML_TOKEN.finditer(source):
        ms, me = m.span()
        name = m.group(2)
        if name is not None:
            name = name.lower()
            if name in block:
                if name in rule_tags:
                    b.rules.append(plen)
                if after_break == pos and (ms == pos or source[pos:ms].isspace()):
                    # "</p>\n<p>": one break for the whole run of block tags
                    s_ends[-1] = me
                    pos = after_break = me
                    continue
                if ms > pos:
                    parts.append(source[pos:ms])
                    p_starts.append(plen)
                    s_starts.append(pos)
                    s_ends.append(ms)
                    literal.append(True)
                    plen += ms - pos
                parts.append(_BREAK)
                p_starts.append(plen)
                s_starts.append(ms)
                s_ends.append(me)
                literal.append(False)
                plen += 2
                pos = after_break = me
                continue
        if ms > pos:
            parts.append(source[pos:ms])
            p_starts.append(plen)
            s_starts.append(pos)
            s_ends.append(ms)
            literal.append(True)
            plen += ms - pos
        elif after_break == pos and source[ms] == "<":
            after_break = me  # an inline tag or comment right after a break adds no text
        pos = me
        if name is not None:
            continue
        token = m.group()
        if token[0] != "&":
            continue  # comment, script/style/head contents, doctype
        decoded = unescape(token)
        parts.append(decoded)
        p_starts.append(plen)
        s_starts.append(ms)
        s_ends.append(me)
        literal.append(decoded == token)
        plen += len(decoded)
    if pos < len(source):
        parts.append(source[pos:])
        p_starts.append(plen)
        s_starts.append(pos)
        s_ends.append(len(source))
        literal.append(True)
        plen += len(source) - pos
    om.plain_len = plen


_MD_RULE = re.compile(r"[ ]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|={3,}[ \t]*)")
_MD_FENCE = re.compile(r"[ ]{0,3}(?:`{3,}|~{3,})[^\n]*")
_MD_PREFIX = re.compile(
    r"[ ]{0,3}(?P<heading>\#{1,6}(?:[ \t]+|$))"
    r"|[ ]{0,3}(?P<quote>(?:>[ \t]?)+)(?:(?P<qbullet>[*+-]|\d{1,9}[.)])[ \t]+)?"
    r"|[ \t]*(?P<bullet>[*+-]|\d{1,9}[.)])[ \t]+"
)
_MD_INLINE = re.compile(
    r"!\[[^\]\n]*\]\([^)\n]*\)"  # image: dropped
    r"|\[(?=[^\]\n]*\]\([^)\n]*\))"  # link text opens: dropped
    r"|\]\([^)\n]*\)"  # link target: dropped
    r"|\\(?P<escaped>[\\`*_{}\[\]()#+\-.!>~|])"
    r"|(?P<stars>\*{1,3})"
    r"|(?P<unders>_{1,3})"
    r"|`+"
    r"|(?P<tag></?[a-zA-Z][a-zA-Z0-9-]*(?:[^>\"'\n]|\"[^\"\n]*\"|'[^'\n]*')*>)"
    r"|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)
_HEADING_TAIL = re.compile(r"[ \t]+#+[ \t]*$")


def _md_inline(source: str, b: _Builder, start: int, end: int) -> None:
    pos = start
    for m in _MD_INLINE.finditer(source, start, end):
        ms, me = m.span()
        kind = m.lastgroup
        token = m.group()
        if kind in ("stars", "unders"):
            before = source[ms - 1] if ms > start else " "
            after = source[me] if me < end else " "
            if before.isspace() and after.isspace():
                continue  # a lone "*" between words is text
            if before.isalnum() and after.isalnum():
                continue  # intraword: snake_case, f*ck
        if ms > pos:
            b.literal(pos, ms)
        pos = me
        if kind == "escaped":
            b.literal(me - 1, me)
        elif kind == "tag":
            name = re.match(r"</?([a-zA-Z0-9-]+)", token)
            tag = name.group(1).lower() if name else ""
            if tag in _RULE_TAGS:
                b.rule(ms, me)
            elif tag in _BLOCK_TAGS:
                b.replace(_BREAK, ms, me)
        elif token[0] == "&":
            decoded = html.unescape(token)
            if decoded == token:
                b.literal(ms, me)
            else:
                b.replace(decoded, ms, me)
    if pos < end:
        b.literal(pos, end)


def _strip_markdown(source: str, b: _Builder) -> None:
    pos = 0
    n = len(source)
    in_fence = False
    while pos < n:
        nl = source.find("\n", pos)
        line_end = n if nl < 0 else nl
        next_pos = n if nl < 0 else nl + 1
        if _MD_FENCE.fullmatch(source, pos, line_end):
            in_fence = not in_fence
            b.replace(_BREAK, pos, line_end)
        elif in_fence:
            b.literal(pos, line_end)
        elif _MD_RULE.fullmatch(source, pos, line_end):
            b.rule(pos, line_end)
        else:
            start = pos
            content_end = line_end
            m = _MD_PREFIX.match(source, pos, line_end)
            if m:
                if m.group("heading") is not None:
                    b.replace(_BREAK, pos, m.end())
                    tail = _HEADING_TAIL.search(source, m.end(), line_end)
                    if tail:
                        content_end = tail.start()
                elif m.group("bullet") is not None or m.group("qbullet") is not None:
                    b.replace(_BREAK, pos, m.end())
                start = m.end()
            _md_inline(source, b, start, content_end)
            if m and m.group("heading") is not None:
                b.replace(_BREAK, content_end, line_end)
            elif content_end < line_end:
                b.literal(content_end, line_end)
        if nl >= 0:
            b.literal(nl, nl + 1)
        pos = next_pos


def _strip_crlf(source: str, b: _Builder) -> None:
    pos = 0
    for m in re.finditer(r"\r\n?", source):
        b.literal(pos, m.start())
        b.replace("\n", m.start(), m.end())
        pos = m.end()
    b.literal(pos, len(source))


# ---------------------------------------------------------------- paragraphs

_PARA_GAP = re.compile(r"\n[^\S\n]*\n\s*")
_LINE_GAP = re.compile(r"\n\s*")
_NONSPACE = re.compile(r"\S")
# A scene separator: a short line of symbols (*** * * * --- ~~~ === ooo xXx #).
_SEPARATOR = re.compile(
    r"(?:[^\w\s\"'“”\u2018\u2019«»]|_)+(?:\s+(?:[^\w\s\"'“”\u2018\u2019«»]|_)+)*"
    r"|[^\w\"'“”\u2018\u2019«»]*(?:[oO0xX][^\w\"'“”\u2018\u2019«»]*){3,}"
    r"|[~=*\-\s]*(?:scene|line|page)\s*break[~=*\-\s]*",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Unit:
    start: int
    end: int
    separator: bool


def _paragraph_units(plain: str, rules: list[int], by_line: bool) -> list[_Unit]:
    """Paragraphs (trimmed) and scene separators, in order."""
    units: list[_Unit] = []
    gap = _LINE_GAP if by_line else _PARA_GAP
    separator = _SEPARATOR.fullmatch
    head = _NONSPACE.search(plain)
    pos = head.start() if head else len(plain)
    end = len(plain.rstrip())
    for m in gap.finditer(plain, pos, end):
        gs = m.start()
        if plain[gs - 1] in " \t\r\u00a0":  # spaces before the break
            gs = pos + len(plain[pos:gs].rstrip())
        if gs > pos:
            units.append(_Unit(pos, gs, gs - pos <= 40 and bool(separator(plain, pos, gs))))
        if rules:
            k = bisect_right(rules, m.end())
            if k > 0 and rules[k - 1] >= gs - 2:
                units.append(_Unit(gs, gs, True))
        pos = m.end()
    if pos < end:
        units.append(_Unit(pos, end, end - pos <= 40 and bool(separator(plain, pos, end))))
    return units


# ---------------------------------------------------------------- author's notes

# Markers that always open an author's note.
_NOTE_MARK = re.compile(
    r"[\s\[(*_~<{]*(?:A\s*/\s*N\b|AN\s*[*_]*\s*[:)\]\-\u2013—]|A\.\s?N\.|N\s*/\s*A\s*[*_]*\s*:"
    r"|(?i:a\s*/\s*n\b|author[\u2019']?s?[\u2019']?\s+notes?\b|authors?\s+notes?\b"
    r"|(?:end|beginning|chapter|story|work|opening|closing|final)\s+notes?\s*[*_]*\s*[:)\]\-\u2013—]"
    r"|disclaimers?\s*[*_]*\s*[:)\]\-\u2013—]))"
)
_POSTSCRIPT = re.compile(r"[\s\[(*_~<{]*(?i:ps|p\.s\.)")
# Markers that open a note only when the paragraph talks to readers ("Note: the door
# was locked" can be story; "Note: thanks for waiting" is not).
_WEAK_NOTE_MARK = re.compile(
    r"[\s\[(*_~<{]*(?i:notes?|warnings?|summary|spoilers?|rating|pairings?|dedication"
    r"|beta(?:'d|ed)?(?:\s+by)?|prompt|trigger\s+warnings?|tw|cw|content\s+(?:warnings?|notes?)"
    r"|fandom|characters?|word\s+count|ps|p\.s\.)\s*[*_]*\s*[:)\]\-\u2013—]"
)
_READER_TALK = re.compile(
    r"\b(?:enjoy\w*|reviews?|review(?:ed|ing)|comments?|comment(?:ed|ing)|kudos|thanks?|thank\s+you"
    r"|beta\w*|chapters?|updates?|updat(?:ed|ing)|fics?|fanfic\w*|story|stories|disclaimer\w*"
    r"|own(?:s|ed)?|spoilers?|readers?|reading|posted|posting|prompt|oneshot|one-shot|au|ao3"
    r"|tumblr|wattpad|sequel|hiatus|cliffhanger|lol|xx+|standalone|stand-alone|canon\w*"
    r"|set\s+(?:after|before|during)|exchange|drabble|prompt|anon|hurt/comfort|h/c|whump\w*"
    r"|fluff(?:y)?|angst(?:y)?|smut(?:ty)?|pwp|slow[\s-]burn|title\s+(?:is\s+)?(?:taken\s+)?from"
    r"|head-?canons?|crossover|fix-it|missing\s+scene|coda|ficlet|otp|song-?fic|inspired\s+by"
    r"|written\s+for)\b",
    re.IGNORECASE,
)
_STRONG_READER_TALK = re.compile(
    r"\b(?:reviews?|review(?:ed|ing)|kudos|thanks?\s+(?:so\s+much\s+)?for\s+reading|comments?"
    r"|next\s+chapter|last\s+chapter|this\s+chapter|beta\w*|fic|fanfic\w*|disclaimer|updates?"
    r"|hope\s+you\s+(?:all\s+)?(?:enjoy|like)\w*|ao3|tumblr|wattpad|sequel|hiatus|spoilers?"
    r"|spoiler-free|standalone|stand-alone|one-?shot|post-canon|pre-canon|canon-compliant"
    r"|set\s+(?:after|before|during)\s+(?:the\s+)?(?:events|book|series|season|episode|finale|chapter)"
    r"|written\s+for|(?:gift|fic|prompt)\s+exchange|prompt(?:ed)?)\b",
    re.IGNORECASE,
)
_QUOTES = re.compile(r"[\"“”«»„]")
# A line of a chat log or message thread: "kez: did u see", "[22:03] sam: no". Two or more
# make a paragraph story told in messages (a chatfic), not its author talking, whatever
# words of fandom ("posted", "lol") the messages use.
CHAT_LINE = re.compile(
    r"^[ \t]*(?:\[?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\]?[ \t]*)?[a-z][\w ]{0,15}:[ \t]+\S",
    re.MULTILINE,
)
_THIRD_NARRATION = re.compile(r"\b(?:he|she|they|his|her|him|them|their)\b", re.IGNORECASE)
_HE_SHE_SUBJECT = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\s+[a-z]+(?:ed|s)\b")
_I_YOU = re.compile(r"\bI\b.*\byou\b|\byou\b.*\bI\b", re.IGNORECASE | re.DOTALL)
_BRACKETED = re.compile(r"\s*[\[(].*[\])]\s*", re.DOTALL)
_SEPARATOR_LOOKAHEAD = 8
_END_THANKS_CHARS = 200
_NOTE_SCAN = 12
_END_NOTE_TRAIL = 4


def _is_marked(plain: str, u: _Unit) -> bool:
    if u.separator:
        return False
    if _NOTE_MARK.match(plain, u.start, u.end):
        return True
    m = _WEAK_NOTE_MARK.match(plain, u.start, u.end)
    if not m:
        return False
    rest = plain[m.end() : u.end]
    if _POSTSCRIPT.match(plain, u.start, m.end()):
        # A letter's postscript is story in an epistolary chapter ("P.S. I need not tell
        # you this is a secret."): the author's own names the fandom's things ("P.S. I'm
        # on tumblr", "P.S. thanks for the reviews").
        return bool(_READER_TALK.search(rest))
    return len(rest.split()) <= 2 or _talks_to_readers(plain, u)


def _talks_to_readers(plain: str, u: _Unit, strong: bool = False) -> bool:
    if u.separator or _QUOTES.search(plain, u.start, u.end):
        return False
    text = plain[u.start : u.end]
    if len(CHAT_LINE.findall(text)) >= 2:
        return False  # messages: the story itself
    if strong:
        return bool(_STRONG_READER_TALK.search(text))
    thirds = len(_THIRD_NARRATION.findall(text))
    words = text.count(" ") + 1
    if thirds >= 3 and thirds * 12 > words:
        return False  # reads like third-person narration
    return bool(_READER_TALK.search(text) or _I_YOU.search(text))


# (the pronoun "I" as written, the others in any case: "My beta", "You guys")
_FIRST_OR_SECOND = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|(?i:my|me|we|our|us|you|your))\b")


def _continues_note(plain: str, u: _Unit) -> bool:
    """Whether a paragraph after a note at the start still talks to readers. A word of
    fandom is not enough where the paragraph tells someone's doings with nobody talking:
    "She found him in the breakfast room, reading the paper" opens the story, while "Thanks
    to Jo for the beta, she's a star" and "Enjoy!" go on with the note."""
    if _talks_to_readers(plain, u, strong=True):
        return True
    if not _talks_to_readers(plain, u):
        return False
    text = plain[u.start : u.end]
    return len(_THIRD_NARRATION.findall(text)) < 2 or bool(_FIRST_OR_SECOND.search(text))


def _is_bracketed_note(plain: str, u: _Unit) -> bool:
    if u.separator or not _BRACKETED.fullmatch(plain, u.start, u.end):
        return False
    return _talks_to_readers(plain, u)


def _labelled_block(plain: str, units: list[_Unit], i: int) -> bool:
    """Whether units[i] opens a block of two or more labelled paragraphs ("Summary: Lucy
    writes to Mina.", "Rating: T", "Notes: ..."): a work's details put before the story,
    whatever each of them says."""
    labelled = 0
    for u in units[i : i + 2]:
        if u.separator or not (
            _NOTE_MARK.match(plain, u.start, u.end) or _WEAK_NOTE_MARK.match(plain, u.start, u.end)
        ):
            break
        labelled += 1
    return labelled == 2


def _start_note(plain: str, units: list[_Unit]) -> tuple[int, int] | None:
    """(first, last) unit indexes of a note at the start, inclusive."""
    texts = [i for i, u in enumerate(units[:_NOTE_SCAN]) if not u.separator]
    if not texts:
        return None
    first = texts[0]
    candidates = [first]
    # A short title line ("Chapter 3", "The Red Door") may come before the note.
    if len(texts) > 1:
        u = units[first]
        if (
            u.end - u.start <= 60
            and plain[u.end - 1] not in '.!?"”'
            and "\n" not in plain[u.start : u.end]
        ):
            candidates.append(texts[1])
    marked = next((i for i in candidates if _is_marked(plain, units[i])), None)
    if marked is None:
        marked = next((i for i in candidates if _labelled_block(plain, units, i)), None)
    if marked is None:
        marked = next((i for i in candidates if _is_bracketed_note(plain, units[i])), None)
    if marked is None:
        # An unmarked first paragraph that plainly talks about the work ("Set after the
        # finale, so spoilers"), when a story follows.
        for i in candidates:
            u = units[i]
            if (
                i + 1 < len(units)
                and _talks_to_readers(plain, u, strong=True)
                and not _HE_SHE_SUBJECT.search(plain, u.start, u.end)
            ):
                marked = i
                break
    if marked is None:
        # Unmarked words to readers closed by a scene separator ("Thanks for the reviews!\n***").
        for j in range(first, min(len(units), first + 4)):
            if units[j].separator:
                if j > first and all(
                    _talks_to_readers(plain, units[k], strong=True) for k in range(first, j)
                ):
                    return first, j - 1
                break
        return None
    limit = min(len(units), marked + 1 + _SEPARATOR_LOOKAHEAD)
    for j in range(marked + 1, limit):
        if units[j].separator:
            return marked, j - 1
    last = marked
    for j in range(marked + 1, len(units)):
        u = units[j]
        if u.separator or not (_is_marked(plain, u) or _continues_note(plain, u)):
            break
        last = j
    # A note never swallows the whole text.
    if last == len(units) - 1 and marked == first:
        last = max(marked, last - 1) if last > marked else last
    return marked, last


def _story_like(plain: str, u: _Unit) -> bool:
    if _QUOTES.search(plain, u.start, u.end):
        return True
    text = plain[u.start : u.end]
    thirds = len(_THIRD_NARRATION.findall(text))
    return thirds >= 3 and thirds * 12 > text.count(" ") + 1


def _end_note(plain: str, units: list[_Unit], floor: int) -> int | None:
    """First unit index of a note running to the end."""
    n = len(units)
    lo = max(floor, n - _NOTE_SCAN)
    i = n - 1
    start: int | None = None
    # Walk back over paragraphs that do not read like story; the earliest marked one
    # starts the note. After a marked paragraph only a few short words may follow,
    # unless a scene separator sets the whole block apart.
    while i >= lo and not units[i].separator and not _story_like(plain, units[i]):
        if _is_marked(plain, units[i]):
            start = i
        i -= 1
    if start is not None:
        if start >= n - _END_NOTE_TRAIL or (i >= lo and units[i].separator and i + 1 == start):
            return start
        start = None
    if i >= lo and units[i].separator and i + 1 < n:
        rest = units[i + 1 :]
        if all(_talks_to_readers(plain, r, strong=True) or _is_marked(plain, r) for r in rest):
            return i + 1
    if n - 1 >= lo and _is_bracketed_note(plain, units[n - 1]):
        return n - 1
    # Unmarked thanks at the very end, with no separator ("Thanks for reading! Comments
    # keep me going <3"): short paragraphs that plainly talk to readers and tell nobody's
    # doings ("She read the reviews again." is story), after a story.
    first = n
    while (
        first - 1 > max(lo, floor)
        and units[first - 1].end - units[first - 1].start <= _END_THANKS_CHARS
        and _talks_to_readers(plain, units[first - 1], strong=True)
        and not _THIRD_NARRATION.search(plain, units[first - 1].start, units[first - 1].end)
    ):
        first -= 1
    return first if first < n else None


# ---------------------------------------------------------------- dialogue

_DOUBLE = re.compile(r"[\"“”«»]")
_SINGLE_OPEN = re.compile(
    r"['\u2018](?<![^\s(\[{—\u2013\-\"“«]['\u2018])(?=[^\W\d_]|…|\.\.\.|—)"
    r"(?!(?:tis|twas|twere|twill|twould|em|cause|cos|coz|til|till|bout|round|n|s|re|ve|ll|d"
    r"|un|ere|ow|alf|appen|ope|im|er|ome|twixt|neath|mongst|gainst|nuff|kay|sup|ya)\b)",
    re.IGNORECASE,
)
_SINGLE_CLOSE = re.compile(r"(?<=[,.!?…—\u2013\-;:])['\u2019](?![^\W_])")
_SINGLE_CLOSE_WEAK = re.compile(r"(?<=[^\W\d_])(?<![sS])['\u2019](?=[\s,;:.!?)\]—\u2013]|$)")


def _dialogue_in(plain: str, start: int, end: int, out: list[Span]) -> None:
    doubles: list[Span] = []
    open_at = -1
    opener = ""
    for m in _DOUBLE.finditer(plain, start, end):
        ch = m.group()
        i = m.start()
        if open_at < 0:
            if ch not in "”»":
                open_at, opener = i, ch
        elif ch == '"' or (ch == "”" and opener in '"“') or (ch == "»" and opener == "«"):
            doubles.append(Span(open_at, i + 1))
            open_at = -1
        elif ch in "“«":  # a new opening mark: the previous speech was never closed
            doubles.append(Span(open_at, i))
            open_at, opener = i, ch
    if open_at >= 0:
        doubles.append(Span(open_at, end))
    if plain.find("'", start, end) < 0 and plain.find("\u2018", start, end) < 0:
        out.extend(doubles)
        return
    singles: list[Span] = []
    pos = start
    d = 0
    while True:
        opening = _SINGLE_OPEN.search(plain, pos, end)
        if not opening:
            break
        i = opening.start()
        while d < len(doubles) and doubles[d].end <= i:
            d += 1
        if d < len(doubles) and doubles[d].start <= i:
            pos = doubles[d].end  # nested inside double-quoted speech
            continue
        limit = doubles[d].start if d < len(doubles) else end
        c = _SINGLE_CLOSE.search(plain, i + 2, limit) or _SINGLE_CLOSE_WEAK.search(
            plain, i + 2, limit
        )
        if c:
            singles.append(Span(i, c.end()))
            pos = c.end()
        elif i == start:
            singles.append(Span(i, limit))  # speech continuing into the next paragraph
            pos = limit
        else:
            pos = i + 1
    if singles:
        out.extend(sorted(doubles + singles, key=lambda s: s.start))
    else:
        out.extend(doubles)


# ---------------------------------------------------------------- sentences

_ABBREVIATIONS = _words(
    """
    mr mrs ms mx dr st prof col capt lt gen rev sgt jr sr vs etc e.g i.e a.m p.m no nos
    vol fig mt ft cf al approx dept est inc ltd co corp messrs mme mlle hon gov sen rep
    maj cmdr adm insp supt det cpl pvt
    """
)
# Abbreviations only before a number; before a word they are words ("No.").
_BEFORE_NUMBERS = frozenset(["no", "nos", "vol", "fig"])
_SENTENCE_END = re.compile(
    r"[.!?…]+[\"'”\u2019»)\]]*"
    r"(\s+)(?=[\"'“\u2018«(\[]*[A-Z0-9À-ÖØ-Þ\"'“\u2018«])"
)
_WORD_BEFORE = re.compile(r"([A-Za-z](?:[A-Za-z.]*[A-Za-z])?)\.$")


def _is_abbreviation(plain: str, dot: int, floor: int) -> bool:
    """True when the "." at plain[dot] closes an abbreviation or an initial."""
    prev = plain[dot - 1]
    if not prev.isalpha() or (dot - 2 >= floor and plain[dot - 2].isalpha() and prev.isupper()):
        return False
    # Fast path for the common case, a plain lower-case word ("...the door."): the word
    # back to the space before it, not an abbreviation.
    space = plain.rfind(" ", max(floor, dot - 9), dot)
    if space >= 0:
        word = plain[space + 1 : dot]
        if len(word) >= 2 and word.isalpha() and word.islower() and word not in _ABBREVIATIONS:
            return False
    elif dot - 9 > floor and plain[dot - 9 : dot].isalpha():
        return False  # nine letters or more: longer than any abbreviation
    window = plain[max(floor, dot - 12) : dot + 1]
    m = _WORD_BEFORE.search(window)
    if not m:
        return False
    word = m.group(1)
    before = window[: m.start()]
    if before and not before[-1].isspace() and before[-1] not in "(\"'“\u2018[":
        return False
    if len(word) == 1:
        return word.isupper() and word != "I"  # initials: "G. Lestrade"
    lower = word.lower()
    if lower in _BEFORE_NUMBERS:
        # "No. 7", "vol. 2"; but "No. I've been cutting again." is two sentences.
        return plain[dot + 1 : dot + 4].lstrip()[:1].isdigit()
    return lower in _ABBREVIATIONS


def sentences(plain: str, spans: Iterable[Span]) -> list[Span]:
    return [Span(a, b) for span in spans for a, b in sentence_bounds(plain, span.start, span.end)]


_LINE_BREAK = re.compile(r"\n\s*\n|\n")


def note_sentences(text: str) -> list[Span]:
    """The sentences of an author's note, each line a paragraph of its own ("TW: x" on
    one line, "Enjoy!" on the next)."""
    lines: list[Span] = []
    pos = 0
    for m in _LINE_BREAK.finditer(text):
        if m.start() > pos:
            lines.append(Span(pos, m.start()))
        pos = m.end()
    if pos < len(text):
        lines.append(Span(pos, len(text)))
    return sentences(text, lines)


def sentence_bounds(plain: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of one paragraph, as (start, end) offsets."""
    out: list[tuple[int, int]] = []
    if plain[start : start + 1].isspace() or plain[end - 1 : end].isspace():
        head = _NONSPACE.search(plain, start, end)
        if not head:
            return out
        start = head.start()
        end = start + len(plain[start:end].rstrip())
    pos = start
    abbreviations = _ABBREVIATIONS
    for m in _SENTENCE_END.finditer(plain, start, end):
        cut = m.start(1)
        if plain[cut - 1] == "." and cut - m.start() == 1:
            # Most full stops end a plain lower-case word ("the door."): settle those
            # here, and leave abbreviations and initials to the careful check.
            space = plain.rfind(" ", max(start, cut - 10), cut - 1)
            word = plain[space + 1 : cut - 1] if space >= 0 else ""
            if not (
                len(word) >= 2 and word.isalpha() and word.islower() and word not in abbreviations
            ) and _is_abbreviation(plain, cut - 1, start):
                continue
        out.append((pos, cut))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return out


# ---------------------------------------------------------------- prepare


def prepare(text: str, fmt: Format = "plain") -> Prepared:
    offsets: _OffsetMap | None = None
    rules: list[int] = []
    if fmt == "plain" and "\r" not in text:
        plain = text
    else:
        b = _Builder(text)
        if fmt == "html":
            _strip_html(text, b)
        elif fmt == "markdown":
            _strip_markdown(text, b)
        else:
            _strip_crlf(text, b)
        plain = b.plain()
        offsets = b.map
        rules = b.rules
        if "\r" in plain:  # HTML or Markdown written with CRLF: treat \r as space
            plain = plain.replace("\r\n", " \n").replace("\r", "\n")
    by_line = fmt == "plain" and "\n" in plain.strip() and not _PARA_GAP.search(plain.strip())
    units = _paragraph_units(plain, rules, by_line)

    first_story = 0
    notes: list[NoteBlock] = []
    head = _start_note(plain, units)
    if head is not None:
        a, z = head
        notes.append(NoteBlock(Span(units[a].start, units[z].end), "start"))
        first_story = z + 1
    tail = _end_note(plain, units, first_story)
    last_story = len(units)
    if tail is not None and tail < len(units):
        last_story = tail
    story = tuple(
        Span(u.start, u.end)
        for u in units[first_story:last_story]
        if not u.separator and u.end > u.start
    )
    if tail is not None and tail < len(units):
        notes.append(NoteBlock(Span(units[tail].start, units[-1].end), "end"))
    dialogue: list[Span] = []
    for s in story:
        _dialogue_in(plain, s.start, s.end, dialogue)
    return Prepared(
        text, plain, offsets, story, tuple(notes), tuple(dialogue), verbatim=fmt == "plain"
    )
