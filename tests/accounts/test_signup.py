from __future__ import annotations

import pytest
from django.contrib.auth import get_user
from django.test import override_settings

import fanfold.settings as production_settings
from fanfold.accounts.models import ORPHAN_USERNAME, User
from fanfold.accounts.services import orphan_account
from tests.conftest import PASSWORD

SIGNUP = "/signup"


def signup_data(**overrides: str) -> dict[str, str]:
    data = {
        "username": "lanternfish",
        "email": "lanternfish@example.org",
        "password1": PASSWORD,
        "password2": PASSWORD,
    }
    data.update(overrides)
    return data


def field_block(html: str, name: str) -> str:
    """The markup includes/field.html draws for one field, up to the next field."""
    start = html.index(f'id="field-{name}"')
    end = html.find('<div class="field', start + 1)
    return html[start : end if end != -1 else len(html)]


def test_signup_page_shows_the_form(client):
    response = client.get(SIGNUP)

    assert response.status_code == 200
    html = response.content.decode()
    for name in ("username", "email", "password1", "password2"):
        assert f'name="{name}"' in html


def test_signup_creates_account_with_default_pseud_named_after_username(client, db):
    response = client.post(SIGNUP, signup_data())

    assert response.status_code == 302
    user = User.objects.get(username="lanternfish")
    assert user.email == "lanternfish@example.org"
    assert user.check_password(PASSWORD)
    assert [(p.name, p.is_default) for p in user.pseuds.all()] == [("lanternfish", True)]
    assert user.default_pseud.name == "lanternfish"


def test_signup_logs_the_new_user_in_and_welcomes_them(client, db):
    response = client.post(SIGNUP, signup_data(), follow=True)

    assert get_user(client).username == "lanternfish"
    assert response.redirect_chain[-1][0] == "/"
    assert "Welcome to the archive, lanternfish!" in response.content.decode()


def test_signup_follows_a_local_next_link(client, db):
    response = client.post(SIGNUP, {**signup_data(), "next": "/works/new"})

    assert response.status_code == 302
    assert response.url == "/works/new"


def test_signup_ignores_a_next_link_to_another_site(client, db):
    response = client.post(SIGNUP, {**signup_data(), "next": "https://evil.example/phish"})

    assert response.status_code == 302
    assert response.url == "/"


def test_signup_form_carries_next_from_the_query_string(client, db):
    html = client.get(SIGNUP + "?next=/works/new").content.decode()

    assert 'name="next" value="/works/new"' in html


def test_logged_in_user_visiting_signup_is_sent_home(login, reader):
    client = login(reader)

    response = client.get(SIGNUP)

    assert response.status_code == 302
    assert response.url == "/"


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("password1", "This password is too common."),
        ("8675309214", "This password is entirely numeric."),
        ("lanternfish1", "The password is too similar to the username."),
        ("k7#qZ", "This password is too short. It must contain at least 8 characters."),
    ],
    ids=["common", "numeric", "similar-to-username", "short"],
)
def test_signup_rejects_weak_password_beside_the_field_and_keeps_what_was_typed(
    client, db, password, message
):
    response = client.post(SIGNUP, signup_data(password1=password, password2=password))

    assert response.status_code == 200
    assert not User.objects.filter(username__iexact="lanternfish").exists()
    assert get_user(client).is_anonymous
    html = response.content.decode()
    assert message in field_block(html, "password2")
    assert 'value="lanternfish"' in field_block(html, "username")
    assert 'value="lanternfish@example.org"' in field_block(html, "email")
    # Passwords are never echoed back into the page.
    assert f'value="{password}"' not in html


def test_signup_rejects_mismatched_passwords(client, db):
    response = client.post(SIGNUP, signup_data(password2="a-different-horse-battery"))

    assert response.status_code == 200
    assert "The two password fields didn’t match." in field_block(
        response.content.decode(), "password2"
    )
    assert not User.objects.filter(username="lanternfish").exists()


def test_signup_rejects_username_taken_in_another_case(client, make_user):
    make_user("Lanternfish")

    response = client.post(SIGNUP, signup_data(username="LANTERNFISH"))

    assert response.status_code == 200
    assert "That username is taken." in field_block(response.content.decode(), "username")
    assert User.objects.filter(username__iexact="lanternfish").count() == 1


def test_signup_rejects_email_already_used_by_another_account(client, make_user):
    make_user("someone")
    User.objects.filter(username="someone").update(email="Lanternfish@Example.org")

    response = client.post(SIGNUP, signup_data(email="LANTERNFISH@example.org"))

    assert response.status_code == 200
    assert "An account with that email address already exists." in field_block(
        response.content.decode(), "email"
    )
    assert not User.objects.filter(username="lanternfish").exists()


@pytest.mark.parametrize("username", ["ab", "lantern fish", "lantern-fish", "x" * 41, "ünï"])
def test_signup_rejects_usernames_outside_letters_digits_and_underscores(client, db, username):
    response = client.post(SIGNUP, signup_data(username=username))

    assert response.status_code == 200
    assert "Use 3 to 40 letters, digits or underscores." in field_block(
        response.content.decode(), "username"
    )
    assert not User.objects.exists()


@pytest.mark.parametrize("username", ["orphan_account", "Orphan_Account"])
def test_signup_refuses_the_orphan_account_name_before_it_exists(client, db, username):
    # Works orphaned later would otherwise be credited to whoever took the name.
    response = client.post(SIGNUP, signup_data(username=username))

    assert response.status_code == 200
    assert "That username is taken." in field_block(response.content.decode(), "username")
    assert not User.objects.filter(username__iexact=ORPHAN_USERNAME).exists()
    assert orphan_account().is_active is False


def test_signup_requires_a_valid_email(client, db):
    response = client.post(SIGNUP, signup_data(email="not-an-address"))

    assert response.status_code == 200
    assert "Enter a valid email address." in field_block(response.content.decode(), "email")


def test_production_settings_hash_passwords_with_argon2_first():
    assert production_settings.PASSWORD_HASHERS[0] == (
        "django.contrib.auth.hashers.Argon2PasswordHasher"
    )


def test_signup_under_production_hashers_stores_an_argon2_hash_that_logs_in(client, db):
    with override_settings(PASSWORD_HASHERS=production_settings.PASSWORD_HASHERS):
        client.post(SIGNUP, signup_data())
        user = User.objects.get(username="lanternfish")
        client.post("/logout")

        assert user.password.startswith("argon2$")
        assert client.login(username="lanternfish", password=PASSWORD)
