"""What a reader sees: the header, chapters, navigation, the entire work."""

from __future__ import annotations

import pytest

from fanfold.works import services


@pytest.fixture
def long_work(author, make_work):
    return make_work(
        author,
        title="Three Lamps",
        chapters=3,
        summary="A summary with <em>emphasis</em>.",
        notes="A/N: thanks to my beta!",
        endnotes="Let me know your thoughts.",
        categories=["Gen"],
        relationships=["Ariadne & Theseus"],
        characters=["Ariadne"],
        freeforms=["Angst"],
        language="en",
        new_series_title="Lamps",
        expected_chapters=5,
    )


def test_work_page_shows_the_whole_header(client, long_work):
    html = client.get(long_work.get_absolute_url()).content.decode()
    for text in (
        "General Audiences",
        "No Archive Warnings Apply",
        "Gen",
        "Sherlock Holmes - Arthur Conan Doyle",
        "Ariadne &amp; Theseus",
        "Ariadne",
        "Angst",
        "English",
        "Part 1 of",
        "Lamps",
        "Published",
        "Words",
        "3/5",
        "<em>emphasis</em>",
        "thanks to my beta!",
    ):
        assert text in html, text


def test_first_chapter_then_next_and_previous(client, long_work):
    one, two, three = long_work.chapters.all()
    first_page = client.get(long_work.get_absolute_url()).content.decode()
    assert "Chapter 1: One" in first_page and "Chapter 2." not in first_page
    assert f'rel="next" href="{two.get_absolute_url()}"' in first_page
    middle = client.get(two.get_absolute_url()).content.decode()
    assert f'rel="prev" href="{one.get_absolute_url()}"' in middle
    assert f'rel="next" href="{three.get_absolute_url()}"' in middle
    # Work notes at the start of the work only; end notes after the last chapter only.
    assert "thanks to my beta!" not in middle and "Let me know your thoughts." not in middle
    last = client.get(three.get_absolute_url()).content.decode()
    assert "Let me know your thoughts." in last


def test_entire_work_view_shows_every_chapter(client, long_work):
    html = client.get(long_work.get_absolute_url() + "?view_full_work=true").content.decode()
    assert html.count('class="chapter"') == 3
    assert "thanks to my beta!" in html and "Let me know your thoughts." in html


def test_chapter_index_lists_every_chapter(client, long_work):
    html = client.get(f"/works/{long_work.pk}/navigate").content.decode()
    for chapter in long_work.chapters.all():
        assert chapter.get_absolute_url() in html


def test_chapter_of_another_work_is_not_found(client, author, make_work, long_work):
    other = make_work(author, chapters=2)
    chapter = other.chapters.last()
    assert client.get(f"/works/{long_work.pk}/chapters/{chapter.pk}").status_code == 404


@pytest.mark.parametrize("rating", ["Mature", "Explicit", "Not Rated"])
def test_adult_works_ask_guests_first_and_remember(client, author, make_work, rating):
    work = make_work(author, rating=rating, title="Grown Up")
    html = client.get(work.get_absolute_url()).content.decode()
    assert "This work could have adult content" in html
    assert "The lamps along the quay" not in html
    html = client.get(work.get_absolute_url() + "?view_adult=true").content.decode()
    assert "The lamps along the quay" in html
    assert "The lamps along the quay" in client.get(work.get_absolute_url()).content.decode()


def test_teen_works_need_no_click_through(client, author, make_work):
    work = make_work(author, rating="Teen And Up Audiences")
    assert "The lamps along the quay" in client.get(work.get_absolute_url()).content.decode()


def test_series_page_lists_works_in_order(client, author, make_work):
    first = make_work(author, title="Alpha Part", new_series_title="Alphabet")
    series = first.series.get()
    make_work(author, title="Beta Part", series=series)
    html = client.get(series.get_absolute_url()).content.decode()
    assert html.index("Alpha Part") < html.index("Beta Part")
    page = client.get(first.get_absolute_url()).content.decode()
    assert "Next work in series" in page


def test_home_page_lists_newest_first_and_paginates(client, author, make_work, settings):
    import datetime

    settings.WORKS_PER_PAGE = 2
    for day in range(1, 6):
        make_work(author, title=f"Day {day}", published_on=datetime.date(2026, 3, day))
    first = client.get("/").content.decode()
    assert first.index("Day 5") < first.index("Day 4")
    assert "Day 3" not in first and "Page 1 of 3" in first
    third = client.get("/?page=3").content.decode()
    assert "Day 1" in third


def test_tag_page_lists_works_with_that_tag(client, author, make_work):
    make_work(author, title="Tagged", freeforms=["Hurt/Comfort"])
    make_work(author, title="Untagged")
    html = client.get("/tags/Hurt*s*Comfort/works").content.decode()
    assert "Tagged" in html and "Untagged" not in html
    assert client.get("/tags/No Such Tag/works").status_code == 404


def test_reading_pages_have_landmarks_and_no_cdn_assets(client, long_work):
    html = client.get(long_work.get_absolute_url()).content.decode()
    assert '<main id="main"' in html and 'role="banner"' in html and 'role="contentinfo"' in html
    assert 'class="skip-link"' in html
    for src in __import__("re").findall(r'(?:src|href)="([^"]+\.(?:css|js))"', html):
        assert src.startswith("/static/"), src


def test_error_pages_show_no_traceback(db, client, settings):
    settings.DEBUG = False
    response = client.get("/works/424242")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html and "Traceback" not in html


def test_server_error_page_shows_no_traceback(db, settings, monkeypatch):
    from django.test import Client

    from fanfold.works import selectors

    def broken(viewer):
        raise RuntimeError("secret internals")

    settings.DEBUG = False
    monkeypatch.setattr(selectors, "newest_works_for", broken)
    response = Client(raise_request_exception=False).get("/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong" in html
    assert "Traceback" not in html and "secret internals" not in html


def test_word_count_is_from_the_text(author, make_work):
    work = make_work(author, text="<p>東京の夜は長い。</p><p>Three English words.</p>")
    assert work.word_count == 7 + 3
    services.chapter_add(
        work=work, editor=author, data=services.ChapterData(text="one two three four five")
    )
    work.refresh_from_db()
    assert work.word_count == 15


def test_a_name_used_by_two_types_of_tag_has_a_page_for_each(client, author, make_work):
    make_work(author, title="The Count's Book", fandoms=["Dracula"])
    make_work(author, title="A Visitor", fandoms=["Greek Mythology"], characters=["Dracula"])
    fandom_page = client.get("/tags/Dracula/works").content.decode()
    assert "The Count&#x27;s Book" in fandom_page and "A Visitor" not in fandom_page
    character_page = client.get("/tags/Dracula/works?type=character").content.decode()
    assert "A Visitor" in character_page and "The Count" not in character_page
    assert "?type=character" in fandom_page
