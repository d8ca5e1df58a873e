"""Text facts: words, reading time, POV, tense and dialogue share."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fanfold.analysis.facts import (
    _tense_votes,
    count_words,
    merge_stats,
    narration_tense,
    text_stats,
)
from fanfold.analysis.model import TextStats
from fanfold.analysis.text import prepare

EVAL_DIR = Path(__file__).resolve().parents[1] / "data" / "analysis_eval"


def stats(text: str, fmt: str = "plain") -> TextStats:
    return text_stats(prepare(text, fmt))  # type: ignore[arg-type]


def test_word_count_rules():
    s = stats("Don't stop: the well-known 221 Baker Street — at 9 o'clock.")
    # don't, stop, the, well-known, 221, Baker, Street, at, 9, o'clock
    assert s.words == 10
    assert s.reading_minutes == 1


def test_reading_time_rounds_up_and_notes_do_not_count():
    body = " ".join(["word"] * 461)
    s = stats("A/N: thanks for reading this fic, everyone!\n\n" + body)
    assert s.words == 461
    assert s.reading_minutes == 3


def test_empty_text_has_no_facts():
    s = stats("")
    assert (s.words, s.reading_minutes, s.pov, s.tense, s.dialogue_share) == (
        0,
        0,
        "unknown",
        "unknown",
        0.0,
    )


@pytest.mark.parametrize(
    ("text", "pov", "tense"),
    [
        (
            "I pushed open the gate of the old vicarage and my dog ran ahead of me into the weeds.",
            "first",
            "past",
        ),
        (
            "We climb the hill at dawn. My brother carries the basket and I carry the kite.",
            "first",
            "present",
        ),
        (
            "You wake before the bells. Your room is cold, and you pull the quilt up to your chin.",
            "second",
            "present",
        ),
        (
            "You found the key under the mat, and your heart jumped when the lock turned.",
            "second",
            "past",
        ),
        (
            "The Hatter pours tea for nobody. The Dormouse sleeps in the pot, and Alice waits.",
            "third",
            "present",
        ),
        (
            "Lestrade knocked twice. The constable opened the door, and the inspector walked in.",
            "third",
            "past",
        ),
        # first-person words only inside dialogue do not make the narration first person
        (
            '"I will never marry him," Lizzy said. "My mind is made up." Her mother wept.',
            "third",
            "past",
        ),
        (
            "'We must go,' he says. 'They are coming.' She nods and takes her coat.",
            "third",
            "present",
        ),
        # unquoted speech with a speech tag
        ("I could sleep for a week, said Holmes, and stretched out on the sofa.", "third", "past"),
    ],
)
def test_pov_and_tense_of_original_passages(text, pov, tense):
    s = stats(text)
    assert (s.pov, s.tense) == (pov, tense)


@pytest.mark.parametrize(
    ("text", "pov", "tense"),
    [
        # typed messages: no narrator, the writer's own voice
        ("bus never came lol. walked home in the rain, soaked tbh", "first", "past"),
        ("Nia read the text twice. It said the bus was late, and she sighed.", "third", "past"),
        # a chat log is a string of utterances, each in its own now
        (
            "priya: did anyone feed the cat\ntom: yes, she ate the lot\npriya: legend",
            "first",
            "present",
        ),
        # a number or determiner opening a sentence is not a name with a verb after it
        ("Three glasses of water stood on the sill.", "third", "past"),
        ("Tom runs for the ferry and waves his ticket at the guard.", "third", "present"),
        # 've is have (present perfect); 'd is had or would
        ("You've kept every ticket stub from that summer.", "second", "present"),
        ("You kept every ticket stub from that summer.", "second", "past"),
        ("We'd walk the dogs along the canal every evening.", "first", "past"),
        # what follows "note ...:" is the note's words, not the narrator's
        (
            "Her note on the fridge was short: I have gone to the coast, so don't wait up for me.",
            "third",
            "past",
        ),
        ("I left a note on the fridge: back by six, don't wait up.", "first", "past"),
        # a title's full stop neither ends the sentence nor marks an address
        (
            "Contrary to the gossip, Mr. Darnley never raised his voice at the fair.",
            "third",
            "past",
        ),
        ("That will do, Mr. Oakes.", "first", "present"),
        # a speech tag naming the one spoken to
        ("Stop that, she told him, you are frightening the horse.", "third", "past"),
        ("Are you sure, Carys asked, and then she laughed.", "third", "past"),
        # impersonal "you" addresses nobody
        ("The kettle boiled the way you'd expect.", "third", "past"),
        ("You went down to the cellar with a candle.", "second", "past"),
        # talk alone plays in the present; the verb of an inverted tag is the narration's
        ("'Is the kettle on?' 'Not yet.' 'Put it on, then.'", "third", "present"),
        ("'Is the kettle on?' asked the night-shift porter.", "third", "past"),
        # a noun phrase that is no subject does not swallow the next one
        ("For a week the cook pinched the girls.", "third", "past"),
        ("For a week the cook pinches the girls.", "third", "present"),
        # a noun's verb in -ed before a preposition
        ("The old horse died in the spring.", "third", "past"),
        # "bring" is no participle in -ing
        ("When you bring the lamp in, the moths follow.", "second", "present"),
        # a past story, then how things stand today: the aside does not make it present
        (
            "Her aunt locked the piano the winter she turned nine. She's a teacher now. "
            "She still can't play in front of anyone.",
            "third",
            "past",
        ),
        # but a present story that mentions "now" is not an aside
        ("The ferry is late. Now the gulls circle and the kiosk shuts.", "third", "present"),
        # "made" and "flung" are past wherever they stand; a hyphen's "home-made" is not
        ("The porter at the lodge made tea and flung the crusts to the ducks.", "third", "past"),
        (
            "On the shelf, home-made jam; on the door, a note that says to knock.",
            "third",
            "present",
        ),
    ],
)
def test_pov_and_tense_rules(text, pov, tense):
    s = stats(text)
    assert (s.pov, s.tense) == (pov, tense)


def test_reported_clause_counts_half():
    # the frame is "says"; what Jo says happened is reported, not narrated
    assert narration_tense("Jo says she lied to the court and she hid the letters.") == "present"
    assert narration_tense("Jo said she lied to the court and she hid the letters.") == "past"


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        # a note with no finite verb sets down how things stand
        (
            "Ward round, 09:00. Bed 2: comfortable overnight, pain controlled, sitting out.",
            "present",
        ),
        # "'ll" is "will"
        ("Fine. I'll ring the garage and you'll sort the tyres.", "present"),
        # a word in -s before a finite verb is a plural noun, not the verb
        ("Emergency crews were called to the pier.", "past"),
        ("Harbour lights were lit at dusk.", "past"),
        # and a word in -s that opens a sentence, whose verb comes after "and ..." or a
        # phrase: "Wood pigeons and ...", "Deep cuts to ..." are plural nouns
        ("Wood pigeons and a pair of jackdaws quarrelled over the crusts on the lawn.", "past"),
        ("Deep cuts to both hands were the first thing the surgeon saw.", "past"),
        # while a name's verb in -s stays the present, with "and" or a phrase after it
        ("Mary walks to the window and looks out at the rain.", "present"),
        ("Holmes lights his pipe and smiles at the fire.", "present"),
        # "put", "hit": after "she" or "he" only the past can stand bare
        ("She put the kettle on and he hit the light switch.", "past"),
        # a second verb in -ed joined to the first, before its object
        (
            "The chess club is ruthless. On Friday a retired vicar took my rook, "
            "then cornered my king and checkmated me.",
            "past",
        ),
        # "they done", "we seen": a participle standing for the past
        ("They done the whole fence in a day.", "past"),
        ("We seen him at the market on Sunday.", "past"),
        # "what if" asks about what is not so: its past forms tell no past
        ("What if we just stayed home and never went back?", "present"),
    ],
)
def test_tense_rules(text, tense):
    assert stats(text).tense == tense


def test_words_that_are_no_subject_and_verb():
    # "they put" may be present or past; a letter's "Please" is no name with a verb;
    # "Head keeper's" is a possessive; "you because": "because" is no verb
    assert _tense_votes("They put the kettle on.") == {}
    assert _tense_votes("Please let us know.") == {}
    assert _tense_votes("Head keeper's log.") == {}
    assert list(_tense_votes("I tell you because I care.").values()) == [-1.0, -0.5]
    # a noun's "will" is a present modal: "the inspector will call"
    assert list(_tense_votes("The inspector will call at noon.").values()) == [-0.5]


def test_verb_of_a_subordinate_clause_with_a_noun_subject_counts_half():
    # "because one day the ram escaped": the clause hangs off another though words
    # stand between the subordinator and the verb; after "and", a clause of its own begins
    assert list(_tense_votes("because one day the ram escaped.").values()) == [0.25]
    assert list(_tense_votes("because it rained and the old ram escaped.").values()) == [
        0.5,
        0.5,
    ]


def test_verb_after_an_inverted_auxiliary_tells_no_tense():
    assert _tense_votes("Could they see it?") == {}
    assert list(_tense_votes("They see it.").values()) == [-1.0]


def test_dialogue_share():
    s = stats('"Yes," she said.')
    assert s.dialogue_share == pytest.approx(len('"Yes,"') / len('"Yes," she said.'))
    assert stats("No speech here at all.").dialogue_share == 0.0


def test_merge_stats_sums_words_and_votes_by_words():
    parts = [
        TextStats(1000, 5, "first", "past", 0.5),
        TextStats(200, 1, "third", "present", 0.0),
        TextStats(0, 0, "unknown", "unknown", 0.0),
    ]
    merged = merge_stats(parts)
    assert merged.words == 1200
    assert merged.reading_minutes == 6
    assert (merged.pov, merged.tense) == ("first", "past")
    assert merged.dialogue_share == pytest.approx(500 / 1200)
    assert merge_stats([]).words == 0


def test_pov_and_tense_accuracy_on_the_evaluation_set():
    rows = [
        json.loads(line)
        for path in sorted(EVAL_DIR.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    rows = [r for r in rows if "pov" in r and "tense" in r]
    assert len(rows) >= 300
    pov_misses, tense_misses = [], []
    for row in rows:
        s = stats(row["text"], row.get("format", "plain"))
        if s.pov != row["pov"]:
            pov_misses.append((row["id"], row["pov"], s.pov))
        if s.tense != row["tense"]:
            tense_misses.append((row["id"], row["tense"], s.tense))
    print("POV misses:", pov_misses)
    print("tense misses:", tense_misses)
    assert 1 - len(pov_misses) / len(rows) >= 0.95
    assert 1 - len(tense_misses) / len(rows) >= 0.95


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("She waited. * * * He came back.", 5),
        ("- Then the door opened -", 4),
        ("* * *", 0),
        ("He stopped—then went on.", 5),  # the dash parts two words
        ("He stopped — then went on.", 5),
        ("well-known don't", 2),
        ("", 0),
        ("a\u3000…\u3000b", 2),  # any whitespace parts tokens
    ],
)
def test_count_words_leaves_out_punctuation_alone(text: str, words: int) -> None:
    assert count_words(text) == words


def test_sentence_opening_on_a_past_verb_with_its_subject_dropped():
    # a diary drops "I": a preterite, or a verb in -ed before its object, opens the
    # sentence; a bare participle with no object is a note's passive and tells nothing
    assert list(_tense_votes("Rain again. Took the bus to the library.").values()) == [0.5]
    assert list(_tense_votes("Thursday. Walked the dog round the park.").values()) == [0.5]
    assert _tense_votes("Discharged on day three.") == {}
    assert stats("Rain again. Took the bus to the library.").tense == "past"


def test_clause_after_a_verb_of_learning_is_reported():
    # what she learned is reported in its own tense: the narration is the past "learned"
    assert narration_tense("I learned that she likes tea and he hates it.") == "past"
    assert narration_tense("I realised that the clock runs slow and nobody minds.") == "past"


def test_verb_spelt_alike_in_past_and_present_after_a_singular_noun():
    # "the pipe burst": a singular subject would take "bursts" in the present
    assert list(_tense_votes("The pipe burst in the night.").values()) == [0.5]
    assert _tense_votes("The pipes burst in the night.") == {}


def test_clipped_adverbs_of_messages_stand_between_subject_and_verb():
    # "def" is "definitely", not a verb of "we"
    assert list(_tense_votes("We def kissed.").values()) == [1.0]
    assert list(_tense_votes("She prob knows.").values()) == [-1.0]


def test_indefinite_pronoun_with_a_phrase_before_its_verb():
    # "everybody in the house" is one singular subject; its verb follows the phrase
    assert list(_tense_votes("Everybody in the house sleeps late.").values()) == [-1.0]
    assert list(_tense_votes("Someone from the office phoned twice.").values()) == [1.0]


def test_used_is_a_past_verb_after_its_subject():
    # "she used the door", "he used to sing": both past
    assert list(_tense_votes("She used the back door.").values()) == [1.0]
    assert stats("He used to sing in the choir.").tense == "past"


def test_verb_in_s_after_a_noun_before_a_quantified_object():
    # "the club thanks every helper": "every" opens the object, so "thanks" is the verb
    assert list(_tense_votes("The club thanks every helper.").values()) == [-0.5]


def test_verb_spelt_alike_in_past_and_present_after_a_plural_subject():
    # "you cut", "we set", "they lay": present or past alike, so no vote; after "she"
    # only the past can stand bare, and a past time in the clause settles it
    assert _tense_votes("You cut the bread thin.") == {}
    assert _tense_votes("We set the table for six.") == {}
    assert _tense_votes("They lay the planks across the ditch.") == {}
    assert list(_tense_votes("She cut the bread thin.").values()) == [1.0]
    assert list(_tense_votes("She lay awake.").values()) == [1.0]
    assert list(_tense_votes("I hurt my wrist last Saturday.").values()) == [1.0]
    assert list(_tense_votes("We quit the band two years ago.").values()) == [1.0]
    # a past time in another clause does not reach the verb
    assert list(_tense_votes("You shut the gate, as you did yesterday.").values()) == [0.5]
    assert stats("You shut the gate behind the goats and walk back up the lane.").tense == (
        "present"
    )


def test_word_in_ed_that_is_no_verb_after_a_noun():
    # "the narrow bed", "a top speed": no -ed verbs
    assert _tense_votes("Gran is napping on the narrow bed with the cat.") == {5: -1.0}
    assert _tense_votes("The kart reached a top speed on the straight.") == {9: 0.5}


def test_half_stands_between_subject_and_verb():
    # "I half expected": "half" is an adverb, the verb comes after it
    assert list(_tense_votes("I half expected rain.").values()) == [1.0]
    assert list(_tense_votes("They half listen to the radio.").values()) == [-1.0]


def test_verb_in_ed_before_a_reflexive_after_a_noun():
    # "the kettle switched itself off": a reflexive object makes the -ed word active
    assert list(_tense_votes("The old kettle switched itself off.").values()) == [0.5]
    assert list(_tense_votes("The cat washes itself.").values()) == [-0.5]


def test_clause_after_an_ongoing_verb_of_explaining_is_reported():
    # "she's explaining that ...": what is explained keeps its own time
    assert (
        narration_tense("The plumber is explaining that the valve failed and the tank overflowed.")
        == "present"
    )
    # without "that" no clause is reported: the narration is the past "explaining"
    assert (
        narration_tense("The plumber was explaining the fault and the tank overflowed.") == "past"
    )


def test_impersonal_you_would_tells_no_past():
    # "the way you'd ...": anyone's habit, not a past event of the narration
    assert stats("Two boys hold the bar the way you'd hold a rope in a tug of war.").tense == (
        "present"
    )
    assert list(_tense_votes("You'd left the door open.").values()) == [0.5]
