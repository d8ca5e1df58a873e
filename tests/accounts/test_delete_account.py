from __future__ import annotations

import pytest
from django.contrib.auth import get_user
from django.core.exceptions import PermissionDenied

from fanfold.accounts.models import ORPHAN_USERNAME, Pseud, User
from fanfold.accounts.services import orphan_account, pseud_create, user_delete
from fanfold.works import services as work_services
from fanfold.works.models import Creatorship, Series, Work
from tests.conftest import PASSWORD

DELETE = "/settings/delete"


def credited(work: Work) -> set[str]:
    return {
        c.pseud.user.username
        for c in Creatorship.objects.filter(work=work, approved=True).select_related("pseud__user")
    }


def test_delete_account_page_offers_orphan_or_delete(login, author):
    html = login(author).get(DELETE).content.decode()

    assert 'value="orphan"' in html
    assert 'value="delete"' in html
    assert 'name="password"' in html


def test_orphaning_keeps_posted_works_visible_credited_to_orphan_account(
    login, client, author, make_work
):
    work = make_work(author, title="Left Behind")

    response = login(author).post(DELETE, {"works": "orphan", "password": PASSWORD})

    assert response.status_code == 302
    assert not User.objects.filter(username="quill").exists()
    assert credited(work) == {ORPHAN_USERNAME}
    page = client.get(f"/works/{work.pk}")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Left Behind" in html
    assert f'href="/users/{ORPHAN_USERNAME}/pseuds/{ORPHAN_USERNAME}/works"' in html


def test_orphaned_work_page_never_names_the_deleted_user_or_their_pseuds(
    client, make_user, make_pseud_work, add_co_creator
):
    writer = make_user("inkwell_writer")
    pen_name = pseud_create(user=writer, name="Moth Lantern")
    by_pseud = make_pseud_work(pen_name, title="Pale Wings")
    by_default = make_pseud_work(writer.default_pseud, title="Bright Wings")

    user_delete(user=writer, works="orphan")

    for work in (by_pseud, by_default):
        html = client.get(f"/works/{work.pk}").content.decode()
        assert work.title in html
        assert "inkwell_writer" not in html
        assert "Moth Lantern" not in html
        assert ORPHAN_USERNAME in html


def test_orphaned_works_are_listed_on_the_orphan_account_profile(client, author, make_work):
    make_work(author, title="Left Behind")

    user_delete(user=author, works="orphan")

    response = client.get(f"/users/{ORPHAN_USERNAME}")
    assert response.status_code == 200
    assert "Left Behind" in response.content.decode()


def test_orphaning_a_second_account_reuses_the_one_orphan_account(make_user, make_work):
    first, second = make_user("first_writer"), make_user("second_writer")
    work_one, work_two = make_work(first, title="One"), make_work(second, title="Two")

    user_delete(user=first, works="orphan")
    user_delete(user=second, works="orphan")

    assert User.objects.filter(username=ORPHAN_USERNAME).count() == 1
    assert credited(work_one) == credited(work_two) == {ORPHAN_USERNAME}


def test_orphan_account_cannot_log_in_or_be_deleted(client, db):
    orphans = orphan_account()

    assert not orphans.has_usable_password()
    assert not orphans.is_active
    with pytest.raises(PermissionDenied):
        user_delete(user=orphans, works="delete")


def test_choosing_delete_removes_works_they_created_alone(login, client, author, make_work):
    work = make_work(author, title="Gone Soon", chapters=2)

    login(author).post(DELETE, {"works": "delete", "password": PASSWORD})

    assert not Work.objects.filter(pk=work.pk).exists()
    assert client.get(f"/works/{work.pk}").status_code == 404
    assert not User.objects.filter(username=ORPHAN_USERNAME).exists()


@pytest.mark.parametrize("choice", ["orphan", "delete"])
def test_co_created_work_stays_with_the_other_creator(
    login, author, reader, make_work, add_co_creator, choice
):
    work = make_work(author, title="Written Together")
    add_co_creator(work, author, reader)

    login(author).post(DELETE, {"works": choice, "password": PASSWORD})

    assert Work.objects.filter(pk=work.pk).exists()
    assert credited(work) == {"reader"}


@pytest.mark.parametrize("choice", ["orphan", "delete"])
def test_co_created_work_stays_when_the_invited_co_creator_leaves(
    author, reader, make_work, add_co_creator, choice
):
    work = make_work(author, title="Written Together")
    add_co_creator(work, author, reader)

    user_delete(user=reader, works=choice)

    assert credited(work) == {"quill"}


@pytest.mark.parametrize("choice", ["orphan", "delete"])
def test_pending_invitation_to_someone_elses_work_leaves_that_work_alone(
    author, reader, make_work, choice
):
    work = make_work(author, title="Not Yours")
    work_services.creatorship_invite(work=work, inviter=author, invitee=reader)

    user_delete(user=reader, works=choice)

    assert Work.objects.filter(pk=work.pk).exists()
    assert credited(work) == {"quill"}


def test_work_whose_invited_co_creator_never_accepted_is_orphaned_like_a_solo_work(
    author, reader, make_work
):
    work = make_work(author, title="Still Mine")
    work_services.creatorship_invite(work=work, inviter=author, invitee=reader)

    user_delete(user=author, works="orphan")

    assert credited(work) == {ORPHAN_USERNAME}


def test_work_whose_invited_co_creator_never_accepted_is_deleted_with_delete(
    author, reader, make_work
):
    work = make_work(author, title="Still Mine")
    work_services.creatorship_invite(work=work, inviter=author, invitee=reader)

    user_delete(user=author, works="delete")

    assert not Work.objects.filter(pk=work.pk).exists()


def test_work_credited_to_two_of_the_users_pseuds_is_orphaned_once(author, make_work):
    work = make_work(author, title="Two Hats")
    second = pseud_create(user=author, name="Second Hat")
    Creatorship.objects.create(work=work, pseud=second, approved=True)

    user_delete(user=author, works="orphan")

    assert Creatorship.objects.filter(work=work).count() == 1
    assert credited(work) == {ORPHAN_USERNAME}


def test_drafts_are_deleted_rather_than_orphaned(author, make_work):
    draft = make_work(author, title="Half Written", post=False)
    posted = make_work(author, title="Finished")

    user_delete(user=author, works="orphan")

    assert not Work.objects.filter(pk=draft.pk).exists()
    assert Work.objects.filter(pk=posted.pk).exists()


def test_co_created_draft_stays_with_the_other_creator(author, reader, make_work, add_co_creator):
    draft = make_work(author, title="Our Draft", post=False)
    add_co_creator(draft, author, reader)

    user_delete(user=author, works="orphan")

    assert credited(draft) == {"reader"}


def test_orphaned_series_stays_credited_to_orphan_account(client, author, make_work):
    first = make_work(author, title="Book One", new_series_title="The Quay Cycle")
    series = Series.objects.get(title="The Quay Cycle")
    second = make_work(author, title="Book Two", series=series)

    user_delete(user=author, works="orphan")

    series.refresh_from_db()
    assert {p.user.username for p in series.pseuds.all()} == {ORPHAN_USERNAME}
    assert set(series.works.all()) == {first, second}
    html = client.get(f"/series/{series.pk}").content.decode()
    assert "quill" not in html
    assert ORPHAN_USERNAME in html


def test_series_of_co_created_works_stays_credited_to_the_other_creator_only(
    author, reader, make_work, add_co_creator
):
    work = make_work(author, title="Book One", new_series_title="Our Cycle")
    add_co_creator(work, author, reader)

    user_delete(user=author, works="orphan")

    series = Series.objects.get(title="Our Cycle")
    assert {p.user.username for p in series.pseuds.all()} == {"reader"}


def test_series_of_deleted_works_is_deleted_too(author, make_work):
    make_work(author, title="Book One", new_series_title="The Quay Cycle")

    user_delete(user=author, works="delete")

    assert not Series.objects.filter(title="The Quay Cycle").exists()


def test_wrong_password_refuses_account_deletion(login, author, make_work):
    work = make_work(author)
    client = login(author)

    response = client.post(DELETE, {"works": "delete", "password": "not-my-password"})

    assert response.status_code == 200
    assert "That isn&#x27;t your password." in response.content.decode()
    assert User.objects.filter(pk=author.pk).exists()
    assert Work.objects.filter(pk=work.pk).exists()
    assert get_user(client) == author


def test_account_deletion_needs_a_choice_for_the_works(login, author, make_work):
    work = make_work(author)

    response = login(author).post(DELETE, {"password": PASSWORD})

    assert response.status_code == 200
    assert User.objects.filter(pk=author.pk).exists()
    assert Work.objects.filter(pk=work.pk).exists()


def test_deleted_account_is_logged_out_and_gone(login, author):
    client = login(author)

    response = client.post(DELETE, {"works": "orphan", "password": PASSWORD}, follow=True)

    assert get_user(client).is_anonymous
    assert "Your account was deleted." in response.content.decode()
    assert not Pseud.objects.filter(name="quill").exists()
    assert client.get("/users/quill").status_code == 404
    assert not client.login(username="quill", password=PASSWORD)
