"""Bookmarks: making, editing and deleting them; their notes, tags and flags; counts."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection

from fanfold.accounts.services import pseud_create
from fanfold.feedback.bookmarks import services
from fanfold.feedback.bookmarks.services import BookmarkData
from fanfold.feedback.models import MAX_BOOKMARK_NOTES, Bookmark
from fanfold.tags.models import Tag, TagType
from fanfold.works.models import Work


def bookmark(user, work=None, series=None, **fields):
    data = BookmarkData(pseud=fields.pop("pseud", user.default_pseud), **fields)
    return services.bookmark_create(user=user, work=work, series=series, data=data)


def count_of(work: Work) -> int:
    return Work.objects.get(pk=work.pk).bookmarks_count


def test_bookmarking_a_work_keeps_notes_tags_and_flags(client, author, reader, make_work, login):
    work = make_work(author)
    login(reader)
    page = client.get(f"/works/{work.pk}/bookmarks/new")
    assert page.status_code == 200
    response = client.post(
        f"/works/{work.pk}/bookmarks/new",
        {
            "pseud": reader.default_pseud.pk,
            "notes": "Read this on the train twice.",
            "tags": "comfort read, to reread",
            "rec": "on",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == work.get_absolute_url()
    mark = Bookmark.objects.get(user=reader, work=work)
    assert mark.notes_html == "<p>Read this on the train twice.</p>"
    assert sorted(t.name for t in mark.tags.all()) == ["comfort read", "to reread"]
    assert mark.rec and not mark.private
    assert count_of(work) == 1


def test_bookmarking_again_edits_the_one_bookmark(client, author, reader, make_work, login):
    work = make_work(author)
    first = bookmark(reader, work, notes="First thoughts.")
    again = bookmark(reader, work, notes="Second thoughts.", rec=True)
    assert again.pk == first.pk
    assert Bookmark.objects.filter(user=reader, work=work).count() == 1
    assert Bookmark.objects.get(pk=first.pk).notes == "Second thoughts."
    assert count_of(work) == 1

    login(reader)
    # The "new bookmark" page of a bookmarked work is its edit form.
    page = client.get(f"/works/{work.pk}/bookmarks/new").content.decode()
    assert "Second thoughts." in page
    assert "Edit bookmark" in page
    client.post(
        f"/works/{work.pk}/bookmarks/new",
        {"pseud": reader.default_pseud.pk, "notes": "Third thoughts."},
    )
    assert Bookmark.objects.filter(user=reader, work=work).count() == 1
    assert Bookmark.objects.get(pk=first.pk).notes == "Third thoughts."


def test_editing_a_bookmark_from_its_own_page(client, author, reader, make_work, login):
    work = make_work(author)
    mark = bookmark(reader, work, tag_names=["old tag"])
    login(reader)
    response = client.post(
        f"/bookmarks/{mark.pk}/edit",
        {"pseud": reader.default_pseud.pk, "notes": "Changed.", "tags": "new tag"},
    )
    assert response.status_code == 302
    mark.refresh_from_db()
    assert mark.notes == "Changed."
    assert [t.name for t in mark.tags.all()] == ["new tag"]


def test_only_the_bookmarker_can_edit_or_delete(
    client, author, reader, make_user, make_work, login
):
    work = make_work(author)
    mark = bookmark(reader, work)
    stranger = make_user("stranger")
    login(stranger)
    assert client.get(f"/bookmarks/{mark.pk}/edit").status_code == 404
    assert client.post(f"/bookmarks/{mark.pk}/delete").status_code == 404
    assert Bookmark.objects.filter(pk=mark.pk).exists()
    with pytest.raises(PermissionDenied):
        services.bookmark_delete(bookmark=mark, user=stranger)


def test_deleting_a_bookmark_lowers_the_count(client, author, reader, make_work, login):
    work = make_work(author)
    mark = bookmark(reader, work)
    assert count_of(work) == 1
    login(reader)
    assert client.get(f"/bookmarks/{mark.pk}/delete").status_code == 200
    response = client.post(f"/bookmarks/{mark.pk}/delete")
    assert response.status_code == 302
    assert response["Location"] == f"/users/{reader.username}/bookmarks"
    assert not Bookmark.objects.filter(pk=mark.pk).exists()
    assert count_of(work) == 0


def test_deleting_with_htmx_reloads_the_list_it_was_asked_from(
    client, author, reader, make_work, login
):
    work = make_work(author)
    mark = bookmark(reader, work)
    login(reader)
    listing = f"http://testserver/works/{work.pk}/bookmarks"
    response = client.post(
        f"/bookmarks/{mark.pk}/delete", headers={"HX-Request": "true", "HX-Current-URL": listing}
    )
    assert response.status_code == 200
    assert response["HX-Redirect"] == f"/works/{work.pk}/bookmarks"
    assert not Bookmark.objects.filter(pk=mark.pk).exists()
    html = client.get(f"/works/{work.pk}/bookmarks").content.decode()
    assert "Your bookmark was deleted." in html
    assert "No public bookmarks yet." in html


def test_private_bookmarks_are_not_counted(author, reader, make_user, make_work):
    work = make_work(author)
    bookmark(reader, work, private=True)
    assert count_of(work) == 0
    other = make_user("second_reader")
    mark = bookmark(other, work)
    assert count_of(work) == 1
    services.bookmark_update(
        bookmark=mark, user=other, data=BookmarkData(pseud=other.default_pseud, private=True)
    )
    assert count_of(work) == 0


def test_notes_are_sanitized(author, reader, make_work):
    work = make_work(author)
    mark = bookmark(reader, work, notes='<p onclick="steal()">Lovely.<script>alert(1)</script></p>')
    assert "script" not in mark.notes_html
    assert "onclick" not in mark.notes_html
    assert "Lovely." in mark.notes_html


def test_notes_over_the_limit_are_refused_and_kept(client, author, reader, make_work, login):
    work = make_work(author)
    notes = "word " * (MAX_BOOKMARK_NOTES // 5) + "one too many"
    login(reader)
    response = client.post(
        f"/works/{work.pk}/bookmarks/new", {"pseud": reader.default_pseud.pk, "notes": notes}
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Notes can have at most 5,000 characters" in page
    assert "one too many</textarea>" in page
    assert not Bookmark.objects.filter(user=reader).exists()


def test_too_many_tags_are_refused(client, author, reader, make_work, login):
    work = make_work(author)
    login(reader)
    tags = ", ".join(f"tag number {n}" for n in range(80))
    response = client.post(
        f"/works/{work.pk}/bookmarks/new", {"pseud": reader.default_pseud.pk, "tags": tags}
    )
    assert "at most 75 tags; you typed 80" in response.content.decode()
    assert not Bookmark.objects.filter(user=reader).exists()


def test_new_tags_are_created_and_existing_ones_reused(author, reader, make_work):
    work = make_work(author, fandoms=["Greek Mythology"])
    fandom = Tag.objects.get(type=TagType.FANDOM, name="Greek Mythology")
    mark = bookmark(reader, work, tag_names=["greek mythology", "Sea Voyages"])
    tags = list(mark.tags.all())
    assert fandom in tags
    created = Tag.objects.get(name="Sea Voyages")
    assert created.type == TagType.FREEFORM
    assert created in tags
    # A second bookmarker's "sea voyages" is the same tag.
    other_work = make_work(author, title="Second Tide")
    again = bookmark(reader, other_work, tag_names=["sea voyages"])
    assert list(again.tags.all()) == [created]


def test_bookmarks_are_made_as_ones_own_pseud(client, author, reader, make_work, login):
    work = make_work(author)
    with pytest.raises(PermissionDenied):
        bookmark(reader, work, pseud=author.default_pseud)
    login(reader)
    response = client.post(
        f"/works/{work.pk}/bookmarks/new", {"pseud": author.default_pseud.pk, "notes": "x"}
    )
    assert response.status_code == 200
    assert "Choose one of your own pseuds." in response.content.decode()
    assert not Bookmark.objects.exists()


def test_a_second_pseud_can_be_chosen(client, author, reader, make_work, login):
    work = make_work(author)
    second = pseud_create(user=reader, name="Night Reader")
    login(reader)
    page = client.get(f"/works/{work.pk}/bookmarks/new").content.decode()
    assert "Night Reader" in page
    client.post(f"/works/{work.pk}/bookmarks/new", {"pseud": second.pk})
    assert Bookmark.objects.get(user=reader).pseud == second


def test_drafts_cannot_be_bookmarked(client, author, reader, make_work, login):
    draft = make_work(author, post=False)
    with pytest.raises(PermissionDenied):
        bookmark(reader, draft)
    with pytest.raises(PermissionDenied):
        bookmark(author, draft)
    login(reader)
    assert client.get(f"/works/{draft.pk}/bookmarks/new").status_code == 404


def test_guests_are_sent_to_log_in_to_bookmark(client, author, make_work):
    work = make_work(author)
    response = client.get(f"/works/{work.pk}/bookmarks/new")
    assert response.status_code == 302
    assert "/login" in response["Location"]


def test_the_work_page_offers_to_bookmark_or_edit(client, author, reader, make_work, login):
    work = make_work(author)
    assert "Bookmark</a>" not in client.get(work.get_absolute_url()).content.decode()
    login(reader)
    page = client.get(work.get_absolute_url()).content.decode()
    assert f'href="/works/{work.pk}/bookmarks/new">Bookmark</a>' in page
    mark = bookmark(reader, work)
    page = client.get(work.get_absolute_url()).content.decode()
    assert f'href="/bookmarks/{mark.pk}/edit">Edit bookmark</a>' in page


def test_the_bookmark_count_links_to_the_works_bookmarks(client, author, reader, make_work):
    work = make_work(author)
    bookmark(reader, work)
    link = f'<a href="/works/{work.pk}/bookmarks">1</a>'
    assert link in client.get(work.get_absolute_url()).content.decode()
    assert link in client.get("/works").content.decode()


def test_a_deleted_pseuds_bookmarks_move_and_a_closed_accounts_leave_no_count(
    author, reader, make_work
):
    work = make_work(author)
    second = pseud_create(user=reader, name="Evening Reader")
    mark = bookmark(reader, work, pseud=second)
    services.bookmarks_move_to_pseud(pseud=second, to=reader.default_pseud)
    mark.refresh_from_db()
    assert mark.pseud == reader.default_pseud
    services.bookmarks_delete_all(user=reader)
    assert count_of(work) == 0


# Races (PostgreSQL: SQLite lets one writer at a time)


def run_together(actions: list[Callable[[], None]]) -> None:
    barrier = threading.Barrier(len(actions))

    def run(action: Callable[[], None]) -> None:
        barrier.wait()
        try:
            action()
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(action,)) for action in actions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


@pytest.mark.django_db(transaction=True)
def test_simultaneous_bookmarks_of_one_work_are_all_counted(make_user, make_work):
    if connection.vendor == "sqlite":
        pytest.skip("SQLite lets one writer at a time: no race to lose")
    work = make_work(make_user("tidewriter"))
    readers = [make_user(f"crowd{n}") for n in range(5)]
    run_together([lambda r=r: bookmark(r, work, tag_names=["crowded"]) for r in readers])
    assert Bookmark.objects.filter(work=work).count() == 5
    assert count_of(work) == 5
    assert Tag.objects.filter(name="crowded").count() == 1


@pytest.mark.django_db(transaction=True)
def test_simultaneous_bookmarks_by_one_reader_end_in_one(make_user, make_work):
    if connection.vendor == "sqlite":
        pytest.skip("SQLite lets one writer at a time: no race to lose")
    work = make_work(make_user("tidewriter"))
    fan = make_user("eager")
    run_together([lambda n=n: bookmark(fan, work, notes=f"Take {n}.") for n in range(4)])
    assert Bookmark.objects.filter(work=work, user=fan).count() == 1
    assert count_of(work) == 1
