"""The analysis engine end to end: what it suggests, and the evidence it gives."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import fanfold.analysis
from fanfold.analysis import (
    ARCHIVE_WARNINGS,
    CONTENT_NOTES,
    ENGINE_VERSION,
    RATINGS,
    ChapterInput,
    DictionaryTag,
    TagDictionary,
    analyze,
    people,
)
from fanfold.analysis.model import source_digest
from fanfold.analysis.verdicts import DEATH_IN_PASSING

TAGS = """type,name,canonical,fandoms,parents
fandom,Pride and Prejudice - Jane Austen,,,
fandom,Frankenstein - Mary Shelley,,,
fandom,Sherlock Holmes - Arthur Conan Doyle,,,
fandom,Pride & Prejudice,Pride and Prejudice - Jane Austen,,
character,Elizabeth Bennet,,Pride and Prejudice - Jane Austen,
character,Lizzy,Elizabeth Bennet,,
character,Jane Bennet,,Pride and Prejudice - Jane Austen,
character,Fitzwilliam Darcy,,Pride and Prejudice - Jane Austen,
character,Mr. Darcy,Fitzwilliam Darcy,,
character,Elizabeth Lavenza,,Frankenstein - Mary Shelley,
character,Victor Frankenstein,,Frankenstein - Mary Shelley,
character,Henry Clerval,,Frankenstein - Mary Shelley,
character,Sherlock Holmes,,Sherlock Holmes - Arthur Conan Doyle,
character,Sherlock,Sherlock Holmes,,
character,Mycroft Holmes,,Sherlock Holmes - Arthur Conan Doyle,
character,John Watson,,Sherlock Holmes - Arthur Conan Doyle,
relationship,Elizabeth Bennet/Fitzwilliam Darcy,,Pride and Prejudice - Jane Austen,
relationship,Sherlock Holmes & John Watson,,Sherlock Holmes - Arthur Conan Doyle,
"""


@pytest.fixture(scope="module")
def tags() -> TagDictionary:
    return TagDictionary.from_csv(io.StringIO(TAGS))


def notes_of(text: str, **kw: object) -> set[str]:
    return {s.name for s in analyze(text, **kw).notes}  # type: ignore[arg-type]


# ---- content notes and their evidence ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "He drove the knife into the guard's side, and the man fell against the door.",
            "violence",
        ),
        (
            "Her father died in the night, and in the morning they buried him by the chapel.",
            "death",
        ),
        (
            "She took the whole bottle of laudanum and lay down, meaning never to wake up.",
            "suicide",
        ),
        ("You drink the whisky straight from the bottle until the room tilts.", "substance-use"),
        ("'Get the fuck out of my kitchen,' she said.", "strong-language"),
        ("He burned himself with the poker on purpose, to feel something.", "self-harm"),
        ("He locked the boy in the coal cellar without supper for a week.", "child-abuse"),
    ],
)
def test_finds_each_note_with_its_sentence(text: str, label: str) -> None:
    result = analyze(text)
    found = {s.name: s for s in result.notes}
    assert label in found, [s.name for s in result.notes]
    evidence = found[label].evidence[0]
    assert text[evidence.start : evidence.end] == evidence.text
    assert 0.5 <= found[label].confidence <= 1


def test_evidence_in_text_with_windows_line_ends_quotes_the_text_itself() -> None:
    # A .txt file saved on Windows: the evidence is what the file holds between its
    # offsets, line ends and all, as it is for any other plain text.
    text = (
        "A/N: TW for self-harm.\r\nThanks for reading!\r\n\r\n"
        "Holmes stabbed the man in the shoulder\r\nand the blood ran down his sleeve.\r\n"
    )
    result = analyze(text)
    evidence = [e for s in [*result.notes, *result.noted] for e in s.evidence]
    assert evidence and any("stabbed" in e.text for e in evidence)
    for e in evidence:
        assert text[e.start : e.end] == e.text
    (note,) = result.author_notes
    assert (
        text[note.start : note.end] == note.text == "A/N: TW for self-harm.\r\nThanks for reading!"
    )


@pytest.mark.parametrize(
    "text",
    [
        # negation
        "He did not kill her. The husband had been in Brighton all week.",
        "No one died at the house that winter, whatever the neighbours said.",
        "Nobody was hurt when the carriage overturned into the ditch.",
        # a denial fronted, its verb inverted, however far from the cue
        "Not once, even in the worst of that winter, did she think of ending her life.",
        "Never again would he raise his fist to anyone in that house.",
        "At no point did the constables strike the prisoner.",
        # figures of speech
        "Jane was killing it at the pianoforte, and everyone applauded.",
        "I was dead tired by the time we reached the station.",
        "Elizabeth shot Darcy a glance across the ballroom.",
        "I could murder a cup of tea, said Mina, and put the kettle on.",
        # hypotheticals
        "If he had fired, Watson would have been dead on the spot.",
        "Had the ship struck the rocks, every soul aboard would have drowned.",
        "Could he really have killed her, after everything they had been to each other?",
        # innocent senses
        "Mrs. Hudson served blood pudding with the eggs.",
        "Jane poured the tea, and the sisters drank cup after cup of it.",
        "She took a shot of espresso and a slice of lemon cake.",
    ],
)
def test_hard_negatives_give_no_note(text: str) -> None:
    assert notes_of(text) == set()
    assert analyze(text).rating.name == "General Audiences"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the fronted denial is of the crying, not of the burial (a new subject)
        ("Not once did she cry when they buried her father.", "death"),
        # "never had she seen so much blood" says that she sees it now: no denial
        ("Never before had she seen a man stabbed, and she could not look away.", "violence"),
        # "never mind that" and a subject before the verb: no inversion, no denial
        ("Never mind that, she was dead by the time they found her.", "death"),
        # the denial ends with its clause
        ("Never had he struck the boy, but that night he stabbed the lodger twice.", "violence"),
    ],
)
def test_a_fronted_denial_reaches_only_its_own_clause(text: str, label: str) -> None:
    assert label in notes_of(text), text


def test_vocabulary_is_the_issues() -> None:
    text = "He stabbed the guard in the throat, and blood gushed over his hands; the man died."
    names = [s.name for s in analyze(text).notes]
    assert set(names) <= set(CONTENT_NOTES)
    assert names == [n for n in CONTENT_NOTES if n in names]  # shown in vocabulary order


# ---- rating and warnings ------------------------------------------------------------------


def test_rating_steps_with_reasons() -> None:
    assert analyze("They walked to the river and talked about books.").rating.name == RATINGS[0]
    teen = analyze("He punched the thief in the face and the man staggered back.").rating
    assert teen.name == "Teen And Up Audiences"
    assert "violence" in teen.reasons and teen.evidence
    mature = analyze(
        "The axe split his forearm to the bone, and blood came jetting out onto the snow "
        "while his guts spilled from the wound in his belly."
    ).rating
    assert mature.name == "Mature"
    assert "graphic violence" in mature.reasons


def test_graphic_violence_and_rape_warnings() -> None:
    graphic = analyze(
        "The blade opened him from hip to rib, and his guts slid out over my hands."
    ).warnings
    assert "Graphic Depictions Of Violence" in {w.name for w in graphic}
    sv = analyze("He raped her in the stable, and she told no one for a year.")
    assert "Rape/Non-Con" in {w.name for w in sv.warnings}
    assert sv.rating.name in ("Mature", "Explicit")
    assert {w.name for w in sv.warnings} <= set(ARCHIVE_WARNINGS)


def test_major_character_death_needs_a_named_character(tags: TagDictionary) -> None:
    named = analyze("Jane Bennet died at dawn, with Elizabeth holding her hand.", dictionary=tags)
    assert "Major Character Death" in {w.name for w in named.warnings}
    nameless = analyze(
        "The old woman died at dawn, with her nurse holding her hand.", dictionary=tags
    )
    assert "Major Character Death" not in {w.name for w in nameless.warnings}


@pytest.mark.parametrize(
    ("text", "dies"),
    [
        ("Henry Clerval was killed on the shore that night.", "Henry Clerval"),
        ("Henry Clerval had been murdered; his body lay on the sand.", "Henry Clerval"),
        ("Jane Bennet's body was carried home at dusk.", "Jane Bennet"),
        ("Elizabeth Bennet did not sleep the night before Jane Bennet's execution.", "Jane Bennet"),
        ("Jane Bennet's sister died in the spring, and Fitzwilliam Darcy sent flowers.", None),
        ("Elizabeth Lavenza lay dead across the marriage bed.", "Elizabeth Lavenza"),
        # The name before an active "killed" is the killer's.
        ("Sherlock Holmes shot and killed the intruder on the stairs.", None),
        ("Sherlock Holmes murdered the blackmailer in his study and left by the window.", None),
        (
            "Sherlock Holmes went through the gang on the quay like a scythe, killing until "
            "none of them stood.",
            None,
        ),
        # A body, a corpse, a death that is someone else's.
        ("Elizabeth Bennet knelt beside the body in the churchyard and did not weep.", None),
        ("John Watson bent over the corpse on the towpath and shook his head.", None),
        ("Fitzwilliam Darcy came into the estate a month after his father's death.", None),
        ("Mycroft Holmes read the report of the sentry's death twice and then burned it.", None),
        # Someone nearer dies: "the man", "the thief"; "the late Mr. Bingley" is long dead.
        ("Sherlock Holmes watched the man die on the cobbles.", None),
        (
            "Sherlock Holmes held the thief down until the man went still and did not "
            "breathe again.",
            None,
        ),
        ("Fitzwilliam Darcy had been the late Mr. Bingley's ward, and wept at the funeral.", None),
        # Someone else is the subject of the death: a sister, a pile, a patient; a
        # murder that is a noun; but the named person's own heart, and "she".
        ("Elizabeth Bennet wept when her sister died.", None),
        ("Victor Frankenstein connected the wires, but the pile was dead.", None),
        ("Sherlock Holmes held up the knife like evidence in a murder trial.", None),
        ("John Watson's youngest patient did not live to see the spring.", None),
        (
            "Jane Bennet lay in the bed, and her heart had stopped before the doctor came.",
            "Jane Bennet",
        ),
        ("Jane Bennet's eyes closed and she died.", "Jane Bennet"),
        # A "he" with a man or a boy nearer than the name may be his.
        ("John Watson carried the boy to the cab, and he died before they reached Barts.", None),
        ("Jane Bennet held the child's hand as she died.", "Jane Bennet"),
        # A death before the story, told as one: years ago, since, an anniversary, a
        # grave visited, outlived. The death note stays; no warning.
        ("Jane Bennet had been dead these six years, and still nobody sat in her chair.", None),
        ("Since Mary Morstan died, the surgery had gone quiet in the afternoons.", None),
        ("Jane Bennet died three winters ago, and Elizabeth Bennet still wrote to her.", None),
        (
            "On the anniversary of Henry Clerval's death Victor Frankenstein walked to the lake.",
            None,
        ),
        ("By then Jane Bennet was long dead, and the house was let to strangers.", None),
        ("Elizabeth Bennet had been seven when Jane Bennet died of the fever.", None),
        ("Jane Bennet died in the late afternoon, with Elizabeth beside her.", "Jane Bennet"),
        ("Elizabeth Bennet was nine when her mother died, long before Netherfield was let.", None),
        # but a death that happens now, in the past perfect of the telling, is one
        (
            "By the time the servants broke the door down, Jane Bennet had died.",
            "Jane Bennet",
        ),
        ("Henry Clerval died that night, a year after he came to Ingolstadt.", "Henry Clerval"),
        # The dead as a people, not a death; but the dead man may be the named one.
        ("Victor Frankenstein spent his nights among the dead of the charnel house.", None),
        (
            "John Watson knelt by Henry Clerval through the night with his face in the dead "
            "man's hair.",
            "Henry Clerval",
        ),
    ],
)
def test_major_character_death_names_the_one_who_dies(
    tags: TagDictionary, text: str, dies: str | None
) -> None:
    result = analyze(text, dictionary=tags)
    assert "death" in {s.name for s in result.notes}
    warned = [w for w in result.warnings if w.name == "Major Character Death"]
    if dies is None:
        assert not warned, warned[0].reasons
    else:
        assert warned and warned[0].reasons == (f"{dies} dies",)


def test_underage_only_from_a_stated_age() -> None:
    # Sexual content between adults: no guess about anyone's age.
    adults = analyze("They made love slowly in the wide bed, and afterwards she slept.")
    assert "sexual-content" in {s.name for s in adults.notes}
    assert "Underage Sex" not in {w.name for w in adults.warnings}
    # A minor in the story, nowhere near sexual content: still nothing.
    apart = analyze(
        "Her brother was twelve and spent the summer fishing.\n\n"
        "Years later, married, they made love in the wide bed."
    )
    assert "Underage Sex" not in {w.name for w in apart.warnings}
    # A time is not an age.
    late = analyze("They made love in the wide bed until it was twelve o'clock.")
    assert "sexual-content" in {s.name for s in late.notes}
    assert "Underage Sex" not in {w.name for w in late.warnings}
    # A stated age in the sexual content itself: the warning, quoting the sentence.
    stated = analyze("He had sex with her although she was fifteen.")
    underage = [w for w in stated.warnings if w.name == "Underage Sex"]
    assert underage and "fifteen" in underage[0].evidence[0].text


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # "would" of what happened again and again is no hypothesis
        ("Every night he would take the belt to us.", "violence"),
        ("Some nights he would hit her until the neighbours banged on the wall.", "violence"),
        ("In those days she would cut herself where the sleeves hid it.", "self-harm"),
        ("After Mam died, Da would drink himself senseless of a Friday.", "substance-use"),
        # a hedge on an amount, not on the deed
        ("There was perhaps an inch of brandy left in the decanter by morning.", "substance-use"),
        ("Maybe a dozen of the villagers had been shot in the square.", "violence"),
        # a denial that denies nothing
        ("Nobody but the driver was killed in the crash.", "death"),
        ("No sooner had he fired than the man fell dead.", "death"),
        # "No." before a word ends a sentence, and denies nothing after it
        ("No. I've been cutting again.", "self-harm"),
        # ... in a message typed without capitals, too
        ("[03:15] me: no. been cutting again, sorry", "self-harm"),
        ("dan: not joking actually. he punched me in the face", "violence"),
        # "never ... before": the first time, which is now
        ("She had never shot a man before, and her hands would not stop shaking.", "violence"),
        ("He had never been hit that hard before in his life.", "violence"),
        # not knowing how many is no denial of any
        ("woke up on the sofa. no idea how many vodkas in the end.", "substance-use"),
        ("I genuinely can't remember how many pints I had.", "substance-use"),
        # "without" denies its own noun, not what comes after it
        (
            "The manager made him scrub the bins without gloves as punishment for being late.",
            "abuse",
        ),
    ],
)
def test_words_that_look_unreal_or_denied_but_are_not(text: str, label: str) -> None:
    assert label in {n.name for n in analyze(text).notes}


@pytest.mark.parametrize(
    "text",
    [
        # a denial before a time or a noun of its own still denies
        "He had never hit her before the wedding, and he never did after it.",
        "She finished the marathon without a drop of blood on her.",
        "dan: not joking. nobody hit anyone, the bouncer just held him",
        # a hedge on the deed itself
        "Perhaps a stranger had killed her, the papers said; perhaps not.",
    ],
)
def test_denials_that_still_deny(text: str) -> None:
    assert not {"violence", "graphic-violence", "death"} & {n.name for n in analyze(text).notes}


def test_would_have_stays_hypothetical_even_when_habitual() -> None:
    text = "Every time he came home late he would have hit her if the door had not opened."
    assert "violence" not in {n.name for n in analyze(text).notes}


def test_an_age_inside_a_longer_age_is_no_child() -> None:
    notes = {n.name for n in analyze("The twenty-six-year-old man was stabbed outside.").notes}
    assert notes == {"violence"}
    notes = {n.name for n in analyze("The six-year-old was stabbed outside the school.").notes}
    assert "child-abuse" in notes or "violence" in notes


def test_a_cue_word_before_a_closing_single_quote_counts() -> None:
    # British dialogue and quoted words close with an apostrophe; a plural possessive
    # ends in one too. A letter after it ("can't", "dead'un") is another word.
    assert "suicide" in notes_of("He wrote 'I wish I was dead' in the margin of his book.")
    assert "suicide" in notes_of("She said 'I want to kill myself' and hung up the phone.")
    assert notes_of("'You can't sit there,' she said. 'That's Gran's chair.'") == set()


def test_people_by_their_trade_are_on_the_receiving_end() -> None:
    assert "violence" in notes_of("The guards beat the messenger with the butts of their spears.")
    assert "violence" in notes_of("The soldiers beat the farmer with sticks until he fell.")
    assert notes_of("He beat the farmer at chess twice before supper.") == set()
    assert notes_of("She shot the waiter a look over the menu.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It took the parish years to notice that Tomas was abusing his wife.", {"abuse"}),
        ("He abuses her when he drinks, and the neighbours say nothing.", {"abuse"}),
        ("The tribunal found she had abused her position as his carer.", {"abuse"}),
        # Misconduct, cooking and punctuation are not a person abused.
        ("The mayor abused his power and was voted out in May.", set()),
        ("The council abused the trust of the town with its accounts.", set()),
        ("This puttanesca abuses garlic in the best possible way.", set()),
        # Drink and drugs abused are substance use, not abuse.
        ("She abused painkillers for a year after the accident.", {"substance-use"}),
        ("He was in rehab for drug abuse the winter he turned thirty.", {"substance-use"}),
        ("His years of heavy alcohol abuse had cost him the farm.", {"substance-use"}),
        ("There was a talk on drug abuse at school on Friday.", set()),
    ],
)
def test_abuse_of_a_person_not_of_power_or_drink(text: str, expected: set[str]) -> None:
    assert notes_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He held out the joint to her without looking at her.", {"substance-use"}),
        ("The room smells of weed with something chemical underneath it.", {"substance-use"}),
        ("He was smoking skunk on the back stairs again.", {"substance-use"}),
        ("The shed smelled of weed killer and creosote.", set()),
        ("A skunk had been under the porch; the whole yard stank of skunk.", set()),
    ],
)
def test_weed_by_its_smell_and_its_handing_round(text: str, expected: set[str]) -> None:
    assert notes_of(text, read=False) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He keeps her from her family, and calls it looking after her.", {"abuse"}),
        ("He says I don't need friends if I've got him.", {"abuse"}),
        ("He told her she didn't need her family now she had him.", {"abuse"}),
        # a love said, not a rule laid down
        ("I don't need anyone else, I've got her, she said, and laughed.", set()),
        ("She keeps the cat from her bedroom because of the rug.", set()),
    ],
)
def test_someone_kept_from_their_own(text: str, expected: set[str]) -> None:
    assert notes_of(text, read=False) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Skipped breakfast and lunch again and had that clean hollow feeling, the one I've "
            "earned.",
            {"self-harm"},
        ),
        ("She refused to eat for a week, as a penance for what she had said.", {"self-harm"}),
        # a lunch missed for a reason, or a punishment given by someone else
        ("I skipped lunch on purpose so I would be hungry for the feast.", set()),
        ("I skipped lunch because the meeting ran over again.", set()),
        ("He went without dinner as punishment for the broken window.", set()),
    ],
)
def test_food_refused_as_a_punishment_of_oneself(text: str, expected: set[str]) -> None:
    assert notes_of(text, read=False) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two weak signs in one paragraph
        (
            "He was a great deal less shy once the candle was out, and they did not come down "
            "until past eleven.",
            {"sexual-content"},
        ),
        (
            "She led him off to the bridal chamber by the wrist. She did not let him out again "
            "until noon.",
            {"sexual-content"},
        ),
        (
            "They lay down together in the old bed and made up for twenty years of lost nights.",
            {"sexual-content"},
        ),
        # plain enough alone
        ("'Someone took it off me with their teeth,' she said.", {"sexual-content"}),
        ("He made her his wife again, night after night.", {"sexual-content"}),
        # one weak sign is not enough
        ("She did not come down until eleven, having slept badly.", set()),
        ("On the wedding night the whole village danced till dawn.", set()),
        ("Once the lamps were out, she lay awake listening to the sea.", set()),
        ("The children lay down together in the hay to watch the stars.", set()),
    ],
)
def test_a_scene_behind_a_closed_door(text: str, expected: set[str]) -> None:
    assert notes_of(text, read=False) == expected


def test_a_blow_nearly_struck_did_not_land() -> None:
    assert notes_of("On the ring road I had nearly hit a cyclist in the dark.") == set()
    assert notes_of("She almost slapped him, and then she laughed instead.") == set()
    assert "violence" in notes_of("He nearly strangled her before the neighbours came.")


def test_clinical_denial_is_a_denial() -> None:
    assert analyze("Pt denies suicidal ideation; discharged home with her sister.").notes == ()


def test_needs_patterns_are_not_anchored() -> None:
    # A `needs` pattern is first tried on the whole chapter from the cue's offset, where
    # "^" never matches: an anchored pattern would silently never fire. ("(?:^|[.!?] )"
    # is fine: its other branch holds there.)
    from fanfold.analysis.lexicon import CUES

    anchored = {
        word
        for word, cues in CUES.items()
        for cue in cues
        if cue.needs is not None and re.search(r"(?<![\\[])(?<!\(\?:)\^", cue.needs.pattern)
    }
    assert not anchored


def test_death_in_passing_stays_general() -> None:
    result = analyze("My father died when I was nine. I remember the black ribbons on the door.")
    assert "death" in {s.name for s in result.notes}
    assert result.rating.name == "General Audiences"


@pytest.mark.parametrize(
    ("text", "rating"),
    [
        # a death before the story, however it is told, is a death in passing
        (
            "Grandfather had died before I was born, and his medals lived in a biscuit tin "
            "on the wardrobe.",
            "General Audiences",
        ),
        (
            "The house had belonged to the late Mr. Bingley, and his portrait still hung "
            "above the stairs.",
            "General Audiences",
        ),
        (
            "His name was on the war memorial by the bus stop, between a Hargreaves and a Holt.",
            "General Audiences",
        ),
        # a death weeks ago is grief still raw, and a death now is on the page
        (
            "Her husband died three weeks ago, and she has not slept a night through since.",
            "Teen And Up Audiences",
        ),
        ("The old man died in the night, with his daughter beside him.", "Teen And Up Audiences"),
        # "the late" afternoon is no late Mr. Anybody
        (
            "The old man died in the late afternoon, with his daughter beside him.",
            "Teen And Up Audiences",
        ),
    ],
)
def test_a_death_before_the_story_is_a_death_in_passing(text: str, rating: str) -> None:
    result = analyze(text)
    assert "death" in {s.name for s in result.notes}
    assert result.rating.name == rating


@pytest.mark.parametrize(
    "text",
    [
        "The old Mother Superior, who has been dead for twenty years, would not have allowed it.",
        "He looked at the shelves of his late uncle's books, most of which had never been opened.",
        "My late husband was a physician, and kept up with such things, and I kept up with him.",
    ],
)
def test_more_deaths_told_as_before_the_story(text: str) -> None:
    result = analyze(text)
    assert "death" in {s.name for s in result.notes}
    assert result.rating.name == "General Audiences"


@pytest.mark.parametrize(
    "text",
    [
        # "late" of a time, not of someone dead
        "Her late arrival meant the meeting began without her; that morning the old porter "
        "died at his desk.",
        "His late shift ended at six, and by seven the old man had died in the ward.",
    ],
)
def test_late_of_a_time_is_no_death_before_the_story(text: str) -> None:
    assert analyze(text).rating.name == "Teen And Up Audiences"


DEATH_IN_PASSING_TEXTS = [
    "My father died when I was nine. I remember the black ribbons on the door.",
    "Grandfather had died before I was born, and his medals lived in a biscuit tin on the "
    "wardrobe.",
    "The house had belonged to the late Mr. Bingley, and his portrait still hung above the stairs.",
    # an author long dead, however the sentence puts it
    "It was a book of Lives by a man named Plutarch, who had been dead for centuries.",
    "Plutarch, who had been dead, as far as she could tell, for a very long time, wrote it.",
    "The poet has been dead a long time, and his house is a museum now.",
]


@pytest.mark.parametrize("text", DEATH_IN_PASSING_TEXTS)
def test_a_death_only_in_passing_is_a_possible_note_and_says_why(text: str) -> None:
    # The note stays (the death is there), but an author tagging "Character Death" tags
    # the story's deaths: one before the story is offered as possible, with the reason.
    death = next(s for s in analyze(text).notes if s.name == "death")
    assert death.confidence < 0.75
    assert death.reasons[0] == DEATH_IN_PASSING


def test_a_death_on_the_page_beside_one_in_passing_keeps_its_confidence() -> None:
    text = (
        "My father died when I was nine, and I hardly remember him.\n\n"
        "The old man died in the night, with his daughter beside him, and she closed his eyes."
    )
    result = analyze(text)
    death = next(s for s in result.notes if s.name == "death")
    assert death.confidence >= 0.75
    assert DEATH_IN_PASSING not in death.reasons
    assert result.rating.name == "Teen And Up Audiences"


@pytest.mark.parametrize(
    "text",
    [
        "She did not believe for a moment that you had drowned.",
        "I never believed he was dead, whatever the newspapers printed.",
        "Mother didn't believe the girl had been murdered at all.",
    ],
)
def test_what_someone_does_not_believe_is_not_told_as_so(text: str) -> None:
    assert not {s.name for s in analyze(text).notes} & {"death", "violence"}


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("I didn't believe it, but he had drowned in the mill race that night.", "death"),
        ("I never thought he would hit me, and then one night he hit me.", "violence"),
        ("She didn't think twice before she shot him in the leg.", "violence"),
        ("Nobody believed her, but he had beaten her black and blue for years.", "violence"),
    ],
)
def test_disbelief_does_not_reach_past_its_own_clause(text: str, note: str) -> None:
    assert note in {s.name for s in analyze(text).notes}


def test_explicit_needs_explicit_words() -> None:
    implied = analyze("They went to bed together that evening, and I will not write what passed.")
    assert implied.rating.name == "Mature"
    explicit = analyze(
        "She took his cock in her hand and stroked him until he came, and then he licked "
        "her until her orgasm left her shaking."
    )
    assert explicit.rating.name == "Explicit"


@pytest.mark.parametrize(
    ("text", "rating"),
    [
        # one word that is explicit on its own, in a sentence of sex, anywhere in it
        (
            "Tom's cock pressed against his hip, and Dev reached down between them and "
            "stroked until they both spilled.",
            "Explicit",
        ),
        ("she texted: i want your mouth on my clit the second you get home", "Explicit"),
        # a name is not a word of sex: "Dick" is a man
        ("Dick pulled her close, and they made love slowly by the fire.", "Mature"),
        # words of sex that say less stay Mature on their own
        (
            "They made love slowly by the fire, and afterwards she slept with her head on "
            "his chest.",
            "Mature",
        ),
        # and the same words outside sex say nothing of it
        (
            "The weathercock on the spire had lost its tail feather in the storm.",
            "General Audiences",
        ),
    ],
)
def test_a_word_explicit_on_its_own_makes_sex_explicit(text: str, rating: str) -> None:
    assert analyze(text).rating.name == rating


def test_the_words_explicit_on_their_own_are_explicit_words() -> None:
    from fanfold.analysis.lexicon import EXPLICIT, EXPLICIT_ALONE

    assert EXPLICIT_ALONE <= EXPLICIT


# ---- characters, fandoms, relationships ------------------------------------------------------


def test_elizabeth_is_resolved_by_the_company_she_keeps(tags: TagDictionary) -> None:
    pp = analyze(
        "Elizabeth laughed at Mr. Darcy's stiff bow, and Jane nudged her.", dictionary=tags
    )
    fr = analyze("Elizabeth waited for Victor's letter while Clerval read aloud.", dictionary=tags)
    assert "Elizabeth Bennet" in {c.name for c in pp.characters}
    assert "Elizabeth Lavenza" not in {c.name for c in pp.characters}
    assert "Elizabeth Lavenza" in {c.name for c in fr.characters}
    assert "Elizabeth Bennet" not in {c.name for c in fr.characters}
    assert pp.fandoms[0].name == "Pride and Prejudice - Jane Austen"
    assert fr.fandoms[0].name == "Frankenstein - Mary Shelley"


def test_nicknames_possessives_vocatives_are_counted(tags: TagDictionary) -> None:
    text = "'Lizzy,' said Jane, 'Mr. Darcy's letter is here.' Lizzy took Darcy's letter."
    result = analyze(text, dictionary=tags)
    by_name = {c.name: c for c in result.characters}
    assert by_name["Elizabeth Bennet"].count == 2
    assert by_name["Fitzwilliam Darcy"].count == 2
    for evidence in by_name["Elizabeth Bennet"].evidence:
        assert text[evidence.start : evidence.end] == evidence.text


def test_shared_surname_is_left_out_when_in_doubt(tags: TagDictionary) -> None:
    # "Holmes" alone could be either brother; with Sherlock named it is Sherlock.
    doubt = analyze("Holmes looked up from the paper.", dictionary=tags)
    assert {c.name for c in doubt.characters} <= {"Sherlock Holmes"}
    clear = analyze("Sherlock came in. Holmes looked up from the paper.", dictionary=tags)
    sherlock = next(c for c in clear.characters if c.name == "Sherlock Holmes")
    assert sherlock.count == 2


def test_a_name_inside_another_word_is_not_a_mention(tags: TagDictionary) -> None:
    result = analyze(
        "The McSherlock brothers ran the inn. Sherlock came in later.", dictionary=tags
    )
    sherlock = next(c for c in result.characters if c.name == "Sherlock Holmes")
    assert sherlock.count == 1


WONDERLAND = TagDictionary.from_csv(
    io.StringIO(
        "type,name,canonical,fandoms,parents,uses\n"
        "fandom,Alice in Wonderland - Lewis Carroll,,,,\n"
        "fandom,Frankenstein - Mary Shelley,,,,\n"
        "fandom,Pride and Prejudice - Jane Austen,,,,\n"
        "character,Alice,,Alice in Wonderland - Lewis Carroll,,400\n"
        "character,Alice's Sister,,Alice in Wonderland - Lewis Carroll,,10\n"
        "character,The March Hare,,Alice in Wonderland - Lewis Carroll,,10\n"
        "character,The Cook,,Alice in Wonderland - Lewis Carroll,,10\n"
        "character,The King of Hearts,,Alice in Wonderland - Lewis Carroll,,40\n"
        "character,The Queen of Hearts,,Alice in Wonderland - Lewis Carroll,,120\n"
        "character,The White Queen,,Alice in Wonderland - Lewis Carroll,,10\n"
        "character,The Creature,,Frankenstein - Mary Shelley,,480\n"
        "character,Victor Frankenstein,,Frankenstein - Mary Shelley,,500\n"
        "character,Harriet Forster,,Pride and Prejudice - Jane Austen,,10\n"
        "character,Anne de Bourgh,,Pride and Prejudice - Jane Austen,,10\n"
        "character,Hill,,Pride and Prejudice - Jane Austen,,10\n"
        "character,Elizabeth Bennet,,Pride and Prejudice - Jane Austen,,900\n"
        "character,Lizzy,Elizabeth Bennet,,,\n"
        "character,Sir William Lucas,,Pride and Prejudice - Jane Austen,,40\n"
        "character,William Collins,,Pride and Prejudice - Jane Austen,,60\n"
    )
)


def characters_in(text: str) -> set[str]:
    return {c.name for c in analyze(text, dictionary=WONDERLAND).characters}


def test_a_month_is_not_a_character() -> None:
    # "March" is a name of the March Hare; in the calendar it is nobody.
    for text in (
        "We lost Dad in the March, just before the clocks went forward.",
        "The letter was dated 3 March 1889.",
        "Last March the orchard flooded.",
        "By March 4 the roads were open again.",
        "It's March, and he's driving me to hers.",
        "Between March and June my manager made it clear.",
        "The seeds are not dead, only waiting for March",
    ):
        result = analyze(text, dictionary=WONDERLAND)
        assert not result.characters, text
        assert not result.fandoms, text
    assert "The March Hare" in characters_in("Alice poured the tea. March took the last cake.")


def test_a_role_in_lower_case_needs_its_story() -> None:
    # "the cook" is anyone's cook, unless the story is in Wonderland.
    assert not characters_in('"He\'s not coming," said the cook at last.')
    assert characters_in("Alice sneezed, and the cook threw a saucepan.") == {"Alice", "The Cook"}
    # The fandom's leading character is known by the role alone.
    assert characters_in("The creature sat down on the ice.") == {"The Creature"}
    # "the King" of "The King of Hearts" is any king, but in Wonderland that one; and
    # "the Queen" is the queen the story names.
    assert not characters_in(
        "You asked the king a riddle. The king, to the joy of the court, conceded."
    )
    assert characters_in("Alice curtseyed, and the King pardoned everyone.") == {
        "Alice",
        "The King of Hearts",
    }
    assert characters_in("Alice met the White Queen. The Queen was knitting.") == {
        "Alice",
        "The White Queen",
    }
    assert characters_in("Alice ran, and the Queen shouted.") == {"Alice", "The Queen of Hearts"}


def test_a_name_inside_a_longer_proper_noun_is_not_a_mention() -> None:
    for text in (
        "Halfway up Crook Hill the old Land Rover coughed twice.",
        "The van broke down near Fort William.",
        "Little Harriet Mellor, the curate's daughter, was ill.",
        "She was christened at St. Anne's.",
    ):
        assert not characters_in(text), text
    # A nickname beside a surname is one person, and a title is no part of another name.
    assert characters_in("Lizzy Bennet laughed.") == {"Elizabeth Bennet"}
    assert characters_in("Mrs. Hill brought the tea.") == {"Hill"}


def test_a_title_is_not_a_name_on_its_own() -> None:
    # "Sister" of "Alice's Sister" is any nun; "Alice's" is Alice's.
    assert not characters_in("Sister Ottilie had dreaded her first winter at the convent.")
    assert characters_in("Alice's cat slept on.") == {"Alice"}
    assert characters_in("Alice's sister had brought a book.") == {"Alice's Sister"}
    # "Sir William" is Sir William Lucas, not William Collins.
    assert characters_in('"The King," said Sir William, "was gracious."') == {"Sir William Lucas"}


def test_fandom_named_in_the_notes(tags: TagDictionary) -> None:
    result = analyze(
        [ChapterInput("They walked to the river.", notes="A Pride & Prejudice modern AU.")],
        dictionary=tags,
    )
    fandom = next(f for f in result.fandoms if f.name == "Pride and Prejudice - Jane Austen")
    assert fandom.evidence[0].text == "Pride & Prejudice"
    assert fandom.evidence[0].source == "notes"


def test_relationship_needs_romance_for_a_slash(tags: TagDictionary) -> None:
    romance = analyze(
        "Darcy took Elizabeth's hand in the rain and kissed her, and she kissed him back.",
        dictionary=tags,
    )
    assert "Elizabeth Bennet/Fitzwilliam Darcy" in {r.name for r in romance.relationships}
    argument = analyze("Darcy argued with Elizabeth about the library books.", dictionary=tags)
    assert "Elizabeth Bennet/Fitzwilliam Darcy" not in {r.name for r in argument.relationships}


def test_a_slash_needs_the_romance_to_be_the_pairs(tags: TagDictionary) -> None:
    # The love in the scene is Jane's and Bingley's: Darcy and Elizabeth only watch.
    watching = analyze(
        "Darcy stood by the window with Elizabeth. Mr. Bingley was plainly in love with Jane, "
        "and Jane blushed whenever he spoke.",
        dictionary=WITH_BINGLEY,
    )
    names = {r.name for r in watching.relationships}
    assert "Charles Bingley/Jane Bennet" in names
    assert "Elizabeth Bennet/Fitzwilliam Darcy" not in names
    # A sentence that names neither of anyone else's is the pair's ("She kissed him").
    kissed = analyze("Elizabeth looked up at Darcy. She kissed him.", dictionary=WITH_BINGLEY)
    assert "Elizabeth Bennet/Fitzwilliam Darcy" in {r.name for r in kissed.relationships}
    # Someone else beside one of the pair is no rival unless the two make a couple.
    hidden = analyze(
        "Elizabeth sat by Darcy at dinner. Under the table, where Jane could not see, "
        "Darcy's hand found hers, and she laced her fingers through his.",
        dictionary=WITH_BINGLEY,
    )
    assert "Elizabeth Bennet/Fitzwilliam Darcy" in {r.name for r in hidden.relationships}


def test_the_teller_of_a_first_person_story_is_in_its_scenes(tags: TagDictionary) -> None:
    # Watson tells it and is named only when Holmes speaks to him: he is in every
    # paragraph where the narration says "I", and so meets Holmes twice.
    text = "\n\n".join(
        [
            "'Come, Watson,' said Holmes. 'The game is afoot.'",
            "The cab rattled down Baker Street in the rain.",
            "It was a long way to the river, and I dozed against the window.",
            "The fog had thickened over the water by the time we arrived.",
            "Holmes knelt by the mooring post, and I held the lantern for him.",
        ]
    )
    told = analyze(text, dictionary=tags)
    assert "Sherlock Holmes & John Watson" in {r.name for r in told.relationships}
    # If the narration names him as well ("Watson saw"), he is not the teller.
    plain = "'Come, Watson,' said Holmes. Watson saw the cab."
    speech = (0, plain.index(" said"))
    voice = people.Voice(
        lambda pos: speech[0] <= pos < speech[1],
        lambda: {0: (0, 1), 1: (0, 1)},
        lambda a, b: plain[a:b],
    )
    first = plain.index("Watson")
    second = plain.index("Watson", first + 1)
    assert people._narrator({7: [(first, first + 6)]}, voice) == 7
    assert people._narrator({7: [(first, first + 6), (second, second + 6)]}, voice) is None
    # A spouse in someone's speech is the speaker's: no romance of Holmes and Watson.
    client = "'My husband is a lighterman, sir,' she said to Holmes.\n\n'Watson,' said Holmes."
    assert not any("/" in r.name for r in analyze(client, dictionary=tags).relationships)


def test_someone_only_talked_of_shares_no_bond_on_the_page(tags: TagDictionary) -> None:
    # Watson is only spoken of, by someone else, in two scenes: no Holmes & Watson.
    talk = "\n\n".join(
        [
            "Holmes lit his pipe. 'Has Watson written?' asked Mrs. Hudson.",
            "The rain went on all afternoon, and the street was empty.",
            "The lamps were lit at six.",
            "Holmes put down the paper. 'Tell Watson I shall call,' said the landlady.",
        ]
    )
    assert "Sherlock Holmes & John Watson" not in {
        r.name for r in analyze(talk, dictionary=tags).relationships
    }
    # Spoken to, he is there.
    there = talk.replace("'Has Watson written?' asked Mrs. Hudson.", "'Watson, sit down,' he said.")
    assert "Sherlock Holmes & John Watson" in {
        r.name for r in analyze(there, dictionary=tags).relationships
    }


DRACULA = TagDictionary.from_csv(
    io.StringIO(
        "type,name,canonical,fandoms,parents\n"
        "fandom,Dracula - Bram Stoker,,,\n"
        "character,Mina Harker,,Dracula - Bram Stoker,\n"
        "character,Mina Murray,Mina Harker,,\n"
        "character,Jonathan Harker,,Dracula - Bram Stoker,\n"
        "character,Lucy Westenra,,Dracula - Bram Stoker,\n"
        "character,Arthur Holmwood,,Dracula - Bram Stoker,\n"
        "relationship,Jonathan Harker/Mina Harker,,Dracula - Bram Stoker,\n"
        "relationship,Lucy Westenra/Mina Harker,,Dracula - Bram Stoker,\n"
        "relationship,Arthur Holmwood/Lucy Westenra,,Dracula - Bram Stoker,\n"
    )
)


def relationships_in(text: str, dictionary: TagDictionary) -> set[str]:
    return {r.name for r in analyze(text, dictionary=dictionary).relationships}


def test_a_letter_or_a_diary_is_told_by_whoever_signs_or_heads_it() -> None:
    # Mina signs the letter: she is its "I", and "I love him so" is hers and Jonathan's.
    # Lucy, spoken to ("so, Lucy,") while the love is for "him", is only the listener.
    letter = "\n\n".join(
        [
            "My dearest Lucy,",
            "Jonathan has written at last, only a few lines from the hospital in Buda-Pesth.",
            "I love him so, Lucy, that it frightens me a little to have him so far away.",
            "I shall go to him as soon as Sister Agatha allows it.",
            "Your loving friend, Mina",
        ]
    )
    assert relationships_in(letter, DRACULA) == {"Jonathan Harker/Mina Harker"}
    # Lucy's own letter: Arthur's kiss is Lucy's and Arthur's, even told to Mina
    # ("he kissed me, Mina"), and her closing "your loving Lucy" is no love for Mina.
    engaged = "\n\n".join(
        [
            "My dearest Mina,",
            "Arthur has asked me, and I have said yes!",
            "He came at four and said, quite fiercely, 'Lucy, I love you.' And then he kissed "
            "me, Mina, and I cannot write any more sensibly than this.",
            "Be happy for me. Ever your loving Lucy",
        ]
    )
    assert relationships_in(engaged, DRACULA) == {"Arthur Holmwood/Lucy Westenra"}
    # A letter that opens "Jonathan," may be signed with the bare name as its last
    # sentence; its "I love you" is then the writer's and the reader's.
    unsent = "\n\n".join(
        [
            "Jonathan,",
            "I write this at the window every night and burn it every morning.",
            "I love you. Come home, and let me grow old beside you. Mina",
        ]
    )
    assert relationships_in(unsent, DRACULA) == {"Jonathan Harker/Mina Harker"}
    # Unsigned, the letter's "I" is nobody the dictionary knows.
    assert not relationships_in(unsent.removesuffix(" Mina"), DRACULA)
    # A diary headed with its writer's name is told by her.
    diary = "\n\n".join(
        [
            "Mina Murray's Journal, Whitby.",
            "A letter came from Jonathan this morning, and I read it three times.",
            "I kissed the page where he had signed it, like a schoolgirl.",
        ]
    )
    assert "Jonathan Harker/Mina Harker" in relationships_in(diary, DRACULA)
    # Without the heading nobody tells it, and the kiss is nobody's.
    assert not relationships_in(diary.split("\n\n", 1)[1], DRACULA)


@pytest.mark.parametrize(
    "gesture",
    [
        "When he handed Lucy the salt, Arthur's fingers brushed hers.",
        "Arthur sat by the bed, and Lucy's hand crept across the sheet until their fingers "
        "touched.",
        "Arthur held Lucy's wrist a moment longer than any doctor would have.",
        "Lucy looked up at Arthur, and their eyes held.",
        "Arthur bent and pressed his mouth to Lucy's forehead.",
        "Arthur laid his palm against her cheek, and Lucy did not move.",
        "Lucy smiled at Arthur, and it made his heart turn over.",
    ],
)
def test_romance_shown_by_a_gesture(gesture: str) -> None:
    assert relationships_in(gesture, DRACULA) == {"Arthur Holmwood/Lucy Westenra"}


def test_an_everyday_touch_is_no_romance() -> None:
    for text in (
        "Arthur passed Lucy the salt and asked about the weather.",
        # marrying named only as one of a bored man's unlikely plans
        '"I might take up the cello, or marry, or go to Australia," Arthur told Lucy.',
        "Lucy and Arthur looked at the map, and their eyes ached from the small print.",
        "Arthur shook Lucy's hand at the door and wished her good night.",
    ):
        assert not relationships_in(text, DRACULA), text


def test_a_signer_is_found_only_where_a_letter_or_diary_names_its_writer() -> None:
    def signers(text: str, name: str) -> set[int]:
        paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text)]
        voice = people.Voice(
            lambda pos: False,
            lambda: {0: (0, 1), 1: (0, 1)},
            lambda a, b: text[a:b],
            ((paragraphs[0], paragraphs[-1]),),
        )
        spans = [(m.start(), m.end()) for m in re.finditer(name, text)]
        return people._letters({7: spans}, voice)[0]

    assert signers("Dr. Seward's Diary, kept in phonograph.\n\nI slept.", "Seward") == {7}
    assert signers("Journal of Mina Harker.\n\nI slept.", "Mina Harker") == {7}
    assert signers("I slept.\n\nYours, in every sense, John H. Watson", "Watson") == {7}
    assert signers("I slept.\n\nWith love,\nJane", "Jane") == {7}
    # A name at the end of a story's last sentence signs nothing; nor does a long first
    # paragraph that mentions a diary in passing.
    assert not signers("I slept.\n\nIt was the last I saw of Holmes.", "Holmes")
    assert not signers(
        "I found Lucy's diary under the pillow when I went up with the tea that morning, "
        "and I did not read it.\n\nI slept.",
        "Lucy",
    )


WITH_BINGLEY = TagDictionary.from_csv(
    io.StringIO(
        TAGS
        + "character,Charles Bingley,,Pride and Prejudice - Jane Austen,\n"
        + "character,Mr. Bingley,Charles Bingley,,\n"
        + "relationship,Charles Bingley/Jane Bennet,,Pride and Prejudice - Jane Austen,\n"
    )
)


# ---- markup, author's notes, spoilers, stats ----------------------------------------------------


def test_offsets_point_into_the_html_as_given() -> None:
    html = (
        "<p><strong>A/N:</strong> Thanks for the kudos!</p>\n"
        "<p>He <em>stabbed</em> the man, and blood ran onto the floor &amp; the rug.</p>"
    )
    result = analyze([ChapterInput(html, format="html")])
    violence = next(s for s in result.notes if s.name == "violence")
    evidence = violence.evidence[0]
    assert "stabbed" in html[evidence.start : evidence.end]
    assert html[evidence.start : evidence.end].startswith("He <em>stabbed")
    assert result.author_notes and "kudos" in result.author_notes[0].text
    assert result.author_notes[0].position == "start"


def test_author_note_is_not_read_as_story() -> None:
    text = (
        "A/N: this one is about grief, and somebody died in the show so I had to write it. "
        "Let me know your thoughts!\n\n***\n\n"
        "The garden was quiet. Jane cut roses for the table and sang under her breath."
    )
    result = analyze(text)
    assert result.author_notes
    assert "death" not in {s.name for s in result.notes}
    assert result.stats.words < len(text.split())


def test_spoilers_quote_the_note() -> None:
    result = analyze(
        [
            ChapterInput(
                "The house was quiet after the funeral.",
                notes="This will only make sense if you watched the finale!",
            )
        ]
    )
    assert result.spoilers
    spoiler = result.spoilers[0]
    assert spoiler.name == "Spoilers"
    assert "finale" in spoiler.evidence[0].text
    assert spoiler.evidence[0].source == "notes"
    assert not analyze([ChapterInput("Quiet.", notes="No spoilers, I promise!")]).spoilers


def test_stats_per_chapter_and_for_the_work() -> None:
    first = ChapterInput("I walked to the shore. I looked at the sea for a long time.")
    second = ChapterInput('She walks to the shore. "Come back," he calls, and she laughs.')
    result = analyze([first, second])
    assert len(result.chapters) == 2
    assert result.chapters[0].pov == "first" and result.chapters[0].tense == "past"
    assert result.chapters[1].pov == "third" and result.chapters[1].tense == "present"
    assert result.stats.words == result.chapters[0].words + result.chapters[1].words
    assert result.chapters[1].dialogue_share > 0
    assert result.stats.reading_minutes >= 1


# ---- the contract ----------------------------------------------------------------------------


def test_json_has_the_documented_keys(tags: TagDictionary) -> None:
    data = analyze("Elizabeth shot the man dead.", dictionary=tags).as_json()
    assert set(data) == {
        "rating",
        "warnings",
        "notes",
        "fandoms",
        "characters",
        "relationships",
        "author_notes",
        "spoilers",
        "stats",
        "reader",
        "noted",
    }
    assert {"words", "pov", "tense"} <= set(data["stats"])
    for suggestion in data["notes"] + data["characters"] + [data["rating"]]:
        assert 0 <= suggestion["confidence"] <= 1
        for evidence in suggestion["evidence"]:
            assert {"text", "start", "end"} <= set(evidence)
    json.dumps(data)


def test_deterministic(tags: TagDictionary) -> None:
    text = "Darcy kissed Elizabeth. He stabbed the thief. Jane drank the brandy."
    assert analyze(text, dictionary=tags).as_json() == analyze(text, dictionary=tags).as_json()


def test_empty_input_and_empty_dictionary() -> None:
    result = analyze("")
    assert result.rating.name == "General Audiences"
    assert result.stats.words == 0
    assert analyze("Holmes.", dictionary=TagDictionary.empty()).characters == ()


def test_dictionary_from_tags_and_relationship_characters() -> None:
    tag = DictionaryTag("relationship", "Hades/Persephone")
    assert tag.romantic
    d = TagDictionary(
        [
            DictionaryTag("character", "Hades", fandoms=("Greek Mythology",)),
            DictionaryTag("character", "Persephone", ("Kore",), fandoms=("Greek Mythology",)),
            DictionaryTag("relationship", "Hades/Persephone", characters=("Hades", "Persephone")),
        ]
    )
    result = analyze("Hades kissed Kore in the meadow, and she loved him.", dictionary=d)
    assert {c.name for c in result.characters} == {"Hades", "Persephone"}
    assert [r.name for r in result.relationships] == ["Hades/Persephone"]


def test_engine_never_imports_django() -> None:
    code = (
        "import sys, fanfold.analysis as a; a.analyze('He stabbed him.');"
        "sys.exit(1 if any(m.startswith('django') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_long_chapters_keep_their_voice() -> None:
    """Point of view and tense of a long chapter are read from a sample of it: chapters
    built from many passages of one voice still come out in that voice."""
    import collections
    from pathlib import Path

    folder = Path(__file__).resolve().parents[1] / "data" / "analysis_eval"
    voices: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    for path in folder.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record.get("format", "plain") == "plain":
                voices[record["pov"], record["tense"]].append(record["text"])
    for (pov, tense), texts in voices.items():
        stats = analyze("\n\n".join(texts)).stats
        assert (stats.pov, stats.tense) == (pov, tense)


def test_the_engine_version_follows_its_source(tmp_path: Path) -> None:
    package = Path(fanfold.analysis.__file__).resolve().parent
    copy = tmp_path / "analysis"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert source_digest(copy) == ENGINE_VERSION
    # One more cue in a note's word list (a module of the lexicon package) is a new engine.
    death = copy / "lexicon" / "death.py"
    death.write_text(death.read_text(encoding="utf-8") + "\n# one more cue\n")
    assert source_digest(copy) != ENGINE_VERSION
    shutil.copy(package / "lexicon" / "death.py", death)
    assert source_digest(copy) == ENGINE_VERSION
    # Retrained heads are a new engine too.
    heads = copy / "reader_heads.json"
    heads.write_text(
        heads.read_text(encoding="utf-8").replace('"threshold": 0.9', '"threshold": 0.8')
    )
    assert source_digest(copy) != ENGINE_VERSION


def test_a_phrase_near_its_context_needs_both() -> None:
    # "Left alone for days" is child neglect only with a parent or a child about.
    stranded = "The hikers left him alone for three days with no food at the hut."
    neglected = "Their mother left them alone for three days with no food."
    assert "child-abuse" not in {n.name for n in analyze(stranded).notes}
    assert "child-abuse" in {n.name for n in analyze(neglected).notes}


# ---- long texts -----------------------------------------------------------------------------

FILLER = "They went on along the lane and talked about the weather and the price of apples."
BORDERLINE = '"Damn you," the farmer told the mule.'  # strong language, 0.6


def _long(*middle: str) -> str:
    paragraphs = [FILLER] * 30 + list(middle) + [FILLER] * 30
    return "\n\n".join(paragraphs)


def test_one_borderline_paragraph_is_enough_in_a_short_text() -> None:
    assert "strong-language" in notes_of(f"{FILLER}\n\n{BORDERLINE}")


def test_a_long_text_needs_more_than_one_borderline_paragraph() -> None:
    # Over a novel, a stray borderline paragraph is likely somewhere: one is not enough.
    assert "strong-language" not in notes_of(_long(BORDERLINE))
    assert "strong-language" in notes_of(_long(BORDERLINE, FILLER, BORDERLINE))
    # A paragraph that says it plainly is enough anywhere.
    assert "violence" in notes_of(_long("He stabbed the man twice."))


def test_a_lone_first_name_is_only_a_possible_character(tags: TagDictionary) -> None:
    # An original story's Jane, with nobody else of Pride and Prejudice about her.
    lone = analyze(
        "When Jane was small, her father locked her in the coal hole when she cried.",
        dictionary=tags,
    )
    jane = {c.name: c.confidence for c in lone.characters}
    assert jane == {"Jane Bennet": people.PART_ALONE}
    assert {f.name: f.confidence for f in lone.fandoms} == {
        "Pride and Prejudice - Jane Austen": people.PART_ALONE
    }
    # With her sister in the story, or named in full, she is Jane Bennet.
    sisters = analyze("Jane and Lizzy walked to Meryton in the rain.", dictionary=tags)
    assert {c.name: c.confidence for c in sisters.characters}["Jane Bennet"] == 0.95
    full = analyze("Jane Bennet walked to Meryton in the rain.", dictionary=tags)
    assert {c.name: c.confidence for c in full.characters} == {"Jane Bennet": 0.95}
    assert full.fandoms[0].confidence > people.PART_ALONE


def test_a_grown_man_locked_in_a_cellar_is_no_child_abuse() -> None:
    assert "child-abuse" not in notes_of(
        "The bandits locked him in the cellar with the wine barrels.", read=False
    )
    assert "child-abuse" in notes_of(
        "The bandits locked the boy in the cellar with the wine barrels.", read=False
    )


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a decline and then "was gone" at the sentence's end
        (
            "The fever took hold on the Monday; she grew weaker by the hour, and before "
            "dawn on Thursday she was gone.",
            "death",
        ),
        ("He was bleeding badly from the thigh, and by dawn he was gone.", "death"),
        # the news broken
        ("I'm sorry to tell you Marcus Hale is gone.", "death"),
        ("We regret to inform you that your son has passed.", "death"),
    ],
)
def test_gone_after_a_decline_or_in_the_news_of_it(text: str, label: str) -> None:
    assert label in notes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "We danced until the band stopped playing, and by morning he was gone.",
        "I'm sorry to tell you the last train has gone.",
        "The fever broke in the night, and by morning she was up and asking for toast.",
        "Her cold got worse over the weekend, and by Monday she was gone to her mother's.",
    ],
)
def test_gone_that_is_leaving(text: str) -> None:
    assert "death" not in notes_of(text)


def test_a_fight_behind_an_inn_with_a_rude_name_is_still_a_fight() -> None:
    # The inn's name is no sex scene, so it cannot make the blows a lovers' tussle.
    text = (
        "Behind the Cock and Bottle the prize-fighter came at him with both fists, and he "
        "slipped the first blow and answered with a left that broke the man's nose."
    )
    assert notes_of(text) >= {"violence"}
    assert "sexual-content" not in notes_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a young child fending for itself where a parent drinks or takes drugs
        (
            "Clear was vodka and meant she'd be asleep on the sofa by seven, and you'd have to "
            "make your own tea and get yourself to bed. You were six.",
            True,
        ),
        (
            "Mum hadn't got up except to fetch another can of cider, so Ellie fed the baby "
            "and changed his nappy with kitchen roll. She was seven.",
            True,
        ),
        # not without the drink, nor at fifteen, nor a grown-up's own tea
        (
            "I was seven and made my own breakfast on Saturdays while Mum had a lie-in.",
            False,
        ),
        (
            "Mum had a glass of wine with the neighbours while I made my own tea. I was fifteen "
            "and thought myself very grown up.",
            False,
        ),
        ("He poured himself a whisky and made his own dinner, as he had for thirty years.", False),
    ],
)
def test_a_young_child_fending_for_itself_beside_a_parents_drinking(
    text: str, expected: bool
) -> None:
    assert ("child-abuse" in notes_of(text, read=False)) is expected
