"""archive_dictionary(): the engine's tag dictionary, read from the wrangled tags."""

from __future__ import annotations

import io

import pytest

from fanfold.suggestions.dictionary import archive_dictionary, build_archive_dictionary
from fanfold.tags import services as tag_services
from fanfold.tags.dictionary import dictionary_import
from fanfold.tags.models import Tag, TagType

from .conftest import AUSTEN, SHERLOCK

pytestmark = pytest.mark.django_db


def by_name(dictionary, kind, name):
    return next(t for t in dictionary.by_type[kind] if t.name == name)


def test_canonical_tags_carry_their_synonyms_and_fandoms(archive_tags):
    dictionary = archive_dictionary()
    holmes = by_name(dictionary, "character", "Sherlock Holmes")
    assert holmes.synonyms == ("Sherlock",)
    assert holmes.fandoms == (SHERLOCK,)
    assert by_name(dictionary, "character", "John Watson").synonyms == ("Dr. Watson",)
    assert by_name(dictionary, "fandom", SHERLOCK).synonyms == ("Conan Doyle",)
    assert by_name(dictionary, "character", "Elizabeth Bennet").fandoms == (AUSTEN,)
    assert by_name(dictionary, "freeform", "Violence").synonyms == ()


def test_synonyms_and_unwrangled_tags_are_not_entries_of_their_own(archive_tags):
    tag_services.tags_find_or_create(type=TagType.CHARACTER, names=["Mrs. Hudson"])
    names = {t.name for t in archive_dictionary().characters}
    assert names == {"Sherlock Holmes", "John Watson", "Elizabeth Bennet", "Fitzwilliam Darcy"}


def test_relationship_characters_come_from_wrangling_else_from_the_name(archive_tags):
    relationship = Tag.objects.get(type=TagType.RELATIONSHIP, name="Sherlock Holmes/John Watson")
    # Parsed from the name while nobody has linked its characters.
    parsed = by_name(archive_dictionary(), "relationship", relationship.name)
    assert set(parsed.characters) == {"Sherlock Holmes", "John Watson"}
    assert parsed.romantic
    assert parsed.synonyms == ("Holmes/Watson",)

    # A wrangled platonic pairing whose name uses a nickname: the linked characters win.
    [pair] = tag_services.tags_find_or_create(type=TagType.RELATIONSHIP, names=["Lizzy & Darcy"])
    tag_services.tag_make_canonical(actor=None, tag=pair)
    characters = list(
        Tag.objects.filter(name__in=["Elizabeth Bennet", "Fitzwilliam Darcy"]).order_by("name")
    )
    tag_services.tag_set_characters(actor=None, tag=pair, characters=characters)
    linked = by_name(archive_dictionary(), "relationship", "Lizzy & Darcy")
    assert set(linked.characters) == {"Elizabeth Bennet", "Fitzwilliam Darcy"}
    assert not linked.romantic


def test_the_dictionary_is_kept_until_the_tags_change(archive_tags, django_assert_num_queries):
    first = archive_dictionary()
    # Asking again costs the version check only, and returns the very same object.
    with django_assert_num_queries(2):
        again = archive_dictionary()
    assert again is first

    holmes = Tag.objects.get(type=TagType.CHARACTER, name="Sherlock Holmes")
    [nickname] = tag_services.tags_find_or_create(type=TagType.CHARACTER, names=["The Detective"])
    tag_services.tag_merge(actor=None, tag=nickname, into=holmes)

    changed = archive_dictionary()
    assert changed is not first
    assert "The Detective" in by_name(changed, "character", "Sherlock Holmes").synonyms
    assert "The Detective" not in by_name(first, "character", "Sherlock Holmes").synonyms


def test_a_rename_reaches_the_dictionary(archive_tags):
    archive_dictionary()
    darcy = Tag.objects.get(type=TagType.CHARACTER, name="Fitzwilliam Darcy")
    tag_services.tag_rename(actor=None, tag=darcy, name="Fitzwilliam Darcy (Pride and Prejudice)")
    names = {t.name for t in archive_dictionary().characters}
    assert "Fitzwilliam Darcy (Pride and Prejudice)" in names
    assert "Fitzwilliam Darcy" not in names


def test_building_takes_the_same_few_queries_for_many_tags(db, django_assert_max_num_queries):
    rows = ["type,name,canonical,fandoms,parents", f"fandom,{SHERLOCK},,,"]
    for n in range(300):
        rows.append(f"character,Inspector Number {n},,{SHERLOCK},")
        rows.append(f"character,Inspector No. {n},Inspector Number {n},,")
    dictionary_import(io.StringIO("\n".join(rows) + "\n"))
    with django_assert_max_num_queries(4):
        dictionary = build_archive_dictionary()
    assert len(dictionary.characters) == 300
    assert by_name(dictionary, "character", "Inspector Number 7").synonyms == ("Inspector No. 7",)
