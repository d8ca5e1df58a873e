"""Author HTML to plain text: paragraphs, line breaks, lists, quotes, rules, tables.

Blocks are separated by blank lines and wrapped to a width with textwrap; text in
wide scripts (Chinese, Japanese, Korean) is wrapped by display columns, never starting
a line with closing punctuation.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from dataclasses import dataclass

from fanfold.formats.markup import absolute_url
from fanfold.formats.tree import Element, parse_html

WIDTH = 78
RULE = "* * *"

_BLOCKS = frozenset(
    {"p", "div", "center", "address", "figure", "figcaption", "details", "summary", "section"}
    | {"article", "aside", "header", "footer", "main", "nav", "caption", "dt"}
    | {"h1", "h2", "h3", "h4", "h5", "h6"}
)
_INDENTED = frozenset({"blockquote", "dd"})
_SPACE = re.compile(r"[ \t\n\r\f\v]+")
_BREAK = "\x00"  # a <br>, kept apart from the newlines of the source
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff]")
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]"
)
# Never at the start of a line in CJK text (a short form of the kinsoku rules).
_NO_LINE_START = frozenset(
    "、。，．,.：；？！!?)]}〕〉》」』】〙〗〟’”ゝゞーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖ々…‥・"  # noqa: RUF001
)


@dataclass
class Block:
    text: str  # lines separated by "\n"
    first: str = ""  # prefix of the first line (indent and bullet)
    rest: str = ""  # prefix of the other lines
    pre: bool = False
    rule: bool = False
    tight: bool = False  # a list item: no blank line before it


class _Walker:
    def __init__(self, base_url: str = "", image_label: str = "Image") -> None:
        self.base_url = base_url
        self.image_label = image_label
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.indent = ""
        self.bullet: str | None = None
        self.tight = False

    def flush(self) -> None:
        text = "".join(self.buffer)
        self.buffer.clear()
        lines = [_SPACE.sub(" ", line).strip() for line in text.split(_BREAK)]
        while lines and not lines[-1]:
            lines.pop()
        while lines and not lines[0]:
            lines.pop(0)
        if not lines:
            return
        first = self.indent
        if self.bullet is not None:
            first = self.indent[: len(self.indent) - len(self.bullet)] + self.bullet
            self.bullet = None
        self.blocks.append(Block("\n".join(lines), first, self.indent, tight=self.tight))
        self.tight = False

    def walk(self, element: Element) -> None:
        for child in element.children:
            if isinstance(child, str):
                self.buffer.append(_CONTROL.sub("", child))
            else:
                self.element(child)

    def inline_text(self, element: Element) -> str:
        inner = _Walker(self.base_url, self.image_label)
        inner.walk(element)
        parts = [block.text for block in inner.blocks] + ["".join(inner.buffer)]
        return " ".join(_SPACE.sub(" ", part).strip() for part in parts if part.strip())

    def element(self, element: Element) -> None:
        tag = element.tag
        if tag == "br":
            self.buffer.append(_BREAK)
        elif tag in ("em", "i", "cite", "var", "dfn"):
            self.marked(element, "_")
        elif tag in ("strong", "b"):
            self.marked(element, "*")
        elif tag == "a":
            self.walk(element)
            href = element.attrs.get("href", "").strip()
            url = None if href.startswith("#") else absolute_url(href, self.base_url)
            label = "".join(t for t in element.children if isinstance(t, str)).strip()
            if url and url != label and href != label:
                self.buffer.append(f" <{url}>")
        elif tag == "img":
            alt = element.attrs.get("alt", "").strip()
            src = absolute_url(element.attrs.get("src", ""), self.base_url)
            self.buffer.append(f"[{self.image_label}: {alt}]" if alt else f"[{self.image_label}]")
            if src:
                self.buffer.append(f" <{src}>")
        elif tag == "hr":
            self.flush()
            self.blocks.append(Block(RULE, rule=True))
        elif tag == "pre":
            self.flush()
            text = self.raw_text(element).strip("\n")
            if text:
                self.blocks.append(Block(text, self.indent, self.indent, pre=True))
        elif tag in ("ul", "ol"):
            self.list(element)
        elif tag == "li":
            self.flush()
            self.walk(element)
            self.flush()
        elif tag == "table":
            self.flush()
            for row in _rows(element):
                cells = [self.inline_text(cell) for cell in row]
                self.buffer.append(" | ".join(cell for cell in cells if cell))
                self.flush()
        elif tag in _INDENTED:
            self.flush()
            saved = self.indent
            self.indent += "    "
            self.walk(element)
            self.flush()
            self.indent = saved
        elif tag in _BLOCKS:
            self.flush()
            self.walk(element)
            self.flush()
        elif tag == "ruby":
            has_rp = any(isinstance(c, Element) and c.tag == "rp" for c in element.children)
            for child in element.children:
                if isinstance(child, str):
                    self.buffer.append(child)
                elif child.tag == "rt" and not has_rp:
                    self.buffer.append("(" + self.inline_text(child) + ")")
                else:
                    self.element(child)
        else:
            self.walk(element)

    def marked(self, element: Element, mark: str) -> None:
        start, blocks = len(self.buffer), len(self.blocks)
        self.walk(element)
        if len(self.blocks) != blocks:  # a block inside the emphasis: leave it unmarked
            return
        inner = "".join(self.buffer[start:])
        if inner.strip() and _BREAK not in inner and not _WIDE.search(inner):
            stripped = inner.strip()
            lead = inner[: len(inner) - len(inner.lstrip())]
            trail = inner[len(inner.rstrip()) :]
            self.buffer[start:] = [f"{lead}{mark}{stripped}{mark}{trail}"]

    def raw_text(self, element: Element) -> str:
        parts: list[str] = []
        for child in element.children:
            if isinstance(child, str):
                parts.append(_CONTROL.sub("", child))
            elif child.tag == "br":
                parts.append("\n")
            else:
                parts.append(self.raw_text(child))
        return "".join(parts)

    def list(self, element: Element) -> None:
        self.flush()
        ordered = element.tag == "ol"
        step = -1 if ordered and "reversed" in element.attrs else 1
        start = element.attrs.get("start", "").strip()
        number = int(start) if start.lstrip("-").isdigit() else 1
        saved = self.indent
        for child in element.children:
            if isinstance(child, Element) and child.tag == "li":
                self.flush()
                value = child.attrs.get("value", "").strip()
                if ordered and value.lstrip("-").isdigit():
                    number = int(value)
                bullet = f"{number}. " if ordered else "* "
                number += step
                self.indent = saved + "  " + " " * len(bullet)
                self.bullet = bullet
                self.tight = True
                self.walk(child)
                self.flush()
                self.bullet = None
            elif isinstance(child, Element):
                self.indent = saved + "  "
                self.element(child)
                self.flush()
            else:
                self.buffer.append(child)
        self.flush()
        self.indent = saved


def _rows(table: Element) -> list[list[Element]]:
    rows: list[list[Element]] = []

    def visit(element: Element) -> None:
        for child in element.children:
            if not isinstance(child, Element):
                continue
            if child.tag == "tr":
                rows.append(
                    [c for c in child.children if isinstance(c, Element) and c.tag in ("td", "th")]
                )
            elif child.tag in ("thead", "tbody", "tfoot"):
                visit(child)
            elif child.tag == "caption":
                rows.append([child])

    visit(table)
    return rows


def html_blocks(html: str, *, base_url: str = "", image_label: str = "Image") -> list[Block]:
    walker = _Walker(base_url, image_label)
    if html.strip():
        walker.walk(parse_html(html))
        walker.flush()
    return walker.blocks


def html_to_plain(html: str) -> str:
    """Text of an HTML fragment on as few lines as it needs (metadata fields)."""
    return " ".join(block.text.replace("\n", " ") for block in html_blocks(html) if not block.rule)


def display_width(text: str) -> int:
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def _wrap_wide(line: str, width: int, first: str, rest: str) -> list[str]:
    tokens: list[str] = []
    for piece in re.findall(r"\s+|[^\s]", line):
        if piece.isspace():
            tokens.append(" ")
        elif tokens and (
            piece in _NO_LINE_START
            or (not _WIDE.match(piece) and tokens[-1] != " " and not _WIDE.match(tokens[-1][-1]))
        ):
            tokens[-1] += piece  # glue: a word of a narrow script, or closing punctuation
        else:
            tokens.append(piece)
    lines: list[str] = []
    current, used = first, display_width(first)
    at_start = True
    for token in tokens:
        if token == " " and at_start:
            continue
        size = display_width(token)
        if used + size > width and not at_start:
            lines.append(current.rstrip())
            current, used, at_start = rest, display_width(rest), True
            if token == " ":
                continue
        if size > width - used and at_start and len(token) > 1:
            # A single token wider than the line: cut it by columns.
            for char in token:
                char_width = display_width(char)
                if used + char_width > width and not at_start:
                    lines.append(current)
                    current, used = rest, display_width(rest)
                current += char
                used += char_width
                at_start = False
            continue
        current += token
        used += size
        at_start = False
    if current.strip():
        lines.append(current.rstrip())
    return lines


class _Wrapper(textwrap.TextWrapper):
    def _handle_long_word(
        self, reversed_chunks: list[str], cur_line: list[str], cur_len: int, width: int
    ) -> None:
        # A web address is kept whole on its own line rather than cut.
        if "://" in reversed_chunks[-1] and not cur_line:
            cur_line.append(reversed_chunks.pop())
            return
        super()._handle_long_word(reversed_chunks, cur_line, cur_len, width)


def wrap_block(block: Block, width: int = WIDTH) -> list[str]:
    if block.rule:
        return [RULE.center(width).rstrip()]
    out: list[str] = []
    for number, line in enumerate(block.text.split("\n")):
        first = block.first if number == 0 else block.rest
        if block.pre:
            out += _wrap_pre(first + line, width, block.rest)
        elif _WIDE.search(line):
            out += _wrap_wide(line, width, first, block.rest)
        else:
            wrapper = _Wrapper(
                width=width,
                initial_indent=first,
                subsequent_indent=block.rest,
                break_on_hyphens=False,
            )
            out += wrapper.wrap(line) or [first.rstrip()]
    return out


def _wrap_pre(line: str, width: int, indent: str) -> list[str]:
    if display_width(line) <= width:
        return [line.rstrip()]
    return (
        _wrap_wide(line, width, "", indent)
        if _WIDE.search(line)
        else textwrap.wrap(
            line,
            width=width,
            subsequent_indent=indent,
            drop_whitespace=False,
            replace_whitespace=False,
        )
    )


def render_blocks(blocks: list[Block], width: int = WIDTH) -> str:
    """Blocks as text: a blank line between blocks, none between list items."""
    out: list[str] = []
    for block in blocks:
        if out and not block.tight:
            out.append("")
        out += wrap_block(block, width)
    return "\n".join(out)


def html_to_text(html: str, *, width: int = WIDTH, base_url: str = "") -> str:
    return render_blocks(html_blocks(html, base_url=base_url), width)
