from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from fanfold.tags.models import Tag
from fanfold.tags.naming import clean_tag_name, tag_key
from fanfold.tags.services import tags_find_or_create


def test_tag_key_folds_case_accents_width_and_spaces():
    assert tag_key("Amélie") == tag_key("amelie ") == tag_key("AMELIE") == tag_key("Ａｍｅｌｉｅ")
    assert tag_key("Hurt/Comfort") == tag_key("hurt/comfort")
    assert tag_key("Hurt  /   Comfort") != tag_key("Hurt/Comfort")
    assert tag_key("Mrs.  Hudson") == tag_key("mrs. hudson")


@pytest.mark.parametrize(
    "bad", ["", "   ", "\u200b\u200c", "a" * 151, "50% off", "a*b", "<b>", "x=y"]
)
def test_clean_tag_name_refuses_bad_names(bad):
    with pytest.raises(ValidationError):
        clean_tag_name(bad)


def test_clean_tag_name_keeps_what_was_typed():
    assert clean_tag_name("  Hurt/Comfort ") == "Hurt/Comfort"
    assert clean_tag_name("a" * 150) == "a" * 150


def test_fixed_tags_exist_after_migrating(db):
    assert Tag.objects.filter(type="rating").count() == 5
    assert Tag.objects.filter(type="warning").count() == 6
    assert Tag.objects.filter(type="category").count() == 6


def test_find_or_create_reuses_by_key_and_keeps_the_first_spelling(db):
    first = tags_find_or_create(type="character", names=["Amélie", "amelie", "Rose"])
    assert [t.name for t in first] == ["Amélie", "Rose"]
    again = tags_find_or_create(type="character", names=["AMELIE "])
    assert again == [first[0]]
    # The same name may exist as a different type of tag.
    fandom = tags_find_or_create(type="fandom", names=["Amélie"])
    assert fandom[0].pk != first[0].pk
