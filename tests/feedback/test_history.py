"""Reading history, Mark for Later and "continue reading where you left off"."""

from __future__ import annotations

import datetime
import threading

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from fanfold.feedback.history import services, views
from fanfold.feedback.models import Reading
from fanfold.works.models import Work

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def saga(author, make_work):
    return make_work(author, title="The Ferry at Dusk", chapters=3)


def chapters_of(work):
    return list(work.chapters.order_by("position"))


def history_url(user, **query):
    url = reverse("feedback:readings", args=[user.username])
    return url + ("?show=to-read" if query.get("to_read") else "")


def reading(user, work):
    return Reading.objects.filter(user=user, work=work).first()


# Recording visits ---------------------------------------------------------------------


def test_opening_chapters_records_the_last_chapter_and_counts_visits(login, reader, saga):
    _one, two, three = chapters_of(saga)
    client = login(reader)
    client.get(two.get_absolute_url())
    row = reading(reader, saga)
    assert (row.last_chapter_id, row.visits) == (two.pk, 1)
    assert row.last_visited_at is not None
    client.get(saga.get_absolute_url())  # the work's page shows chapter one
    client.get(three.get_absolute_url())
    row.refresh_from_db()
    assert (row.last_chapter_id, row.visits) == (three.pk, 3)


def test_full_work_view_keeps_the_chapter_reached(login, reader, saga):
    two = chapters_of(saga)[1]
    client = login(reader)
    client.get(two.get_absolute_url())
    client.get(saga.get_absolute_url() + "?view_full_work=true")
    row = reading(reader, saga)
    assert (row.last_chapter_id, row.visits) == (two.pk, 2)


def test_full_work_view_first_time_starts_at_the_last_chapter(login, reader, saga):
    client = login(reader)
    client.get(saga.get_absolute_url() + "?view_full_work=true")
    assert reading(reader, saga).last_chapter_id == chapters_of(saga)[-1].pk


def test_one_shot_records_its_only_chapter(login, reader, author, make_work):
    work = make_work(author, title="A Single Evening")
    login(reader).get(work.get_absolute_url())
    assert reading(reader, work).last_chapter_id == work.chapters.get().pk


def test_history_off_records_nothing(login, make_user, saga):
    private = make_user("quiet", keep_history=False)
    login(private).get(chapters_of(saga)[1].get_absolute_url())
    assert not Reading.objects.filter(user=private).exists()


def test_guests_leave_no_history(client, saga):
    client.get(saga.get_absolute_url())
    assert not Reading.objects.exists()


def test_creators_reading_their_own_work_are_not_recorded(login, author, saga):
    login(author).get(chapters_of(saga)[1].get_absolute_url())
    assert not Reading.objects.exists()


def test_drafts_are_not_recorded(reader, author, make_work):
    draft = make_work(author, title="Unfinished Crossing", post=False)
    assert services.reading_record(user=reader, work=draft, chapter=None) is False
    assert not Reading.objects.exists()


def test_a_repeat_visit_costs_one_update(reader, saga, django_assert_num_queries):
    chapter = chapters_of(saga)[1]
    services.reading_record(user=reader, work=saga, chapter=chapter)
    with django_assert_num_queries(1):
        assert services.reading_record(user=reader, work=saga, chapter=chapter)
    assert reading(reader, saga).visits == 2


@pytest.mark.django_db(transaction=True)
def test_simultaneous_first_visits_make_one_row_and_count_every_visit(make_user, make_work):
    if connection.vendor == "sqlite":
        pytest.skip("SQLite lets one writer at a time: no race to lose")
    creator, fan = make_user("ferryman"), make_user("fan")
    work = make_work(creator, chapters=2)
    barrier = threading.Barrier(4)

    def open_in_a_tab() -> None:
        barrier.wait()
        try:
            services.reading_record(user=fan, work=work, chapter=None)
        finally:
            connection.close()

    tabs = [threading.Thread(target=open_in_a_tab) for _ in range(4)]
    for tab in tabs:
        tab.start()
    for tab in tabs:
        tab.join()
    row = Reading.objects.get(user=fan, work=work)
    assert row.visits == 4


def test_recording_a_visit_keeps_the_mark_for_later(login, reader, saga):
    services.reading_mark_for_later(user=reader, work=saga)
    login(reader).get(saga.get_absolute_url())
    row = reading(reader, saga)
    assert row.marked_for_later and row.visits == 1


# The history page ---------------------------------------------------------------------


def test_history_lists_newest_visit_first_with_chapter_and_count(
    login, reader, author, saga, make_work
):
    older = make_work(author, title="Salt on the Oars")
    client = login(reader)
    client.get(chapters_of(saga)[1].get_absolute_url())
    client.get(chapters_of(saga)[1].get_absolute_url())
    client.get(older.get_absolute_url())
    Reading.objects.filter(work=older).update(
        last_visited_at=timezone.now() - datetime.timedelta(days=3)
    )
    html = client.get(history_url(reader)).content.decode()
    assert html.index("The Ferry at Dusk") < html.index("Salt on the Oars")
    assert "(Chapter 2: Part 2)" in html
    assert "Visited 2 times." in html and "Visited once." in html


def test_history_page_is_paginated(login, reader, author, make_work, monkeypatch):
    monkeypatch.setattr(views, "PER_PAGE", 2)
    for title in ("First Tide", "Second Tide", "Third Tide"):
        services.reading_record(user=reader, work=make_work(author, title=title), chapter=None)
    client = login(reader)
    first = client.get(history_url(reader)).content.decode()
    second = client.get(history_url(reader) + "?page=2").content.decode()
    assert "Third Tide" in first and "Second Tide" in first and "First Tide" not in first
    assert "First Tide" in second and "Page 2 of 2" in second


def test_history_pages_belong_to_their_owner(client, login, reader, make_user, saga):
    services.reading_record(user=reader, work=saga, chapter=None)
    row = reading(reader, saga)
    guest = client.get(history_url(reader))
    assert guest.status_code == 302 and reverse("accounts:login") in guest["Location"]
    other = login(make_user("nosy"))
    assert other.get(history_url(reader)).status_code == 404
    assert other.get(history_url(reader, to_read=True)).status_code == 404
    delete = reverse("feedback:reading_delete", args=[reader.username, row.pk])
    assert other.post(delete).status_code == 404
    clear = reverse("feedback:readings_clear", args=[reader.username])
    assert other.post(clear).status_code == 404
    assert reading(reader, saga) is not None


def test_someone_elses_reading_cannot_be_deleted_through_your_own_url(
    login, reader, make_user, saga
):
    services.reading_record(user=reader, work=saga, chapter=None)
    nosy = make_user("nosy")
    url = reverse("feedback:reading_delete", args=[nosy.username, reading(reader, saga).pk])
    assert login(nosy).post(url).status_code == 404
    assert reading(reader, saga) is not None


def test_delete_one_work_from_history(login, reader, author, saga, make_work):
    other = make_work(author, title="Salt on the Oars")
    for work in (saga, other):
        services.reading_record(user=reader, work=work, chapter=None)
    client = login(reader)
    url = reverse("feedback:reading_delete", args=[reader.username, reading(reader, saga).pk])
    response = client.post(url, {"next": history_url(reader)})
    assert response.status_code == 302 and response["Location"] == history_url(reader)
    assert reading(reader, saga) is None and reading(reader, other) is not None


def test_delete_with_htmx_removes_the_entry_in_place(login, reader, saga):
    services.reading_record(user=reader, work=saga, chapter=None)
    url = reverse("feedback:reading_delete", args=[reader.username, reading(reader, saga).pk])
    response = login(reader).post(url, **HTMX)
    assert response.status_code == 200 and response.content == b""
    assert reading(reader, saga) is None


def test_deleting_a_marked_work_from_history_keeps_the_mark(login, reader, saga):
    services.reading_record(user=reader, work=saga, chapter=None)
    services.reading_mark_for_later(user=reader, work=saga)
    url = reverse("feedback:reading_delete", args=[reader.username, reading(reader, saga).pk])
    login(reader).post(url)
    row = reading(reader, saga)
    assert row.marked_for_later and row.visits == 0 and row.last_visited_at is None


def test_clear_history_asks_first_and_keeps_mark_for_later(login, reader, author, saga, make_work):
    other = make_work(author, title="Salt on the Oars")
    unread = make_work(author, title="Never Opened")
    for work in (saga, other):
        services.reading_record(user=reader, work=work, chapter=chapters_of(work)[0])
    services.reading_mark_for_later(user=reader, work=saga)
    services.reading_mark_for_later(user=reader, work=unread)
    client = login(reader)
    url = reverse("feedback:readings_clear", args=[reader.username])
    confirm = client.get(url).content.decode()
    assert "Yes, clear my history" in confirm and "(2 works) is kept" in confirm
    assert Reading.objects.filter(user=reader).count() == 3  # a GET changes nothing
    response = client.post(url)
    assert response.status_code == 302
    assert reading(reader, other) is None
    kept = reading(reader, saga)
    assert kept.marked_for_later and kept.visits == 0
    assert kept.last_visited_at is None and kept.last_chapter_id is None
    assert reading(reader, unread).marked_for_later
    assert "Your history is empty." in client.get(history_url(reader)).content.decode()
    marked = client.get(history_url(reader, to_read=True)).content.decode()
    assert "The Ferry at Dusk" in marked and "Never Opened" in marked


def test_history_off_shows_a_notice_and_keeps_what_was_recorded(login, reader, saga):
    services.reading_record(user=reader, work=saga, chapter=None)
    reader.keep_history = False
    reader.save()
    html = login(reader).get(history_url(reader)).content.decode()
    assert "Your reading history is turned off" in html
    assert "The Ferry at Dusk" in html and "Clear history" in html


def test_a_work_made_a_draft_later_is_listed_without_its_title(login, reader, saga):
    services.reading_record(user=reader, work=saga, chapter=chapters_of(saga)[1])
    services.reading_mark_for_later(user=reader, work=saga)
    Work.objects.filter(pk=saga.pk).update(posted=False)
    client = login(reader)
    for url in (history_url(reader), history_url(reader, to_read=True)):
        html = client.get(url).content.decode()
        assert "This work is no longer available." in html
        assert "The Ferry at Dusk" not in html and "Part 2" not in html


def test_restricted_works_stay_listed_for_the_logged_in_reader(login, reader, author, make_work):
    work = make_work(author, title="Members Only Lighthouse", restricted=True)
    services.reading_record(user=reader, work=work, chapter=None)
    html = login(reader).get(history_url(reader)).content.decode()
    assert "Members Only Lighthouse" in html


def test_history_page_says_when_an_update_is_available(login, reader, saga):
    services.reading_record(user=reader, work=saga, chapter=None)
    Reading.objects.filter(user=reader).update(
        last_visited_at=timezone.now() - datetime.timedelta(days=10)
    )
    Work.objects.filter(pk=saga.pk).update(revised_on=timezone.localdate())
    assert "Update available." in login(reader).get(history_url(reader)).content.decode()


# Mark for Later -----------------------------------------------------------------------


def test_mark_and_unmark_without_javascript(login, reader, saga):
    client = login(reader)
    page = saga.get_absolute_url()
    assert "Mark for Later" in client.get(page).content.decode()
    response = client.post(reverse("feedback:mark_for_later", args=[saga.pk]), {"next": page})
    assert response.status_code == 302 and response["Location"] == page
    assert reading(reader, saga).marked_for_later
    assert "Marked for Later ✓" in client.get(page).content.decode()
    response = client.post(reverse("feedback:unmark_for_later", args=[saga.pk]), {"next": page})
    assert response["Location"] == page
    # The visits above stay in history; only the mark went.
    assert not reading(reader, saga).marked_for_later


def test_unmarking_a_never_read_work_leaves_no_row(login, reader, saga):
    client = login(reader)
    client.post(reverse("feedback:mark_for_later", args=[saga.pk]))
    client.post(reverse("feedback:unmark_for_later", args=[saga.pk]))
    assert reading(reader, saga) is None


def test_mark_and_unmark_with_htmx_swap_the_button(login, reader, saga):
    client = login(reader)
    marked = client.post(
        reverse("feedback:mark_for_later", args=[saga.pk]),
        {"next": saga.get_absolute_url()},
        **HTMX,
    )
    html = marked.content.decode()
    assert marked.status_code == 200 and html.lstrip().startswith('<li class="later"')
    assert "Marked for Later ✓" in html and "(remove)" in html
    unmarked = client.post(reverse("feedback:unmark_for_later", args=[saga.pk]), **HTMX)
    assert "Mark for Later" in unmarked.content.decode()
    assert "✓" not in unmarked.content.decode()


def test_unmark_from_the_list_with_htmx_removes_the_entry(login, reader, saga):
    services.reading_mark_for_later(user=reader, work=saga)
    response = login(reader).post(
        reverse("feedback:unmark_for_later", args=[saga.pk]), {"in": "list"}, **HTMX
    )
    assert response.content == b""
    assert reading(reader, saga) is None


def test_marking_works_with_history_off(login, make_user, saga):
    private = make_user("quiet", keep_history=False)
    login(private).post(reverse("feedback:mark_for_later", args=[saga.pk]))
    row = reading(private, saga)
    assert row.marked_for_later and row.last_visited_at is None


def test_marked_list_is_newest_first(login, reader, author, make_work):
    first = make_work(author, title="Marked Long Ago")
    second = make_work(author, title="Marked Just Now")
    services.reading_mark_for_later(user=reader, work=first)
    services.reading_mark_for_later(user=reader, work=second)
    Reading.objects.filter(work=first).update(marked_at=timezone.now() - datetime.timedelta(days=1))
    html = login(reader).get(history_url(reader, to_read=True)).content.decode()
    assert html.index("Marked Just Now") < html.index("Marked Long Ago")


def test_no_mark_for_later_on_ones_own_work_or_for_guests(client, login, author, saga):
    assert "Mark for Later" not in client.get(saga.get_absolute_url()).content.decode()
    own = login(author)
    assert "Mark for Later" not in own.get(saga.get_absolute_url()).content.decode()
    response = own.post(reverse("feedback:mark_for_later", args=[saga.pk]), follow=True)
    assert "You can&#x27;t mark your own work for later." in response.content.decode()
    assert not Reading.objects.exists()


def test_a_draft_cannot_be_marked_by_someone_else(login, reader, author, make_work):
    draft = make_work(author, title="Unfinished Crossing", post=False)
    response = login(reader).post(reverse("feedback:mark_for_later", args=[draft.pk]))
    assert response.status_code == 404
    assert not Reading.objects.exists()


# Continue reading ---------------------------------------------------------------------


def test_continue_reading_points_to_the_chapter_left_off(login, reader, saga):
    one, two, _three = chapters_of(saga)
    client = login(reader)
    client.get(two.get_absolute_url())
    client.get(two.get_absolute_url())
    html = client.get(saga.get_absolute_url()).content.decode()
    assert "Continue reading where you left off:" in html
    assert f'href="{two.get_absolute_url()}">Chapter 2: Part 2 →</a>' in html
    assert "Visited 2 times." in html
    # That visit was to chapter one, so chapter one is now where they left off.
    html = client.get(two.get_absolute_url()).content.decode()
    assert f'href="{one.get_absolute_url()}">Chapter 1: One →</a>' in html


def test_no_continue_reading_on_the_chapter_left_off(login, reader, saga):
    two = chapters_of(saga)[1]
    client = login(reader)
    client.get(two.get_absolute_url())
    assert "Continue reading" not in client.get(two.get_absolute_url()).content.decode()


def test_no_continue_reading_on_a_first_visit_or_for_guests(client, login, reader, saga):
    assert "Continue reading" not in client.get(saga.get_absolute_url()).content.decode()
    reader_client = login(reader)
    assert "Continue reading" not in reader_client.get(saga.get_absolute_url()).content.decode()


def test_continue_reading_in_the_full_work_view_jumps_down_the_page(login, reader, saga):
    three = chapters_of(saga)[2]
    client = login(reader)
    client.get(three.get_absolute_url())
    html = client.get(saga.get_absolute_url() + "?view_full_work=true").content.decode()
    assert 'href="#chapter-3">Chapter 3: Part 3 →</a>' in html


def test_no_continue_reading_when_history_is_off(login, reader, saga):
    client = login(reader)
    client.get(chapters_of(saga)[2].get_absolute_url())
    reader.keep_history = False
    reader.save()
    assert "Continue reading" not in client.get(saga.get_absolute_url()).content.decode()
