"""The wrangling services: the tag model's rules, the log, and works following."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from fanfold.tags import services
from fanfold.tags.models import Tag, TagParent, Wrangler, WranglingLog
from fanfold.tags.services import BulkAction
from fanfold.works.models import FilterTagging
from fanfold.works.selectors import works_tagged_for


def log_actions(tag: Tag) -> list[str]:
    return list(
        WranglingLog.objects.filter(tag=tag).order_by("id").values_list("action", flat=True)
    )


def filter_names(work) -> set[str]:
    return set(FilterTagging.objects.filter(work=work).values_list("tag__name", flat=True))


# Canonical -------------------------------------------------------------------------


def test_make_canonical_sets_it_and_logs_who(wrangler, make_tag):
    tag = make_tag("Mrs. Hudson")
    services.tag_make_canonical(actor=wrangler, tag=tag)
    tag.refresh_from_db()
    assert tag.canonical and tag.merger is None
    entry = WranglingLog.objects.get(tag=tag)
    assert (entry.actor, entry.action, entry.tag_name) == (wrangler, "canonical", "Mrs. Hudson")


def test_making_a_canonical_tag_canonical_again_is_refused(wrangler, make_tag):
    tag = make_tag("Mrs. Hudson", canonical=True)
    with pytest.raises(ValidationError, match="already canonical"):
        services.tag_make_canonical(actor=wrangler, tag=tag)
    assert not WranglingLog.objects.exists()


def test_making_a_synonym_canonical_detaches_it(wrangler, make_tag):
    holmes = make_tag("Sherlock Holmes", canonical=True)
    sherlock = make_tag("Sherlock", merger=holmes)
    services.tag_make_canonical(actor=wrangler, tag=sherlock)
    sherlock.refresh_from_db()
    assert sherlock.canonical and sherlock.merger is None
    assert WranglingLog.objects.get(tag=sherlock).detail["was_synonym_of"] == "Sherlock Holmes"


def test_fixed_tags_cannot_be_wrangled(admin):
    rating = Tag.objects.get(type="rating", name="Mature")
    with pytest.raises(ValidationError, match="fixed"):
        services.tag_make_uncanonical(actor=admin, tag=rating)
    with pytest.raises(ValidationError, match="fixed"):
        services.tag_rename(actor=admin, tag=rating, name="Grown-up")


def test_uncanonical_drops_its_parents_and_logs_them(wrangler, make_tag):
    meta = make_tag("Detectives", canonical=True)
    tag = make_tag("Sherlock Holmes", canonical=True, parents=[meta])
    services.tag_make_uncanonical(actor=wrangler, tag=tag)
    tag.refresh_from_db()
    assert not tag.canonical
    assert not TagParent.objects.exists()
    assert WranglingLog.objects.get(tag=tag).detail["removed_parents"] == ["Detectives"]


@pytest.mark.parametrize("dependant", ["synonym", "child", "member", "relationship"])
def test_uncanonical_is_refused_while_something_depends_on_it(wrangler, make_tag, dependant):
    if dependant == "member":
        tag = make_tag("Sherlock Holmes - ACD", "fandom", canonical=True)
        make_tag("Mrs. Hudson", canonical=True, fandoms=[tag])
    else:
        tag = make_tag("Sherlock Holmes", canonical=True)
    if dependant == "synonym":
        make_tag("Sherlock", merger=tag)
    elif dependant == "child":
        make_tag("Young Sherlock", canonical=True, parents=[tag])
    elif dependant == "relationship":
        make_tag("Sherlock Holmes/John Watson", "relationship", canonical=True).characters.add(tag)
    with pytest.raises(ValidationError, match="Move them first"):
        services.tag_make_uncanonical(actor=wrangler, tag=tag)
    tag.refresh_from_db()
    assert tag.canonical


# Merging ---------------------------------------------------------------------------


def test_merged_works_follow_the_canonical_tag_and_keep_the_typed_name(
    client, wrangler, author, make_work, make_tag
):
    work = make_work(author, title="Fog", characters=["Sherlock"])
    holmes = make_tag("Sherlock Holmes", canonical=True)
    sherlock = Tag.objects.get(type="character", name="Sherlock")
    assert work not in works_tagged_for(holmes, author)

    services.tag_merge(actor=wrangler, tag=sherlock, into=holmes)

    assert list(works_tagged_for(holmes, author)) == [work]
    assert "Sherlock Holmes" in filter_names(work) and "Sherlock" not in filter_names(work)
    assert "Fog" in client.get(holmes.get_absolute_url()).content.decode()
    work_page = client.get(f"/works/{work.pk}").content.decode()
    assert ">Sherlock<" in work_page
    entry = WranglingLog.objects.get(tag=sherlock)
    assert (entry.action, entry.detail["into"]) == ("merge", "Sherlock Holmes")


def test_a_merged_canonical_tag_takes_everything_along(wrangler, make_tag):
    fandom = make_tag("Sherlock Holmes - ACD", "fandom", canonical=True)
    meta = make_tag("Detectives", canonical=True)
    old = make_tag("Holmes", canonical=True, parents=[meta], fandoms=[fandom])
    synonym = make_tag("Sherly", merger=old)
    child = make_tag("Young Holmes", canonical=True, parents=[old])
    relationship = make_tag("Holmes/Watson", "relationship", canonical=True)
    relationship.characters.add(old)
    new = make_tag("Sherlock Holmes", canonical=True)

    services.tag_merge(actor=wrangler, tag=old, into=new)

    old.refresh_from_db()
    synonym.refresh_from_db()
    assert (old.canonical, old.merger) == (False, new)
    assert synonym.merger == new
    assert set(new.parents.all()) == {meta} and set(new.fandoms.all()) == {fandom}
    assert set(child.parents.all()) == {new}
    assert set(relationship.characters.all()) == {new}
    assert not old.parents.exists() and not old.fandoms.exists()
    detail = WranglingLog.objects.get(tag=old).detail
    assert detail["moved_synonyms"] == ["Sherly"] and detail["moved_children"] == ["Young Holmes"]
    assert WranglingLog.objects.get(tag=synonym).detail["followed"] == "Holmes"


def test_merging_a_fandom_moves_its_members_and_wrangler_roles(admin, make_user, make_tag):
    old = make_tag("Sherlock Holmes (Books)", "fandom", canonical=True)
    new = make_tag("Sherlock Holmes - ACD", "fandom", canonical=True)
    member = make_tag("Mrs. Hudson", canonical=True, fandoms=[old])
    role = Wrangler.objects.create(user=make_user("bee"), fandom=old)
    services.tag_merge(actor=admin, tag=old, into=new)
    assert set(member.fandoms.all()) == {new}
    role.refresh_from_db()
    assert role.fandom == new


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("itself", "synonym of itself"),
        ("not canonical", "isn't canonical"),
        ("other type", "same type"),
        ("already", "already a synonym"),
    ],
)
def test_merge_refusals(wrangler, make_tag, case, message):
    tag = make_tag("Sherlock")
    into = {
        "itself": lambda: tag,
        "not canonical": lambda: make_tag("Sherlock Holmes"),
        "other type": lambda: make_tag("Sherlock Holmes", "fandom", canonical=True),
        "already": lambda: make_tag("Sherlock Holmes", canonical=True),
    }[case]()
    if case == "already":
        Tag.objects.filter(pk=tag.pk).update(merger=into)
    with pytest.raises(ValidationError, match=message):
        services.tag_merge(actor=wrangler, tag=tag, into=into)


def test_merge_that_would_make_a_loop_is_refused_and_changes_nothing(wrangler, make_tag):
    a = make_tag("A", "freeform", canonical=True)
    x = make_tag("X", "freeform", canonical=True, parents=[a])
    b = make_tag("B", "freeform", canonical=True, parents=[x])
    # A's child X would go under B, but X is already B's parent.
    with pytest.raises(ValidationError, match="its own parent"):
        services.tag_merge(actor=wrangler, tag=a, into=b)
    a.refresh_from_db()
    assert a.canonical and a.merger is None
    assert set(x.parents.all()) == {a}
    assert not WranglingLog.objects.exists()


# Parents, fandoms, characters ------------------------------------------------------


def test_parents_are_set_and_works_are_found_under_them(wrangler, author, make_work, make_tag):
    work = make_work(author, freeforms=["Whump"])
    whump = Tag.objects.get(type="freeform", name="Whump")
    services.tag_make_canonical(actor=wrangler, tag=whump)
    hc = make_tag("Hurt/Comfort", "freeform", canonical=True)
    services.tag_set_parents(actor=wrangler, tag=whump, parents=[hc])
    assert "Hurt/Comfort" in filter_names(work)
    assert WranglingLog.objects.filter(tag=whump, action="parents").get().detail == {
        "added": ["Hurt/Comfort"],
        "removed": [],
    }
    services.tag_set_parents(actor=wrangler, tag=whump, parents=[])
    assert "Hurt/Comfort" not in filter_names(work)


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("child not canonical", "Only canonical tags have parents"),
        ("parent not canonical", "must be canonical"),
        ("other type", "must be canonical Character tags"),
        ("itself", "its own parent"),
        ("loop", "already under"),
    ],
)
def test_parent_refusals(wrangler, make_tag, case, message):
    tag = make_tag("Young Sherlock", canonical=case != "child not canonical")
    parent = {
        "child not canonical": lambda: make_tag("Sherlock Holmes", canonical=True),
        "parent not canonical": lambda: make_tag("Sherlock Holmes"),
        "other type": lambda: make_tag("Sherlock Holmes", "freeform", canonical=True),
        "itself": lambda: tag,
        "loop": lambda: make_tag("Sherlock Holmes", canonical=True, parents=[tag]),
    }[case]()
    with pytest.raises(ValidationError, match=message):
        services.tag_set_parents(actor=wrangler, tag=tag, parents=[parent])


def test_fandoms_are_set_for_characters_but_not_for_fandoms_or_synonyms(wrangler, make_tag, fandom):
    hudson = make_tag("Mrs. Hudson", canonical=True)
    services.tag_set_fandoms(actor=wrangler, tag=hudson, fandoms=[fandom])
    assert set(hudson.fandoms.all()) == {fandom}
    with pytest.raises(ValidationError, match="Only characters"):
        services.tag_set_fandoms(actor=wrangler, tag=fandom, fandoms=[fandom])
    nickname = make_tag("Hudders", merger=hudson)
    with pytest.raises(ValidationError, match="is a synonym"):
        services.tag_set_fandoms(actor=wrangler, tag=nickname, fandoms=[fandom])
    not_canonical = make_tag("Sherlock (TV)", "fandom")
    with pytest.raises(ValidationError, match="must be canonical"):
        services.tag_set_fandoms(actor=wrangler, tag=hudson, fandoms=[not_canonical])


def test_a_relationship_knows_its_canonical_characters(wrangler, make_tag):
    pair = make_tag("Sherlock Holmes/John Watson", "relationship", canonical=True)
    holmes = make_tag("Sherlock Holmes", canonical=True)
    watson = make_tag("John Watson", canonical=True)
    services.tag_set_characters(actor=wrangler, tag=pair, characters=[holmes, watson])
    assert set(pair.characters.all()) == {holmes, watson}
    assert set(holmes.relationships.all()) == {pair}
    with pytest.raises(ValidationError, match="Only relationships"):
        services.tag_set_characters(actor=wrangler, tag=holmes, characters=[watson])
    with pytest.raises(ValidationError, match="must be canonical"):
        services.tag_set_characters(actor=wrangler, tag=pair, characters=[make_tag("Johnny")])


# Renaming --------------------------------------------------------------------------


def test_rename_changes_the_name_everywhere_and_works_keep_the_tag(
    client, wrangler, author, make_work
):
    work = make_work(author, characters=["Mrs Hudson"])
    tag = Tag.objects.get(type="character", name="Mrs Hudson")
    services.tag_rename(actor=wrangler, tag=tag, name="Mrs. Hudson")
    tag.refresh_from_db()
    assert tag.name == "Mrs. Hudson" and tag.key == "mrs. hudson"
    assert list(work.tags.filter(type="character")) == [tag]
    assert "Mrs. Hudson" in client.get(f"/works/{work.pk}").content.decode()
    assert WranglingLog.objects.get(tag=tag).detail == {"previous": "Mrs Hudson"}


def test_rename_keeps_keys_unique_per_type(wrangler, make_tag):
    tag = make_tag("Sherlock")
    make_tag("Sherlock Holmes")
    make_tag("Watson", "fandom")
    with pytest.raises(ValidationError, match="already a Character tag"):
        services.tag_rename(actor=wrangler, tag=tag, name="sherlock  HOLMES")
    with pytest.raises(ValidationError, match="can't contain"):
        services.tag_rename(actor=wrangler, tag=tag, name="Sher<lock>")
    services.tag_rename(actor=wrangler, tag=tag, name="Watson")  # another type's name
    services.tag_rename(actor=wrangler, tag=tag, name="WATSON")  # its own key, new spelling
    tag.refresh_from_db()
    assert tag.name == "WATSON"


# Bulk and transactions ------------------------------------------------------------


def test_bulk_applies_one_action_to_every_tag(wrangler, make_tag):
    tags = [make_tag(n) for n in ("Holmes", "Sherlock", "Mr. Holmes")]
    into = make_tag("Sherlock Holmes", canonical=True)
    services.tags_wrangle_bulk(actor=wrangler, tags=tags, action=BulkAction.MERGE, into=into)
    assert set(into.synonyms.all()) == set(tags)
    assert WranglingLog.objects.filter(action="merge").count() == 3


def test_bulk_is_all_or_nothing(wrangler, make_tag):
    first = make_tag("Holmes")
    already = make_tag("Sherlock Holmes", canonical=True)
    with pytest.raises(ValidationError, match="already canonical"):
        services.tags_wrangle_bulk(
            actor=wrangler, tags=[first, already], action=BulkAction.CANONICAL
        )
    first.refresh_from_db()
    assert not first.canonical
    assert not WranglingLog.objects.exists()


def test_bulk_adds_fandoms_and_parents_without_dropping_existing_ones(wrangler, make_tag, fandom):
    other = make_tag("Dracula - Bram Stoker", "fandom", canonical=True)
    hudson = make_tag("Mrs. Hudson", canonical=True, fandoms=[other])
    renfield = make_tag("Renfield", canonical=True)
    services.tags_wrangle_bulk(
        actor=wrangler, tags=[hudson, renfield], action=BulkAction.ADD_FANDOMS, fandoms=[fandom]
    )
    assert set(hudson.fandoms.all()) == {fandom, other}
    assert set(renfield.fandoms.all()) == {fandom}
    meta = make_tag("Victorians", canonical=True)
    services.tags_wrangle_bulk(
        actor=wrangler, tags=[hudson, renfield], action=BulkAction.ADD_PARENTS, parents=[meta]
    )
    assert TagParent.objects.filter(parent=meta).count() == 2


def test_a_failed_change_rolls_back_the_steps_before_it(wrangler, author, make_work, make_tag):
    work = make_work(author, characters=["Holmes"])
    holmes = Tag.objects.get(type="character", name="Holmes")
    into = make_tag("Sherlock Holmes", canonical=True)
    # The first merge succeeds; the second (a tag into itself) fails: neither remains.
    with pytest.raises(ValidationError, match="itself"):
        services.tags_wrangle_bulk(
            actor=wrangler, tags=[holmes, into], action=BulkAction.MERGE, into=into
        )
    holmes.refresh_from_db()
    assert holmes.merger is None
    assert "Holmes" in filter_names(work) and "Sherlock Holmes" not in filter_names(work)
    assert not WranglingLog.objects.exists()
