"""Properties of the whole engine over generated texts: whatever an author pastes
(markup, author's notes, chat logs, odd characters), analyze() answers, and every piece
of evidence it gives points at the text it quotes. Built from sentences written for
these tests, with cues, denials, names and notes mixed in."""

from __future__ import annotations

import html
import io
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fanfold.analysis import ChapterInput, TagDictionary, analyze

SENTENCES = [
    "Holmes stabbed the man in the shoulder and the blood ran down his sleeve.",
    "Watson did not kill her.",
    "No one died that winter.",
    "She was dead tired after the recital.",
    "If he had fired, the horse would have bolted.",
    "Elizabeth poured the tea and Darcy drank it too hot.",
    "He kissed her against the door, and then they were in bed.",
    "I could murder a cup of tea.",
    "She cut her arm again last night and hid it under a sleeve.",
    "Fuck this, said Lestrade.",
    "The old dog died in his sleep, and the boy buried him under the apple tree.",
    "Mrs. Hudson laughed.",
    '"Liv," he said, "Holmes\'s coat is on the floor."',
    "They drank whisky until the bottle was empty.",
    "He hit the child across the face with his belt.",
    "I walk to the station every morning.",
    "u ok? i cant stop shaking",
    "[22:14] zed: did u hear",
]
NOTES = [
    "A/N: this will only make sense if you watched the finale!",
    "Author's Note: TW for self-harm and mentions of suicide.",
    "AN: Spoilers for season 3. Please mind the Major Character Death warning.",
    "A/N: Thank you for the kudos! No MCD, I promise.",
]
ODD = [
    "\u200b",
    "\u00a0",
    "\t",
    "\r\n",
    "\u2028",
    "\U0001f525",
    "\u0301",
    "\ufeff",
    "\x00",
    "\u202e",
    "* * *",
    "---",
    "...",
    "\u2014",
    "&",
    "<",
    "'",
    "\u201c",
]
HTML_TAGS = [
    "<p>",
    "</p>",
    "<br>",
    "<em>",
    "</em>",
    "<i>",
    "</i>",
    "<hr>",
    "<blockquote>",
    "</blockquote>",
    "<!-- note -->",
    "&amp;",
    "&#8212;",
    "&bogus;",
    "<script>x()</script>",
]
MARKDOWN = ["*", "_", "**", "# ", "> ", "- ", "[a](b)", "`", "\\", "\n\n"]

SHERLOCK = "Sherlock Holmes - Arthur Conan Doyle"
AUSTEN = "Pride and Prejudice - Jane Austen"
DICTIONARY = TagDictionary.from_csv(
    io.StringIO(
        "type,name,canonical,fandoms\n"
        f"fandom,{SHERLOCK},,\n"
        f"fandom,{AUSTEN},,\n"
        f"character,Sherlock Holmes,,{SHERLOCK}\n"
        f"character,John Watson,,{SHERLOCK}\n"
        f"character,Mrs. Hudson,,{SHERLOCK}\n"
        f"character,Elizabeth Bennet,,{AUSTEN}\n"
        f"character,Fitzwilliam Darcy,,{AUSTEN}\n"
        f"character,Liv,,{SHERLOCK}\n"
        f"relationship,Sherlock Holmes/John Watson,,{SHERLOCK}\n"
    )
)

pieces = st.one_of(
    st.sampled_from(SENTENCES),
    st.sampled_from(NOTES),
    st.sampled_from(ODD),
    st.sampled_from([" ", "\n", "\n\n"]),
    st.text(max_size=8),
)


def _readings(fragment: str) -> list[str]:
    """What a reader may see of a piece of HTML: tags gone (joining the words on either
    side of an inline tag, or parting them at a block one), or a stray "<...>" kept as
    text; entities read; scripts unread."""
    fragment = re.sub(r"<script>.*?</script>", "", fragment)
    return [html.unescape(re.sub(r"<[^>]*>", gap, fragment)) for gap in ("", " ")] + [
        html.unescape(fragment)
    ]


def _check(chapters: list[tuple[str, str]], fmt: str) -> None:
    """Analyse these chapters (text, notes field) and check every answer."""
    inputs = [
        ChapterInput(text=text, format=fmt, notes=notes)  # type: ignore[arg-type]
        for text, notes in chapters
    ]
    result = analyze(inputs, dictionary=DICTIONARY)
    data = result.as_json()
    assert set(data) >= {"rating", "warnings", "notes", "characters", "stats"}
    assert len(result.chapters) == len(chapters)
    every = [
        *result.warnings,
        *result.notes,
        *result.characters,
        *result.fandoms,
        *result.relationships,
        *result.spoilers,
        *result.noted,
        result.rating,
    ]
    for suggestion in every:
        assert 0.0 <= suggestion.confidence <= 1.0
        for evidence in suggestion.evidence:
            assert 0 <= evidence.chapter < len(chapters)
            text, notes = chapters[evidence.chapter]
            within = notes if evidence.source == "notes" else text
            assert 0 <= evidence.start <= evidence.end <= len(within)
            quoted = within[evidence.start : evidence.end]
            if fmt == "plain" or evidence.source == "notes":
                assert quoted == evidence.text
            elif fmt == "html":
                # The sentence's words, with its markup: every word it quotes is there.
                readings = _readings(quoted)
                for word in re.findall(r"\w+", evidence.text)[:6]:
                    assert any(word in r for r in readings), (word, quoted)
    for note in result.author_notes:
        assert 0 <= note.start <= note.end <= len(chapters[note.chapter][0])
        if fmt == "plain":
            assert chapters[note.chapter][0][note.start : note.end] == note.text


chapter_notes = st.lists(st.sampled_from([*NOTES, *SENTENCES, *ODD]), max_size=3).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.lists(pieces, max_size=20).map("".join), chapter_notes),
        min_size=1,
        max_size=3,
    )
)
def test_any_plain_text_is_answered_with_evidence_that_points_at_itself(chapters):
    _check(chapters, "plain")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(pieces, st.sampled_from(HTML_TAGS)), max_size=25))
def test_any_html_is_answered_with_evidence_inside_the_source(parts):
    _check([("".join(parts), "")], "html")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(pieces, st.sampled_from(MARKDOWN)), max_size=25))
def test_any_markdown_is_answered(parts):
    _check([("".join(parts), "")], "markdown")
