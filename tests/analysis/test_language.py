"""Chapters not in English are not read for content notes, point of view or tense: the
word lists are English, and read into other languages they give nonsense ("die Kinder"
is not a death). Every passage here was written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fanfold.analysis import ChapterInput, analyze
from fanfold.analysis.engine import NOT_ENGLISH
from fanfold.analysis.language import MIN_WORDS, is_english, shares

EVAL = Path(__file__).resolve().parent.parent / "data" / "analysis_eval"

OTHER_LANGUAGES = {
    "french": (
        "Ce n'est pas grave, dit-elle en riant. Le chat dormait sur le rebord de la fenêtre, "
        "et la pluie tombait sur les toits de la ville. Il a pris son manteau et il est sorti "
        "sans dire un mot. Elle a fermé la porte, puis elle a bu son café."
    ),
    "german": (
        "Der Regen hörte nicht auf. Sie saß am Fenster und las einen Brief von ihrer Mutter, "
        "die in Hamburg wohnte. Er kam spät nach Hause, müde und hungrig, und sie stellte ihm "
        "eine Suppe hin. Mist, sagte er, ich habe den Schlüssel vergessen. Die Kinder "
        "schliefen schon."
    ),
    "spanish": (
        "La casa estaba vacía cuando llegamos. Mi hermana abrió la ventana y el viento trajo "
        "el olor del mar. No sé por qué, pero me sentí triste. Comimos pan con tomate y nos "
        "fuimos a dormir temprano. Pega fuerte el sol en la playa."
    ),
    "italian": (
        "Il treno era in ritardo come sempre. Marco guardava le rotaie e pensava a sua madre, "
        "morta due anni prima. La stazione era piena di gente che parlava ad alta voce. "
        "Quando finalmente arrivò il treno, salì senza voltarsi."
    ),
    "portuguese": (
        "A menina correu pela praia até o farol. O pai gritou o nome dela, mas o vento levou "
        "a voz para longe. Ela riu e jogou uma pedra no mar. Depois sentaram-se na areia e "
        "comeram pão com manteiga."
    ),
    "dutch": (
        "Het regende al de hele dag. Ik zat bij het raam en keek naar de fietsers die voorbij "
        "kwamen, maar hij kwam niet. Mijn zus zei dat ik niet zo moest wachten, want wat had "
        "het voor zin? Toch bleef ik zitten tot het donker werd."
    ),
    "russian": (
        "Она открыла окно и посмотрела на улицу. Там было темно и тихо, только где-то далеко "
        "лаяла собака. Он сказал, что вернётся утром, но она знала, что это неправда. Чай "
        "давно остыл, а письмо так и лежало на столе."
    ),
}

STABBING = (
    "He drove the knife into her side and the blood ran hot over his hand. She screamed "
    "and fell against the wall, and he stabbed her again before anyone could reach them."
)


@pytest.mark.parametrize("language", sorted(OTHER_LANGUAGES))
def test_other_languages_get_no_notes_pov_or_tense(language: str) -> None:
    # Before: the German "die" was a death, the French "grave" a grave.
    result = analyze(OTHER_LANGUAGES[language])
    assert result.notes == ()
    assert result.warnings == ()
    assert not result.stats.english
    assert (result.stats.pov, result.stats.tense) == ("unknown", "unknown")
    assert result.rating.confidence == 0
    assert result.rating.reasons == (NOT_ENGLISH,)
    assert result.as_json()["stats"]["english"] is False


def test_every_english_evaluation_passage_reads_as_english() -> None:
    # Reports, text messages, diaries and clinical notes ("24M, stab wounds, L flank")
    # included: terse English has few function words but none of another language's.
    checked = 0
    for path in sorted(EVAL.rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            passage = json.loads(line)["text"]
            assert is_english(passage, [(0, len(passage))]), passage[:80]
            checked += 1
    assert checked > 2000


def test_too_short_to_judge_is_read_as_english() -> None:
    text = "Merde, dit-il. Il a tué le chat."
    assert shares(text)[2] < MIN_WORDS
    assert analyze(text).stats.english


def test_a_french_line_in_an_english_story_is_still_read() -> None:
    text = (
        STABBING + ' "C\'est la vie," the old porter said afterwards, and he would not say '
        "another word about it to the police or to anyone else who asked him that night."
    )
    result = analyze(text)
    assert result.stats.english
    assert "violence" in {n.name for n in result.notes}


def test_mixed_work_reads_only_its_english_chapters() -> None:
    result = analyze(
        [ChapterInput(STABBING), ChapterInput(OTHER_LANGUAGES["german"] * 3)], format="plain"
    )
    assert [c.english for c in result.chapters] == [True, False]
    notes = {n.name for n in result.notes}
    assert "violence" in notes and "death" not in notes
    assert all(e.chapter == 0 for n in result.notes for e in n.evidence)
    assert result.rating.confidence > 0  # the English chapter was read and rated
    # Most of the work's words are German: the work as a whole is not English.
    assert not result.stats.english
    assert result.chapters[1].pov == "unknown"


def test_a_long_chapter_is_judged_from_samples() -> None:
    english = " ".join([STABBING] * 200)
    middle = len(english) // 2
    text = english[:middle] + "\n\n" + OTHER_LANGUAGES["french"] + "\n\n" + english[middle:]
    assert is_english(text, [(0, len(text))])
    french = "\n\n".join([OTHER_LANGUAGES["french"]] * 200)
    assert not is_english(french, [(0, len(french))])
