"""Facets, the search page and visibility through every door the listing opens: a
draft, a restricted work (to guests) and an anonymous creator never leak through
results, counts, facets, snippets or sort order."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from fanfold.tags.models import Tag, TagParent
from fanfold.works.filtering import refresh_work_filters
from fanfold.works.models import Work

from .filter_helpers import facets, listing_of, set_fields, titles, total

SEARCH = "/works/search"


# Facets


def test_facets_count_the_tags_of_the_result_set_by_type(client, author, make_work):
    make_work(author, title="One", freeforms=["Angst", "Fluff"], rating="Explicit")
    make_work(author, title="Two", freeforms=["Angst"])
    make_work(author, title="Three", freeforms=["Fluff"], fandoms=["Greek Mythology"])
    found = facets(listing_of(client, SEARCH))
    assert {n: f.count for n, f in found["freeform"].items()} == {"Angst": 2, "Fluff": 2}
    assert {n: f.count for n, f in found["rating"].items()} == {
        "General Audiences": 2,
        "Explicit": 1,
    }
    assert found["fandom"]["Greek Mythology"].count == 1
    # Narrowed by a filter, the facets describe only what is left.
    narrowed = facets(listing_of(client, SEARCH, {"freeforms": "Angst"}))
    assert narrowed["freeform"]["Fluff"].count == 1
    assert "fandom" in narrowed and "Greek Mythology" not in narrowed["fandom"]


def test_a_facet_count_is_what_including_it_lists(client, author, make_work):
    for n in range(4):
        make_work(author, title=f"W{n}", freeforms=["Angst"] if n % 2 else ["Fluff"])
    listing = listing_of(client, SEARCH)
    for facet in facets(listing)["freeform"].values():
        included = listing_of(client, SEARCH + facet.include_url)
        assert included.page.paginator.count == facet.count
        excluded = listing_of(client, SEARCH + facet.exclude_url)
        assert excluded.page.paginator.count == listing.page.paginator.count - facet.count


def test_facets_show_canonical_tags_and_count_sub_tags_under_parents(client, author, make_work):
    make_work(author, title="Synonym", freeforms=["hurt comfort"])
    make_work(author, title="Child", freeforms=["Whump"])
    canonical = Tag.objects.create(name="Hurt/Comfort", type="freeform", canonical=True)
    Tag.objects.filter(name="hurt comfort").update(merger=canonical)
    TagParent.objects.create(parent=canonical, child=Tag.objects.get(name="Whump"))
    refresh_work_filters(Work.objects.values_list("pk", flat=True))
    found = facets(listing_of(client, SEARCH))["freeform"]
    assert found["Hurt/Comfort"].count == 2
    assert found["Whump"].count == 1
    assert "hurt comfort" not in found


def test_an_included_facet_offers_to_take_it_out_again(client, author, make_work):
    make_work(author, title="Typed", freeforms=["hurt comfort", "Angst"])
    make_work(author, title="Other", freeforms=["Angst"])
    canonical = Tag.objects.create(name="Hurt/Comfort", type="freeform", canonical=True)
    Tag.objects.filter(name="hurt comfort").update(merger=canonical)
    refresh_work_filters(Work.objects.values_list("pk", flat=True))
    listing = listing_of(client, SEARCH, {"freeforms": "Angst, hurt comfort", "page": 1})
    facet = facets(listing)["freeform"]["Hurt/Comfort"]
    assert facet.included and not facet.include_url
    assert "page" not in facet.remove_url
    assert "hurt" not in facet.remove_url.lower() and "Angst" in facet.remove_url
    assert total(client, SEARCH + facet.remove_url) == 2


def test_fixed_tag_facets_add_to_the_ticked_boxes(client, author, make_work):
    make_work(author, title="Gen", rating="General Audiences")
    make_work(author, title="Teen", rating="Teen And Up Audiences")
    make_work(author, title="Mature", rating="Mature")
    listing = listing_of(client, SEARCH, {"ratings": "General Audiences"})
    # Only Gen is left, so Teen has no facet; ask without the filter for it.
    assert set(facets(listing)["rating"]) == {"General Audiences"}
    teen = facets(listing_of(client, SEARCH))["rating"]["Teen And Up Audiences"]
    assert "ratings=Teen+And+Up+Audiences" in teen.include_url
    assert set(titles(client, SEARCH + teen.exclude_url)) == {"Gen", "Mature"}


def test_facets_keep_the_top_ten_of_each_type_most_used_first(client, author, make_work):
    for n in range(12):
        make_work(author, title=f"W{n}", freeforms=[f"Tag {m:02d}" for m in range(n + 1)])
    found = facets(listing_of(client, SEARCH))["freeform"]
    assert len(found) == 10
    counts = [f.count for f in found.values()]
    assert counts == sorted(counts, reverse=True)
    assert "Tag 00" in found and "Tag 11" not in found


def test_facets_cost_one_grouped_query(client, author, make_work):
    for n in range(5):
        make_work(author, title=f"W{n}", freeforms=[f"T{n}"], characters=[f"C{n}"])
    with CaptureQueriesContext(connection) as queries:
        client.get(SEARCH, {"exclude_freeforms": "T1"})
    grouped = [q["sql"] for q in queries.captured_queries if "GROUP BY" in q["sql"].upper()]
    assert len(grouped) == 1
    assert "works_filtertagging" in grouped[0]
    # The result set is a subquery, not a list of ids.
    assert "SELECT" in grouped[0].upper().split("FROM", 1)[1]


def test_the_tag_page_marks_its_own_tag_as_included(client, author, make_work):
    make_work(author, title="Greek", fandoms=["Greek Mythology"], freeforms=["Angst"])
    listing = listing_of(client, "/tags/Greek Mythology/works")
    own = facets(listing)["fandom"]["Greek Mythology"]
    assert own.included and not own.remove_url and not own.exclude_url
    assert facets(listing)["freeform"]["Angst"].count == 1


def test_the_sidebar_shows_facets_with_include_and_exclude_links(client, author, make_work):
    make_work(author, title="Greek", fandoms=["Greek Mythology"], freeforms=["Angst"])
    html = client.get(SEARCH).content.decode()
    assert "In these works" in html
    assert 'href="?freeforms=Angst"' in html
    assert 'href="?exclude_freeforms=Angst"' in html
    assert 'aria-label="Exclude Angst"' in html


# The search page


def test_the_search_page_lists_posted_works_with_filters(client, author, make_work):
    make_work(author, title="Posted")
    make_work(author, title="Draft", post=False)
    response = client.get(SEARCH)
    assert response.status_code == 200
    assert [w.title for w in response.context["listing"].page.object_list] == ["Posted"]
    assert "Search works" in response.content.decode()


def test_every_page_has_a_search_box_in_the_header(client, db):
    html = client.get("/").content.decode()
    assert 'role="search"' in html and 'action="/works/search"' in html


def test_search_words_narrow_the_list_and_rank_by_best_match(client, author, make_work):
    make_work(author, title="Lamplight", summary="The quay at night.")
    make_work(author, title="Daylight", text="Nothing about that here at all, only sunshine.")
    listing = listing_of(client, SEARCH, {"q": "quay"})
    assert listing.sort == "best_match"
    assert [w.title for w in listing.page.object_list] == ["Lamplight"]


def test_search_results_show_a_highlighted_snippet(client, author, make_work):
    make_work(author, title="Ledger", text="Ottilie kept the ledger by the window all winter.")
    html = client.get(SEARCH, {"q": "ledger"}).content.decode()
    assert 'class="snippet"' in html and "<mark>" in html.split('class="snippet"', 1)[1]


def test_search_words_combine_with_filters_sorts_and_facets(client, author, make_work):
    make_work(author, title="Zephyr Angst", summary="zephyr", freeforms=["Angst"])
    make_work(author, title="Zephyr Fluff", summary="zephyr", freeforms=["Fluff"])
    make_work(author, title="Elsewhere", summary="meadow", freeforms=["Angst"])
    params = {"q": "zephyr", "sort": "title"}
    assert titles(client, SEARCH, params) == ["Zephyr Angst", "Zephyr Fluff"]
    listing = listing_of(client, SEARCH, params)
    assert facets(listing)["freeform"]["Angst"].count == 1
    assert titles(client, SEARCH, {**params, "exclude_freeforms": "Angst"}) == ["Zephyr Fluff"]


def test_search_words_work_on_tag_and_user_pages_too(client, author, make_work):
    make_work(author, title="Zephyr", summary="zephyr", fandoms=["Greek Mythology"])
    make_work(author, title="Meadow", summary="meadow", fandoms=["Greek Mythology"])
    assert titles(client, "/tags/Greek Mythology/works", {"q": "zephyr"}) == ["Zephyr"]
    assert titles(client, f"/users/{author.username}/works", {"q": "meadow"}) == ["Meadow"]


# Visibility through every door (issue point 8)

SECRET_TAG = "Secret Keepsake"


def doors(author):
    return {
        "home": "/",
        "search": SEARCH,
        "tag": "/tags/Greek Mythology/works",
        "user": f"/users/{author.username}/works",
        "pseud": f"/users/{author.username}/pseuds/{author.username}/works",
    }


@pytest.fixture
def public_work(author, make_work):
    return make_work(
        author, title="Public Evening", fandoms=["Greek Mythology"], freeforms=["Shared"]
    )


def hidden_kinds():
    return ["draft", "restricted"]


def make_secret(make_work, author, kind):
    fields = {"post": False} if kind == "draft" else {"restricted": True}
    return make_work(
        author,
        title="Secret Morning",
        fandoms=["Greek Mythology"],
        freeforms=[SECRET_TAG, "Shared"],
        summary="lighthouse",
        **fields,
    )


@pytest.mark.parametrize("kind", hidden_kinds())
@pytest.mark.parametrize("door", ["home", "search", "tag", "user", "pseud"])
def test_hidden_works_never_leak_into_results_counts_or_facets(
    client, author, reader, make_work, public_work, login, kind, door
):
    make_secret(make_work, author, kind)
    if kind == "draft":
        login(reader)
    url = doors(author)[door]
    for params in ({}, {"sort": "creator"}, {"sort": "title"}, {"freeforms": "Shared"}):
        response = client.get(url, params)
        html = response.content.decode()
        listing = response.context["listing"]
        assert "Secret Morning" not in html, (door, params)
        assert SECRET_TAG not in html, (door, params)
        assert listing.page.paginator.count == 1
        assert facets(listing)["freeform"]["Shared"].count == 1
    # Even asking for it by its only tag finds nothing, and says nothing more.
    listing = listing_of(client, url, {"freeforms": SECRET_TAG})
    assert listing.page.paginator.count == 0
    assert listing.hidden_count == 0


@pytest.mark.parametrize("kind", hidden_kinds())
def test_hidden_works_are_not_counted_as_hidden_by_personal_filters(
    client, author, reader, make_work, public_work, login, kind
):
    make_secret(make_work, author, kind)
    if kind == "draft":
        login(reader)
    # Muting the secret's tag must not reveal that something carries it.
    client.post("/mutes", {"action": "mute_tag", "tag": Tag.objects.get(name=SECRET_TAG).pk})
    for url in doors(author).values():
        listing = listing_of(client, url)
        assert listing.hidden_count == 0, url
        listing = listing_of(client, url, {"show_hidden": "1"})
        assert listing.page.paginator.count == 1, url


def test_a_creator_sees_their_own_drafts_on_their_works_page_with_facets(
    client, author, make_work, public_work, login
):
    make_secret(make_work, author, "draft")
    login(author)
    listing = listing_of(client, doors(author)["user"])
    assert listing.page.paginator.count == 2
    assert facets(listing)["freeform"][SECRET_TAG].count == 1
    # Public lists stay public, even for the creator.
    assert "Secret Morning" not in titles(client, "/")


def test_a_restricted_work_is_listed_for_logged_in_readers(
    client, author, reader, make_work, public_work, login
):
    make_secret(make_work, author, "restricted")
    login(reader)
    for url in doors(author).values():
        assert "Secret Morning" in titles(client, url), url


@pytest.fixture
def anonymous_setup(make_user, make_work):
    bob = make_user("bob")
    yvonne = make_user("yvonne")
    make_work(bob, title="Bob Work", fandoms=["Greek Mythology"])
    make_work(yvonne, title="Yvonne Work", fandoms=["Greek Mythology"])
    make_work(
        yvonne,
        title="Secret Work",
        fandoms=["Greek Mythology"],
        freeforms=[SECRET_TAG],
        anonymous=True,
        summary="lighthouse",
    )
    return yvonne


@pytest.mark.parametrize("door", ["home", "search", "tag"])
def test_an_anonymous_work_sorts_as_anonymous_not_by_its_creator(client, anonymous_setup, door):
    url = doors(anonymous_setup)[door]
    assert titles(client, url, {"sort": "creator"}) == ["Secret Work", "Bob Work", "Yvonne Work"]
    assert titles(client, url, {"sort": "creator", "order": "desc"}) == [
        "Yvonne Work",
        "Bob Work",
        "Secret Work",
    ]
    html = client.get(url, {"sort": "creator"}).content.decode()
    secret_blurb = html.split("Secret Work", 1)[1].split("</li>", 1)[0]
    assert "yvonne" not in secret_blurb.lower()


@pytest.mark.parametrize("door", ["user", "pseud"])
def test_an_anonymous_work_is_not_on_its_creators_pages_or_their_facets(
    client, anonymous_setup, reader, login, door
):
    url = doors(anonymous_setup)[door]
    for viewer in (None, reader):
        if viewer:
            login(viewer)
        for params in ({}, {"sort": "creator"}):
            response = client.get(url, params)
            html = response.content.decode()
            assert "Secret Work" not in html and SECRET_TAG not in html
            assert response.context["listing"].hidden_count == 0
        asked = listing_of(client, url, {"freeforms": SECRET_TAG})
        assert asked.page.paginator.count == 0 and asked.hidden_count == 0
        assert total(client, url) == 1
        assert "freeform" not in facets(listing_of(client, url))


def test_the_creator_sees_their_anonymous_work_on_their_own_page(client, anonymous_setup, login):
    login(anonymous_setup)
    assert set(titles(client, doors(anonymous_setup)["user"])) == {"Yvonne Work", "Secret Work"}


@pytest.mark.parametrize("kind", hidden_kinds())
def test_hidden_works_are_not_found_by_search_words(
    client, author, reader, make_work, public_work, login, kind
):
    make_secret(make_work, author, kind)
    if kind == "draft":
        login(reader)
    listing = listing_of(client, SEARCH, {"q": "lighthouse"})
    assert listing.page.paginator.count == 0 and not listing.facets
    assert "Secret Morning" not in client.get(SEARCH, {"q": "lighthouse"}).content.decode()


def test_an_anonymous_creator_is_not_found_by_author_or_shown_in_snippets(client, anonymous_setup):
    assert titles(client, SEARCH, {"q": "author:yvonne"}) == ["Yvonne Work"]
    listing = listing_of(client, SEARCH, {"q": "yvonne"})
    assert "Secret Work" not in [w.title for w in listing.page.object_list]
    html = client.get(SEARCH, {"q": "lighthouse"}).content.decode()
    assert "Secret Work" in html and "yvonne" not in html.lower().split("<main", 1)[1]


def test_restricted_works_are_left_out_of_guest_counts_by_sort(client, author, make_work):
    set_fields(make_work(author, title="Open"), kudos_count=1)
    set_fields(make_work(author, title="Members", restricted=True), kudos_count=99)
    listing = listing_of(client, SEARCH, {"sort": "kudos"})
    assert [w.title for w in listing.page.object_list] == ["Open"]
    assert listing.page.paginator.count == 1
