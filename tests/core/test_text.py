from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fanfold.core.text import count_words, html_to_text, render_text, sanitize_html, strip_invisible


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", 0),
        ("One two  three", 3),
        ("It's a well-known fact — isn't it?", 6),
        ("東京の夜", 4),
        ("Ciel 空 blue", 3),
        ("...  !!!", 0),
        ("한국어 텍스트 입니다", 3),  # Hangul is written with spaces: counted by words
    ],
)
def test_count_words(text, words):
    assert count_words(text) == words


def test_html_to_text_keeps_paragraphs_and_entities():
    assert (
        html_to_text("<p>Tea &amp; toast</p><p>Second<br>line</p>") == "Tea & toast\n\nSecond\nline"
    )


@pytest.mark.parametrize(
    "dangerous",
    [
        "<script>alert(1)</script>",
        '<img src="x" onerror="alert(1)">',
        '<a href="javascript:alert(1)">x</a>',
        '<a href="data:text/html,hi">x</a>',
        '<p style="position:fixed">x</p>',
        "<iframe src='https://example.org'></iframe>",
        "<svg><script>alert(1)</script></svg>",
        '<form action="/logout"><button>x</button></form>',
    ],
)
def test_sanitizer_removes_scripts_styles_handlers_and_bad_urls(dangerous):
    clean = sanitize_html(dangerous)
    for marker in ("script", "onerror", "javascript:", "data:", "style", "iframe", "<form", "svg"):
        assert marker not in clean.lower()


def test_sanitizer_keeps_the_allowlist():
    html = (
        "<h2>Part</h2><p><em>a</em> <strong>b</strong> <sup>1</sup><sub>2</sub></p><hr>"
        "<ul><li>x</li></ul><ol><li>y</li></ol><blockquote>q</blockquote>"
        "<table><tr><td>c</td></tr></table><details><summary>s</summary>d</details>"
    )
    clean = sanitize_html(html)
    for tag in (
        "<h2>",
        "<em>",
        "<strong>",
        "<sup>",
        "<sub>",
        "<hr>",
        "<ul>",
        "<ol>",
        "<blockquote>",
        "<table>",
        "<td>",
        "<details>",
        "<summary>",
    ):
        assert tag in clean


def test_links_get_nofollow():
    assert sanitize_html('<a href="https://example.org">x</a>') == (
        '<a href="https://example.org" rel="nofollow">x</a>'
    )


@given(st.text())
def test_rendering_never_lets_a_script_through(value):
    for fmt in ("html", "markdown"):
        out = render_text(value + "<script>x</script>", fmt).lower()
        assert "<script" not in out


def test_strip_invisible_removes_zero_width_and_controls():
    assert strip_invisible("\u200bAm\u200delie\x07  Rose\ufeff ") == "Amelie Rose"
