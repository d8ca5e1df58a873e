"""Autocomplete: canonical tags first, then synonyms (with their canonical), then the
rest, each by uses; any word's start matches; the work's fandoms come first."""

from __future__ import annotations

import pytest
from django.db import connection

from fanfold.tags import autocomplete, services
from fanfold.tags.autocomplete import tag_suggestions, tag_words_rebuild, words_of
from fanfold.tags.models import Tag, TagWord


def names(type: str, term: str, fandoms=()) -> list[str]:
    return [s.name for s in tag_suggestions(type=type, term=term, fandoms=fandoms)]


def get(client, **params) -> list[dict]:
    return client.get("/autocomplete/tags", params).json()["results"]


def test_suggests_existing_tags_most_used_first(client, author, make_work):
    make_work(author, characters=["Mrs. Hudson", "Mycroft Holmes"])
    make_work(author, characters=["Mycroft Holmes"])
    results = get(client, type="character", term="my")
    assert results[0] == {
        "name": "Mycroft Holmes",
        "uses": 2,
        "canonical": False,
        "synonym_of": None,
    }
    assert [r["name"] for r in get(client, type="character", term="hud")] == ["Mrs. Hudson"]
    assert get(client, type="nonsense", term="x") == []
    assert get(client, type="character", term="   ") == []


def test_canonical_tags_come_first_then_synonyms_with_their_canonical(client, make_tag):
    holmes = make_tag("Sherlock Holmes", canonical=True, uses=3)
    make_tag("Sherlock", merger=holmes, uses=50)
    make_tag("Sherly", uses=90)  # not wrangled: last, however popular
    make_tag("Sherrinford Holmes", canonical=True, uses=7)
    results = get(client, type="character", term="sher")
    assert [(r["name"], r["synonym_of"]) for r in results] == [
        ("Sherrinford Holmes", None),
        ("Sherlock Holmes", None),
        ("Sherlock", "Sherlock Holmes"),
        ("Sherly", None),
    ]
    assert [r["canonical"] for r in results] == [True, True, False, False]


def test_the_start_of_any_word_matches_but_not_the_middle(make_tag):
    make_tag("Sherlock Holmes/John Watson", "relationship")
    make_tag("Mrs. Hudson & Sherlock Holmes", "relationship")
    make_tag("Hurt/Comfort", "freeform")
    assert names("relationship", "wat") == ["Sherlock Holmes/John Watson"]
    assert sorted(names("relationship", "sherlock h")) == [
        "Mrs. Hudson & Sherlock Holmes",
        "Sherlock Holmes/John Watson",
    ]
    assert names("relationship", "john w") == ["Sherlock Holmes/John Watson"]
    assert names("relationship", "atson") == []
    assert names("freeform", "comf") == ["Hurt/Comfort"]
    assert names("freeform", "hurt/c") == ["Hurt/Comfort"]


def test_case_accents_and_width_do_not_matter(make_tag):
    make_tag("Amélie Poulain")
    assert names("character", "ame") == names("character", "AMÉ") == ["Amélie Poulain"]
    assert names("character", "poul") == ["Amélie Poulain"]
    assert names("character", "ＰＯＵ") == ["Amélie Poulain"]


def test_tags_of_the_works_fandoms_come_first(client, make_tag):
    acd = make_tag("Sherlock Holmes - ACD", "fandom", canonical=True)
    bbc = make_tag("Sherlock (TV)", "fandom", canonical=True)
    make_tag("John Watson", canonical=True, fandoms=[acd], uses=2)
    make_tag("John Watson (Sherlock TV)", canonical=True, fandoms=[bbc], uses=40)
    make_tag("John Smith", canonical=True, uses=10)
    assert names("character", "john") == [
        "John Watson (Sherlock TV)",
        "John Smith",
        "John Watson",
    ]
    assert names("character", "john", ["sherlock holmes - acd"]) == [
        "John Watson",
        "John Watson (Sherlock TV)",
        "John Smith",
    ]
    # The same through the page, with the fandoms typed in the work's fandom field.
    results = get(client, type="character", term="jo", fandoms="Nope, Sherlock Holmes - ACD")
    assert results[0]["name"] == "John Watson"
    # Fandom tags themselves are not restricted to fandoms.
    assert names("fandom", "sher", ["Sherlock (TV)"]) == ["Sherlock Holmes - ACD", "Sherlock (TV)"]


def test_a_synonym_belongs_to_its_canonical_tags_fandoms(make_tag):
    acd = make_tag("Sherlock Holmes - ACD", "fandom", canonical=True)
    watson = make_tag("John Watson", canonical=True, fandoms=[acd], uses=1)
    make_tag("Johnny Watson", merger=watson, uses=1)
    make_tag("Johnny English", canonical=True, uses=99)
    assert names("character", "johnny", ["Sherlock Holmes - ACD"]) == [
        "Johnny Watson",
        "Johnny English",
    ]


def test_fandom_rows_follow_wrangling(wrangler, make_tag):
    acd = make_tag("Sherlock Holmes - ACD", "fandom", canonical=True)
    make_tag("Mary Poppins", canonical=True, uses=50)
    morstan = make_tag("Mary Morstan", canonical=True, uses=1)
    nickname = make_tag("Mary Watson", merger=morstan)
    assert names("character", "mary", ["Sherlock Holmes - ACD"])[0] == "Mary Poppins"
    services.tag_set_fandoms(actor=wrangler, tag=morstan, fandoms=[acd])
    assert names("character", "mary", ["Sherlock Holmes - ACD"]) == [
        "Mary Morstan",
        "Mary Watson",
        "Mary Poppins",
    ]
    services.tag_make_canonical(actor=wrangler, tag=nickname)  # leaves Morstan's fandoms
    assert names("character", "mary", ["Sherlock Holmes - ACD"]) == [
        "Mary Morstan",
        "Mary Poppins",
        "Mary Watson",
    ]


def test_common_terms_in_a_fandom_walk_its_letter_bucket(make_tag, monkeypatch):
    acd = make_tag("Sherlock Holmes - ACD", "fandom", canonical=True)
    for n in range(4):
        make_tag(f"Mycroft {n}", canonical=True, fandoms=[acd], uses=n)
    make_tag("Mycroft Elsewhere", canonical=True, uses=99)
    expected = ["Mycroft 3", "Mycroft 2", "Mycroft 1", "Mycroft 0", "Mycroft Elsewhere"]
    assert names("character", "myc", ["Sherlock Holmes - ACD"]) == expected
    monkeypatch.setattr(autocomplete, "RANGE_CAP", 2)
    assert names("character", "myc", ["Sherlock Holmes - ACD"]) == expected


def test_common_terms_walk_the_first_letters_bucket_in_rank_order(make_tag, monkeypatch):
    for n in range(6):
        make_tag(f"Sherlock {n}", canonical=n % 2 == 0, uses=n)
    make_tag("Shadow", canonical=True, uses=100)
    expected = names("character", "sherl")
    assert expected == [
        "Sherlock 4",
        "Sherlock 2",
        "Sherlock 0",
        "Sherlock 5",
        "Sherlock 3",
        "Sherlock 1",
    ]
    monkeypatch.setattr(autocomplete, "RANGE_CAP", 2)
    assert names("character", "sherl") == expected


def test_long_terms_still_match_exactly(make_tag):
    long_name = "Alternate Universe - Coffee Shops & Cafés - Everyone Is A Barista Now"
    make_tag(long_name, "freeform")
    make_tag("Alternate Universe - Coffee Shops & Cafés - Everyone Is A Baker", "freeform")
    assert names("freeform", long_name.lower()) == [long_name]
    assert names("freeform", "everyone is a barista") == [long_name]


def test_the_index_follows_wrangling_and_uses(wrangler, author, make_work, make_tag):
    work = make_work(author, characters=["Sherlok"])
    sherlok = Tag.objects.get(type="character", name="Sherlok")
    holmes = make_tag("Sherlock Holmes", canonical=True)
    services.tag_merge(actor=wrangler, tag=sherlok, into=holmes)
    assert [s.synonym_of for s in tag_suggestions(type="character", term="sherlok")] == [
        "Sherlock Holmes"
    ]
    rows = set(TagWord.objects.filter(tag=sherlok).values_list("tier", "uses"))
    assert rows == {(1, 1)}
    services.tag_rename(actor=wrangler, tag=sherlok, name="Sherlocke")
    assert names("character", "sherlok") == []
    assert names("character", "sherlocke") == ["Sherlocke"]
    from fanfold.works import services as work_services

    work_services.work_delete(work=work, user=author)
    assert set(TagWord.objects.filter(tag=sherlok).values_list("uses", flat=True)) == {0}


def test_the_database_trigger_copies_uses_and_status(make_tag):
    """Guards the trigger of migration 0005: a migration rebuilding the tag table on
    SQLite would silently drop it."""
    tag = make_tag("Irene Adler")
    Tag.objects.filter(pk=tag.pk).update(uses=12, canonical=True)
    assert set(TagWord.objects.filter(tag=tag).values_list("tier", "uses")) == {(0, 12)}


def test_rebuilding_the_index_gives_the_same_rows(make_tag):
    make_tag("Mrs. Hudson", canonical=True, uses=4)
    make_tag("Hurt/Comfort", "freeform")
    fandom = make_tag("Sherlock Holmes - ACD", "fandom", canonical=True)
    watson = make_tag("John Watson", canonical=True, fandoms=[fandom])
    make_tag("Johnny", merger=watson)
    columns = ("tag_id", "type", "fandom_id", "word", "tier", "uses")
    before = set(TagWord.objects.values_list(*columns))
    assert {f for *_, f in TagWord.objects.values_list("tag__name", "fandom_id")} >= {
        0,
        fandom.pk,
    }
    assert TagWord.objects.filter(tag__name="Johnny", fandom_id=fandom.pk).exists()
    assert tag_words_rebuild() == len(before)
    after = set(TagWord.objects.values_list(*columns))
    assert before == after


def test_words_are_the_first_letter_and_the_rest_from_each_word_start():
    assert words_of("mrs. hudson & sherlock") == {
        "m",
        "mrs. hudson & sherlock",
        "h",
        "hudson & sherlock",
        "&",
        "& sherlock",
        "s",
        "sherlock",
    } - {"&", "& sherlock"}
    assert max(len(w) for w in words_of("x" * 150)) == autocomplete.WORD_LENGTH


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
def test_words_compare_in_code_point_order_on_postgresql(make_tag):
    make_tag("Zoë", uses=1)
    make_tag("zoo keeper", uses=2)
    assert names("character", "zo") == ["zoo keeper", "Zoë"]
