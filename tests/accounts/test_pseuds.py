from __future__ import annotations

import html as html_lib

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from fanfold.accounts.models import Pseud
from fanfold.accounts.services import pseud_create, pseud_delete, pseud_update
from fanfold.works.models import Creatorship, Series


def text(response) -> str:
    return html_lib.unescape(response.content.decode())


def pseud_names(user) -> list[str]:
    return [p.name for p in Pseud.objects.filter(user=user).order_by("name")]


def credited_pseuds(work) -> set[str]:
    return {c.pseud.name for c in Creatorship.objects.filter(work=work).select_related("pseud")}


# Adding


def test_pseuds_page_lists_the_users_pseuds_with_the_default_marked(login, author):
    pseud_create(user=author, name="Moth Lantern")

    html = login(author).get("/users/quill/pseuds").content.decode()

    assert "Moth Lantern" in html
    assert 'quill</a> <span class="badge">default</span>' in html


def test_adding_a_pseud(login, author):
    response = login(author).post(
        "/users/quill/pseuds", {"name": "Moth Lantern", "description": "For the moth stories."}
    )

    assert response.status_code == 302
    assert response.url == "/users/quill/pseuds"
    pseud = author.pseuds.get(name="Moth Lantern")
    assert pseud.description == "For the moth stories."
    assert pseud.is_default is False
    assert author.default_pseud.name == "quill"


def test_adding_a_pseud_tidies_its_spaces(author):
    pseud = pseud_create(user=author, name="  Moth    Lantern ")

    assert pseud.name == "Moth Lantern"


@pytest.mark.parametrize("name", ["QUILL", "moth lantern", "Moth  Lantern"])
def test_adding_a_pseud_with_a_name_already_used_in_any_case_is_refused(login, author, name):
    pseud_create(user=author, name="Moth Lantern")

    response = login(author).post("/users/quill/pseuds", {"name": name})

    assert response.status_code == 200
    assert "You already have a pseud called" in text(response)
    assert pseud_names(author) == ["Moth Lantern", "quill"]


def test_two_users_may_use_the_same_pseud_name(author, reader):
    pseud_create(user=author, name="Moth Lantern")
    pseud_create(user=reader, name="Moth Lantern")

    assert Pseud.objects.filter(name="Moth Lantern").count() == 2


def test_adding_a_pseud_with_a_blank_name_is_refused(login, author):
    response = login(author).post("/users/quill/pseuds", {"name": "   "})

    assert response.status_code == 200
    assert pseud_names(author) == ["quill"]


def test_pseud_name_longer_than_forty_characters_is_refused(author):
    with pytest.raises(ValidationError):
        pseud_create(user=author, name="m" * 41)

    assert pseud_names(author) == ["quill"]


@pytest.mark.parametrize("name", ["Moth/Lantern", "..", "!!!"])
def test_pseud_name_with_a_slash_or_without_letters_or_digits_is_refused(login, author, name):
    response = login(author).post("/users/quill/pseuds", {"name": name})

    assert response.status_code == 200
    assert "A pseud's name needs a letter or digit" in text(response)
    assert pseud_names(author) == ["quill"]
    assert login(author).get("/users/quill").status_code == 200


@pytest.mark.parametrize(
    "name", ["Moth Lantern", "Mémé_Lanterne-2", "月光", "Mr. Collins", "O'Brien & Co?"]
)
def test_pseud_names_with_spaces_and_punctuation_have_working_pages(client, author, name):
    pseud = pseud_create(user=author, name=name)

    assert client.get(pseud.get_absolute_url()).status_code == 200
    assert client.get("/users/quill").status_code == 200


# Renaming and the default


def test_renaming_a_pseud(login, author):
    pseud_create(user=author, name="Moth Lantern")

    response = login(author).post(
        "/users/quill/pseuds/Moth Lantern/edit", {"name": "Night Moth", "description": "New."}
    )

    assert response.status_code == 302
    assert pseud_names(author) == ["Night Moth", "quill"]
    assert author.pseuds.get(name="Night Moth").description == "New."


def test_renaming_a_pseud_keeps_its_works(author, make_pseud_work):
    pseud = pseud_create(user=author, name="Moth Lantern")
    work = make_pseud_work(pseud, title="Pale Wings")

    pseud_update(pseud=pseud, user=author, name="Night Moth", description="")

    assert credited_pseuds(work) == {"Night Moth"}


def test_changing_only_the_case_of_a_pseud_name_is_allowed(login, author):
    pseud_create(user=author, name="moth lantern")

    login(author).post("/users/quill/pseuds/moth lantern/edit", {"name": "Moth Lantern"})

    assert pseud_names(author) == ["Moth Lantern", "quill"]


def test_renaming_a_pseud_to_another_of_ones_own_names_is_refused(login, author):
    pseud_create(user=author, name="Moth Lantern")

    response = login(author).post("/users/quill/pseuds/Moth Lantern/edit", {"name": "Quill"})

    assert response.status_code == 200
    assert "You already have a pseud called “Quill”." in text(response)
    assert pseud_names(author) == ["Moth Lantern", "quill"]


def test_making_another_pseud_the_default(login, author):
    pseud_create(user=author, name="Moth Lantern")

    login(author).post(
        "/users/quill/pseuds/Moth Lantern/edit", {"name": "Moth Lantern", "make_default": "on"}
    )

    author.refresh_from_db()
    assert author.default_pseud.name == "Moth Lantern"
    assert list(author.pseuds.filter(is_default=True)) == [author.default_pseud]


def test_default_pseud_edit_form_does_not_offer_make_default(login, author):
    html = login(author).get("/users/quill/pseuds/quill/edit").content.decode()

    assert 'name="make_default"' not in html
    assert 'name="delete"' not in html


def test_new_works_are_credited_to_the_new_default_pseud_unless_changed(login, author):
    pseud = pseud_create(user=author, name="Moth Lantern")
    pseud_update(pseud=pseud, user=author, name="Moth Lantern", description="", make_default=True)

    html = login(author).get("/works/new").content.decode()

    assert f'value="{pseud.pk}" id="id_pseuds_0" checked' in html
    assert f'value="{author.pseuds.get(name="quill").pk}" id="id_pseuds_1">' in html


# Deleting


def test_deleting_a_pseud_moves_its_works_to_the_default_pseud(login, author, make_pseud_work):
    pseud = pseud_create(user=author, name="Moth Lantern")
    work = make_pseud_work(pseud, title="Pale Wings")

    response = login(author).post("/users/quill/pseuds/Moth Lantern/edit", {"delete": "1"})

    assert response.status_code == 302
    assert pseud_names(author) == ["quill"]
    assert credited_pseuds(work) == {"quill"}


def test_deleting_a_pseud_on_a_work_also_credited_to_the_default_leaves_one_credit(
    author, make_work
):
    work = make_work(author)
    pseud = pseud_create(user=author, name="Moth Lantern")
    Creatorship.objects.create(work=work, pseud=pseud, approved=True)

    pseud_delete(pseud=pseud, user=author)

    assert credited_pseuds(work) == {"quill"}


def test_deleting_a_pseud_moves_its_series_to_the_default_pseud(author, make_pseud_work):
    pseud = pseud_create(user=author, name="Moth Lantern")
    make_pseud_work(pseud, title="Pale Wings", new_series_title="Moth Tales")

    pseud_delete(pseud=pseud, user=author)

    series = Series.objects.get(title="Moth Tales")
    assert [p.name for p in series.pseuds.all()] == ["quill"]


def test_default_pseud_cannot_be_deleted(login, author, make_work):
    work = make_work(author)

    response = login(author).post("/users/quill/pseuds/quill/edit", {"delete": "1"}, follow=True)

    assert "You can't delete your default pseud." in text(response)
    assert pseud_names(author) == ["quill"]
    assert credited_pseuds(work) == {"quill"}
    with pytest.raises(ValidationError):
        pseud_delete(pseud=author.default_pseud, user=author)


# Other people's pseuds


def test_another_user_cannot_see_someone_elses_pseud_management_page(login, author, reader):
    client = login(reader)

    assert client.get("/users/quill/pseuds").status_code == 404
    assert client.post("/users/quill/pseuds", {"name": "Impostor"}).status_code == 404
    assert pseud_names(author) == ["quill"]
    assert pseud_names(reader) == ["reader"]


def test_another_user_cannot_rename_or_delete_someone_elses_pseud(login, author, reader):
    pseud_create(user=author, name="Moth Lantern")
    client = login(reader)

    edit = "/users/quill/pseuds/Moth Lantern/edit"
    assert client.get(edit).status_code == 404
    assert client.post(edit, {"name": "Stolen"}).status_code == 404
    assert client.post(edit, {"delete": "1"}).status_code == 404
    assert pseud_names(author) == ["Moth Lantern", "quill"]


def test_a_shared_pseud_name_does_not_open_someone_elses_edit_page(login, author, reader):
    pseud_create(user=reader, name="quill")  # reader owns a pseud named like the author

    client = login(reader)

    assert client.post("/users/quill/pseuds/quill/edit", {"name": "Stolen"}).status_code == 404
    assert pseud_names(author) == ["quill"]
    assert pseud_names(reader) == ["quill", "reader"]


def test_guests_are_sent_to_log_in_from_pseud_pages(client, author):
    for url in ("/users/quill/pseuds", "/users/quill/pseuds/quill/edit"):
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith("/login?next=")


def test_pseud_services_refuse_someone_elses_pseud(author, reader):
    pseud = pseud_create(user=author, name="Moth Lantern")

    with pytest.raises(PermissionDenied):
        pseud_update(pseud=pseud, user=reader, name="Stolen", description="")
    with pytest.raises(PermissionDenied):
        pseud_delete(pseud=pseud, user=reader)

    assert pseud_names(author) == ["Moth Lantern", "quill"]
