"""Stored suggestions: recomputed in the background when a chapter is posted or edited,
and a notice on the work's page that only its creators ever see."""

from __future__ import annotations

import pytest
from django.template.loader import get_template
from django.utils.html import escape

from fanfold.analysis import RATINGS
from fanfold.suggestions.models import WorkSuggestions
from fanfold.suggestions.services import work_suggestions_refresh
from fanfold.suggestions.tasks import work_suggestions_compute
from fanfold.suggestions.vocabulary import note_tags, suggestion_from_json
from fanfold.works import services

from .conftest import CALM, NOTICE, SHERLOCK, VIOLENT, notice_for

WORK_PAGE_HAS_HOOK = "suggestions/hooks/work_notice.html" in (
    get_template("works/work.html").template.source
)
needs_hook = pytest.mark.skipif(
    not WORK_PAGE_HAS_HOOK,
    reason="works/work.html does not include suggestions/hooks/work_notice.html yet",
)


def names(stored: WorkSuggestions, part: str) -> set[str]:
    return {s["name"] for s in stored.analysis[part]}


def test_posting_a_work_stores_what_its_text_suggests(violent_work):
    stored = WorkSuggestions.objects.get(work=violent_work)
    assert {"rating", "warnings", "notes", "characters", "stats"} <= set(stored.analysis)
    assert {"Sherlock Holmes", "John Watson"} <= names(stored, "characters")
    assert len(stored.text_hash) == 64


def test_nothing_is_computed_before_the_commit(
    author, make_work, archive_tags, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        work = make_work(author, text=VIOLENT)
    assert not WorkSuggestions.objects.filter(work=work).exists()
    for callback in callbacks:
        callback()
    assert WorkSuggestions.objects.filter(work=work).exists()


def test_adding_a_chapter_recomputes(author, violent_work, committed):
    committed(
        lambda: services.chapter_add(
            work=violent_work, editor=author, data=services.ChapterData(text=CALM)
        )
    )
    stored = WorkSuggestions.objects.get(work=violent_work)
    assert len(stored.analysis["stats"]["chapters"]) == 2
    assert {"Sherlock Holmes", "Elizabeth Bennet"} <= names(stored, "characters")


def test_editing_a_chapter_recomputes(author, violent_work, committed):
    before = WorkSuggestions.objects.get(work=violent_work)
    chapter = violent_work.chapters.get()
    committed(
        lambda: services.chapter_update(
            chapter=chapter, editor=author, data=services.ChapterData(text=CALM)
        )
    )
    stored = WorkSuggestions.objects.get(work=violent_work)
    assert stored.text_hash != before.text_hash
    assert "Sherlock Holmes" not in names(stored, "characters")
    assert "Elizabeth Bennet" in names(stored, "characters")


def test_unchanged_text_is_not_analysed_again(violent_work):
    first = WorkSuggestions.objects.get(work=violent_work)
    again = work_suggestions_refresh(work_id=violent_work.pk)
    assert again.computed_at == first.computed_at
    forced = work_suggestions_refresh(work_id=violent_work.pk, force=True)
    assert forced.computed_at > first.computed_at


def test_an_engine_upgrade_recomputes(violent_work, monkeypatch):
    import fanfold.analysis

    first = WorkSuggestions.objects.get(work=violent_work)
    monkeypatch.setattr(fanfold.analysis, "ENGINE_VERSION", "a-newer-engine")
    again = work_suggestions_refresh(work_id=violent_work.pk)
    assert again.text_hash != first.text_hash
    assert again.computed_at > first.computed_at


def test_the_task_runs_for_real_and_survives_a_deleted_work(violent_work):
    result = work_suggestions_compute.enqueue(violent_work.pk)
    assert result.return_value is True
    pk = violent_work.pk
    violent_work.delete()
    assert work_suggestions_compute.enqueue(pk).return_value is False


# The notice on the work's page ---------------------------------------------------------


def test_creators_are_told_what_the_text_now_suggests(author, violent_work):
    stored = WorkSuggestions.objects.get(work=violent_work)
    rating = suggestion_from_json(stored.analysis["rating"])
    assert RATINGS.index(rating.name) > 0
    shown = notice_for(violent_work, author)
    assert NOTICE in shown
    assert rating.name in shown
    for raw in stored.analysis["notes"]:
        note = suggestion_from_json(raw)
        if note.confidence >= 0.75:
            for tag in note_tags(note):
                assert tag in shown
    assert f'href="/works/{violent_work.pk}/edit?suggest=1#suggestions"' in shown


def test_the_notice_quotes_the_sentence_behind_each_name(author, violent_work):
    stored = WorkSuggestions.objects.get(work=violent_work)
    violence = next(n for n in stored.analysis["notes"] if n["name"] == "violence")
    first = " ".join(violence["evidence"][0]["text"].split())
    assert first in VIOLENT.replace("\n\n", " ")
    shown = notice_for(violent_work, author)
    assert "<summary>Why</summary>" in shown
    assert f"<strong>Violence</strong>: <em>{escape(first)}</em>" in shown


def test_nobody_else_is_ever_told(author, reader, violent_work):
    assert NOTICE in notice_for(violent_work, author)
    assert NOTICE not in notice_for(violent_work, reader)
    assert NOTICE not in notice_for(violent_work, None)


def test_an_anonymous_works_notice_is_for_its_creator_alone(
    author, reader, make_work, archive_tags, committed
):
    work = committed(lambda: make_work(author, text=VIOLENT, anonymous=True, title="Unsigned"))
    assert NOTICE in notice_for(work, author)
    assert NOTICE not in notice_for(work, reader)
    assert NOTICE not in notice_for(work, None)


def test_no_notice_once_the_work_has_what_the_text_suggests(author, violent_work):
    stored = WorkSuggestions.objects.get(work=violent_work)
    warnings = [w["name"] for w in stored.analysis["warnings"]] or ["No Archive Warnings Apply"]
    freeforms = [
        t for raw in stored.analysis["notes"] for t in note_tags(suggestion_from_json(raw))
    ]
    if stored.analysis["spoilers"]:
        freeforms.append("Spoilers")
    services.work_update(
        work=violent_work,
        editor=author,
        data=services.WorkData(
            title=violent_work.title,
            rating=stored.analysis["rating"]["name"],
            warnings=warnings,
            fandoms=[SHERLOCK],
            freeforms=freeforms,
        ),
    )
    violent_work.refresh_from_db()
    assert NOTICE not in notice_for(violent_work, author)


def test_a_warning_the_creators_own_notes_give_and_the_work_lacks_is_pointed_out(
    author, make_work, archive_tags, committed
):
    work = committed(
        lambda: make_work(
            author,
            text=CALM,
            notes="Please mind the Major Character Death warning. TW: self-harm.",
            warnings=["No Archive Warnings Apply"],
        )
    )
    shown = notice_for(work, author)
    assert NOTICE in shown
    assert "Major Character Death" in shown and "Self-Harm" in shown
    # Once the work carries them, nothing more to say.
    services.work_update(
        work=work,
        editor=author,
        data=services.WorkData(
            title=work.title,
            rating="General Audiences",
            warnings=["Major Character Death"],
            fandoms=[SHERLOCK],
            freeforms=["Self-Harm"],
            notes=work.notes,
        ),
    )
    work.refresh_from_db()
    assert NOTICE not in notice_for(work, author)


@needs_hook
def test_the_work_page_shows_the_notice_to_creators_only(
    client, login, author, reader, violent_work
):
    url = violent_work.get_absolute_url()
    assert NOTICE not in client.get(url).content.decode()
    login(reader)
    assert NOTICE not in client.get(url).content.decode()
    login(author)
    assert NOTICE in client.get(url).content.decode()
