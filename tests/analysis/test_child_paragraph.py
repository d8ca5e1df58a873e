"""Abuse said a sentence away from the child it was done to is child abuse, not abuse as
well (notes._child_paragraph). Sentences written for Fanfold."""

from __future__ import annotations

import pytest

from fanfold.analysis import analyze


def notes_of(text: str) -> set[str]:
    return {s.name for s in analyze(text).notes} & {"abuse", "child-abuse"}


@pytest.mark.parametrize(
    "text",
    [
        # the child's age in the next sentence
        "He called me useless at every meal, in front of everyone. I was eight.",
        # the child named in the sentence before
        "From the landing you could hear the little boy crying. She kept telling him he was "
        "worthless.",
    ],
)
def test_abuse_of_a_child_a_sentence_away_is_child_abuse(text: str) -> None:
    assert notes_of(text) == {"child-abuse"}, text


@pytest.mark.parametrize(
    "text",
    [
        # a time, not an age
        "It was ten when she got in. He told her she was being hysterical about the parking.",
        # a grown woman, with her husband named in the sentence
        "Her husband called her useless in front of the boys from his work, every Friday.",
        # grown men called boys or lads, a sentence away
        "He screamed at her every night for the smallest thing. The boys at the pub pretended "
        "not to hear it.",
    ],
)
def test_abuse_of_an_adult_stays_abuse(text: str) -> None:
    assert notes_of(text) == {"abuse"}, text


# Violence in a sentence with a child in it (notes._harmed_child): child abuse only when it
# says who harmed whom, a parent or an adult in charge, or the child as what was struck.
@pytest.mark.parametrize(
    "text",
    [
        "Their uncle beat the children with a walking stick whenever the rent was late.",
        "Any boy who spoke after lights out was caned in front of the dormitory.",
        "You were eight and he hit you with the poker until you stopped crying.",
    ],
)
def test_violence_done_to_a_child_by_one_in_charge_is_child_abuse(text: str) -> None:
    assert "child-abuse" in {s.name for s in analyze(text, read=False).notes}, text


@pytest.mark.parametrize(
    "text",
    [
        # a child who watches
        "A little girl at the bus stop watched the two men punch each other in the rain.",
        # an animal
        "The dog knocked the child down on the green and bit him twice on the arm.",
        # a teenager's wound
        "The boy was seventeen and the wound was under his ribs.",
    ],
)
def test_violence_near_a_child_is_not_child_abuse(text: str) -> None:
    assert "child-abuse" not in {s.name for s in analyze(text, read=False).notes}, text


def all_notes(text: str) -> set[str]:
    return {s.name for s in analyze(text, read=False).notes}


@pytest.mark.parametrize(
    "text",
    [
        # the age said a few sentences before the blow, the father by name only
        "I was nine that winter. Dad came up the stairs faster than I had ever seen a "
        "grown-up move, and he hit me across the side of the head so hard my ear sang.",
        # a parent by their child, and the child's age said of him
        "Across the road Mr. Dawson dragged his younger lad, who's about six, down the path "
        "by his hood. He shoved him into the bin bay and slapped him round the head twice.",
    ],
)
def test_a_blow_to_a_child_a_sentence_away_is_child_abuse_and_violence(text: str) -> None:
    assert {"child-abuse", "violence"} <= all_notes(text), text


@pytest.mark.parametrize(
    "text",
    [
        # no adult in charge of the child: a fight between boys is violence
        "I was nine and Kevin was ten. Behind the bike sheds he hit me so hard I saw stars.",
        # the child's age, but the blow is between the husband and wife
        "When I was nine my mother finally left. He hit her once too often, my aunt said, "
        "and her husband never came looking.",
    ],
)
def test_a_blow_near_a_child_is_not_always_to_the_child(text: str) -> None:
    assert "child-abuse" not in all_notes(text), text


@pytest.mark.parametrize(
    "text",
    [
        # the narrator's age and the parent in the paragraph before the blow
        "The winter I'm thinking of I was ten, and Dad had lost the job at the yard.\n\n"
        "He came in from the Crown and slapped me so hard that my ear rang till morning.",
        # the age in the next line of a transcript
        "CLIENT: Mum would wait till Dad was out. Then she hit me with the hairbrush.\n\n"
        "CLIENT: I was eight. I thought it was normal.",
    ],
)
def test_a_blow_to_the_narrator_a_paragraph_from_their_childhood_is_child_abuse(
    text: str,
) -> None:
    names = {s.name for s in analyze(text).notes}
    assert {"violence", "child-abuse"} <= names, text


@pytest.mark.parametrize(
    "text",
    [
        # grown up by the time of the blow, and a stranger struck
        "I was nine when we moved to Leeds and Dad started at the depot.\n\n"
        "Thirty years later a stranger hit me in a pub car park over a parking space.",
        # a sibling's blow in a game, the parent only sending them outside
        "My brother and I fought over the remote all winter. He punched me on the arm and ran.\n\n"
        "I was nine and he was eleven, and Mum sent us both out into the garden.",
    ],
)
def test_a_blow_to_the_narrator_from_someone_else_is_not_child_abuse(text: str) -> None:
    assert "child-abuse" not in {s.name for s in analyze(text).notes}, text
