"""Filter tags: what a work is found under once tags are wrangled."""

from __future__ import annotations

from fanfold.tags.models import Tag, TagParent
from fanfold.works.filtering import refresh_work_filters
from fanfold.works.models import FilterTagging, Work


def filter_names(work: Work) -> set[str]:
    return set(FilterTagging.objects.filter(work=work).values_list("tag__name", flat=True))


def tag(name: str, type: str = "freeform") -> Tag:
    return Tag.objects.get(name=name, type=type)


def test_work_is_found_under_its_canonical_tags_and_their_parents(author, make_work):
    work = make_work(author, fandoms=["Sherlock Holmes - ACD"], freeforms=["hurt comfort"])
    canonical = Tag.objects.create(name="Hurt/Comfort", type="freeform", canonical=True)
    Tag.objects.filter(name="hurt comfort").update(merger=canonical)
    meta = Tag.objects.create(
        name="Sherlock Holmes & Related Fandoms", type="fandom", canonical=True
    )
    TagParent.objects.create(parent=meta, child=tag("Sherlock Holmes - ACD", "fandom"))
    refresh_work_filters([work.pk])
    names = filter_names(work)
    assert {"Hurt/Comfort", "Sherlock Holmes - ACD", "Sherlock Holmes & Related Fandoms"} <= names
    assert "hurt comfort" not in names
    assert {"General Audiences", "No Archive Warnings Apply"} <= names


def test_tag_page_lists_synonyms_and_sub_tags(client, author, make_work):
    make_work(author, title="Typed Synonym", freeforms=["hurt comfort"])
    make_work(author, title="Typed Sub Tag", freeforms=["Whump"])
    canonical = Tag.objects.create(name="Hurt/Comfort", type="freeform", canonical=True)
    Tag.objects.filter(name="hurt comfort").update(merger=canonical)
    TagParent.objects.create(parent=canonical, child=tag("Whump"))
    refresh_work_filters(Work.objects.values_list("pk", flat=True))
    html = client.get(canonical.get_absolute_url()).content.decode()
    assert "Typed Synonym" in html and "Typed Sub Tag" in html
    # The work still shows what its author typed.
    work = Work.objects.get(title="Typed Synonym")
    assert "hurt comfort" in client.get(work.get_absolute_url()).content.decode()


def test_crossover_means_unrelated_fandoms(author, make_work):
    cross = make_work(author, fandoms=["Dracula - Bram Stoker", "Greek Mythology"])
    single = make_work(author, fandoms=["Dracula - Bram Stoker"])
    assert Work.objects.get(pk=cross.pk).crossover
    assert not Work.objects.get(pk=single.pk).crossover
    # Two fandoms under one metatag are one franchise, not a crossover.
    related = make_work(author, fandoms=["Sherlock (TV)", "Sherlock Holmes - ACD"])
    assert Work.objects.get(pk=related.pk).crossover
    meta = Tag.objects.create(
        name="Sherlock Holmes & Related Fandoms", type="fandom", canonical=True
    )
    for name in ("Sherlock (TV)", "Sherlock Holmes - ACD"):
        TagParent.objects.create(parent=meta, child=tag(name, "fandom"))
    refresh_work_filters([related.pk])
    assert not Work.objects.get(pk=related.pk).crossover


def test_creator_sort_name_hides_anonymous_creators(make_user, make_work):
    zed = make_user("zed_writer")
    assert make_work(zed).creator_sort == "zed_writer"
    assert make_work(zed, anonymous=True).creator_sort == "anonymous"


def test_tag_uses_count_only_public_posted_works(author, make_work):
    make_work(author, freeforms=["Counted"])
    make_work(author, freeforms=["Counted"], restricted=True)
    make_work(author, freeforms=["Counted"], post=False)
    assert tag("Counted").uses == 1
    work = make_work(author, freeforms=["Counted"])
    assert tag("Counted").uses == 2
    from fanfold.works.services import work_delete

    work_delete(work=work, user=author)
    assert tag("Counted").uses == 1
