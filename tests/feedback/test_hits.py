"""Hits: once per visitor per work per 24 hours, never for creators or bots, buffered
and written in bulk, and no address stored."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from fanfold.feedback.kudos import hits
from fanfold.feedback.models import WorkVisit
from fanfold.works.models import Work
from fanfold.works.selectors import work_for_viewer

GUEST = "203.0.113.7"
OTHER_GUEST = "198.51.100.20"
START = timezone.now().replace(microsecond=0)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self):
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture(autouse=True)
def clock(db, settings, monkeypatch) -> Clock:
    # Flushes happen when a test says so, unless it sets these itself.
    settings.HITS_FLUSH_SIZE = 1_000_000
    settings.HITS_FLUSH_SECONDS = 1_000_000
    hits.hits_discard()
    fake = Clock()
    monkeypatch.setattr(hits, "clock", fake)
    yield fake
    hits.hits_discard()


@pytest.fixture
def work(author, make_work):
    return make_work(author, title="Harbour Lights")


def visit(client, work: Work, address: str = GUEST, **extra):
    response = client.get(work.get_absolute_url(), REMOTE_ADDR=address, **extra)
    assert response.status_code == 200
    return response


def hits_of(work: Work) -> int:
    hits.hits_flush()
    return Work.objects.get(pk=work.pk).hits_count


def test_the_same_guest_twice_in_a_day_counts_once(client, work, clock):
    visit(client, work)
    clock.advance(hours=23)
    visit(client, work)
    assert hits_of(work) == 1


def test_the_same_guest_counts_once_across_flushes(client, work, clock):
    """The database decides, so separate flushes (or separate processes) agree."""
    visit(client, work)
    assert hits_of(work) == 1
    clock.advance(hours=12)
    visit(client, work)
    assert hits_of(work) == 1


def test_the_same_guest_counts_again_after_24_hours(client, work, clock):
    visit(client, work)
    assert hits_of(work) == 1
    clock.advance(hours=24, seconds=1)
    visit(client, work)
    assert hits_of(work) == 2


def test_a_day_apart_within_one_buffer_counts_twice(client, work, clock):
    visit(client, work)
    clock.advance(hours=1)
    visit(client, work)
    clock.advance(hours=24)
    visit(client, work)
    assert hits_of(work) == 2


def test_two_addresses_count_twice(client, work):
    visit(client, work, GUEST)
    visit(client, work, OTHER_GUEST)
    assert hits_of(work) == 2


def test_a_logged_in_reader_counts_once_whatever_their_address(login, reader, work):
    client = login(reader)
    visit(client, work, GUEST)
    visit(client, work, OTHER_GUEST)
    assert hits_of(work) == 1


def test_every_chapter_of_a_work_is_one_work_to_count(client, author, make_work):
    work = make_work(author, chapters=3)
    for chapter in work.chapters.all():
        assert client.get(chapter.get_absolute_url(), REMOTE_ADDR=GUEST).status_code == 200
    assert hits_of(work) == 1


def test_creators_do_not_count(login, author, work):
    client = login(author)
    visit(client, work)
    assert hits.hits_pending() == 0
    assert hits_of(work) == 0


def test_co_creators_do_not_count(login, author, make_user, work):
    from fanfold.works.services import creatorship_accept, creatorship_invite

    partner = make_user("partner")
    creatorship_accept(
        creatorship=creatorship_invite(work=work, inviter=author, invitee=partner), user=partner
    )
    visit(login(partner), work)
    assert hits_of(work) == 0


def test_a_restricted_work_counts_logged_in_readers_only(client, login, author, reader, make_work):
    work = make_work(author, restricted=True)
    assert client.get(work.get_absolute_url(), REMOTE_ADDR=GUEST).status_code == 302
    assert hits_of(work) == 0
    visit(login(reader), work)
    assert hits_of(work) == 1


def test_a_guest_on_a_restricted_work_never_counts_even_if_asked(work):
    Work.objects.filter(pk=work.pk).update(restricted=True)
    work.refresh_from_db()
    request = RequestFactory().get("/", REMOTE_ADDR=GUEST)
    request.user = AnonymousUser()
    hits.hit_record(request, work)
    assert hits.hits_pending() == 0


def test_drafts_do_not_count(login, author, make_work):
    draft = make_work(author, post=False)
    request = RequestFactory().get("/", REMOTE_ADDR=GUEST)
    request.user = AnonymousUser()
    hits.hit_record(request, draft)
    assert hits.hits_pending() == 0


@pytest.mark.parametrize(
    "agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0)",
        "SomeCrawler/1.0",
        "Baiduspider/2.0",
    ],
)
def test_obvious_bots_do_not_count(client, work, agent):
    visit(client, work, HTTP_USER_AGENT=agent)
    assert hits_of(work) == 0


def test_browsers_count(client, work):
    visit(client, work, HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Firefox/128.0")
    assert hits_of(work) == 1


def test_nothing_stores_an_address(client, login, reader, work):
    visit(client, work, GUEST)
    visit(login(reader), work, OTHER_GUEST)
    hits.hits_flush()
    visits = list(WorkVisit.objects.values_list("visitor", flat=True))
    assert len(visits) == 2
    for visitor in visits:
        assert GUEST not in visitor and OTHER_GUEST not in visitor
        assert len(visitor) == 64


def test_recording_a_hit_costs_no_query(client, reader, work):
    found = work_for_viewer(work.pk, reader).work
    request = RequestFactory().get("/", REMOTE_ADDR=GUEST)
    request.user = reader
    with CaptureQueriesContext(connection) as queries:
        hits.hit_record(request, found)
    assert len(queries) == 0
    assert hits.hits_pending() == 1


def test_the_page_writes_nothing_for_the_hit(client, work):
    with CaptureQueriesContext(connection) as queries:
        visit(client, work)
    assert not [q for q in queries if "workvisit" in q["sql"].lower()]
    assert hits.hits_pending() == 1


def test_a_full_buffer_is_written_after_the_response(client, settings, work):
    settings.HITS_FLUSH_SIZE = 3
    visit(client, work, "10.0.0.1")
    visit(client, work, "10.0.0.2")
    assert Work.objects.get(pk=work.pk).hits_count == 0
    visit(client, work, "10.0.0.3")
    assert hits.hits_pending() == 0
    assert Work.objects.get(pk=work.pk).hits_count == 3


def test_an_old_buffer_is_written_after_the_response(client, settings, work):
    settings.HITS_FLUSH_SECONDS = 0
    visit(client, work)
    assert hits.hits_pending() == 0
    assert Work.objects.get(pk=work.pk).hits_count == 1


def test_a_flush_writes_many_works_at_once(client, author, make_work):
    works = [make_work(author, title=f"Pier {n}") for n in range(3)]
    for n, work in enumerate(works):
        for m in range(n + 1):
            visit(client, work, f"10.0.{n}.{m}")
    assert hits.hits_flush() == 6
    assert [Work.objects.get(pk=w.pk).hits_count for w in works] == [1, 2, 3]


def test_hits_on_a_work_deleted_before_the_flush_are_dropped(client, author, work):
    visit(client, work)
    Work.objects.filter(pk=work.pk).delete()
    assert hits.hits_flush() == 0
    assert not WorkVisit.objects.exists()


def test_recording_from_many_threads_loses_nothing(work):
    found = Work.objects.get(pk=work.pk)

    def read(n: int) -> None:
        for m in range(50):
            request = RequestFactory().get("/", REMOTE_ADDR=f"10.{n}.{m // 250}.{m % 250}")
            request.user = AnonymousUser()
            hits.hit_record(request, found)

    threads = [threading.Thread(target=read, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert hits.hits_pending() == 400
    assert hits_of(work) == 400


def test_flush_hits_command_saves_and_prunes(client, work, clock, capsys):
    visit(client, work, GUEST)
    call_command("flush_hits")
    assert Work.objects.get(pk=work.pk).hits_count == 1
    assert WorkVisit.objects.count() == 1
    clock.advance(hours=25)
    call_command("flush_hits")
    assert not WorkVisit.objects.exists()
    assert "pruned 1 old visit record" in capsys.readouterr().out
    # A visit after the prune counts again, as it would have anyway.
    visit(client, work, GUEST)
    assert hits_of(work) == 2


def test_hit_counts_feed_the_hits_sort(client, author, make_work):
    quiet, busy = make_work(author, title="Quiet"), make_work(author, title="Busy")
    for n in range(3):
        visit(client, busy, f"10.1.1.{n}")
    visit(client, quiet)
    hits.hits_flush()
    text = client.get("/works/search", {"sort": "hits"}).content.decode()
    assert text.index(">Busy<") < text.index(">Quiet<")


@pytest.mark.django_db(transaction=True)
def test_web_processes_flushing_the_same_visits_agree(author, make_work):
    """Two processes' buffers hold the same visitors; the database counts each once."""
    if connection.vendor == "sqlite":
        pytest.skip("SQLite lets one writer at a time: nothing to race")
    work = make_work(author)
    now = timezone.now()
    buffered = [(work.pk, f"visitor-{n}", now) for n in range(300)]
    barrier = threading.Barrier(3)
    counted: list[int] = []

    def flush() -> None:
        barrier.wait()
        try:
            counted.append(hits._write(list(buffered)))
        finally:
            connection.close()

    threads = [threading.Thread(target=flush) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(counted) == 300
    assert Work.objects.get(pk=work.pk).hits_count == 300
