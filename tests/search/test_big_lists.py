"""Lists bigger than the counting limit: the count stops at the limit and says "more",
pages stop there, and what is shown stays right (settings.WORKS_COUNT_LIMIT is 10,000;
these tests lower it so a handful of works is "big")."""

from __future__ import annotations

import pytest
from django.test import override_settings

from fanfold.core.paging import CappedPaginator, capped_count
from fanfold.tags.models import Tag
from fanfold.works.models import Work

from .filter_helpers import facets, listing_of

SEARCH = "/works/search"


@pytest.fixture
def seven(author, make_work):
    return [make_work(author, title=f"Work {n}", freeforms=["Angst"]) for n in range(7)]


def test_capped_count_counts_up_to_the_limit_and_says_if_there_are_more(seven):
    works = Work.objects.all()
    assert capped_count(works, 10) == (7, False)
    assert capped_count(works, 7) == (7, False)
    assert capped_count(works, 6) == (6, True)
    assert capped_count(works.filter(title="Work 3"), 6) == (1, False)


def test_the_capped_paginator_pages_only_up_to_the_limit(seven):
    paginator = CappedPaginator(Work.objects.order_by("pk"), 2, limit=5)
    assert paginator.count == 5 and paginator.more
    assert paginator.num_pages == 3
    assert len(paginator.page(3).object_list) == 1
    # Asking past the end gives the last page, as Django's get_page does.
    assert paginator.get_page(9).number == 3
    exact = CappedPaginator(Work.objects.order_by("pk"), 2, limit=50)
    assert exact.count == 7 and not exact.more


@override_settings(WORKS_COUNT_LIMIT=4, WORKS_PER_PAGE=2)
def test_a_list_past_the_limit_says_so(client, seven):
    listing = listing_of(client, SEARCH)
    assert listing.page.paginator.count == 4 and listing.page.paginator.more
    html = client.get(SEARCH).content.decode()
    assert "1 – 2 of 4+ works" in html
    last = client.get(SEARCH, {"page": "2"}).content.decode()
    assert "Only the first 4 works are shown in pages." in last


@override_settings(WORKS_COUNT_LIMIT=10, WORKS_PER_PAGE=2)
def test_a_list_under_the_limit_gives_the_exact_count(client, seven):
    html = client.get(SEARCH).content.decode()
    assert "1 – 2 of 7 works" in html
    assert "Only the first" not in client.get(SEARCH, {"page": "4"}).content.decode()


@override_settings(WORKS_COUNT_LIMIT=3)
def test_the_hidden_count_stops_at_the_limit_too(client, seven, reader, login):
    login(reader)
    angst = Tag.objects.get(name="Angst", type="freeform")
    client.post("/mutes", {"action": "mute_tag", "tag": angst.pk})
    listing = listing_of(client, SEARCH)
    assert (listing.hidden_count, listing.hidden_more) == (3, True)
    assert "3+ works hidden by your filters." in client.get(SEARCH).content.decode()


@override_settings(WORKS_COUNT_LIMIT=4)
def test_facets_of_a_big_list_count_its_newest_works_and_say_so(client, author, make_work):
    for n in range(3):
        make_work(author, title=f"Old {n}", fandoms=["Moths"], freeforms=["Old Trope"])
    for n in range(4):
        make_work(author, title=f"New {n}", fandoms=["Moths"], freeforms=["New Trope"])
    # The same whether the list is read in order or from its tag's index.
    for params in ({}, {"fandoms": "Moths"}):
        listing = listing_of(client, SEARCH, params)
        assert listing.facets_sampled
        found = facets(listing)["freeform"]
        assert found["New Trope"].count == 4 and "Old Trope" not in found
    assert "Counted in the newest 4." in client.get(SEARCH).content.decode()


@override_settings(WORKS_COUNT_LIMIT=10)
def test_facets_of_a_list_under_the_limit_count_every_work(client, author, make_work):
    for n in range(3):
        make_work(author, title=f"Old {n}", freeforms=["Old Trope"])
    listing = listing_of(client, SEARCH)
    assert not listing.facets_sampled
    assert facets(listing)["freeform"]["Old Trope"].count == 3
    assert "Counted in the newest" not in client.get(SEARCH).content.decode()


@pytest.mark.parametrize("lead_limit", [0, 1, 10_000])
def test_lists_led_by_their_smallest_tag_list_the_same_works_in_order(
    client, author, make_work, lead_limit, monkeypatch
):
    """Whether a page is read from its smallest tag or in sort order, the works, their
    order, the count and the facets are the same."""
    monkeypatch.setattr("fanfold.search.filters.LEAD_LIMIT", lead_limit)
    for n in range(6):
        work = make_work(
            author,
            title=f"Work {n}",
            fandoms=["Big Fandom"],
            freeforms=["Rare Trope"] if n % 3 == 0 else ["Common Trope"],
            rating="Explicit" if n % 2 else "General Audiences",
        )
        Work.objects.filter(pk=work.pk).update(kudos_count=n * 7 % 5)
    make_work(author, title="Elsewhere", fandoms=["Other Fandom"], freeforms=["Rare Trope"])
    params = {"fandoms": "Big Fandom", "freeforms": "Rare Trope", "sort": "kudos"}
    listing = listing_of(client, SEARCH, params)
    assert [w.title for w in listing.page.object_list] == ["Work 3", "Work 0"]
    assert listing.page.paginator.count == 2
    assert facets(listing)["rating"]["Explicit"].count == 1
    tag_page = listing_of(client, "/tags/Big Fandom/works", {"exclude_ratings": "Explicit"})
    assert {w.title for w in tag_page.page.object_list} == {"Work 0", "Work 2", "Work 4"}
    two_ratings = {"ratings": ["Explicit", "General Audiences"], "freeforms": "Rare Trope"}
    assert listing_of(client, SEARCH, two_ratings).page.paginator.count == 3


def test_a_list_is_led_by_its_smallest_free_tag_never_a_rating(author, make_work):
    from fanfold.search.filters import led_by_tag

    for n in range(3):
        make_work(author, title=f"F{n}", fandoms=["Moths"])
    make_work(author, title="Rare", fandoms=["Moths"], freeforms=["Rare Trope"], rating="Explicit")
    fandom = Tag.objects.get(name="Moths")
    trope = Tag.objects.get(name="Rare Trope")
    explicit = Tag.objects.get(type="rating", name="Explicit")

    def lead(tag_ids):
        led = led_by_tag(Work.objects.all(), tag_ids, small_only=False)
        return led.query.where.children[-1].rhs

    assert lead([fandom.pk, trope.pk]) == trope.pk
    # One Explicit work against four in Moths: still, a rating leads only when
    # nothing else is required (ratings are huge in any real archive).
    assert lead([explicit.pk, fandom.pk]) == fandom.pk
    assert lead([explicit.pk]) == explicit.pk
