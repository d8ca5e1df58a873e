"""Muting a user hides their works from the muter on the home page, tag pages, search
and their profile, server-side, with counts that agree with what is shown; an anonymous
work of theirs is hidden without a count or a trace that would say who wrote it."""

from __future__ import annotations

import html
import re

import pytest

from fanfold.tags.models import Tag

FANDOM = "Sherlock Holmes - Arthur Conan Doyle"
SEARCH = "/works/search?q=lamps"  # a word of every test story


def tag_page() -> str:
    return Tag.objects.get(name=FANDOM, type="fandom").get_absolute_url()


def every_list() -> list[str]:
    return ["/", tag_page(), SEARCH]


def page_of(client, url: str, **params: str) -> tuple[str, object]:
    response = client.get(url, params)
    assert response.status_code == 200, url
    return html.unescape(response.content.decode()), response.context["listing"]


def shown_titles(listing) -> list[str]:
    return [work.title for work in listing.page.object_list]


def count_line(page: str) -> str:
    match = re.search(r'<p class="count">([^<]*)</p>', page)
    return match.group(1).strip() if match else ""


def fandom_count(listing) -> int:
    for group in listing.facets:
        for facet in group.facets:
            if facet.name == FANDOM:
                return facet.count
    return 0


@pytest.fixture
def pest(make_user):
    return make_user("pest")


@pytest.fixture
def shelf(author, pest, make_work):
    make_work(author, title="Quill One")
    make_work(author, title="Quill Two")
    make_work(pest, title="Pest Signed")
    make_work(pest, title="Pest Masked", anonymous=True)


@pytest.fixture
def muter(client, login, reader, pest):
    login(reader)
    # Muted the way a reader does it: the button on the profile.
    client.post(f"/users/{pest.username}/mute", {"action": "mute"}, follow=True)
    return reader


def test_guests_see_every_work_so_the_muted_ones_are_really_there(client, shelf):
    for url in every_list():
        page, listing = page_of(client, url)
        assert sorted(shown_titles(listing)) == [
            "Pest Masked",
            "Pest Signed",
            "Quill One",
            "Quill Two",
        ], url
        assert count_line(page) == "1 – 4 of 4 works", url


def test_a_muted_users_works_are_absent_from_home_tag_page_and_search(client, shelf, muter):
    for url in every_list():
        page, listing = page_of(client, url)

        assert sorted(shown_titles(listing)) == ["Quill One", "Quill Two"], url
        assert "Pest Signed" not in page and "Pest Masked" not in page, url


def test_the_counts_agree_with_what_is_shown(client, shelf, muter):
    for url in every_list():
        page, listing = page_of(client, url)

        # "N works", the sidebar's tag count and the list itself say the same number,
        # and the notice counts the one signed work hidden, not the anonymous one.
        assert count_line(page) == "1 – 2 of 2 works", url
        assert listing.page.paginator.count == len(shown_titles(listing)) == 2, url
        assert fandom_count(listing) == 2, url
        assert listing.hidden_count == 1, url
        assert "1 work hidden by your filters." in page, url


def test_showing_hidden_works_brings_back_the_signed_work_only(client, shelf, muter):
    for url in every_list():
        page, listing = page_of(client, url, show_hidden="1")

        assert sorted(shown_titles(listing)) == ["Pest Signed", "Quill One", "Quill Two"], url
        assert count_line(page) == "1 – 3 of 3 works", url
        assert "Showing 1 work your filters would hide." in page, url
        assert fandom_count(listing) == 3, url
        assert "Pest Masked" not in page, url


def test_an_anonymous_work_of_a_muted_user_is_hidden_without_saying_so(
    client, author, pest, make_work, muter
):
    make_work(author, title="Quill One")
    make_work(pest, title="Pest Masked", anonymous=True)

    for url in every_list():
        page, listing = page_of(client, url)

        assert shown_titles(listing) == ["Quill One"], url
        assert count_line(page) == "1 – 1 of 1 work", url
        assert fandom_count(listing) == 1, url
        assert listing.hidden_count == 0, url
        assert "hidden by your filters" not in page, url
        assert "Show them this time" not in page, url
        assert "Pest Masked" not in page, url


def test_an_anonymous_work_of_a_muted_user_still_opens_by_its_address(
    client, pest, make_work, muter
):
    work = make_work(pest, title="A Masked Ball", anonymous=True)

    page = html.unescape(client.get(f"/works/{work.pk}").content.decode())

    assert "A Masked Ball" in page
    assert "Anonymous" in page
    assert "pest" not in page.lower()


def test_counts_agree_page_after_page(client, settings, author, pest, make_work, muter):
    settings.WORKS_PER_PAGE = 2
    for n in range(1, 6):
        make_work(author, title=f"Quill {n}")
    for n in range(1, 4):
        make_work(pest, title=f"Pest {n}")

    for url in every_list():
        seen = []
        for number in (1, 2, 3):
            page, listing = page_of(client, url, page=str(number))
            seen += shown_titles(listing)
            assert listing.page.paginator.count == 5, url
            assert listing.page.paginator.num_pages == 3, url
            assert "3 works hidden by your filters." in page, url
        assert sorted(seen) == [f"Quill {n}" for n in range(1, 6)], url


def test_the_muted_users_profile_says_their_works_are_hidden_not_that_there_are_none(
    client, shelf, pest, muter
):
    page = html.unescape(client.get(f"/users/{pest.username}").content.decode())

    assert "Pest Signed" not in page and "Pest Masked" not in page
    assert "1 work hidden by your filters." in page
    assert "No works yet." not in page
    assert "Unmute this creator" in page


def test_unmuting_brings_the_works_back_everywhere(client, shelf, pest, muter):
    client.post(f"/users/{pest.username}/mute", {"action": "unmute"})

    for url in every_list():
        page, listing = page_of(client, url)
        assert "Pest Signed" in shown_titles(listing), url
        assert "hidden by your filters" not in page, url


def test_muting_is_per_reader(client, shelf, muter, login, make_user):
    login(make_user("bystander"))

    for url in every_list():
        _page, listing = page_of(client, url)
        assert len(shown_titles(listing)) == 4, url
