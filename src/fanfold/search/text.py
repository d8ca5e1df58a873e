"""How text is prepared for the search engines, the same way for documents and queries.

Both engines cut text into words at anything that is not a letter or a digit, but
neither splits Chinese, Japanese or Korean, which are written without spaces between
words. So before either engine sees a text, a zero-width space (invisible, and a
separator to both) goes around every CJK character: CJK is then searched character by
character (a query's characters must appear next to each other, in order), as
Lucene's standard analyzer does. PostgreSQL's parser also reads "Hurt/Comfort" as one
file name and "mr.holmes" as a host name; the PostgreSQL backend separates ASCII
punctuation from words in SQL (see migrations/0003_postgres_tsvector.py), where it is
cheaper than here.
"""

from __future__ import annotations

import re
import unicodedata

# The separator the engines split on; removed again from snippets.
SEP = "\u200b"

# Scripts written without spaces between words (Thai is not here: its vowel signs are
# combining marks, which both engines already treat as separators).
_CJK = (
    r"\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"  # Hangul
    r"\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"  # kana
    r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef"  # ideographs
)
_ANY_CJK = re.compile(f"[{_CJK}]")
_CJK_EDGE = re.compile(rf"(?<=[{_CJK}])(?=[^\s{SEP}])|(?<=[^\s{SEP}])(?=[{_CJK}])")
# Control characters: the snippet markers are among them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def prepare_text(value: str) -> str:
    """Text as the search engines should see it: NFKC-normalised, without control
    characters (tabs and newlines stay), with SEP around CJK characters."""
    if not value:
        return ""
    value = unicodedata.normalize("NFKC", value).replace(SEP, "")
    value = _CONTROL.sub(" ", value)
    if _ANY_CJK.search(value):
        value = _CJK_EDGE.sub(SEP, value)
    return value


def has_words(value: str) -> bool:
    """Whether the engines will find any word in this text (letters or digits)."""
    return any(unicodedata.category(ch)[0] in "LN" for ch in value)
