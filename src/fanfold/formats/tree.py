"""Author HTML to a small element tree, with HTML's forgiving rules.

The input is sanitised already but it is HTML, not XML: void elements, entities such
as &nbsp;, unclosed paragraphs, stray "<" and misnested tags all occur. The standard
library's tokenizer reads it; this builder closes what HTML closes implicitly, ignores
end tags that match nothing and bounds the depth, so every tree is well nested.
"""

from __future__ import annotations

from html.parser import HTMLParser
from typing import TypeAlias


class Element:
    __slots__ = ("attrs", "children", "tag")

    def __init__(self, tag: str, attrs: dict[str, str] | None = None) -> None:
        self.tag = tag
        self.attrs: dict[str, str] = attrs if attrs is not None else {}
        self.children: list[Node] = []


Node: TypeAlias = Element | str

VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta"}
    | {"param", "source", "track", "wbr"}
)
# Dropped with everything inside: nothing a reader should see as text.
DROPPED = frozenset(
    {"script", "style", "head", "title", "template", "iframe", "object", "noscript"}
    | {"svg", "math", "textarea", "select", "audio", "video", "canvas"}
)
# A start tag of one of these closes an open paragraph, as in HTML.
_CLOSES_P = frozenset(
    {"address", "article", "aside", "blockquote", "center", "details", "dir", "div", "dl"}
    | {"fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6"}
    | {"header", "hr", "li", "dd", "dt", "main", "menu", "nav", "ol", "p", "pre", "section"}
    | {"summary", "table", "ul"}
)
_P_SCOPE = frozenset({"table", "td", "th", "caption", "button", "#root"})
_LIST_SCOPE = frozenset({"ul", "ol", "dl", "table", "td", "th", "caption", "#root"})
_TABLE_PARTS = frozenset({"thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup"})
_P = frozenset({"p"})
_LI = frozenset({"li"})
_DT_DD = frozenset({"dt", "dd"})
_CELLS = frozenset({"td", "th"})
_ROW = frozenset({"tr", "td", "th"})
_ROW_SCOPE = frozenset({"tr", "table", "#root"})
_TABLE_SCOPE = frozenset({"table", "#root"})
# Deeper nesting is flattened: it keeps the writers' recursion bounded.
MAX_DEPTH = 60


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root")
        self.stack: list[Element] = [self.root]
        self.dropping: str | None = None
        self.drop_depth = 0

    def _close_to(self, tags: frozenset[str], scope: frozenset[str]) -> None:
        for position in range(len(self.stack) - 1, 0, -1):
            tag = self.stack[position].tag
            if tag in tags:
                del self.stack[position:]
                return
            if tag in scope:
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.dropping is not None:
            self.drop_depth += tag == self.dropping
            return
        if tag in DROPPED:
            self.dropping, self.drop_depth = tag, 1
            return
        if tag in _CLOSES_P:
            self._close_to(_P, _P_SCOPE)
        if tag == "li":
            self._close_to(_LI, _LIST_SCOPE)
        elif tag in ("dt", "dd"):
            self._close_to(_DT_DD, _LIST_SCOPE)
        elif tag in ("td", "th"):
            self._close_to(_CELLS, _ROW_SCOPE)
        elif tag == "tr":
            self._close_to(_ROW, _TABLE_SCOPE)
        elif tag in _TABLE_PARTS:
            self._close_to(_TABLE_PARTS, _TABLE_SCOPE)
        element = Element(tag, {name: value or "" for name, value in attrs})
        self.stack[-1].children.append(element)
        if tag not in VOID and len(self.stack) < MAX_DEPTH:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # "<p/>" in HTML opens a paragraph; an empty element is the kinder reading.
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.dropping is None and self.stack[-1].tag == tag:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        if self.dropping is not None:
            if tag == self.dropping:
                self.drop_depth -= 1
                if self.drop_depth == 0:
                    self.dropping = None
            return
        if tag == "br":  # "</br>" is a line break in every browser
            self.handle_starttag("br", [])
            return
        for position in range(len(self.stack) - 1, 0, -1):
            if self.stack[position].tag == tag:
                del self.stack[position:]
                return

    def handle_data(self, data: str) -> None:
        if self.dropping is not None or not data:
            return
        children = self.stack[-1].children
        if children and isinstance(children[-1], str):
            children[-1] += data
        else:
            children.append(data)


def parse_html(value: str) -> Element:
    """The tree of an HTML fragment under a "#root" element."""
    builder = _Builder()
    builder.feed(value.replace("\r\n", "\n").replace("\r", "\n"))
    builder.close()
    return builder.root
