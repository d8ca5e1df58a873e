from __future__ import annotations

import html
import os
import threading

import pytest
from django.contrib.auth import get_user
from django.contrib.auth.models import AnonymousUser
from django.core import mail
from django.core.cache import caches
from django.core.exceptions import ImproperlyConfigured
from django.db import connection, connections
from django.http import HttpRequest, HttpResponse
from django.test import RequestFactory

from fanfold.accounts.models import User
from fanfold.core import ratelimit
from fanfold.settings import apply_rate_limit_overrides
from tests.conftest import PASSWORD

# A moment one minute into a 15-minute window (and into 10-minute and hour windows).
START = 1_800_000_000 - 1_800_000_000 % 3600 + 60
GUEST_ADDRESS = "203.0.113.7"
OTHER_ADDRESS = "198.51.100.20"


@pytest.fixture(autouse=True)
def fresh_counters(db, monkeypatch):
    # With REDIS_URL this empties the test's Redis database; with the database cache
    # the rows would go with the test's transaction anyway.
    caches["ratelimit"].clear()
    monkeypatch.setattr(ratelimit, "_now", lambda: START)
    yield
    caches["ratelimit"].clear()


def move_clock(monkeypatch, seconds: float) -> None:
    monkeypatch.setattr(ratelimit, "_now", lambda: START + seconds)


def limit(settings, scope: str, *rules: tuple[str, int, int]) -> None:
    settings.RATE_LIMITS = {scope: [{"per": per, "limit": n, "seconds": s} for per, n, s in rules]}


@ratelimit.rate_limited("comment")
def comment_view(request: HttpRequest) -> HttpResponse:
    return HttpResponse("posted")


def post_comment(user: User | None = None, address: str = GUEST_ADDRESS, htmx: bool = False):
    request = RequestFactory().post("/comment", REMOTE_ADDR=address)
    request.user = user if user is not None else AnonymousUser()
    request.htmx = htmx
    return comment_view(request)


def text(response: HttpResponse) -> str:
    return html.unescape(response.content.decode())


def failed_login(client, username: str = "quill", address: str = GUEST_ADDRESS):
    return client.post("/login", {"username": username, "password": "not-it"}, REMOTE_ADDR=address)


# The configured number


def test_rate_limit_trips_at_the_configured_number(settings):
    limit(settings, "comment", ("address", 3, 600))

    answers = [post_comment() for _ in range(4)]

    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    refused = answers[3]
    assert refused["Retry-After"] == "540"
    assert "You're posting comments too fast. Please wait 9 minutes and try again." in (
        text(refused)
    )


def test_guest_limit_counts_each_address_apart(settings):
    limit(settings, "comment", ("address", 2, 600))
    post_comment(address=GUEST_ADDRESS)
    post_comment(address=GUEST_ADDRESS)

    assert post_comment(address=GUEST_ADDRESS).status_code == 429
    assert post_comment(address=OTHER_ADDRESS).status_code == 200


def test_account_limit_follows_the_account_across_addresses(settings, make_user):
    limit(settings, "comment", ("account", 2, 600), ("address", 100, 600))
    writer, other = make_user(), make_user()
    post_comment(writer, address=GUEST_ADDRESS)
    post_comment(writer, address=OTHER_ADDRESS)

    assert post_comment(writer, address="192.0.2.99").status_code == 429
    # Another account on the same address has its own count.
    assert post_comment(other, address=GUEST_ADDRESS).status_code == 200


def test_logged_in_users_are_also_counted_by_address(settings, make_user):
    # Many fresh accounts from one address still meet the address limit.
    limit(settings, "comment", ("account", 100, 600), ("address", 2, 600))
    post_comment(make_user())
    post_comment(make_user())

    assert post_comment(make_user()).status_code == 429


def test_guests_are_not_held_by_account_rules(settings):
    limit(settings, "comment", ("account", 1, 600))

    assert [post_comment().status_code for _ in range(3)] == [200, 200, 200]


def test_the_window_expires_and_the_visitor_may_try_again(settings, monkeypatch):
    limit(settings, "comment", ("address", 1, 600))
    post_comment()
    move_clock(monkeypatch, 539)
    assert post_comment().status_code == 429

    move_clock(monkeypatch, 540)  # the next 10-minute window begins

    assert post_comment().status_code == 200
    assert post_comment().status_code == 429


def test_retry_after_counts_down_to_the_end_of_the_window(settings, monkeypatch):
    limit(settings, "comment", ("address", 1, 600))
    post_comment()
    move_clock(monkeypatch, 500)

    refused = post_comment()

    assert refused["Retry-After"] == "40"
    assert "Please wait 40 seconds" in text(refused)


def test_get_requests_are_not_counted(settings):
    limit(settings, "comment", ("address", 1, 600))
    request = RequestFactory().get("/comment", REMOTE_ADDR=GUEST_ADDRESS)
    request.user = None

    assert [comment_view(request).status_code for _ in range(3)] == [200, 200, 200]


def test_htmx_requests_get_a_small_fragment_not_a_page(settings):
    limit(settings, "comment", ("address", 1, 600))
    post_comment(htmx=True)

    refused = post_comment(htmx=True)

    assert refused.status_code == 429
    assert refused["Retry-After"] == "540"
    page = text(refused)
    assert "<html" not in page
    assert 'role="alert"' in page
    assert "You're posting comments too fast" in page


def test_the_429_page_is_a_full_page_of_the_archive(settings):
    limit(settings, "comment", ("address", 1, 600))
    post_comment()

    page = text(post_comment())

    assert "<html" in page
    assert "Slow down a little" in page


def test_a_scope_without_rules_is_never_limited(settings):
    settings.RATE_LIMITS = {}

    assert [post_comment().status_code for _ in range(30)] == [200] * 30


def test_rate_hit_reports_the_wait_for_views_that_answer_in_their_own_page(settings):
    limit(settings, "kudos", ("address", 1, 3600))
    request = RequestFactory().post("/kudos", REMOTE_ADDR=GUEST_ADDRESS)

    first = ratelimit.rate_hit(request, "kudos")
    second = ratelimit.rate_hit(request, "kudos")

    assert first == ratelimit.RateResult(allowed=True, retry_after=0, message="")
    assert not second.allowed
    assert second.retry_after == 3540
    assert second.message == "You're giving kudos too fast. Please wait 59 minutes and try again."


def test_counters_are_keyed_by_a_hash_never_the_raw_address(settings):
    limit(settings, "comment", ("address", 5, 600))
    post_comment(address=GUEST_ADDRESS)

    store = caches["ratelimit"]
    if os.environ.get("REDIS_URL"):
        keys = [k.decode() for k in store._cache.get_client().keys("*")]
    else:
        with connection.cursor() as cursor:
            cursor.execute("SELECT cache_key FROM fanfold_ratelimit")
            keys = [row[0] for row in cursor.fetchall()]
    assert keys
    assert not any(GUEST_ADDRESS in key for key in keys)


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (1, "1 second"),
        (40, "40 seconds"),
        (61, "2 minutes"),
        (600, "10 minutes"),
        (7100, "119 minutes"),
        (7201, "3 hours"),
    ],
)
def test_the_wait_is_said_in_words_a_person_reads_at_a_glance(seconds, words):
    assert ratelimit.wait_words(seconds) == words


# Login, sign-up, password reset


def test_login_is_refused_past_the_address_limit_and_keeps_the_username(client, settings, author):
    limit(settings, "login", ("address", 3, 900))
    assert [failed_login(client).status_code for _ in range(3)] == [200, 200, 200]

    refused = client.post(
        "/login",
        {"username": "quill", "password": "its-secret", "next": "/settings"},
        REMOTE_ADDR=GUEST_ADDRESS,
    )

    assert refused.status_code == 429
    assert refused["Retry-After"] == "840"
    page = text(refused)
    assert "Too many login attempts. Please wait 14 minutes and try again." in page
    assert 'value="quill"' in page
    assert "its-secret" not in page
    assert 'name="next" value="/settings"' in page


def test_login_with_the_right_password_past_the_limit_is_still_refused(client, settings, author):
    # Failed and successful attempts both count: the limit stops guessing outright.
    limit(settings, "login", ("address", 2, 900))
    failed_login(client)
    failed_login(client)

    refused = client.post(
        "/login", {"username": "quill", "password": PASSWORD}, REMOTE_ADDR=GUEST_ADDRESS
    )

    assert refused.status_code == 429
    assert not get_user(client).is_authenticated


def test_login_is_limited_per_username_whatever_the_address(client, settings, author):
    limit(settings, "login", ("address", 100, 900), ("username", 3, 900))
    for address in ("192.0.2.1", "192.0.2.2", "192.0.2.3"):
        failed_login(client, address=address)

    assert failed_login(client, "QUILL", address="192.0.2.4").status_code == 429
    assert failed_login(client, "reader", address="192.0.2.4").status_code == 200


def test_login_limit_lifts_when_the_window_ends(client, settings, monkeypatch, author):
    limit(settings, "login", ("address", 1, 900))
    failed_login(client)
    assert failed_login(client).status_code == 429

    move_clock(monkeypatch, 900)
    response = client.post("/login", {"username": "quill", "password": PASSWORD})

    assert response.status_code == 302
    assert get_user(client) == author


def test_signup_is_refused_past_the_limit_keeping_name_and_email_but_not_passwords(
    client, settings
):
    limit(settings, "signup", ("address", 2, 3600))
    for n in (1, 2):
        client.post(
            "/signup",
            {
                "username": f"early{n}",
                "email": f"early{n}@example.org",
                "password1": "a-long-lantern-7",
                "password2": "a-long-lantern-7",
            },
        )
        client.logout()

    refused = client.post(
        "/signup",
        {
            "username": "latecomer",
            "email": "late@example.org",
            "password1": "a-long-lantern-7",
            "password2": "a-long-lantern-7",
        },
    )

    assert refused.status_code == 429
    assert refused["Retry-After"] == "3540"
    page = text(refused)
    assert "Too many accounts were created from your network just now." in page
    assert 'value="latecomer"' in page
    assert 'value="late@example.org"' in page
    assert "a-long-lantern-7" not in page
    assert not User.objects.filter(username="latecomer").exists()
    assert User.objects.filter(username__startswith="early").count() == 2


def test_password_reset_is_limited_per_address(client, settings, author):
    limit(settings, "password_reset", ("address", 2, 3600))
    client.post("/password_reset", {"email": "quill@example.org"})
    client.post("/password_reset", {"email": "someone@example.org"})

    refused = client.post("/password_reset", {"email": "quill@example.org"})

    assert refused.status_code == 429
    assert refused["Retry-After"] == "3540"
    page = text(refused)
    assert "Too many password reset requests. Please wait 59 minutes" in page
    assert 'value="quill@example.org"' in page
    assert len(mail.outbox) == 1


def test_password_reset_is_limited_per_email_whatever_the_address(client, settings, author):
    limit(settings, "password_reset", ("address", 100, 3600), ("email", 2, 3600))
    client.post("/password_reset", {"email": "quill@example.org"}, REMOTE_ADDR="192.0.2.1")
    client.post("/password_reset", {"email": "quill@example.org"}, REMOTE_ADDR="192.0.2.2")

    refused = client.post(
        "/password_reset", {"email": "Quill@Example.org"}, REMOTE_ADDR="192.0.2.3"
    )
    other = client.post("/password_reset", {"email": "reader@example.org"}, REMOTE_ADDR="192.0.2.3")

    assert refused.status_code == 429
    assert other.status_code == 302
    assert len(mail.outbox) == 2


def test_default_limits_let_an_honest_person_sign_up_and_log_in(client, db):
    # The shipped defaults, untouched by the test.
    response = client.post(
        "/signup",
        {
            "username": "newcomer",
            "email": "new@example.org",
            "password1": "a-long-lantern-7",
            "password2": "a-long-lantern-7",
        },
    )
    assert response.status_code == 302
    client.logout()
    failed_login(client, "newcomer")
    assert (
        client.post("/login", {"username": "newcomer", "password": "a-long-lantern-7"})["Location"]
        == "/"
    )


# FANFOLD_RATE_LIMITS


def defaults() -> dict:
    return {
        "comment": [
            {"per": "account", "limit": 10, "seconds": 600},
            {"per": "address", "limit": 20, "seconds": 600},
        ],
        "login": [{"per": "address", "limit": 10, "seconds": 900}],
    }


def test_environment_sets_every_rule_of_a_scope():
    limits = apply_rate_limit_overrides(defaults(), "comment=5/300")

    assert limits["comment"] == [
        {"per": "account", "limit": 5, "seconds": 300},
        {"per": "address", "limit": 5, "seconds": 300},
    ]


def test_environment_sets_or_adds_one_counter():
    limits = apply_rate_limit_overrides(defaults(), "comment.address=50/600, login.username=3/900")

    assert limits["comment"][1] == {"per": "address", "limit": 50, "seconds": 600}
    assert {"per": "username", "limit": 3, "seconds": 900} in limits["login"]


def test_environment_turns_a_scope_or_a_counter_off():
    limits = apply_rate_limit_overrides(defaults(), "login=off,comment.account=off")

    assert limits["login"] == []
    assert limits["comment"] == [{"per": "address", "limit": 20, "seconds": 600}]


@pytest.mark.parametrize("spec", ["comment=5", "comment=five/600", "comment=5/0", "nothing=5/60"])
def test_environment_refuses_what_it_cannot_read(spec):
    with pytest.raises(ImproperlyConfigured):
        apply_rate_limit_overrides(defaults(), spec)


# Shared between processes


@pytest.mark.skipif(
    not (os.environ.get("DATABASE_URL") or os.environ.get("REDIS_URL")),
    reason="SQLite's in-memory test database is one connection; see the PostgreSQL run",
)
@pytest.mark.django_db(transaction=True)
def test_concurrent_attempts_are_all_counted(settings):
    limit(settings, "comment", ("address", 80, 600))
    request = RequestFactory().post("/comment", REMOTE_ADDR=GUEST_ADDRESS)
    answers: list[bool] = []
    errors: list[BaseException] = []

    def hit() -> None:
        try:
            for _ in range(10):
                answers.append(ratelimit.rate_hit(request, "comment").allowed)
        except BaseException as error:  # reported below, not lost in the thread
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=hit) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert not errors
    assert answers == [True] * 80
    # Had two processes overwritten each other's count, the 81st would still pass.
    assert ratelimit.rate_hit(request, "comment").allowed is False
