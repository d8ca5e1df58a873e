"""The index follows every change to works, chapters, creators and tags, and never keeps
a document (or an engine row) of a work that is gone."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from django.core.management import call_command
from django.db import connection

from fanfold.accounts.models import User
from fanfold.accounts.services import pseud_create, pseud_update, user_delete
from fanfold.search import index
from fanfold.search.backends import get_backend
from fanfold.search.models import SearchBodySegment, SearchDocument
from fanfold.search.query import parse_query
from fanfold.tags.models import Tag, TagParent, TagType
from fanfold.works import services
from fanfold.works.filtering import works_affected_by
from fanfold.works.models import Chapter, Work

MakeWork = Callable[..., Work]


def found(text: str) -> set[str]:
    works = get_backend().filter(Work.objects.all(), parse_query(text))
    return set(works.values_list("title", flat=True))


def work_data(work: Work, **changes: object) -> services.WorkData:
    fields: dict[str, object] = {
        "title": work.title,
        "rating": "General Audiences",
        "warnings": ["No Archive Warnings Apply"],
        "fandoms": ["Sherlock Holmes - Arthur Conan Doyle"],
        "published_on": datetime.date(2026, 1, 5),
        "summary": work.summary,
        **changes,
    }
    return services.WorkData(**fields)  # type: ignore[arg-type]


def assert_no_stale_rows() -> None:
    """Every engine row belongs to an existing work's document."""
    assert not SearchDocument.objects.exclude(work__in=Work.objects.all()).exists()
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            # Raises if the FTS5 index and its content table disagree.
            cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")
            cursor.execute("SELECT count(*) FROM search_fts_docsize")
            assert cursor.fetchone()[0] == SearchDocument.objects.count()
    else:
        assert not SearchBodySegment.objects.exclude(
            document__in=SearchDocument.objects.all()
        ).exists()


def test_new_works_are_indexed_posted_or_not(author: User, make_work: MakeWork) -> None:
    posted = make_work(author, title="Posted", text="A lighthouse.")
    draft = make_work(author, title="Draft", text="A lighthouse.", post=False)
    assert SearchDocument.objects.filter(work__in=[posted, draft]).count() == 2
    assert found("lighthouse") == {"Posted", "Draft"}


def test_index_follows_title_summary_and_tag_edits(author: User, make_work: MakeWork) -> None:
    work = make_work(author, title="Old Name", freeforms=["Angst"], text="Quiet.")
    services.work_update(
        work=work,
        editor=author,
        data=work_data(work, title="New Name", summary="A ferry crossing.", freeforms=["Fluff"]),
    )
    assert found("title:new") == {"New Name"}
    assert found("title:old") == set()
    assert found("summary:ferry") == {"New Name"}
    assert found("tag:fluff") == {"New Name"}
    assert found("tag:angst") == set()


def test_index_follows_chapters_added_edited_and_deleted(author: User, make_work: MakeWork) -> None:
    work = make_work(author, title="Serial", text="The first chapter has a kettle.")
    second = services.chapter_add(
        work=work, editor=author, data=services.ChapterData(text="The second has a lantern.")
    )
    assert found("kettle lantern") == {"Serial"}

    services.chapter_update(
        chapter=second, editor=author, data=services.ChapterData(text="Now it has a compass.")
    )
    assert found("lantern") == set()
    assert found("compass") == {"Serial"}

    services.chapter_delete(chapter=second, editor=author)
    assert found("compass") == set()
    assert found("kettle") == {"Serial"}


def test_unposted_chapters_are_not_searchable(author: User, make_work: MakeWork) -> None:
    work = make_work(author, title="Serial", text="Posted text.")
    chapter = services.chapter_add(
        work=work, editor=author, data=services.ChapterData(text="A secret draft chapter.")
    )
    Chapter.objects.filter(pk=chapter.pk).update(posted=False)
    index.index_works([work.pk])
    assert found("secret") == set()


def test_tag_merge_finds_synonym_tagged_works_by_the_canonical_name(
    author: User, make_work: MakeWork
) -> None:
    work = make_work(author, title="Tagged", freeforms=["Hurt-comfort"], text="Quiet.")
    canonical = Tag.objects.create(
        name="Hurt/Comfort Classic", type=TagType.FREEFORM, canonical=True
    )
    synonym = Tag.objects.get(name="Hurt-comfort", type=TagType.FREEFORM)
    assert found("tag:classic") == set()

    synonym.merger = canonical
    synonym.save()
    services.works_derived_refresh(works_affected_by([synonym.pk, canonical.pk]))
    assert found('tag:"Hurt/Comfort Classic"') == {"Tagged"}
    assert found('tag:"hurt comfort"') == {"Tagged"}  # the words as typed still match
    assert "Hurt/Comfort Classic" in SearchDocument.objects.get(work=work).tags


def test_parent_tags_are_searchable(author: User, make_work: MakeWork) -> None:
    make_work(author, title="Tagged", fandoms=["Sherlock Holmes - Arthur Conan Doyle"], text="Q.")
    fandom = Tag.objects.get(name="Sherlock Holmes - Arthur Conan Doyle")
    parent = Tag.objects.create(
        name="Sherlock Holmes & Related Fandoms", type=TagType.FANDOM, canonical=True
    )
    TagParent.objects.create(parent=parent, child=fandom)
    services.works_derived_refresh(works_affected_by([fandom.pk]))
    assert found('tag:"related fandoms"') == {"Tagged"}


def test_tag_rename_reaches_the_index(author: User, make_work: MakeWork) -> None:
    make_work(author, title="Tagged", freeforms=["Fluf"], text="Quiet.")
    tag = Tag.objects.get(name="Fluf")
    tag.name = "Fluff"
    tag.save()
    services.works_derived_refresh(works_affected_by([tag.pk]))
    assert found("tag:fluff") == {"Tagged"}
    assert found("tag:fluf") == set()


def test_pseud_rename_reaches_the_index(author: User, make_work: MakeWork) -> None:
    pseud = pseud_create(user=author, name="Gaslight")
    services.work_create(
        creator=author,
        pseuds=[pseud],
        data=work_data(Work(title="By Gaslight")),
        chapter=services.ChapterData(text="Fog."),
        post=True,
    )
    assert found("author:gaslight") == {"By Gaslight"}
    pseud_update(pseud=pseud, user=author, name="Limelight", description="")
    assert found("author:gaslight") == set()
    assert found("author:limelight") == {"By Gaslight"}


def test_co_creator_is_searchable_once_accepted(
    author: User, make_user: Callable[..., User], make_work: MakeWork
) -> None:
    partner = make_user("partner")
    work = make_work(author, title="Together", text="Two hands.")
    invitation = services.creatorship_invite(work=work, inviter=author, invitee=partner)
    assert found("author:partner") == set()
    services.creatorship_accept(creatorship=invitation, user=partner)
    assert found("author:partner") == {"Together"}


def test_making_a_work_anonymous_hides_its_creator(author: User, make_work: MakeWork) -> None:
    work = make_work(author, title="Reveal", text="Who?")
    assert found("author:quill") == {"Reveal"}
    services.work_update(work=work, editor=author, data=work_data(work, anonymous=True))
    assert found("author:quill") == set()
    assert found("quill") == set()
    assert "quill" not in SearchDocument.objects.get(work=work).creators.lower()


def test_work_deletion_removes_its_document(author: User, make_work: MakeWork) -> None:
    work = make_work(author, title="Doomed", text="A unique albatross.")
    make_work(author, title="Survivor", text="A plain gull.")
    services.work_delete(work=work, user=author)
    assert found("albatross") == set()
    assert not SearchDocument.objects.filter(work_id=work.pk).exists()
    assert_no_stale_rows()


def test_account_deletion_removes_deleted_works_and_reindexes_orphans(
    make_user: Callable[..., User], make_work: MakeWork
) -> None:
    leaving = make_user("leaving")
    make_work(leaving, title="Kept", text="An orphaned albatross.")
    user_delete(user=leaving, works="orphan")
    assert found("author:leaving") == set()
    assert found("author:orphan_account albatross") == {"Kept"}

    going = make_user("going")
    make_work(going, title="Gone", text="A deleted cormorant.")
    user_delete(user=going, works="delete")
    assert found("cormorant") == set()
    assert_no_stale_rows()


def test_remove_and_index_again(author: User, make_work: MakeWork) -> None:
    work = make_work(author, title="Flicker", text="A moth.")
    get_backend().remove([work.pk])
    assert found("moth") == set()
    assert_no_stale_rows()
    get_backend().index([work.pk])
    assert found("moth") == {"Flicker"}
    get_backend().index([work.pk, 999_999])  # a missing work is skipped
    assert SearchDocument.objects.count() == 1


def test_search_rebuild_command_indexes_every_work(
    author: User, make_work: MakeWork, capsys: pytest.CaptureFixture[str]
) -> None:
    make_work(author, title="One", text="A heron.")
    make_work(author, title="Two", text="A heron and a crane.")
    SearchDocument.objects.all().delete()
    assert found("heron") == set()
    call_command("search_rebuild")
    assert "Indexed 2 works" in capsys.readouterr().out
    assert found("heron") == {"One", "Two"}
    assert found("crane") == {"Two"}
    assert_no_stale_rows()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
@pytest.mark.django_db(transaction=True)
def test_a_big_rebuild_on_postgresql_runs_in_several_processes(
    author: User, make_work: MakeWork, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fanfold.search.backends import postgres

    monkeypatch.setattr(postgres, "PARALLEL_FROM", 1)
    monkeypatch.setattr(postgres, "BATCH", 1)
    for n in range(5):
        make_work(author, title=f"Heron {n}", text=f"A heron, number {n}.")
    SearchDocument.objects.all().delete()
    assert get_backend().rebuild() == 5
    assert found("heron") == {f"Heron {n}" for n in range(5)}
    assert found('"number 3"') == {"Heron 3"}
    assert_no_stale_rows()


def test_body_beyond_the_limit_is_not_indexed(
    author: User, make_work: MakeWork, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index, "BODY_LIMIT", 1000)
    work = make_work(author, title="Long", text="start " * 300 + "pelican", chapters=2)
    document = SearchDocument.objects.get(work=work)
    body = document.body or "".join(
        SearchBodySegment.objects.filter(document__work=work).values_list("text", flat=True)
    )
    assert len(body) <= 1100
    assert found("start") == {"Long"}
    assert found("pelican") == set()


def test_markdown_and_html_are_indexed_as_text(author: User, make_work: MakeWork) -> None:
    make_work(
        author,
        title="Marked",
        text_format="markdown",
        summary="**Bold** _heron_",
        text="A [link](https://example.org/egret) and `code`.",
    )
    assert found("summary:heron") == {"Marked"}
    assert found("summary:bold") == {"Marked"}
    assert found("link code") == {"Marked"}
    assert found("https") == set()  # the URL of a link is not part of the text


def test_demo_content_is_searchable(db: None) -> None:
    from fanfold.works.demo import load_demo

    load_demo()
    assert SearchDocument.objects.count() == Work.objects.count() > 0
    assert_no_stale_rows()
    assert found("holmes")


def test_refreshing_an_unchanged_work_writes_nothing(author: User, make_work: MakeWork) -> None:
    from django.test.utils import CaptureQueriesContext

    work = make_work(author, title="Still", text="A quiet pond.", chapters=3)
    with CaptureQueriesContext(connection) as queries:
        index.index_works([work.pk])
    writes = [q["sql"] for q in queries if q["sql"].split()[0] in {"INSERT", "UPDATE", "DELETE"}]
    assert writes == []


def test_tag_change_keeps_the_text_indexed(author: User, make_work: MakeWork) -> None:
    work = make_work(author, title="Pond", freeforms=["Fluff"], text="A quiet heron.", chapters=2)
    services.work_update(work=work, editor=author, data=work_data(work, freeforms=["Angst"]))
    assert found("heron tag:angst") == {"Pond"}
    assert found('"quiet heron"') == {"Pond"}
