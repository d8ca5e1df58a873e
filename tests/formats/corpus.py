"""Works for the format tests: every awkward thing a download must survive.

All text is original, written for these tests or generated from a small vocabulary.
"""

from __future__ import annotations

import datetime as dt
import random

from fanfold.core.text import render_text
from fanfold.formats import Chapter, SeriesEntry, Tags, WorkDocument

WORD_LIST = (
    "lantern harbor quiet morning letter violet salt river stone window garden ember "
    "kettle pocket ribbon thunder lighthouse keeper gull rope anchor tide cloak map "
    "whisper candle orchard ledger ink promise winter bridge ferry copper thread"
)
VERB_LIST = "found carried folded watched mended answered kept opened read burned"
VOCABULARY = WORD_LIST.split()
VERBS = VERB_LIST.split()

SECRET_CREATOR = "Marigold Quenby-Ashdown"


def sentence(rng: random.Random) -> str:
    words = [rng.choice(VOCABULARY) for _ in range(rng.randint(4, 14))]
    words.insert(rng.randint(1, len(words) - 1), rng.choice(VERBS))
    return " ".join(words).capitalize() + rng.choice([".", ".", ".", "?", "!"])


def prose(rng: random.Random, words: int) -> str:
    """Paragraphs of about `words` words, with some emphasis and dialogue."""
    paragraphs: list[str] = []
    written = 0
    while written < words:
        text = " ".join(sentence(rng) for _ in range(rng.randint(2, 6)))
        if rng.random() < 0.2:
            text = f"&ldquo;{text}&rdquo; said the keeper."
        if rng.random() < 0.3:
            first, _, rest = text.partition(" ")
            text = f"<em>{first}</em> {rest}"
        paragraphs.append(f"<p>{text}</p>")
        written += len(text.split())
    return "\n".join(paragraphs)


def text_of_length(rng: random.Random, characters: int) -> str:
    """Prose of exactly `characters` characters of HTML (AO3's chapter limit is 510,000)."""
    parts: list[str] = []
    size = 0
    while size < characters - 200:
        paragraph = "<p>" + " ".join(sentence(rng) for _ in range(5)) + "</p>\n"
        parts.append(paragraph)
        size += len(paragraph)
    tail = "<p>" + "a" * (characters - size - 7) + "</p>"
    return "".join(parts) + tail


TABLES = """
<table>
<caption>Tide table for the <em>north</em> quay</caption>
<thead><tr><th scope="col">Day</th><th scope="col">High</th><th>Low</th></tr></thead>
<tbody>
<tr><td>Monday</td><td>06:12</td><td align="right">12:40</td></tr>
<tr><td colspan="2">Tuesday (no morning tide)</td><td rowspan="x">13:05</td></tr>
</tbody>
</table>
<table><tr><td>bare row<td>missing closers
<tr><th><h3>Heading in a header cell</h3></th></table>
<table>stray text in a table<tfoot><tr><td>foot</td></tr></tfoot><tr><td>after foot</td></tr></table>
"""

IMAGES = """
<p>The map showed the cove: <img src="https://images.example.org/maps/cove 1.png" alt="a hand-drawn map of the cove" width="300"></p>
<p><a href="https://example.org/gallery"><img src="https://images.example.org/art.jpg" alt="fan art of the lighthouse"></a></p>
<p>An image with no words: <img src="/media/relative.png"> and one with a bad address <img src="javascript:alert(1)" alt="nothing">.</p>
"""

ODD_HTML = """
<p>Plain&nbsp;text with entities: &amp; &lt; &gt; &quot; &copy; &hellip; &#8212; &#x2603; and a stray < sign, 3 < 4 and x<y.</p>
<p>Unclosed paragraph <b>bold <i>bold italic</b> italic?</i>
<p>Void elements: line<br>break<br/>again<hr>after the rule</p>
<center>Centred, the old way</center>
<p align="center">Aligned <big>big</big> <tt>typewriter</tt> <strike>struck</strike> <acronym title="as soon as possible">ASAP</acronym> <u>underlined</u></p>
<blockquote>A letter, quoted:<p>Dear keeper, the lamp is <strong>out</strong>.</p></blockquote>
<ul>stray list text<li>first<li>second<ul><li>nested</li></ul></li><p>paragraph in a list</p></ul>
<ol start="3" type="i" reversed><li value="7">seventh</li><li>eighth</li></ol>
<dl><dd>definition without a term</dd><dt>term without definition</dt></dl>
<details open><summary>Spoiler</summary><p>The keeper was the letter writer.</p></details>
<figure><p>figure text</p><figcaption>A caption</figcaption></figure>
<p>Ruby: <ruby>灯台<rp>(</rp><rt>とうだい</rt><rp>)</rp></ruby> and <ruby>港<rt>みなと</rt></ruby> and a broken one <ruby><rt>only reading</rt></ruby>.</p>
<p>Footnote<a href="#fn1" name="ref1">1</a>, a missing footnote<a href="#nowhere">2</a>, <a name="fn1">a target</a>, <a name="fn1">the same name twice</a>, <a href="#ref1">back</a>.</p>
<p><a href="https://example.org/a"><a href="https://example.org/b">nested links</a></a> <a href="/works/7">relative link</a> <a href="mailto:keeper@example.org">mail</a> <a href="ftp://example.org/f">ftp</a> <a href="https://example.org/with space/and&amp;amp">odd address</a></p>
<p><a href="https://e.example/100%">percent</a> <a href="https://例え.jp/パス?q=a b#x#y">unicode host</a> <a href="https://e.example/[x]">brackets</a></p>
<p>Control characters: \x01\x02\x0b\x0c\x7f and \ufffe removed; emoji 🏮 kept.</p>
<em><p>a paragraph inside emphasis</p><div>a div inside emphasis</div></em>
<pre>  preformatted
    keeps   its spaces</pre>
<p lang="fr" dir="ltr">Une phrase en français.</p><p lang="not a language!">bad lang</p>
<h1>An author's own heading</h1><h6>and a small one</h6>
<script>alert("never")</script><style>p { color: red }</style><iframe src="https://example.org">frame</iframe>
<p><span><span><span><span><span><span><span><span><span><span><span><span><span><span>deep</span></span></span></span></span></span></span></span></span></span></span></span></span></span></p>
<div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div>very deep</div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div>
<p>Unclosed <em>emphasis at the end
"""

CJK_CHAPTER = """
<p lang="ja">灯台は毎晩港を照らしていたが、灯台守はもう船を待っていなかった。朝、彼女は扉の下に古い手紙を見つけた。「海が静かになったら読もう」と彼女は思った。</p>
<p lang="zh-Hans">灯塔每晚照亮港口。她把信放在窗边，等待风停下来。</p>
<p lang="ko">등대는 매일 밤 항구를 비추었다. 그녀는 편지를 창가에 두었다.</p>
"""

ARABIC = (
    "<p>كانت المنارة تضيء الميناء كل ليلة، لكن الحارسة لم تعد تنتظر السفن.</p>"
    "<p>في الصباح وجدت رسالة قديمة تحت الباب، مكتوبة بحبر بنفسجي.</p>"
    "<p>قالت لنفسها: <em>سأقرأها عندما يهدأ البحر.</em></p>"
)
HEBREW = (
    "<p>המגדלור האיר את הנמל בכל לילה, אבל השומרת כבר לא חיכתה לספינות.</p>"
    "<p>בבוקר היא מצאה מכתב ישן מתחת לדלת, כתוב בדיו סגולה.</p>"
    "<p>היא אמרה לעצמה: <strong>אקרא אותו כשהים יירגע.</strong></p>"
)
JAPANESE = (
    "<p>灯台は毎晩港を照らしていたが、灯台守はもう船を待っていなかった。"
    "朝、彼女は扉の下に古い手紙を見つけた。紫色のインクで書かれていた。</p>"
    "<p>「海が静かになったら読もう」と彼女は思った。風はまだ強く、窓の外では鴎が鳴いていた。</p>"
)

NOTES = '<p>Notes with a <a href="https://example.org/notes">link</a> &amp; an entity.</p>'


# Pieces of tag soup: any sequence of them must still give a valid EPUB.
TOKENS = [
    "<p>", "</p>", "<em>", "</em>", "<b>", "</b>", "<div>", "</div>", "<ul>", "</ul>", "<li>",
    "<ol>", "<dl>", "<dt>", "<dd>", "<table>", "</table>", "<tr>", "<td>", "<th>", "<caption>",
    "<thead>", "<tbody>", "<tfoot>", "<col>", "<colgroup>", "<br>", "<hr>", "<img src='x.png' alt='x'>",
    "<a href='#n'>", "<a name='n'>", "<a href='https://e.example/'>", "</a>", "<ruby>", "<rt>",
    "<rp>", "</ruby>", "<blockquote>", "<center>", "<h2>", "</h2>", "<pre>", "<details>",
    "<summary>", "&nbsp;", "&amp;", "&bogus;", "<", ">", "&", "text", " ", "\n", "灯台",
    "مرحبا", "<span dir='rtl'>", "</span>", "<ins>", "<del>", "<!-- c -->", "<script>x",
    "<dfn>", "</dfn>", "<bdo>", "</rt>", "<address>", "<figure>", "<figcaption>", "<q>",
    "<ol start='2' reversed>", "<li value='9'>", "<td colspan='2'>", "<th scope='row'>",
]  # fmt: skip


def _base(**fields: object) -> dict[str, object]:
    values: dict[str, object] = {
        "creators": ("quillandink",),
        "summary": "<p>A keeper finds a letter under her door &amp; waits for calm water.</p>",
        "tags": Tags(
            rating="Teen And Up Audiences",
            warnings=("No Archive Warnings Apply",),
            categories=("Gen",),
            fandoms=("Original Work",),
            characters=("The Keeper",),
            freeforms=("Letters", "Lighthouses"),
        ),
        "published": dt.date(2026, 3, 1),
        "updated": dt.date(2026, 4, 2),
        "modified": dt.datetime(2026, 4, 2, 10, 30, 5, tzinfo=dt.UTC),
        "words": 1200,
        "kudos": 12,
        "comments": 3,
        "hits": 240,
        "source_url": "https://archive.example.org/works/101",
        "archive_name": "the Example Archive",
    }
    values.update(fields)
    return values


def kitchen_sink() -> WorkDocument:
    rng = random.Random(7)
    return WorkDocument(
        **_base(  # type: ignore[arg-type]
            title='The Keeper\'s "Letters" & <Other> Lights',
            creators=("quillandink", "Second Pen"),
            notes=NOTES + '<p>See the <a href="#fn9">end note</a>.</p>',
            end_notes='<p id="x"><a name="fn9">Work end note</a> with thanks.</p>',
            series=(
                SeriesEntry("Harbor Lights", 2, "https://archive.example.org/series/4"),
                SeriesEntry("Keepers & Ships", 5),
            ),
            expected_chapters=None,
            bookmarks=4,
            chapters=(
                Chapter(
                    title="Tables",
                    summary="<p>Chapter summary.</p>",
                    notes=NOTES,
                    body=TABLES + prose(rng, 300),
                    end_notes="<p>Chapter end notes.</p>",
                ),
                Chapter(title="Images", body=IMAGES, notes=NOTES, end_notes=NOTES),
                Chapter(title="Odd <HTML> & more", body=ODD_HTML),
                Chapter(title="灯台 (CJK)", body=CJK_CHAPTER, summary="<p>灯台の章。</p>"),
                Chapter(title="", body="<p>A chapter without a title.</p>"),
                Chapter(title="Empty", body=""),
                # What the archive stores: the same awkward HTML through its sanitiser.
                Chapter(title="Sanitised", body=render_text(TABLES + IMAGES + ODD_HTML)),
            ),
        )
    )


def arabic_work() -> WorkDocument:
    return WorkDocument(
        **_base(  # type: ignore[arg-type]
            title="رسالة تحت الباب",
            language="ar",
            language_name="العربية",
            summary="<p>حارسة منارة تجد رسالة قديمة.</p>",
            notes="<p>ملاحظة قصيرة من الكاتبة.</p>",
            chapters=(Chapter(title="الصباح", body=ARABIC), Chapter(title="الليل", body=ARABIC)),
            expected_chapters=2,
        )
    )


def hebrew_work() -> WorkDocument:
    return WorkDocument(
        **_base(  # type: ignore[arg-type]
            title="מכתב מתחת לדלת",
            language="he",
            language_name="עברית",
            summary="<p>שומרת מגדלור מוצאת מכתב ישן.</p>",
            chapters=(Chapter(title="בוקר", body=HEBREW, end_notes="<p>תודה שקראתם.</p>"),),
            expected_chapters=1,
        )
    )


def japanese_work() -> WorkDocument:
    return WorkDocument(
        **_base(  # type: ignore[arg-type]
            title="扉の下の手紙",
            language="ja",
            language_name="日本語",
            summary="<p>灯台守が古い手紙を見つける。</p>",
            chapters=(Chapter(title="朝", body=JAPANESE * 20), Chapter(title="夜", body=JAPANESE)),
            expected_chapters=3,
        )
    )


def long_work() -> WorkDocument:
    """500 chapters, one of them of 510,000 characters."""
    rng = random.Random(500)
    chapters = [
        Chapter(title=f"Night {n}", body=prose(rng, 120), notes="<p>n</p>" if n % 50 == 0 else "")
        for n in range(1, 501)
    ]
    chapters[249] = Chapter(title="The longest night", body=text_of_length(rng, 510_000))
    return WorkDocument(
        **_base(  # type: ignore[arg-type]
            title="Five Hundred Nights",
            chapters=tuple(chapters),
            expected_chapters=500,
            words=150_000,
        )
    )


def anonymous_work() -> WorkDocument:
    return WorkDocument(
        **_base(  # type: ignore[arg-type]
            title="Unsigned",
            creators=(SECRET_CREATOR,),
            anonymous=True,
            notes=NOTES,
            chapters=(Chapter(title="One", body=prose(random.Random(3), 200)),),
            expected_chapters=1,
        )
    )


def tag_soup() -> WorkDocument:
    rng = random.Random(1)
    chapters = tuple(
        Chapter(
            title=f"Soup {n}",
            body="".join(rng.choice(TOKENS) for _ in range(rng.randint(5, 80))),
            notes="".join(rng.choice(TOKENS) for _ in range(rng.randint(0, 10))),
        )
        for n in range(1, 301)
    )
    return WorkDocument(**_base(title="Tag Soup", chapters=chapters))  # type: ignore[arg-type]


CORPUS = {
    "kitchen-sink": kitchen_sink,
    "arabic": arabic_work,
    "hebrew": hebrew_work,
    "japanese": japanese_work,
    "long": long_work,
    "anonymous": anonymous_work,
    "tag-soup": tag_soup,
}
