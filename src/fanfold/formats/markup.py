"""Author HTML to valid XHTML (EPUB 3) and to the same markup inside an HTML page.

EPUB readers and epubcheck want more than well-formed XML: each element must sit where
HTML's content model allows it. The tree is written out element by element, mapping
obsolete tags to their modern form (center, big, tt, strike, acronym), moving
attributes such as align into classes, wrapping stray list and table content, and
flattening blocks that HTML parsers leave inside inline elements. Images are not
fetched: each becomes its alt text linked to its address.
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote, urljoin, urlsplit, urlunsplit

from fanfold.formats.document import language_tag
from fanfold.formats.tree import Element, Node, parse_html

# Characters XML does not allow, and Unicode non-characters.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")


def esc(value: str) -> str:
    """Text or attribute value, escaped for XML and HTML alike."""
    # Chained replace is ten times faster than str.translate on long chapters.
    value = _NOT_XML.sub("", value).replace("&", "&amp;").replace("<", "&lt;")
    return value.replace(">", "&gt;").replace('"', "&quot;")


# Context flags while writing.
PHRASING = 1  # only phrasing content may follow
IN_LINK = 2  # inside <a>: no nested links
NO_HEADING = 4  # th, dt: headings are not allowed
NO_TABLE = 8  # caption: tables are not allowed
IN_RUBY = 16  # ruby: no ruby inside
# These hold for every descendant, so they are never cleared on the way down.

# tag -> (kind, output tag, class)
_INLINE = "inline"  # phrasing element with phrasing content
_TRANSPARENT = "transparent"  # ins, del: content model of the parent
_FLOW = "flow"  # block with flow content
_TEXT_BLOCK = "text-block"  # block with phrasing content
_INLINE_TAGS = (
    "abbr", "bdi", "cite", "code", "em", "i", "b", "kbd", "mark", "q",
    "s", "samp", "small", "span", "strong", "sub", "sup", "u", "var",
)  # fmt: skip
_SPECS: dict[str, tuple[str, str, str]] = {
    **{tag: (_INLINE, tag, "") for tag in _INLINE_TAGS},
    "acronym": (_INLINE, "abbr", ""),
    "bdo": (_INLINE, "span", ""),  # <bdo> needs dir; the span keeps a valid one
    "dfn": (_INLINE, "i", ""),  # <dfn> may not nest
    "big": (_INLINE, "span", "big"),
    "tt": (_INLINE, "span", "tt"),
    "strike": (_INLINE, "s", ""),
    "font": (_INLINE, "span", ""),
    "nobr": (_INLINE, "span", ""),
    "label": (_INLINE, "span", ""),
    "time": (_INLINE, "span", ""),
    "ins": (_TRANSPARENT, "ins", ""),
    "del": (_TRANSPARENT, "del", ""),
    **{
        tag: (_FLOW, "div", "")
        for tag in ["div", "section", "article", "aside", "header", "footer", "main", "nav"]
    },
    "blockquote": (_FLOW, "blockquote", ""),
    "center": (_FLOW, "div", "center"),
    "address": (_FLOW, "div", "address"),
    "figure": (_FLOW, "div", "figure"),
    "figcaption": (_FLOW, "div", "figcaption"),
    # Reading systems rarely open <details>: its content is always shown.
    "details": (_FLOW, "div", "details"),
    "li": (_FLOW, "div", ""),  # outside a list
    "dd": (_FLOW, "div", ""),  # outside a list
    "td": (_FLOW, "div", ""),  # outside a table
    "th": (_FLOW, "div", ""),
    "caption": (_FLOW, "div", ""),
    "p": (_TEXT_BLOCK, "p", ""),
    "pre": (_TEXT_BLOCK, "pre", ""),
    "summary": (_TEXT_BLOCK, "p", "details-summary"),
    "dt": (_TEXT_BLOCK, "p", ""),  # outside a list
    **{f"h{level}": (_TEXT_BLOCK, f"h{level}", "") for level in range(1, 7)},
}
_BLOCKS_OUTSIDE_PLACE = frozenset({"tr", "thead", "tbody", "tfoot"})
_ALIGN = frozenset({"left", "right", "center", "justify"})
_OL_TYPES = frozenset({"1", "a", "A", "i", "I"})
_SCOPES = frozenset({"row", "col", "rowgroup", "colgroup"})
_INTEGER = re.compile(r"^-?[0-9]{1,9}$")
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")
_URL_SCHEMES = frozenset({"http", "https", "mailto"})
_URL_SAFE = "!$%&'()*+,-./:;=@_~"  # kept as they are in a path; the rest is encoded
_BARE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_SPACE = re.compile(r"\s+")
# Browsers drop tabs and line breaks inside addresses.
_URL_JUNK = re.compile("[\t\n\r\x00-\x1f\x7f]")


def _positive(value: str, limit: int) -> str | None:
    value = value.strip()
    if _INTEGER.match(value) and 1 <= int(value) <= limit:
        return str(int(value))
    return None


def absolute_url(value: str, base_url: str = "") -> str | None:
    """An absolute http(s) or mailto address that is a valid URI, or None."""
    value = _URL_JUNK.sub("", value).strip()
    if not value:
        return None
    try:
        absolute = urljoin(base_url, value) if base_url else value
        parts = urlsplit(_BARE_PERCENT.sub("%25", absolute))
        scheme = parts.scheme.lower()
        if scheme not in _URL_SCHEMES or (scheme != "mailto" and not parts.hostname):
            return None
        netloc = parts.netloc if parts.netloc.isascii() else parts.netloc.encode("idna").decode()
    except (ValueError, UnicodeError):
        return None
    return urlunsplit(
        (
            scheme,
            netloc,
            quote(parts.path, safe=_URL_SAFE),
            quote(parts.query, safe=_URL_SAFE + "?"),
            quote(parts.fragment, safe=_URL_SAFE + "?"),
        )
    )


class IdScope:
    """The ids of one output document; author ids are prefixed so ours never clash."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.claimed: set[str] = set()

    def claim(self, name: str) -> str | None:
        clean = _ID_UNSAFE.sub("-", name.strip())
        if not clean or clean in self.claimed:
            return None
        self.claimed.add(clean)
        return self.prefix + clean


class _InternalLink:
    """An in-document link, settled once the whole document is written: a footnote
    link may come before its target, and a target that never appears must not be
    linked to."""

    __slots__ = ("attrs", "name", "scope")

    def __init__(self, scope: IdScope, name: str, attrs: str) -> None:
        self.scope, self.name, self.attrs = scope, _ID_UNSAFE.sub("-", name.strip()), attrs

    def __str__(self) -> str:
        if self.name and self.name in self.scope.claimed:
            return f'<a href="#{self.scope.prefix}{self.name}"{self.attrs}>'
        return f"<span{self.attrs}>"


class _InternalLinkEnd:
    __slots__ = ("start",)

    def __init__(self, start: _InternalLink) -> None:
        self.start = start

    def __str__(self) -> str:
        start = self.start
        return "</a>" if start.name and start.name in start.scope.claimed else "</span>"


Part = str | _InternalLink | _InternalLinkEnd


class Rendered:
    """Markup written for one document; str() it after the document's last fragment."""

    __slots__ = ("parts",)

    def __init__(self, parts: list[Part]) -> None:
        self.parts = parts

    def __str__(self) -> str:
        return "".join(map(str, self.parts))


class MarkupWriter:
    """Writes author HTML fragments of one output document (one EPUB file, or one
    chapter of the HTML page)."""

    def __init__(
        self, *, base_url: str, image_label: str, scope: IdScope, xhtml: bool = True
    ) -> None:
        self.base_url = base_url
        self.image_label = image_label
        self.scope = scope
        self.xhtml = xhtml

    def render(self, html: str) -> Rendered:
        out: list[Part] = []
        self.write(html, out)
        return Rendered(out)

    def write(self, html: str, out: list[Part]) -> None:
        """Append a fragment (in a flow context) to a document's parts."""
        if html.strip():
            self._children(parse_html(html), out, 0)

    # -- links ------------------------------------------------------------------
    def url(self, value: str) -> str | None:
        return absolute_url(value, self.base_url)

    # -- writing ----------------------------------------------------------------
    def _children(self, element: Element, out: list[Part], ctx: int) -> None:
        for child in element.children:
            if isinstance(child, str):
                out.append(esc(child))
            else:
                self._element(child, out, ctx)

    def _attrs(
        self, element: Element, css_class: str = "", *, in_ol: bool = False, tag: str = ""
    ) -> str:
        """Attributes kept for `tag` (the element's own by default), checked."""
        attrs = element.attrs
        if not attrs and not css_class:
            return ""
        parts: list[str] = []
        classes = [css_class] if css_class else []
        align = attrs.get("align", "").strip().lower()
        if align in _ALIGN:
            classes.append("align-" + align)
        if classes:
            parts.append(f' class="{" ".join(classes)}"')
        title = attrs.get("title")
        if title:
            parts.append(f' title="{esc(title)}"')
        direction = attrs.get("dir", "").strip().lower()
        if direction in ("ltr", "rtl"):
            parts.append(f' dir="{direction}"')
        lang = attrs.get("lang", "").strip()
        if lang:
            tag = language_tag(lang)
            parts.append(f' lang="{tag}" xml:lang="{tag}"' if self.xhtml else f' lang="{tag}"')
        tag_name = tag or element.tag
        if tag_name == "ol":
            start = attrs.get("start", "").strip()
            if _INTEGER.match(start):
                parts.append(f' start="{int(start)}"')
            if "reversed" in attrs:
                parts.append(' reversed="reversed"')
            if attrs.get("type", "").strip() in _OL_TYPES:
                parts.append(f' type="{attrs["type"].strip()}"')
        elif tag_name == "li" and in_ol:
            value = attrs.get("value", "").strip()
            if _INTEGER.match(value):
                parts.append(f' value="{int(value)}"')
        elif tag_name in ("td", "th"):
            colspan = _positive(attrs.get("colspan", ""), 1000)
            if colspan and colspan != "1":
                parts.append(f' colspan="{colspan}"')
            rowspan = _positive(attrs.get("rowspan", ""), 65534)
            if rowspan and rowspan != "1":
                parts.append(f' rowspan="{rowspan}"')
            scope = attrs.get("scope", "").strip().lower()
            if tag_name == "th" and scope in _SCOPES:
                parts.append(f' scope="{scope}"')
        return "".join(parts)

    def _id(self, element: Element) -> str:
        name = element.attrs.get("id") or element.attrs.get("name")
        if not name:
            return ""
        claimed = self.scope.claim(name)
        return f' id="{claimed}"' if claimed else ""

    def _element(self, element: Element, out: list[Part], ctx: int) -> None:
        tag = element.tag
        spec = _SPECS.get(tag)
        if spec is not None:
            kind, out_tag, css_class = spec
            if kind == _INLINE:
                out.append(f"<{out_tag}{self._attrs(element, css_class, tag=out_tag)}>")
                self._children(element, out, ctx | PHRASING)
                out.append(f"</{out_tag}>")
            elif kind == _TRANSPARENT:
                out.append(f"<{out_tag}{self._attrs(element, css_class, tag=out_tag)}>")
                self._children(element, out, ctx)
                out.append(f"</{out_tag}>")
            elif ctx & PHRASING:
                self._flatten(element, out, ctx)
            elif kind == _FLOW:
                out.append(f"<{out_tag}{self._attrs(element, css_class, tag=out_tag)}>")
                self._children(element, out, ctx)
                out.append(f"</{out_tag}>")
            else:
                if out_tag[0] == "h" and ctx & NO_HEADING:
                    out_tag, css_class = "p", "heading"
                out.append(f"<{out_tag}{self._attrs(element, css_class, tag=out_tag)}>")
                self._children(element, out, ctx | PHRASING)
                out.append(f"</{out_tag}>")
            return
        if tag == "a":
            self._link(element, out, ctx)
        elif tag == "br":
            out.append("<br/>" if self.xhtml else "<br>")
        elif tag == "hr":
            if not ctx & PHRASING:
                out.append("<hr/>" if self.xhtml else "<hr>")
        elif tag == "wbr":
            out.append("\u200b")
        elif tag == "img":
            self._image(element, out, ctx)
        elif tag == "ruby":
            self._ruby(element, out, ctx)
        elif tag in ("ul", "ol"):
            if ctx & PHRASING:
                self._flatten(element, out, ctx)
            else:
                self._list(element, out, ctx)
        elif tag == "dl":
            if ctx & PHRASING:
                self._flatten(element, out, ctx)
            else:
                self._definitions(element, out, ctx)
        elif tag == "table":
            if ctx & (PHRASING | NO_TABLE):
                self._flatten(element, out, ctx)
            else:
                self._table(element, out, ctx)
        elif tag in _BLOCKS_OUTSIDE_PLACE:
            if ctx & PHRASING:
                self._flatten(element, out, ctx)
            else:
                out.append("<div>")
                self._children(element, out, ctx)
                out.append("</div>")
        elif tag in ("rt", "rp"):
            self._children(element, out, ctx | PHRASING)
        elif tag not in ("col", "colgroup"):
            self._children(element, out, ctx)  # unknown element: keep its content

    def _flatten(self, element: Element, out: list[Part], ctx: int) -> None:
        """A block where only inline content may stand: its content, then a break."""
        self._children(element, out, ctx | PHRASING)
        out.append("<br/>" if self.xhtml else "<br>")

    def _link(self, element: Element, out: list[Part], ctx: int) -> None:
        anchor = self._id(element)
        href = element.attrs.get("href", "").strip()
        if ctx & IN_LINK or not href:
            out.append(f"<span{anchor}>" if anchor else "")
            self._children(element, out, ctx | PHRASING)
            out.append("</span>" if anchor else "")
            return
        attrs = anchor + self._attrs(element)
        if href.startswith("#"):
            start = _InternalLink(self.scope, unquote(href[1:]), attrs)
            out.append(start)
            self._children(element, out, ctx | PHRASING | IN_LINK)
            out.append(_InternalLinkEnd(start))
            return
        url = self.url(href)
        out.append(f'<a href="{esc(url)}"{attrs}>' if url else f"<span{attrs}>")
        self._children(element, out, ctx | PHRASING | IN_LINK)
        out.append("</a>" if url else "</span>")

    def _image(self, element: Element, out: list[Part], ctx: int) -> None:
        alt = _SPACE.sub(" ", element.attrs.get("alt", "")).strip()
        label = f"[{self.image_label}: {alt}]" if alt else f"[{self.image_label}]"
        url = self.url(element.attrs.get("src", ""))
        if url and not ctx & IN_LINK:
            out.append(f'<a class="image" href="{esc(url)}">{esc(label)}</a>')
        else:
            out.append(esc(label))

    def _ruby(self, element: Element, out: list[Part], ctx: int) -> None:
        # Valid ruby alternates base text with <rt> or <rp><rt><rp>; anything else
        # is written as base text with the reading in parentheses.
        pattern = []
        for child in element.children:
            if isinstance(child, Element) and child.tag in ("rt", "rp"):
                pattern.append("T" if child.tag == "rt" else "R")
            elif (isinstance(child, Element) or child.strip()) and pattern[-1:] != ["P"]:
                pattern.append("P")
        inner = ctx | PHRASING | IN_RUBY
        if not ctx & IN_RUBY and re.fullmatch(r"(P(T|RTR))+", "".join(pattern)):
            out.append("<ruby>")
            for child in element.children:
                if isinstance(child, str):
                    out.append(esc(child))
                elif child.tag in ("rt", "rp"):
                    out.append(f"<{child.tag}>")
                    self._children(child, out, inner)
                    out.append(f"</{child.tag}>")
                else:
                    self._element(child, out, inner)
            out.append("</ruby>")
            return
        has_rp = "R" in pattern
        for child in element.children:
            if isinstance(child, str):
                out.append(esc(child))
            elif child.tag == "rt" and not has_rp:
                out.append("(")
                self._children(child, out, ctx | PHRASING)
                out.append(")")
            else:
                self._element(child, out, ctx | PHRASING)

    def _wrapped(
        self, nodes: list[Node], out: list[Part], ctx: int, tag: str, inner: str = ""
    ) -> None:
        """Stray content of a list or table, wrapped in the element that may hold it."""
        if not nodes:
            return
        out.append(f"<{tag}>" + (f"<{inner}>" if inner else ""))
        for node in nodes:
            if isinstance(node, str):
                out.append(esc(node))
            else:
                self._element(node, out, ctx)
        out.append((f"</{inner}>" if inner else "") + f"</{tag}>")
        nodes.clear()

    def _list(self, element: Element, out: list[Part], ctx: int) -> None:
        in_ol = element.tag == "ol"
        out.append(f"<{element.tag}{self._attrs(element)}>")
        flow = ctx
        stray: list[Node] = []
        for child in element.children:
            if isinstance(child, Element) and child.tag == "li":
                self._wrapped(stray, out, flow, "li")
                out.append(f"<li{self._attrs(child, in_ol=in_ol)}>")
                self._children(child, out, flow)
                out.append("</li>")
            elif stray or not isinstance(child, str) or child.strip():
                stray.append(child)
        self._wrapped(stray, out, flow, "li")
        out.append(f"</{element.tag}>")

    def _definitions(self, element: Element, out: list[Part], ctx: int) -> None:
        # Groups of one or more <dt> followed by one or more <dd>.
        out.append(f"<dl{self._attrs(element)}>")
        flow = ctx
        previous = ""
        stray: list[Node] = []

        def flush_stray() -> None:
            nonlocal previous
            if stray:
                if previous not in ("dt", "dd"):
                    out.append("<dt></dt>")
                self._wrapped(stray, out, flow, "dd")
                previous = "dd"

        for child in element.children:
            if isinstance(child, Element) and child.tag in ("dt", "dd"):
                flush_stray()
                if child.tag == "dd" and previous not in ("dt", "dd"):
                    out.append("<dt></dt>")
                out.append(f"<{child.tag}{self._attrs(child)}>")
                inner = flow | PHRASING | NO_HEADING if child.tag == "dt" else flow
                self._children(child, out, inner)
                out.append(f"</{child.tag}>")
                previous = child.tag
            elif stray or not isinstance(child, str) or child.strip():
                stray.append(child)
        flush_stray()
        if previous == "dt":
            out.append("<dd></dd>")
        out.append("</dl>")

    def _table(self, element: Element, out: list[Part], ctx: int) -> None:
        caption: Element | None = None
        colgroups: list[Element] = []
        head: Element | None = None
        bodies: list[Element] = []
        foot: Element | None = None
        loose: Element | None = None  # bare rows and stray content, as a tbody
        for child in element.children:
            if isinstance(child, str) and not child.strip():
                continue
            tag = child.tag if isinstance(child, Element) else ""
            if tag == "caption" and caption is None and not colgroups and head is None:
                caption = child if isinstance(child, Element) else None
                continue
            if tag in ("colgroup", "col") and head is None and not bodies:
                if tag == "col" and isinstance(child, Element):
                    group = Element("colgroup")
                    group.children.append(child)
                    colgroups.append(group)
                elif isinstance(child, Element):
                    colgroups.append(child)
                continue
            if tag in ("colgroup", "col"):
                continue
            if tag == "thead" and head is None and not bodies and isinstance(child, Element):
                head = child
                loose = None
            elif tag == "tfoot" and foot is None and isinstance(child, Element):
                foot = child
                loose = None
            elif tag in ("thead", "tbody", "tfoot") and isinstance(child, Element):
                bodies.append(child)
                loose = None
            else:
                if loose is None:
                    loose = Element("tbody")
                    bodies.append(loose)
                loose.children.append(child)
        out.append(f"<table{self._attrs(element)}>")
        if caption is not None:
            out.append("<caption>")
            self._children(caption, out, (ctx | NO_TABLE) & ~PHRASING)
            out.append("</caption>")
        for group in colgroups:
            self._colgroup(group, out)
        if head is not None:
            self._row_group(head, "thead", out, ctx)
        for body in bodies:
            self._row_group(body, "tbody", out, ctx)
        if foot is not None:
            self._row_group(foot, "tfoot", out, ctx)
        out.append("</table>")

    def _colgroup(self, group: Element, out: list[Part]) -> None:
        cols = [c for c in group.children if isinstance(c, Element) and c.tag == "col"]
        if not cols:
            span = _positive(group.attrs.get("span", ""), 1000)
            out.append(f'<colgroup span="{span}"></colgroup>' if span else "<colgroup></colgroup>")
            return
        out.append("<colgroup>")
        for col in cols:
            span = _positive(col.attrs.get("span", ""), 1000)
            out.append(f'<col span="{span}"/>' if span else "<col/>")
        out.append("</colgroup>")

    def _row_group(self, group: Element, tag: str, out: list[Part], ctx: int) -> None:
        rows: list[Element] = []
        loose: Element | None = None  # cells and stray content outside a <tr>
        for child in group.children:
            if isinstance(child, str) and not child.strip():
                continue
            if isinstance(child, Element) and child.tag == "tr":
                rows.append(child)
                loose = None
                continue
            if loose is None:
                loose = Element("tr")
                rows.append(loose)
            loose.children.append(child)
        out.append(f"<{tag}{self._attrs(group)}>")
        for row in rows:
            self._row(row, out, ctx)
        out.append(f"</{tag}>")

    def _row(self, row: Element, out: list[Part], ctx: int) -> None:
        out.append(f"<tr{self._attrs(row)}>")
        stray: list[Node] = []
        cell_ctx = ctx & ~PHRASING
        for child in row.children:
            if isinstance(child, Element) and child.tag in ("td", "th"):
                self._wrapped(stray, out, cell_ctx, "td")
                out.append(f"<{child.tag}{self._attrs(child)}>")
                inner = cell_ctx | NO_HEADING if child.tag == "th" else cell_ctx
                self._children(child, out, inner)
                out.append(f"</{child.tag}>")
            elif stray or not isinstance(child, str) or child.strip():
                stray.append(child)
        self._wrapped(stray, out, cell_ctx, "td")
        out.append("</tr>")
