"""Signing in to the OPDS catalogue: HTTP Basic over HTTPS only, and feed keys
managed on the reader's own page."""

from __future__ import annotations

import base64
import hashlib

from fanfold.feeds.models import FeedToken
from fanfold.feeds.services import MAX_FEED_TOKENS, feed_token_create
from tests.conftest import PASSWORD

from .conftest import NS, entries, parse, titles


def basic(username: str, password: str = PASSWORD) -> dict[str, str]:
    token = base64.b64encode(f"{username}:{password}".encode()).decode()
    return {"HTTP_AUTHORIZATION": f"Basic {token}"}


def test_basic_is_refused_over_plain_http_without_a_challenge(client, reader):
    for url in ("/opds/", "/opds/auth/", "/opds/new"):
        response = client.get(url, **basic("reader"))
        assert response.status_code == 403, url
        assert "WWW-Authenticate" not in response
        assert "HTTPS" in response.content.decode()
    # Asking for the Basic catalogue without credentials over HTTP: no challenge either.
    response = client.get("/opds/auth/")
    assert response.status_code == 403 and "WWW-Authenticate" not in response


def test_basic_over_https_opens_the_readers_catalogue(client, author, reader, make_work):
    make_work(author, title="Members Only", restricted=True)
    root = parse(client.get("/opds/", secure=True, **basic("reader")))
    assert titles(root)[-2:] == ["My bookmarks", "Marked for Later"]
    response = client.get("/opds/new", secure=True, **basic("READER"))
    assert titles(parse(response)) == ["Members Only"]
    assert "private" in response["Cache-Control"]
    assert "Authorization" in response["Vary"]


def test_the_basic_catalogue_challenges_over_https(client, reader):
    challenge = client.get("/opds/auth/", secure=True)
    assert challenge.status_code == 401
    assert challenge["WWW-Authenticate"].startswith("Basic realm=")
    feed = parse(client.get("/opds/auth/", secure=True, **basic("reader")))
    links = {e.findtext("atom:title", namespaces=NS): e for e in entries(feed)}
    href = links["My bookmarks"].find("atom:link", NS).get("href")
    assert href == "https://testserver/opds/auth/bookmarks"


def test_a_wrong_password_is_challenged_again(client, reader):
    response = client.get("/opds/", secure=True, **basic("reader", "not-the-password"))
    assert response.status_code == 401
    assert "WWW-Authenticate" in response
    assert client.get("/opds/", secure=True, **basic("nobody")).status_code == 401
    garbled = client.get("/opds/", secure=True, HTTP_AUTHORIZATION="Basic %%%")
    assert garbled.status_code == 401


def test_basic_attempts_count_against_the_login_rate_limit(client, reader, settings):
    settings.RATE_LIMITS = {"login": [{"per": "username", "limit": 2, "seconds": 900}]}
    for _attempt in range(2):
        assert client.get("/opds/", secure=True, **basic("reader", "guess")).status_code == 401
    refused = client.get("/opds/", secure=True, **basic("reader", "another guess"))
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    assert "Too many login attempts" in refused.content.decode()


def test_a_checked_password_is_not_checked_again_on_every_page(client, reader, settings):
    settings.RATE_LIMITS = {"login": [{"per": "username", "limit": 1, "seconds": 900}]}
    for _page in range(5):
        assert client.get("/opds/", secure=True, **basic("reader")).status_code == 200
    # Changing the password ends the remembered login.
    reader.set_password("a-new-long-password")
    reader.save()
    assert client.get("/opds/", secure=True, **basic("reader")).status_code == 429


def test_a_closed_account_cannot_sign_in(client, reader):
    assert client.get("/opds/", secure=True, **basic("reader")).status_code == 200
    reader.is_active = False
    reader.save()
    assert client.get("/opds/", secure=True, **basic("reader")).status_code == 401


# The feed keys page


def test_a_reader_makes_a_key_and_sees_it_once(client, reader, login):
    login(reader)
    response = client.post("/users/reader/feed-tokens", {"action": "create", "name": "Kobo"})
    assert response.status_code == 200
    token = FeedToken.objects.get(user=reader)
    key = response.context["new_key"]
    assert token.name == "Kobo"
    assert token.key_hash == hashlib.sha256(key.encode()).hexdigest()
    assert key not in token.key_hash
    html = response.content.decode()
    assert f"http://testserver/opds/t/{key}/" in html
    assert "no-store" in response["Cache-Control"]
    again = client.get("/users/reader/feed-tokens").content.decode()
    assert "Kobo" in again and key not in again
    assert client.get(f"/opds/t/{key}/").status_code == 200
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_a_revoked_key_opens_nothing(client, reader, login):
    made = feed_token_create(user=reader, name="Old phone")
    login(reader)
    response = client.post(
        "/users/reader/feed-tokens", {"action": "revoke", "token": made.token.pk}
    )
    assert response.status_code == 302
    assert not FeedToken.objects.exists()
    client.logout()
    assert client.get(f"/opds/t/{made.key}/").status_code == 403


def test_only_the_owner_manages_their_keys(client, reader, make_user, login):
    made = feed_token_create(user=reader, name="Kobo")
    assert client.get("/users/reader/feed-tokens").status_code == 302
    login(make_user("stranger"))
    assert client.get("/users/reader/feed-tokens").status_code == 404
    revoke = client.post(
        "/users/stranger/feed-tokens", {"action": "revoke", "token": made.token.pk}
    )
    assert revoke.status_code == 404
    assert FeedToken.objects.filter(pk=made.token.pk).exists()


def test_a_key_needs_a_name_and_there_is_a_limit(client, reader, login):
    login(reader)
    blank = client.post("/users/reader/feed-tokens", {"action": "create", "name": "  "})
    assert "needs a name" in blank.content.decode()
    for n in range(MAX_FEED_TOKENS):
        feed_token_create(user=reader, name=f"Device {n}")
    full = client.post("/users/reader/feed-tokens", {"action": "create", "name": "One more"})
    assert "Revoke one first" in full.content.decode()
    assert FeedToken.objects.filter(user=reader).count() == MAX_FEED_TOKENS
