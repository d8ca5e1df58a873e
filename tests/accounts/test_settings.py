from __future__ import annotations

import pytest
from django.contrib.auth import get_user
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client

from fanfold.accounts.forms import PreferencesForm
from fanfold.accounts.services import user_change_email, user_update_preferences
from tests.conftest import PASSWORD

NEW_PASSWORD = "a-brand-new-lantern-42"
PREFERENCES = list(PreferencesForm.Meta.fields)


@pytest.mark.parametrize(
    "url",
    ["/settings", "/settings/password", "/settings/email", "/settings/delete"],
)
def test_settings_pages_send_guests_to_log_in(client, db, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response.url == f"/login?next={url}"


# Change password


def test_change_password_with_the_old_password_keeps_the_session_and_the_new_one_logs_in(
    login, author
):
    client = login(author)

    response = client.post(
        "/settings/password",
        {
            "old_password": PASSWORD,
            "new_password1": NEW_PASSWORD,
            "new_password2": NEW_PASSWORD,
        },
    )

    assert response.status_code == 302
    assert response.url == "/settings/password/done"
    assert get_user(client) == author
    client.post("/logout")
    assert not client.login(username="quill", password=PASSWORD)
    assert client.login(username="quill", password=NEW_PASSWORD)


def test_change_password_with_a_wrong_old_password_is_refused(login, author):
    response = login(author).post(
        "/settings/password",
        {
            "old_password": "not-my-password",
            "new_password1": NEW_PASSWORD,
            "new_password2": NEW_PASSWORD,
        },
    )

    assert response.status_code == 200
    assert "Your old password was entered incorrectly." in response.content.decode()
    author.refresh_from_db()
    assert author.check_password(PASSWORD)


def test_change_password_applies_the_password_validators(login, author):
    response = login(author).post(
        "/settings/password",
        {"old_password": PASSWORD, "new_password1": "quill1234", "new_password2": "quill1234"},
    )

    assert response.status_code == 200
    assert "The password is too similar to the username." in response.content.decode()
    author.refresh_from_db()
    assert author.check_password(PASSWORD)


def test_changing_password_logs_out_other_sessions(client, author):
    other_device = Client()
    other_device.force_login(author)
    client.force_login(author)

    client.post(
        "/settings/password",
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )

    assert get_user(client) == author
    assert get_user(other_device).is_anonymous


# Change email


def test_change_email_with_the_right_password(login, author):
    response = login(author).post(
        "/settings/email", {"email": "quill@new.example", "password": PASSWORD}, follow=True
    )

    author.refresh_from_db()
    assert author.email == "quill@new.example"
    assert response.redirect_chain[-1][0] == "/settings"
    html = response.content.decode()
    assert "Your email address was changed." in html
    assert "quill@new.example" in html


def test_change_email_with_a_wrong_password_is_refused(login, author):
    response = login(author).post(
        "/settings/email", {"email": "quill@new.example", "password": "not-my-password"}
    )

    assert response.status_code == 200
    assert "That isn&#x27;t your password." in response.content.decode()
    author.refresh_from_db()
    assert author.email == "quill@example.org"


def test_change_email_to_an_address_another_account_uses_is_refused(login, author, reader):
    response = login(author).post(
        "/settings/email", {"email": "READER@example.org", "password": PASSWORD}
    )

    assert response.status_code == 200
    assert "That email address is already in use." in response.content.decode()
    author.refresh_from_db()
    assert author.email == "quill@example.org"


def test_change_email_refuses_an_invalid_address(login, author):
    response = login(author).post("/settings/email", {"email": "quill", "password": PASSWORD})

    assert response.status_code == 200
    assert "Enter a valid email address." in response.content.decode()


def test_change_email_service_refuses_an_address_in_use(author, reader):
    with pytest.raises(ValidationError):
        user_change_email(user=author, email="Reader@Example.org")

    author.refresh_from_db()
    assert author.email == "quill@example.org"


def test_password_reset_goes_to_the_new_email_after_a_change(client, author):
    user_change_email(user=author, email="quill@new.example")

    client.post("/password_reset", {"email": "quill@example.org"})
    assert mail.outbox == []
    client.post("/password_reset", {"email": "quill@new.example"})
    assert [m.to for m in mail.outbox] == [["quill@new.example"]]


# Reading preferences


ON_BY_DEFAULT = [
    "keep_history",
    "email_comments",
    "email_kudos",
    "email_subscriptions",
    "email_invitations",
]


def test_preferences_page_shows_reading_preferences_off_and_history_and_email_on_for_a_new_user(
    login, author
):
    html = login(author).get("/settings").content.decode()

    for name in PREFERENCES:
        assert f'name="{name}"' in html
    assert html.count("checked") == len(ON_BY_DEFAULT)
    for name in ON_BY_DEFAULT:
        assert f'name="{name}" id="id_{name}" checked' in html


@pytest.mark.parametrize("preference", PREFERENCES)
def test_saving_a_preference_turns_on_only_that_preference(login, author, preference):
    client = login(author)

    response = client.post("/settings", {preference: "on"}, follow=True)

    assert "Your preferences were saved." in response.content.decode()
    author.refresh_from_db()
    assert {name: getattr(author, name) for name in PREFERENCES} == {
        name: name == preference for name in PREFERENCES
    }
    html = response.content.decode()
    assert f'name="{preference}" id="id_{preference}" checked' in html


@pytest.mark.parametrize("preference", PREFERENCES)
def test_unticking_a_preference_turns_it_off(login, make_user, preference):
    user = make_user("quill", **{preference: True})

    login(user).post("/settings", {})

    user.refresh_from_db()
    assert getattr(user, preference) is False


def test_preferences_service_refuses_fields_that_are_not_preferences(author):
    with pytest.raises(ValueError, match="is_staff"):
        user_update_preferences(user=author, is_staff=True)

    author.refresh_from_db()
    assert author.is_staff is False


def test_posting_other_fields_to_preferences_does_not_change_them(login, author):
    login(author).post("/settings", {"is_staff": "on", "username": "hijack", "hide_warnings": "on"})

    author.refresh_from_db()
    assert author.is_staff is False
    assert author.username == "quill"
    assert author.hide_warnings is True
