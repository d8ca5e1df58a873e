"""The reader's filters and sorts on every list of works, and what bad input does."""

from __future__ import annotations

import datetime
import re

import pytest

from fanfold.tags.models import Tag, TagParent
from fanfold.works.filtering import refresh_work_filters
from fanfold.works.models import Work

from .filter_helpers import listing_of, set_fields, titles, total

SEARCH = "/works/search"


def tag(name: str, type: str = "freeform") -> Tag:
    return Tag.objects.get(name=name, type=type)


# Tags


def test_including_a_tag_lists_only_works_under_it(client, author, make_work):
    make_work(author, title="Angsty", freeforms=["Angst"])
    make_work(author, title="Fluffy", freeforms=["Fluff"])
    assert titles(client, SEARCH, {"freeforms": "Angst"}) == ["Angsty"]


def test_an_included_tag_brings_its_synonyms_and_sub_tags(client, author, make_work):
    make_work(author, title="Typed Synonym", freeforms=["hurt comfort"])
    make_work(author, title="Typed Sub Tag", freeforms=["Whump"])
    make_work(author, title="Unrelated", freeforms=["Fluff"])
    canonical = Tag.objects.create(name="Hurt/Comfort", type="freeform", canonical=True)
    Tag.objects.filter(name="hurt comfort").update(merger=canonical)
    TagParent.objects.create(parent=canonical, child=tag("Whump"))
    refresh_work_filters(Work.objects.values_list("pk", flat=True))
    found = set(titles(client, SEARCH, {"freeforms": "Hurt/Comfort"}))
    assert found == {"Typed Synonym", "Typed Sub Tag"}
    # Typing the synonym means the canonical tag too.
    assert set(titles(client, SEARCH, {"freeforms": "hurt comfort"})) == found
    # And excluding it leaves out all of them.
    assert titles(client, SEARCH, {"exclude_freeforms": "Hurt/Comfort"}) == ["Unrelated"]


def test_tag_names_match_whatever_their_case_and_accents(client, author, make_work):
    make_work(author, title="Café", characters=["Amélie Poulain"])
    assert titles(client, SEARCH, {"characters": "  amelie   poulain "}) == ["Café"]


def test_every_included_tag_must_be_there(client, author, make_work):
    make_work(author, title="Both", freeforms=["Angst", "Fluff"])
    make_work(author, title="Only Angst", freeforms=["Angst"])
    assert titles(client, SEARCH, {"freeforms": "Angst, Fluff"}) == ["Both"]


def test_any_excluded_tag_leaves_a_work_out(client, author, make_work):
    make_work(author, title="Angsty", freeforms=["Angst"])
    make_work(author, title="Fluffy", freeforms=["Fluff"])
    make_work(author, title="Plain", freeforms=["Canon Compliant"])
    assert titles(client, SEARCH, {"exclude_freeforms": "Angst,Fluff"}) == ["Plain"]


def test_tags_of_every_type_filter(client, author, make_work):
    make_work(
        author,
        title="Watson Story",
        fandoms=["Sherlock Holmes - ACD"],
        relationships=["Sherlock Holmes/John Watson"],
        characters=["John Watson"],
    )
    make_work(author, title="Dracula Story", fandoms=["Dracula - Bram Stoker"])
    for field, value in [
        ("fandoms", "Sherlock Holmes - ACD"),
        ("relationships", "Sherlock Holmes/John Watson"),
        ("characters", "John Watson"),
    ]:
        assert titles(client, SEARCH, {field: value}) == ["Watson Story"], field
        assert titles(client, SEARCH, {f"exclude_{field}": value}) == ["Dracula Story"], field


def test_ratings_ticked_together_mean_either(client, author, make_work):
    make_work(author, title="Gen", rating="General Audiences")
    make_work(author, title="Teen", rating="Teen And Up Audiences")
    make_work(author, title="Explicit", rating="Explicit")
    found = titles(client, SEARCH, {"ratings": ["General Audiences", "Teen And Up Audiences"]})
    assert set(found) == {"Gen", "Teen"}
    assert set(titles(client, SEARCH, {"exclude_ratings": "Explicit"})) == {"Gen", "Teen"}


def test_warnings_included_are_all_required_and_excluded_are_any(client, author, make_work):
    make_work(
        author, title="Both", warnings=["Major Character Death", "Graphic Depictions Of Violence"]
    )
    make_work(author, title="Death", warnings=["Major Character Death"])
    make_work(author, title="None", warnings=["No Archive Warnings Apply"])
    both = ["Major Character Death", "Graphic Depictions Of Violence"]
    assert titles(client, SEARCH, {"warnings": both}) == ["Both"]
    assert titles(client, SEARCH, {"exclude_warnings": both}) == ["None"]


def test_categories_include_and_exclude(client, author, make_work):
    make_work(author, title="Gen Work", categories=["Gen"])
    make_work(author, title="FF Work", categories=["F/F"])
    assert titles(client, SEARCH, {"categories": "F/F"}) == ["FF Work"]
    assert titles(client, SEARCH, {"exclude_categories": "F/F"}) == ["Gen Work"]


# Everything else


def test_crossovers_can_be_included_excluded_or_the_only_ones(client, author, make_work):
    make_work(author, title="Crossover", fandoms=["Dracula - Bram Stoker", "Greek Mythology"])
    make_work(author, title="Single", fandoms=["Dracula - Bram Stoker"])
    assert set(titles(client, SEARCH, {"crossover": ""})) == {"Crossover", "Single"}
    assert titles(client, SEARCH, {"crossover": "exclude"}) == ["Single"]
    assert titles(client, SEARCH, {"crossover": "only"}) == ["Crossover"]


def test_complete_or_in_progress(client, author, make_work):
    make_work(author, title="Done", expected_chapters=1)
    make_work(author, title="Going", chapters=2, expected_chapters=5)
    assert titles(client, SEARCH, {"complete": "complete"}) == ["Done"]
    assert titles(client, SEARCH, {"complete": "in_progress"}) == ["Going"]


def test_word_count_range(client, author, make_work):
    for title, words in [("Short", 100), ("Middle", 5000), ("Long", 90000)]:
        set_fields(make_work(author, title=title), word_count=words)
    assert titles(client, SEARCH, {"words_from": 1000, "words_to": 10000}) == ["Middle"]
    assert set(titles(client, SEARCH, {"words_from": 5000})) == {"Middle", "Long"}
    assert set(titles(client, SEARCH, {"words_to": 5000})) == {"Short", "Middle"}


def test_posted_and_updated_date_ranges(client, author, make_work):
    old = make_work(author, title="Old", published_on=datetime.date(2020, 1, 1))
    new = make_work(author, title="New", published_on=datetime.date(2025, 6, 1))
    set_fields(old, revised_on=datetime.date(2025, 7, 1))
    set_fields(new, revised_on=datetime.date(2025, 6, 1))
    assert titles(client, SEARCH, {"posted_from": "2024-01-01"}) == ["New"]
    assert titles(client, SEARCH, {"posted_to": "2021-12-31"}) == ["Old"]
    assert titles(client, SEARCH, {"updated_from": "2025-06-15"}) == ["Old"]
    both = {"updated_from": "2025-05-01", "updated_to": "2025-06-30"}
    assert titles(client, SEARCH, both) == ["New"]


def test_language(client, author, make_work):
    make_work(author, title="English")
    make_work(author, title="Deutsch", language="de")
    assert titles(client, SEARCH, {"language": "de"}) == ["Deutsch"]


def test_filters_combine(client, author, make_work):
    make_work(author, title="Match", freeforms=["Angst"], rating="Teen And Up Audiences")
    make_work(author, title="Wrong Rating", freeforms=["Angst"], rating="Explicit")
    make_work(author, title="Wrong Tag", freeforms=["Fluff"], rating="Teen And Up Audiences")
    params = {"freeforms": "Angst", "ratings": "Teen And Up Audiences", "crossover": "exclude"}
    assert titles(client, SEARCH, params) == ["Match"]


@pytest.mark.parametrize("door", ["/", "/works", SEARCH, "tag", "user", "pseud"])
def test_filters_apply_on_every_listing(client, author, make_work, door):
    make_work(author, title="Angsty", freeforms=["Angst"], fandoms=["Greek Mythology"])
    make_work(author, title="Fluffy", freeforms=["Fluff"], fandoms=["Greek Mythology"])
    url = {
        "tag": "/tags/Greek Mythology/works",
        "user": f"/users/{author.username}/works",
        "pseud": f"/users/{author.username}/pseuds/{author.username}/works",
    }.get(door, door)
    assert titles(client, url, {"exclude_freeforms": "Angst"}) == ["Fluffy"]
    assert titles(client, url, {"sort": "title"}) == ["Angsty", "Fluffy"]


def test_the_form_shows_the_filters_in_use(client, author, make_work):
    make_work(author, title="Angsty", freeforms=["Angst"])
    html = client.get(SEARCH, {"freeforms": "Angst", "crossover": "only"}).content.decode()
    assert 'value="Angst"' in html
    assert re.search(r'<input type="radio" name="crossover" value="only"[^>]* checked>', html)
    assert 'data-autocomplete="freeform"' in html


# Sorting


def make_sortable(make_work, author):
    """Three works whose every sortable number and date differ, plus a tie."""
    specs = [
        ("Bravo", 200, 5, datetime.date(2024, 2, 1), datetime.date(2025, 2, 1)),
        ("alpha", 300, 9, datetime.date(2024, 1, 1), datetime.date(2025, 3, 1)),
        ("Charlie", 100, 1, datetime.date(2024, 3, 1), datetime.date(2025, 1, 1)),
    ]
    works = {}
    for title, words, n, posted, revised in specs:
        work = make_work(author, title=title, published_on=posted)
        set_fields(
            work,
            word_count=words,
            kudos_count=n,
            hits_count=n * 10,
            comments_count=n + 1,
            bookmarks_count=n + 2,
            revised_on=revised,
        )
        works[title] = work
    return works


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("updated", ["alpha", "Bravo", "Charlie"]),
        ("posted", ["Charlie", "Bravo", "alpha"]),
        ("words", ["alpha", "Bravo", "Charlie"]),
        ("kudos", ["alpha", "Bravo", "Charlie"]),
        ("hits", ["alpha", "Bravo", "Charlie"]),
        ("comments", ["alpha", "Bravo", "Charlie"]),
        ("bookmarks", ["alpha", "Bravo", "Charlie"]),
    ],
)
def test_each_sort_puts_the_highest_or_newest_first(client, author, make_work, sort, expected):
    make_sortable(make_work, author)
    assert titles(client, SEARCH, {"sort": sort}) == expected
    assert titles(client, SEARCH, {"sort": sort, "order": "asc"}) == expected[::-1]


def test_title_sort_is_alphabetical(client, author, make_work):
    for title in ("Charlie", "Bravo", "Delta"):
        make_work(author, title=title)
    assert titles(client, SEARCH, {"sort": "title"}) == ["Bravo", "Charlie", "Delta"]
    assert titles(client, SEARCH, {"sort": "title", "order": "desc"}) == [
        "Delta",
        "Charlie",
        "Bravo",
    ]


def test_creator_sort_uses_the_creator_name(client, make_user, make_work):
    make_work(make_user("zelda"), title="By Zelda")
    make_work(make_user("adam"), title="By Adam")
    make_work(make_user("mina"), title="By Mina")
    assert titles(client, SEARCH, {"sort": "creator"}) == ["By Adam", "By Mina", "By Zelda"]


def test_ties_are_broken_by_id_so_pages_never_shuffle(client, author, make_work, settings):
    settings.WORKS_PER_PAGE = 2
    made = [make_work(author, title=f"Same {n}") for n in range(5)]
    for work in made:
        set_fields(work, kudos_count=7)
    seen = []
    for page in (1, 2, 3):
        seen += titles(client, SEARCH, {"sort": "kudos", "page": page})
    assert seen == [w.title for w in sorted(made, key=lambda w: -w.pk)]
    asc = []
    for page in (1, 2, 3):
        asc += titles(client, SEARCH, {"sort": "kudos", "order": "asc", "page": page})
    assert asc == [w.title for w in sorted(made, key=lambda w: w.pk)]


def test_best_match_without_words_falls_back_to_newest(client, author, make_work):
    make_sortable(make_work, author)
    listing = listing_of(client, SEARCH, {"sort": "best_match"})
    assert listing.sort == "updated"
    assert [w.title for w in listing.page.object_list] == ["alpha", "Bravo", "Charlie"]


def test_home_page_is_newest_first_by_default(client, author, make_work):
    make_sortable(make_work, author)
    assert titles(client, "/") == ["alpha", "Bravo", "Charlie"]


# Bad input


def test_an_unknown_tag_is_reported_beside_its_field_and_the_rest_still_apply(
    client, author, make_work
):
    make_work(author, title="Angsty", freeforms=["Angst"], rating="Explicit")
    make_work(author, title="Gentle", freeforms=["Angst"])
    response = client.get(SEARCH, {"freeforms": "Angst, Angts", "exclude_ratings": "Explicit"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "No tag called “Angts” here" in html
    # What the reader typed stays in the box for them to fix.
    assert 'value="Angst, Angts"' in html
    assert [w.title for w in response.context["listing"].page.object_list] == ["Gentle"]
    errors = response.context["listing"].form.errors
    assert list(errors) == ["freeforms"]


@pytest.mark.parametrize(
    ("params", "field", "message"),
    [
        ({"words_from": "lots"}, "words_from", "Enter a whole number."),
        ({"words_from": "-5"}, "words_from", "greater than or equal to 0"),
        ({"words_to": "9" * 30}, "words_to", "less than or equal to"),
        ({"posted_from": "2026-13-45"}, "posted_from", "Enter a valid date."),
        ({"updated_to": "yesterday"}, "updated_to", "Enter a valid date."),
        ({"words_from": "5", "words_to": "1"}, "words_to", "must not be before"),
        (
            {"posted_from": "2025-02-01", "posted_to": "2025-01-01"},
            "posted_to",
            "must not be before",
        ),
        ({"sort": "popularity"}, "sort", "Select a valid choice"),
        ({"order": "sideways"}, "order", "Select a valid choice"),
        ({"crossover": "maybe"}, "crossover", "Select a valid choice"),
        ({"complete": "nearly"}, "complete", "Select a valid choice"),
        ({"language": "xx-klingon"}, "language", "Select a valid choice"),
        ({"ratings": "Very Explicit"}, "ratings", "Select a valid choice"),
        ({"fandoms": "Bad\x00Name"}, "fandoms", "Null characters are not allowed."),
        ({"freeforms": "x" * 6000}, "freeforms", "at most 5000 characters"),
        ({"q": "a" * 2000}, "q", "at most"),
    ],
)
def test_bad_parameters_get_a_message_beside_the_field(
    client, author, make_work, params, field, message
):
    make_work(author, title="Still Listed")
    response = client.get(SEARCH, params)
    assert response.status_code == 200
    listing = response.context["listing"]
    assert field in listing.form.errors
    assert message in " ".join(listing.form.errors[field])
    assert "Some filters couldn" in response.content.decode()
    assert [w.title for w in listing.page.object_list] == ["Still Listed"]


def test_nonsense_page_numbers_do_not_break_a_listing(client, author, make_work):
    make_work(author, title="Only")
    for page in ("abc", "-1", "0", "999999", "1e9"):
        assert titles(client, SEARCH, {"page": page}) == ["Only"], page


def test_an_unfiltered_empty_list_and_a_filtered_empty_list_say_different_things(client, db):
    assert "No works here yet." in client.get("/").content.decode()
    html = client.get("/", {"crossover": "only"}).content.decode()
    assert "No works match these filters." in html


def test_total_counts_what_the_filters_leave(client, author, make_work):
    for n in range(3):
        make_work(author, title=f"Angst {n}", freeforms=["Angst"])
    make_work(author, title="Other")
    assert total(client, SEARCH, {"freeforms": "Angst"}) == 3


def test_a_submitted_sidebar_with_empty_fields_is_no_filter(client, author, make_work):
    make_work(author, title="Angsty", freeforms=["Angst"])
    empty = dict.fromkeys(["q", "sort", "order", "fandoms", "exclude_freeforms", "words_from"], "")
    listing = listing_of(client, SEARCH, {**empty, "crossover": ""})
    assert not listing.has_filters and not listing.form.errors
    angst = next(f for g in listing.facets for f in g.facets if f.name == "Angst")
    assert angst.include_url == "?freeforms=Angst"
    assert listing.search_query == ""


def test_a_search_with_no_words_in_it_says_so(client, author, make_work):
    make_work(author, title="Still Here")
    listing = listing_of(client, SEARCH, {"q": "*** --"})
    assert "no words to search for" in " ".join(listing.form.errors["q"])
    assert [w.title for w in listing.page.object_list] == ["Still Here"]


def test_a_tag_page_keeps_its_type_through_the_sidebar(client, author, make_work):
    make_work(author, title="The Count", fandoms=["Dracula"])
    make_work(author, title="Visitor", fandoms=["Greek Mythology"], characters=["Dracula"])
    response = client.get("/tags/Dracula/works", {"type": "character", "sort": "title"})
    html = response.content.decode()
    assert [w.title for w in response.context["listing"].page.object_list] == ["Visitor"]
    assert '<input type="hidden" name="type" value="character">' in html
    listing = response.context["listing"]
    assert listing.clear_url == "?type=character"
    assert all(
        "type=character" in f.include_url for g in listing.facets for f in g.facets if f.include_url
    )


def test_best_match_is_offered_only_with_search_words(client, db):
    html = client.get(SEARCH).content.decode()
    assert 'value="best_match"' not in html
    html = client.get(SEARCH, {"q": "lamps"}).content.decode()
    assert re.search(r'<option value="best_match"[^>]*>', html)


def test_the_error_summary_links_to_each_field_with_a_problem(client, db):
    html = client.get(SEARCH, {"exclude_fandoms": "Nowhere", "words_from": "x"}).content.decode()
    assert '<a href="#field-exclude_fandoms">Exclude: Fandoms</a>' in html
    assert '<a href="#field-words_from">Words from</a>' in html
    assert 'id="field-exclude_fandoms"' in html
