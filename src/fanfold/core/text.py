"""What writers type, made safe and measured: sanitising, Markdown, word counts.

Plain Python (no Django) so the formats and analysis packages can share it.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache
from typing import Literal

import nh3
from markdown_it import MarkdownIt

TextFormat = Literal["html", "markdown"]

# In the spirit of AO3's allowlist: structure and emphasis, no styling or scripts.
ALLOWED_TAGS = {
    "a", "abbr", "acronym", "address", "b", "big", "blockquote", "br", "caption", "center",
    "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em",
    "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd",
    "li", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike",
    "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
    "tt", "u", "ul", "var",
}  # fmt: skip
_COMMON_ATTRIBUTES = {"title", "dir", "lang", "align"}
ALLOWED_ATTRIBUTES = {
    "*": _COMMON_ATTRIBUTES,
    "a": {"href", "name"},
    "blockquote": {"cite"},
    "q": {"cite"},
    "img": {"src", "alt", "width", "height"},
    "ol": {"start", "type", "reversed"},
    "ul": {"type"},
    "li": {"value"},
    "td": {"colspan", "rowspan", "headers"},
    "th": {"colspan", "rowspan", "headers", "scope"},
    "col": {"span"},
    "colgroup": {"span"},
    "details": {"open"},
    "abbr": {"title"},
}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}

_BLOCK_START = re.compile(
    r"^\s*<(p|div|h[1-6]|ul|ol|li|blockquote|table|hr|pre|details|dl|figure|center|address)\b",
    re.IGNORECASE,
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")

_markdown = MarkdownIt("commonmark", {"html": True, "breaks": False, "typographer": False})
_markdown.enable(["table", "strikethrough"])


def sanitize_html(value: str) -> str:
    """Keep only the allowlisted markup; links get rel="nofollow"."""
    return nh3.clean(
        value,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="nofollow",
        strip_comments=True,
    ).strip()


def _paragraphs(value: str) -> str:
    # Writers paste plain prose into the HTML box; blank lines mean new paragraphs
    # there too, as on AO3.
    chunks = [chunk.strip() for chunk in _PARAGRAPH_BREAK.split(value.replace("\r\n", "\n"))]
    out = []
    for chunk in chunks:
        if not chunk:
            continue
        if _BLOCK_START.match(chunk):
            out.append(chunk)
        else:
            out.append("<p>" + chunk.replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


@lru_cache(maxsize=2048)
def render_text(value: str, text_format: TextFormat = "html") -> str:
    """Author's text (HTML or Markdown) to sanitised HTML."""
    if not value or not value.strip():
        return ""
    rendered = _markdown.render(value) if text_format == "markdown" else _paragraphs(value)
    return sanitize_html(rendered)


def html_to_text(value: str) -> str:
    """Visible text of an HTML fragment, paragraphs separated by blank lines."""
    value = re.sub(r"(?i)<br\s*/?>", "\n", value)
    value = re.sub(r"(?i)</(p|div|h[1-6]|li|blockquote|tr|pre)>", "\n\n", value)
    stripped = nh3.clean(value, tags=set(), attributes={}, strip_comments=True)
    text = html.unescape(stripped)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# Scripts written without spaces between words are counted by character, as AO3 does.
_CJK = (
    r"\u3040-\u30ff"  # hiragana, katakana
    r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs
    r"\U00020000-\U0002ebef"
    r"\u0e00-\u0e7f"  # Thai
    r"\uff66-\uff9f"  # half-width katakana
)
_CJK_CHAR = re.compile(f"[{_CJK}]")
_WORD = re.compile(rf"[^\s{_CJK}\u3000-\u303f\uff01-\uff0f]+")
_PUNCTUATION_ONLY = re.compile(r"^[\W_]+$")


def count_words(text: str) -> int:
    """Words in plain text: space-separated words plus one per CJK character."""
    cjk = len(_CJK_CHAR.findall(text))
    words = sum(1 for word in _WORD.findall(text) if not _PUNCTUATION_ONLY.match(word))
    return cjk + words


def count_html_words(value: str) -> int:
    return count_words(html_to_text(value))


_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\u00ad]")


def strip_invisible(value: str) -> str:
    """Remove zero-width, bidi-control and other control characters; collapse spaces."""
    value = _INVISIBLE.sub("", value)
    value = "".join(ch for ch in value if unicodedata.category(ch) not in {"Cc", "Cf"})
    return " ".join(value.split())
