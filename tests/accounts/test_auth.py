from __future__ import annotations

import pytest
from django.contrib.auth import get_user
from django.core.management import CommandError, call_command

from fanfold.accounts.models import User
from tests.conftest import PASSWORD

LOGIN = "/login"


def test_login_with_username_and_password_logs_in_and_goes_home(client, author):
    response = client.post(LOGIN, {"username": "quill", "password": PASSWORD})

    assert response.status_code == 302
    assert response.url == "/"
    assert get_user(client) == author


@pytest.mark.parametrize("typed", ["QUILL", "Quill"])
def test_login_accepts_the_username_typed_in_any_case(client, author, typed):
    # Usernames are unique case-insensitively, so the case typed can't pick the wrong account.
    response = client.post(LOGIN, {"username": typed, "password": PASSWORD})

    assert response.status_code == 302
    assert get_user(client) == author


def test_login_follows_next_to_a_local_page(client, author):
    response = client.post(
        LOGIN, {"username": "quill", "password": PASSWORD, "next": "/settings/email"}
    )

    assert response.status_code == 302
    assert response.url == "/settings/email"


def test_login_ignores_next_pointing_at_another_site(client, author):
    response = client.post(
        LOGIN, {"username": "quill", "password": PASSWORD, "next": "https://evil.example/"}
    )

    assert response.status_code == 302
    assert response.url == "/"


def test_login_page_keeps_next_in_its_form(client, db):
    html = client.get(LOGIN + "?next=/settings").content.decode()

    assert 'name="next" value="/settings"' in html


def test_login_with_wrong_password_shows_error_and_stays_logged_out(client, author):
    response = client.post(
        LOGIN, {"username": "quill", "password": "wrong-horse", "next": "/settings"}
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Please enter a correct username and password." in html
    assert 'value="quill"' in html
    assert 'name="next" value="/settings"' in html
    assert get_user(client).is_anonymous


def test_login_with_unknown_username_shows_the_same_error(client, db):
    response = client.post(LOGIN, {"username": "nobody", "password": PASSWORD})

    assert response.status_code == 200
    assert "Please enter a correct username and password." in response.content.decode()


def test_logged_in_user_visiting_login_is_sent_home(login, author):
    response = login(author).get(LOGIN)

    assert response.status_code == 302
    assert response.url == "/"


def test_page_needing_login_sends_guest_to_login_and_back_after(client, author):
    response = client.get("/settings")
    assert response.status_code == 302
    assert response.url == "/login?next=/settings"

    response = client.post(LOGIN, {"username": "quill", "password": PASSWORD, "next": "/settings"})

    assert response.url == "/settings"
    assert client.get("/settings").status_code == 200


def test_restricted_work_sends_guest_to_login_then_opens_it(client, author, reader, make_work):
    work = make_work(author, title="Members Only", restricted=True)

    response = client.get(f"/works/{work.pk}")
    assert response.status_code == 302
    assert response.url == f"/login?next=/works/{work.pk}"

    response = client.post(
        LOGIN,
        {"username": "reader", "password": PASSWORD, "next": f"/works/{work.pk}"},
        follow=True,
    )

    assert response.status_code == 200
    assert "Members Only" in response.content.decode()


def test_logout_by_post_ends_the_session(login, author):
    client = login(author)

    response = client.post("/logout")

    assert response.status_code == 302
    assert response.url == "/"
    assert get_user(client).is_anonymous


def test_logout_by_get_is_refused_so_links_cannot_log_people_out(login, author):
    client = login(author)

    response = client.get("/logout")

    assert response.status_code == 405
    assert get_user(client) == author


def test_logout_button_is_a_form_posting_to_logout(login, author):
    html = login(author).get("/").content.decode()

    assert '<form method="post" action="/logout"' in html
    assert "Log out (quill)" in html


def test_inactive_account_cannot_log_in(client, make_user):
    make_user("dormant", is_active=False)

    response = client.post(LOGIN, {"username": "dormant", "password": PASSWORD})

    assert response.status_code == 200
    assert get_user(client).is_anonymous


def test_createuser_command_makes_an_account_with_its_default_pseud(db):
    call_command("createuser", "keeper", "keeper@example.org", "--password", PASSWORD)

    user = User.objects.get(username="keeper")
    assert user.check_password(PASSWORD)
    assert user.default_pseud.name == "keeper"
    assert not user.is_staff


def test_createuser_command_refuses_a_weak_password(db):
    with pytest.raises(CommandError, match="too common"):
        call_command("createuser", "keeper", "keeper@example.org", "--password", "password1")

    assert not User.objects.filter(username="keeper").exists()


def test_createuser_command_refuses_the_orphan_account_name(db):
    with pytest.raises(CommandError):
        call_command("createuser", "Orphan_Account", "o@example.org", "--password", PASSWORD)

    assert not User.objects.filter(username__iexact="orphan_account").exists()
