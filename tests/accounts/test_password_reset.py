from __future__ import annotations

import re

from django.contrib.auth import get_user
from django.core import mail

from tests.conftest import PASSWORD

RESET = "/password_reset"
NEW_PASSWORD = "a-brand-new-lantern-42"


def reset_link(message: mail.EmailMessage) -> str:
    match = re.search(r"http://testserver(/password_reset/[^/\s]+/[^/\s]+)", message.body)
    assert match, message.body
    return match.group(1)


def choose_new_password(client, link: str, password: str = NEW_PASSWORD):
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    form_url = form_page.redirect_chain[-1][0]
    return client.post(form_url, {"new_password1": password, "new_password2": password})


def test_password_reset_sends_an_email_with_a_link_to_the_account_address(client, author):
    response = client.post(RESET, {"email": "quill@example.org"})

    assert response.status_code == 302
    assert response.url == "/password_reset/sent"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["quill@example.org"]
    assert message.subject == "Reset your password on Fanfold"
    assert "Hello quill," in message.body
    assert reset_link(message).startswith("/password_reset/")


def test_password_reset_link_lets_the_user_choose_a_password_that_then_logs_in(client, author):
    client.post(RESET, {"email": "quill@example.org"})

    response = choose_new_password(client, reset_link(mail.outbox[0]))

    assert response.status_code == 302
    assert response.url == "/password_reset/done"
    author.refresh_from_db()
    assert author.check_password(NEW_PASSWORD)
    assert not author.check_password(PASSWORD)
    assert client.login(username="quill", password=NEW_PASSWORD)


def test_password_reset_finds_the_account_whatever_the_email_case(client, author):
    client.post(RESET, {"email": "QUILL@Example.ORG"})

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["quill@example.org"]


def test_password_reset_for_unknown_email_shows_the_same_sent_page_and_sends_nothing(
    client, author
):
    known = client.post(RESET, {"email": "quill@example.org"}, follow=True)
    mail.outbox.clear()

    unknown = client.post(RESET, {"email": "stranger@example.org"}, follow=True)

    assert mail.outbox == []
    assert unknown.redirect_chain == known.redirect_chain == [("/password_reset/sent", 302)]
    assert unknown.content == known.content
    assert "If an account uses that address" in unknown.content.decode()


def test_password_reset_link_works_only_once(client, author):
    client.post(RESET, {"email": "quill@example.org"})
    link = reset_link(mail.outbox[0])
    choose_new_password(client, link)

    response = client.get(link, follow=True)

    assert "This reset link is invalid or has already been used." in response.content.decode()
    assert 'name="new_password1"' not in response.content.decode()


def test_tampered_password_reset_link_is_refused(client, author):
    client.post(RESET, {"email": "quill@example.org"})
    link = reset_link(mail.outbox[0])

    response = client.get(link[:-3] + "zzz", follow=True)

    assert "This reset link is invalid or has already been used." in response.content.decode()


def test_password_reset_rejects_a_weak_new_password(client, author):
    client.post(RESET, {"email": "quill@example.org"})

    response = choose_new_password(client, reset_link(mail.outbox[0]), password="12345678")

    assert response.status_code == 200
    assert "This password is entirely numeric." in response.content.decode()
    author.refresh_from_db()
    assert author.check_password(PASSWORD)


def test_password_reset_is_not_sent_to_inactive_accounts(client, make_user):
    make_user("dormant", is_active=False)

    client.post(RESET, {"email": "dormant@example.org"})

    assert mail.outbox == []


def test_password_reset_does_not_log_the_user_in(client, author):
    client.post(RESET, {"email": "quill@example.org"})

    choose_new_password(client, reset_link(mail.outbox[0]))

    assert get_user(client).is_anonymous
