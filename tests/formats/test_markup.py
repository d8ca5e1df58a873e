from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fanfold.formats.markup import IdScope, MarkupWriter, absolute_url
from fanfold.formats.tree import MAX_DEPTH, parse_html

from .corpus import TOKENS


def render(html: str, *, xhtml: bool = True) -> str:
    writer = MarkupWriter(
        base_url="https://archive.example.org/works/5",
        image_label="Image",
        scope=IdScope("u-"),
        xhtml=xhtml,
    )
    return str(writer.render(html))


def well_formed(markup: str) -> ET.Element:
    return ET.fromstring(f'<div xmlns="http://www.w3.org/1999/xhtml">{markup}</div>')


def test_void_elements_are_closed():
    assert render("<p>a<br>b<hr>c</p>") == "<p>a<br/>b</p><hr/>c"


def test_entities_become_characters_and_specials_are_escaped():
    assert render("<p>Tea&nbsp;&amp; toast &hellip; &#x2603; 3 < 4 &lt;b&gt;</p>") == (
        "<p>Tea\u00a0&amp; toast \u2026 \u2603 3 &lt; 4 &lt;b&gt;</p>"
    )


def test_unclosed_and_misnested_tags_are_balanced():
    markup = render("<p>one <b>two <i>three</b> four</i><p>five")
    well_formed(markup)
    assert markup.startswith("<p>one <b>two <i>three</i></b> four</p><p>five</p>")


def test_obsolete_tags_and_align_become_classes():
    markup = render(
        '<center>c</center><p align="right"><big>b</big> <tt>t</tt> <strike>s</strike></p>'
    )
    assert markup == (
        '<div class="center">c</div><p class="align-right"><span class="big">b</span> '
        '<span class="tt">t</span> <s>s</s></p>'
    )


def test_unknown_attributes_are_dropped_and_known_ones_checked():
    markup = render(
        '<p onclick="x" style="color:red" lang="fr" dir="sideways" title="a &quot;t&quot;">x</p>'
        '<table><tr><td colspan="2" rowspan="zero" headers="h">c</td></tr></table>'
    )
    assert '<p title="a &quot;t&quot;" lang="fr" xml:lang="fr">x</p>' in markup
    assert '<td colspan="2">c</td>' in markup


def test_images_are_not_fetched_but_linked():
    markup = render('<p><img src="pics/gull one.png" alt="a gull" width="20"></p>')
    assert markup == (
        '<p><a class="image" href="https://archive.example.org/works/pics/gull%20one.png">'
        "[Image: a gull]</a></p>"
    )
    assert render('<img src="data:image/png;base64,AAAA">') == "[Image]"


def test_stray_list_and_table_content_is_wrapped():
    markup = render("<ul>loose<li>item</li></ul><table>text<tr>cell</tr></table>")
    assert markup == (
        "<ul><li>loose</li><li>item</li></ul>"
        "<table><tbody><tr><td>text</td></tr><tr><td>cell</td></tr></tbody></table>"
    )


def test_definition_lists_pair_terms_and_definitions():
    assert (
        render("<dl><dd>d</dd><dt>t</dt></dl>") == "<dl><dt></dt><dd>d</dd><dt>t</dt><dd></dd></dl>"
    )


def test_blocks_inside_inline_elements_are_flattened():
    markup = render("<em><p>one</p><ul><li>two</li></ul></em>")
    assert markup == "<em>one<br/>two<br/><br/></em>"


def test_nested_links_are_unwrapped():
    markup = render('<a href="https://a.example/"><a href="https://b.example/">x</a></a>')
    well_formed(markup)
    assert markup.count("<a ") == 1


def test_links_to_other_schemes_keep_only_their_text():
    assert render('<a href="javascript:alert(1)">x</a>') == "<span>x</span>"
    assert (
        render('<a href="/works/9">x</a>') == '<a href="https://archive.example.org/works/9">x</a>'
    )


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("/works/7", "https://archive.example.org/works/7"),
        ("https://e.example/100%", "https://e.example/100%25"),
        ("https://e.example/a b?q=x y#f#g", "https://e.example/a%20b?q=x%20y#f%23g"),
        ("https://例え.jp/パス", "https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9"),
        ("https://e.example/%E2%9C%93", "https://e.example/%E2%9C%93"),
        ("mailto:keeper@example.org", "mailto:keeper@example.org"),
        ("javascript:alert(1)", None),
        ("data:text/plain,hi", None),
        ("http:///no-host", None),
    ],
)
def test_addresses_become_absolute_valid_uris(given, expected):
    assert absolute_url(given, "https://archive.example.org/works/5") == expected


def test_footnotes_link_both_ways_in_one_scope():
    writer = MarkupWriter(base_url="", image_label="Image", scope=IdScope("c1-"))
    before = writer.render('<p>See<a href="#fn1" name="r1">1</a> and <a href="#gone">2</a></p>')
    after = writer.render('<p><a name="fn1">1.</a> The note. <a href="#r1">Back</a></p>')
    assert str(before) == ('<p>See<a href="#c1-fn1" id="c1-r1">1</a> and <span>2</span></p>')
    assert str(after) == '<p><span id="c1-fn1">1.</span> The note. <a href="#c1-r1">Back</a></p>'


def test_ruby_stays_ruby_when_valid_and_becomes_text_otherwise():
    assert render("<ruby>港<rt>みなと</rt></ruby>") == "<ruby>港<rt>みなと</rt></ruby>"
    assert render("<ruby><rt>みなと</rt></ruby>") == "(みなと)"


def test_scripts_styles_and_frames_vanish_with_their_content():
    assert (
        render("<p>a<script>alert(1)</script><style>p{}</style><iframe>f</iframe>b</p>")
        == "<p>ab</p>"
    )


def test_control_characters_are_removed():
    assert render("<p>a\x01b\x0bc\ufffed</p>") == "<p>abcd</p>"


def test_deep_nesting_is_bounded():
    html = "<div>" * 500 + "deep" + "</div>" * 500
    tree = parse_html(html)
    depth, node = 0, tree
    while node.children and not isinstance(node.children[0], str):
        node, depth = node.children[0], depth + 1
    assert depth <= MAX_DEPTH
    assert "deep" in render(html)


def test_html_mode_writes_html_void_elements():
    assert render('<p lang="de">a<br>b</p>', xhtml=False) == '<p lang="de">a<br>b</p>'


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=40))
def test_any_tag_soup_becomes_well_formed_xml(tokens):
    well_formed(render("".join(tokens)))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_text_becomes_well_formed_xml(text):
    well_formed(render(text))
