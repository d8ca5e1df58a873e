"""Chapters: add, edit, delete, reorder; counts and dates follow."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from fanfold.works import services
from fanfold.works.models import Chapter


@pytest.fixture
def author_client(client, author, login):
    login(author)
    return client


def chapter_form(**overrides):
    data = {
        "chapter_title": "The Return",
        "chapter_text": "She came back along the shore road as the fog was lifting.",
        "chapter_notes": "A/N: a short one, sorry!",
        "chapter_endnotes": "",
        "chapter_summary": "",
        "expected_chapters": "3",
        "save": "1",
    }
    data.update(overrides)
    return data


def test_adding_a_chapter_updates_counts_and_the_updated_date(author_client, author, make_work):
    work = make_work(author, published_on=datetime.date(2025, 1, 1))
    response = author_client.post(f"/works/{work.pk}/chapters/new", chapter_form())
    work.refresh_from_db()
    second = work.chapters.get(position=2)
    assert response["Location"] == second.get_absolute_url()
    assert work.chapter_count == 2 and work.expected_chapters == 3 and not work.complete
    assert work.word_count == sum(c.word_count for c in work.chapters.all())
    assert work.revised_on == timezone.localdate()
    page = author_client.get(second.get_absolute_url()).content.decode()
    assert "Chapter 2: The Return" in page and "a short one, sorry!" in page
    assert "2/3" in page


def test_work_is_complete_when_all_expected_chapters_are_posted(author, make_work):
    work = make_work(author, expected_chapters=2)
    assert not work.complete
    services.chapter_add(
        work=work, editor=author, data=services.ChapterData(text="The last of it, at last.")
    )
    work.refresh_from_db()
    assert work.complete


def test_unknown_expected_chapters_is_shown_as_a_question_mark(client, author, make_work):
    work = make_work(author, chapters=2)
    services.chapter_add(
        work=work,
        editor=author,
        data=services.ChapterData(text="More to come, later."),
        expected_chapters=0,
    )
    work.refresh_from_db()
    assert work.expected_chapters is None and not work.complete
    assert "3/?" in client.get(work.get_absolute_url()).content.decode()


def test_editing_a_chapter_keeps_the_text_and_rerenders(author_client, author, make_work):
    work = make_work(author, chapters=2)
    chapter = work.chapters.get(position=2)
    page = author_client.get(f"/works/{work.pk}/chapters/{chapter.pk}/edit").content.decode()
    assert "Chapter 2." in page
    author_client.post(
        f"/works/{work.pk}/chapters/{chapter.pk}/edit",
        chapter_form(chapter_text="<p>Rewritten <b>entirely</b>.</p>", expected_chapters=""),
    )
    chapter.refresh_from_db()
    assert chapter.text_html == "<p>Rewritten <b>entirely</b>.</p>"
    assert chapter.word_count == 2


def test_an_invalid_chapter_edit_loses_nothing(author_client, author, make_work):
    work = make_work(author, chapters=2)
    chapter = work.chapters.get(position=2)
    response = author_client.post(
        f"/works/{work.pk}/chapters/{chapter.pk}/edit",
        chapter_form(chapter_text="tiny", chapter_notes="Kept note"),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kept note" in html and "tiny" in html and "at least 10 characters" in html
    chapter.refresh_from_db()
    assert "Chapter 2." in chapter.text


def test_deleting_a_chapter_renumbers_the_rest(author_client, author, make_work):
    work = make_work(author, chapters=3)
    middle = work.chapters.get(position=2)
    assert (
        "Are you sure"
        in author_client.get(f"/works/{work.pk}/chapters/{middle.pk}/delete").content.decode()
    )
    author_client.post(f"/works/{work.pk}/chapters/{middle.pk}/delete")
    work.refresh_from_db()
    assert [c.title for c in work.chapters.all()] == ["One", "Part 3"]
    assert [c.position for c in work.chapters.all()] == [1, 2]
    assert work.chapter_count == 2


def test_the_only_chapter_cannot_be_deleted(author, make_work):
    work = make_work(author)
    with pytest.raises(ValidationError):
        services.chapter_delete(chapter=work.chapters.get(), editor=author)


def test_reordering_chapters(author_client, author, make_work):
    work = make_work(author, chapters=3)
    one, two, three = work.chapters.all()
    author_client.post(
        f"/works/{work.pk}/chapters/manage",
        {f"position-{one.pk}": "3", f"position-{two.pk}": "1", f"position-{three.pk}": "2"},
    )
    assert [c.title for c in Chapter.objects.filter(work=work)] == ["Part 2", "Part 3", "One"]


def test_reorder_must_name_every_chapter(author, make_work):
    work = make_work(author, chapters=2)
    with pytest.raises(ValidationError):
        services.chapters_reorder(work=work, editor=author, ordered_ids=[work.chapters.first().pk])


def test_only_creators_change_chapters(author, reader, make_work):
    work = make_work(author, chapters=2)
    with pytest.raises(PermissionDenied):
        services.chapter_add(work=work, editor=reader, data=services.ChapterData(text="x" * 20))
    with pytest.raises(PermissionDenied):
        services.chapter_delete(chapter=work.chapters.last(), editor=reader)


def test_a_failed_write_leaves_nothing_half_done(author, make_work):
    # chapter_add is one transaction: a failure after the chapter is saved rolls it back.
    work = make_work(author)
    with pytest.raises(ValidationError):
        services.work_update(
            work=work,
            editor=author,
            data=services.WorkData(
                title="Changed",
                rating="Not A Rating",
                warnings=["No Archive Warnings Apply"],
                fandoms=["Greek Mythology"],
            ),
        )
    work.refresh_from_db()
    assert work.title == "Lamplight"
