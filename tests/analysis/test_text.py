"""The text layer: markup removal with offsets, paragraphs, author's notes, dialogue."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fanfold.analysis.text import Prepared, Span, prepare, sentences


def story_texts(p: Prepared) -> list[str]:
    return [p.plain[s.start : s.end] for s in p.story]


def note_texts(p: Prepared) -> list[tuple[str, str]]:
    return [(n.position, p.plain[n.span.start : n.span.end]) for n in p.notes]


def dialogue_texts(p: Prepared) -> list[str]:
    return [p.plain[s.start : s.end] for s in p.dialogue]


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


# ------------------------------------------------------------------ markup and offsets


def test_plain_text_is_its_own_source():
    text = "Holmes lit his pipe.\n\nWatson sighed."
    p = prepare(text)
    assert p.plain == text
    assert story_texts(p) == ["Holmes lit his pipe.", "Watson sighed."]
    assert p.source_span(0, 6) == (0, 6)


def test_crlf_is_normalised_and_offsets_still_point_at_the_source():
    text = "Holmes lit his pipe.\r\n\r\nWatson sighed."
    p = prepare(text)
    assert "\r" not in p.plain
    start = p.plain.index("Watson")
    s, e = p.source_span(start, start + len("Watson sighed."))
    assert text[s:e] == "Watson sighed."


def test_single_line_paragraphs_without_blank_lines():
    p = prepare("Mina wrote a letter.\nJonathan did not answer.\nThe Count smiled.")
    assert len(p.story) == 3


def test_html_tags_comments_scripts_are_dropped_and_entities_decoded():
    source = (
        "<html><head><title>T</title><style>p{}</style></head><body>"
        "<p>Mr. Darcy &amp; Elizabeth<!-- hidden --> walked.</p>"
        "<script>if (a < b) {}</script><p>It was&nbsp;late &mdash; very late.</p></body></html>"
    )
    p = prepare(source, "html")
    assert story_texts(p) == ["Mr. Darcy & Elizabeth walked.", "It was\xa0late — very late."]
    assert "hidden" not in p.plain and "p{}" not in p.plain and "a < b" not in p.plain


def test_html_block_elements_break_paragraphs():
    p = prepare("<div>One line<br>two line</div><ul><li>three</li><li>four</li></ul>", "html")
    assert story_texts(p) == ["One line", "two line", "three", "four"]


def test_html_offsets_cover_the_same_words():
    source = '<p class="x">The <em>Count</em> &amp; his &ldquo;brides&rdquo; waited.</p>'
    p = prepare(source, "html")
    (para,) = p.story
    s, e = p.source_span(para.start, para.end)
    assert words(source[s:e]) == [
        "The",
        "em",
        "Count",
        "em",
        "amp",
        "his",
        "ldquo",
        "brides",
        "rdquo",
        "waited",
    ]
    i = p.plain.index("Count")
    assert source[p.source_offset(i) : p.source_offset(i) + 5] == "Count"
    # an entity maps to the whole entity
    amp = p.plain.index("&")
    assert source[slice(*p.source_span(amp, amp + 1))] == "&amp;"


def test_markdown_markers_are_removed_with_offsets():
    source = (
        "# The Study\n\n"
        "> **Holmes** took the _letter_ and read [it](http://example.org) twice. ![x](a.png)\n\n"
        "***\n\n"
        "- Watson waited.\n"
        "- Mrs. Hudson brought tea.\n"
    )
    p = prepare(source, "markdown")
    assert story_texts(p) == [
        "The Study",
        "Holmes took the letter and read it twice.",
        "Watson waited.",
        "Mrs. Hudson brought tea.",
    ]
    i = p.plain.index("letter")
    s, e = p.source_span(i, i + len("letter"))
    assert source[s:e] == "letter"
    para = p.story[1]
    s, e = p.source_span(para.start, para.end)
    assert words(source[s:e])[:3] == ["Holmes", "took", "the"]


def test_markdown_keeps_intraword_underscores_and_lone_asterisks():
    p = prepare("snake_case stays, and 3 * 4 stays too.", "markdown")
    assert p.plain == "snake_case stays, and 3 * 4 stays too."


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet="abc XYZ.,!?'\"\n", min_size=1, max_size=12),
            st.sampled_from(
                [
                    "<p>",
                    "</p>",
                    "<br/>",
                    "<em>",
                    "</em>",
                    "&amp;",
                    "&lt;",
                    "&#8212;",
                    "&bogus;",
                    "<!-- c -->",
                    "<hr>",
                    "<div class='a>b'>",
                    "<",
                    ">",
                    "&",
                    "<script>x</script>",
                ]
            ),
        ),
        max_size=30,
    )
)
def test_html_offset_map_round_trips(pieces):
    source = "".join(pieces)
    p = prepare(source, "html")
    prev = 0
    for i, ch in enumerate(p.plain):
        s, e = p.source_span(i, i + 1)
        assert 0 <= s <= e <= len(source)
        assert s >= prev  # monotonic
        prev = s
        if ch.isalpha():
            # a letter of the text maps to itself or to the entity it came from
            assert source[s:e] == ch or source[s:e].startswith("&")
    for span in p.story:
        s, e = p.source_span(span.start, span.end)
        for i in range(span.start, span.end):
            assert s <= p.source_offset(i) < e


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab *_#>-[]()!\n.\\&;", max_size=60))
def test_markdown_offset_map_round_trips(source):
    p = prepare(source, "markdown")
    for i, ch in enumerate(p.plain):
        s, e = p.source_span(i, i + 1)
        assert 0 <= s <= e <= len(source)
        if ch in "ab":
            assert source[s:e] == ch


# ------------------------------------------------------------------ author's notes


def test_start_note_runs_to_the_scene_separator():
    text = (
        "A/N: Thanks for all the kudos!\n\n"
        "This chapter was hard to write.\n\n"
        "* * *\n\n"
        "Holmes was at the window.\n\n"
        "Watson came in."
    )
    p = prepare(text)
    assert note_texts(p) == [
        ("start", "A/N: Thanks for all the kudos!\n\nThis chapter was hard to write.")
    ]
    assert story_texts(p) == ["Holmes was at the window.", "Watson came in."]


def test_start_note_without_separator_stops_at_the_story():
    text = (
        "Author's Note: I hope you enjoy this one.\n\n"
        "Thanks to my beta for the help!\n\n"
        '"Lizzy," said her father, "come here."\n\n'
        "She went."
    )
    p = prepare(text)
    assert note_texts(p) == [
        ("start", "Author's Note: I hope you enjoy this one.\n\nThanks to my beta for the help!")
    ]
    assert story_texts(p)[0].startswith('"Lizzy,"')


def test_start_note_stops_at_narration_that_happens_to_say_reading():
    # "reading the paper" is a word of fandom; told of "she" and "him" with nobody
    # talking to readers, the paragraph is the story's first.
    text = (
        "A/N: Sorry this took so long!! Real life got in the way. Enjoy, lol.\n\n"
        "Elizabeth woke late, with Darcy's side of the bed gone cool. She found him in the "
        "breakfast room, reading the paper and holding it upside down.\n\n"
        '"You are very quiet," she said.'
    )
    p = prepare(text)
    assert note_texts(p) == [
        ("start", "A/N: Sorry this took so long!! Real life got in the way. Enjoy, lol.")
    ]
    assert story_texts(p)[0].startswith("Elizabeth woke late")
    # Thanks to a beta told of "her" go on with the note.
    p = prepare(
        "A/N: new chapter!\n\nThanks to Jo for reading it first, she caught all my typos and "
        "her notes were brilliant.\n\nThe snow came early that year."
    )
    assert note_texts(p)[0][1].endswith("her notes were brilliant.")
    assert story_texts(p) == ["The snow came early that year."]


@pytest.mark.parametrize(
    "note",
    [
        "Notes: Hurt/comfort, because I'm predictable. Title from a Mountain Goats song.",
        "Note: pure fluff, no plot whatsoever.",
        "Notes: a missing scene from the finale. Slow burn pays off, finally.",
    ],
)
def test_a_note_in_fandom_words_is_a_note(note: str) -> None:
    p = prepare(f"{note}\n\nThe knife went in under his ribs before Watson could shout.")
    assert note_texts(p) == [("start", note)]


def test_start_note_stops_at_a_story_told_in_messages():
    # A chatfic: the messages use words of fandom ("posted", "lol") but are the story.
    text = (
        "A/N: this only makes sense if you read the last chapter!\n\n"
        "kez: did u see what she posted\n"
        "sam: no im at work\n"
        "[22:03] kez: ok dont look then lol\n\n"
        "Sam put the phone face down on the desk."
    )
    p = prepare(text)
    assert note_texts(p) == [("start", "A/N: this only makes sense if you read the last chapter!")]
    assert story_texts(p)[0].startswith("kez: did u see")
    # Credits after a note are still the note.
    p = prepare("A/N: for my sister.\n\nBeta: Jo. Art: Kit.\n\nThe snow came early.")
    assert note_texts(p)[0][1].endswith("Art: Kit.")


def test_labelled_details_before_the_story_are_a_note():
    text = (
        "Summary: Lucy writes to Mina. Again.\n\n"
        "Rating: T\n\n"
        "My dearest Mina,\n\n"
        "You will laugh at me, but I have had three proposals in one day."
    )
    p = prepare(text)
    assert note_texts(p) == [("start", "Summary: Lucy writes to Mina. Again.\n\nRating: T")]
    assert story_texts(p)[0] == "My dearest Mina,"
    # One labelled line alone, saying nothing to readers, can be the story's.
    p = prepare("Warning: the bridge is out.\n\nThe coach turned back at the ford.")
    assert note_texts(p) == []


@pytest.mark.parametrize(
    ("last", "is_note"),
    [
        ("P.S. — I need not tell you this is a secret.", False),  # the letter's own
        ("P.S. I'm on tumblr if you want to say hi!", True),
    ],
)
def test_a_postscript_is_a_note_only_when_it_is_the_authors(last: str, is_note: bool) -> None:
    text = (
        "My dearest Mina,\n\nI have had three proposals in one day.\n\n"
        "Ever your loving\nLUCY.\n\n" + last
    )
    assert (note_texts(prepare(text)) == [("end", last)]) is is_note


def test_note_marker_forms():
    forms = [
        "A/N: short one today.",
        "AN: short one today.",
        "A.N. short one today.",
        "Authors Note: short one today.",
        "Author Notes: short one today.",
        "N/A: short one today, sorry.",
        "Disclaimer: I own nothing.",
        "**A/N:** short one today.",
        "[A/N: short one today.]",
        "(AN: short one today.)",
        "Notes: thanks for reading this chapter.",
    ]
    for form in forms:
        p = prepare(form + "\n\nThe Count stood at the window of the castle.")
        assert len(p.notes) == 1, form
        assert story_texts(p) == ["The Count stood at the window of the castle."], form


def test_end_note_from_the_marked_paragraph_to_the_end():
    text = (
        "The Count stood at the window.\n\n"
        "Mina slept.\n\n"
        "A/N: Reviews make my day!\n\n"
        "See you next week."
    )
    p = prepare(text)
    assert note_texts(p) == [("end", "A/N: Reviews make my day!\n\nSee you next week.")]
    assert story_texts(p) == ["The Count stood at the window.", "Mina slept."]


def test_unmarked_thanks_at_the_very_end_is_a_note():
    text = (
        "Holmes sat two steps below me and talked about bees until my hands were still.\n\n"
        '"Better?" he asked.\n\n'
        "Thanks for reading! Comments keep me going <3"
    )
    p = prepare(text)
    assert note_texts(p) == [("end", "Thanks for reading! Comments keep me going <3")]
    assert story_texts(p)[-1] == '"Better?" he asked.'


@pytest.mark.parametrize(
    "last",
    [
        "She read the reviews again and closed the laptop.",  # somebody's doings: story
        "Thanks for reading, " + "and for every comment, " * 8 + "truly.",  # too long
    ],
)
def test_story_ending_on_words_of_fandom_is_story(last: str) -> None:
    p = prepare("Mina wrote her chapter by candlelight.\n\n" + last)
    assert note_texts(p) == []
    # and a one-paragraph text is never all note
    assert story_texts(prepare("Thanks for reading! Comments keep me going <3"))


def test_end_note_after_a_separator_and_bold_marker_in_html():
    source = (
        "<p>Alice sat down.</p><p>~</p>"
        "<p><b>Author's Note:</b> This is the last chapter! Thank you all.</p>"
    )
    p = prepare(source, "html")
    assert [pos for pos, _ in note_texts(p)] == ["end"]
    assert story_texts(p) == ["Alice sat down."]
    note = p.notes[0].span
    s, e = p.source_span(note.start, note.end)
    assert source[s:e].startswith("<b>Author's Note:</b>") or source[s:e].startswith("Author")


def test_unmarked_thanks_after_a_final_separator_is_a_note():
    p = prepare("Alice woke up.\n\n***\n\nThanks for reading! Please leave kudos.")
    assert note_texts(p) == [("end", "Thanks for reading! Please leave kudos.")]


def test_bracketed_note_at_the_very_end():
    p = prepare("Persephone ate the seeds.\n\n(Translation of this fic is in progress, thanks!)")
    assert note_texts(p) == [("end", "(Translation of this fic is in progress, thanks!)")]


def test_note_inside_the_story_is_story():
    paragraphs = ["The house was quiet."] * 15
    paragraphs[7] = "Note: the door was locked from the inside."
    p = prepare("\n\n".join(paragraphs))
    assert p.notes == ()
    assert len(p.story) == 15


def test_story_opening_with_note_about_the_world_is_story():
    p = prepare(
        "Note: the following is a letter found among the papers of Dr. Seward.\n\n"
        "My dear Art, I write to you because I cannot write to anyone else."
    )
    assert p.notes == ()


def test_separator_is_in_neither_story_nor_notes():
    p = prepare("A/N: hi all!\n\n~~~\n\nThe end came quickly.")
    texts = story_texts(p) + [t for _, t in note_texts(p)]
    assert "~~~" not in "".join(texts)


# ------------------------------------------------------------------ dialogue


def test_straight_and_curly_double_quotes():
    p = prepare('"Stop!" she cried. He said “wait” and then \u00abnever\u00bb.')
    assert dialogue_texts(p) == ['"Stop!"', "“wait”", "\u00abnever\u00bb"]


def test_british_single_quotes_are_speech_and_apostrophes_are_not():
    text = (
        "'Lizzy,' said her father, 'don't go.' It was Holmes's hat, at four o'clock, and 'tis late."
    )
    p = prepare(text)
    assert dialogue_texts(p) == ["'Lizzy,'", "'don't go.'"]


def test_plural_possessive_is_not_a_closing_quote():
    p = prepare("They took Achilles' armour from the Myrmidons' camp.")
    assert p.dialogue == ()


def test_unclosed_quote_runs_to_the_end_of_its_paragraph():
    p = prepare('"I went to the castle, and\n\n"then I left," she said.')
    assert dialogue_texts(p)[0] == '"I went to the castle, and'


# ------------------------------------------------------------------ sentences


def split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text, [Span(0, len(text))])]


def test_sentences_split_on_terminal_punctuation():
    assert split("He left. She stayed! Why? Nobody knew… The end.") == [
        "He left.",
        "She stayed!",
        "Why?",
        "Nobody knew…",
        "The end.",
    ]


def test_sentences_respect_abbreviations_and_initials():
    text = "Mr. Darcy met Dr. Seward and G. Lestrade at 9 a.m. Then they talked, e.g. about tea."
    assert split(text) == [
        "Mr. Darcy met Dr. Seward and G. Lestrade at 9 a.m. Then they talked, e.g. about tea."
    ]


def test_number_abbreviations_only_before_a_number():
    assert split("He lived at No. 7 and kept vol. 2 by the bed.") == [
        "He lived at No. 7 and kept vol. 2 by the bed."
    ]
    # "No." before a word is the word: its "no" must not deny the next sentence.
    assert split("No. I've been cutting again.") == ["No.", "I've been cutting again."]


def test_dialogue_with_lowercase_continuation_stays_one_sentence():
    assert split('"Stop!" she cried. "Now!" He ran.') == ['"Stop!" she cried.', '"Now!"', "He ran."]


def test_sentences_never_cross_paragraphs_and_are_trimmed():
    text = "  One here\n\nTwo there.  "
    spans = [Span(0, 10), Span(12, len(text))]
    assert [text[s.start : s.end] for s in sentences(text, spans)] == ["One here", "Two there."]


def test_sentence_followed_by_a_quote_or_a_digit():
    assert split("He waited. 'Come in,' she said. 12 men came.") == [
        "He waited.",
        "'Come in,' she said.",
        "12 men came.",
    ]
