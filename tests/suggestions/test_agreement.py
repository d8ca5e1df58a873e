"""The suggestions against what creators chose, over the archive's posted works:
`fanfold suggestions_report` (suggestions/agreement.py)."""

from __future__ import annotations

import io
import json
from io import StringIO

import pytest
from django.core.management import call_command

from fanfold.suggestions.agreement import agreement_report
from fanfold.suggestions.models import DismissedSuggestion, WorkSuggestions
from fanfold.suggestions.selectors import work_suggestions_notice
from fanfold.suggestions.services import work_suggestions_dismiss
from fanfold.tags.dictionary import dictionary_import
from fanfold.tags.models import Warning

from .conftest import CALM, SHERLOCK, VIOLENT

# Written for these tests: a scene in French, which the word lists do not read.
FRENCH = (
    "Le matin était clair et la rivière coulait doucement sous le pont. Marie regardait "
    "les bateaux passer et pensait à la lettre de sa sœur, qui arriverait demain."
)


@pytest.fixture
def post(author, make_work, archive_tags, committed):
    """A posted work (or a draft), its suggestions computed as the task would."""

    def make(text: str, **fields):
        fields.setdefault("fandoms", [SHERLOCK])
        return committed(lambda: make_work(author, text=text, **fields))

    return make


def note(report, name):
    return report.notes[name]


def test_a_note_suggested_and_tagged_agrees(post):
    post(VIOLENT, rating="Teen And Up Audiences", freeforms=["Violence"])
    report = agreement_report()
    assert report.works == 1
    violence = note(report, "violence")
    assert (violence.suggested, violence.chosen, violence.both) == (1, 1, 1)
    assert violence.held == violence.found == 1.0


def test_a_note_suggested_but_not_tagged_and_one_tagged_but_not_suggested(post):
    post(VIOLENT, rating="Teen And Up Audiences")
    post(CALM, rating="General Audiences", freeforms=["Violence"])
    violence = note(agreement_report(), "violence")
    assert (violence.suggested, violence.chosen, violence.both) == (1, 1, 0)
    assert violence.held == 0.0 and violence.found == 0.0


def test_an_archive_warning_that_says_the_note_counts_as_choosing_it(post):
    # Graphic Depictions Of Violence is violence, and graphic violence.
    post(VIOLENT, warnings=[Warning.VIOLENCE])
    report = agreement_report()
    for name in ("violence", "graphic-violence"):
        assert (note(report, name).chosen, note(report, name).both) == (1, 1)


def test_a_synonym_of_the_notes_tag_counts_as_chosen(post):
    dictionary_import(
        io.StringIO("type,name,canonical,fandoms,parents\nfreeform,Violent,Violence,,\n")
    )
    post(VIOLENT, freeforms=["Violent"])
    assert note(agreement_report(), "violence").both == 1


def test_a_tag_wrangled_under_the_notes_tag_counts_as_chosen(post):
    # As in the archive's filters: a sub-tag is found under its parent.
    dictionary_import(
        io.StringIO(
            "type,name,canonical,fandoms,parents\nfreeform,Canon-Typical Violence,,,Violence\n"
        )
    )
    post(VIOLENT, freeforms=["Canon-Typical Violence"])
    post(CALM, freeforms=["Canon-Typical Violence"])
    violence = note(agreement_report(), "violence")
    assert (violence.suggested, violence.chosen, violence.both) == (1, 2, 1)


def test_drafts_and_works_not_analysed_yet_are_left_out(post, author, make_work):
    post(VIOLENT, post=False, freeforms=["Violence"])
    post(CALM)
    WorkSuggestions.objects.all().delete()
    post(CALM)
    report = agreement_report()
    assert report.works == 1
    assert report.not_analysed == 1  # the posted work whose suggestions were deleted


def test_a_work_not_in_english_is_counted_apart(post):
    post(FRENCH, freeforms=["Violence"])
    report = agreement_report()
    assert (report.works, report.not_english) == (0, 1)
    assert note(report, "violence").chosen == 0


def test_ratings_compared_step_by_step(post):
    post(VIOLENT, rating="General Audiences")  # read as Mature: two steps higher
    post(CALM, rating="General Audiences")  # the same
    post(CALM, rating="Explicit")  # read as General Audiences: three steps lower
    post(CALM, rating="Not Rated")  # nothing to compare with
    report = agreement_report()
    assert report.ratings == {
        ("General Audiences", "Mature"): 1,
        ("General Audiences", "General Audiences"): 1,
        ("Explicit", "General Audiences"): 1,
    }
    assert report.rated == 3 and report.not_rated == 1
    assert report.rating_exact == pytest.approx(1 / 3)
    assert report.rating_within_one == pytest.approx(1 / 3)
    assert report.rating_higher == 1 and report.rating_lower == 1


def test_warnings_left_out_where_the_creator_chose_not_to_warn(post):
    post(VIOLENT, warnings=[Warning.CHOSE_NOT_TO_WARN])
    post(VIOLENT, warnings=[Warning.VIOLENCE])
    report = agreement_report()
    assert report.chose_not_to_warn == 1
    graphic = report.warnings[Warning.VIOLENCE]
    assert (graphic.suggested, graphic.chosen, graphic.both) == (1, 1, 1)


def test_what_creators_dismissed_from_the_notice_is_counted_where_it_was_suggested(post, author):
    dismissing = post(VIOLENT, rating="General Audiences")
    post(VIOLENT, rating="General Audiences")  # not dismissed
    calm = post(CALM, rating="General Audiences")
    names = work_suggestions_notice(dismissing, author).names
    work_suggestions_dismiss(work=dismissing, user=author, names=names)
    # A dismissal left from text since rewritten counts for nothing.
    DismissedSuggestion.objects.create(work=calm, name="Violence")

    report = agreement_report()
    violence = note(report, "violence")
    assert (violence.suggested, violence.dismissed) == (2, 1)
    assert report.rating_dismissed == 1
    assert note(report, "strong-language").dismissed == 0

    out = StringIO()
    call_command("suggestions_report", stdout=out)
    assert "| violence | 2 | 0 | 0 | 0.0% | n/a | 1 |" in out.getvalue()
    assert "the higher one dismissed by creators on 1" in out.getvalue()


def test_likely_counts_fewer_or_as_many_suggestions(post):
    post(VIOLENT)
    post(CALM)
    every, likely = agreement_report(), agreement_report(0.75)
    for name in every.notes:
        assert likely.notes[name].suggested <= every.notes[name].suggested


def test_the_command_prints_counts_and_never_a_title_or_text(post):
    post(VIOLENT, title="The Corner of Baker Street", freeforms=["Violence"])
    out = StringIO()
    call_command("suggestions_report", stdout=out)
    text = out.getvalue()
    assert "1 posted works" in text
    assert "| violence | 1 | 1 | 1 | 100.0% | 100.0% |" in text
    assert "agreement with what creators chose" in " ".join(text.split())
    assert "Baker Street" not in text and "quill" not in text

    out = StringIO()
    call_command("suggestions_report", "--json", "--likely", stdout=out)
    data = json.loads(out.getvalue())
    assert data["min_confidence"] == 0.75
    assert {"rating", "notes", "warnings", "caveat"} <= set(data)
    violence = next(n for n in data["notes"] if n["name"] == "violence")
    assert violence["chosen"] == 1


def test_the_report_reads_the_stored_analyses_in_a_fixed_number_of_queries(
    post, django_assert_max_num_queries
):
    for _ in range(3):
        post(VIOLENT, freeforms=["Violence"])
    with django_assert_max_num_queries(7):
        report = agreement_report()
    assert note(report, "violence").both == 3


def test_an_archive_with_nothing_posted_says_so(db):
    out = StringIO()
    call_command("suggestions_report", stdout=out)
    assert "No posted work has stored suggestions yet" in out.getvalue()
