"""Rate limits: how many times a visitor may do one thing (a scope: "comment", "kudos",
"signup", "login", "password_reset") in a fixed window of time.

Each scope has rules in settings.RATE_LIMITS, read at every call so tests and operators
can change them: {"per": ..., "limit": N, "seconds": S} allows N attempts per S seconds,
counted per "account" (logged-in users only), per "address" (a keyed hash of the
visitor's address, never the address itself), or per a value the visitor submitted
("username" on login, "email" on password reset; passed to rate_hit as keywords).

Counters live in the "ratelimit" cache, which every worker process shares: Redis when
REDIS_URL is set (atomic INCR), else a table in the database (see _count). docs/safety.md
explains the choice.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.base import BaseCache
from django.core.cache.backends.db import BaseDatabaseCache
from django.db import connections, router, transaction
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _l
from django.utils.translation import ngettext

from .visitors import address_key, keyed_hash

CACHE_ALIAS = "ratelimit"
# Counters outlive their window a little, so a late increment never meets a key that
# expired between "does it exist" and "add one" (which would leave a key without expiry).
EXPIRY_MARGIN = 60
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

MESSAGES = {
    "comment": _l("You're posting comments too fast. Please wait %(wait)s and try again."),
    "kudos": _l("You're giving kudos too fast. Please wait %(wait)s and try again."),
    "signup": _l(
        "Too many accounts were created from your network just now. "
        "Please wait %(wait)s and try again."
    ),
    "login": _l("Too many login attempts. Please wait %(wait)s and try again."),
    "password_reset": _l("Too many password reset requests. Please wait %(wait)s and try again."),
}
DEFAULT_MESSAGE = _l("You're doing that too often. Please wait %(wait)s and try again.")


@dataclass(frozen=True)
class RateResult:
    allowed: bool
    # Seconds until the visitor may try again (0 when allowed).
    retry_after: int = 0
    message: str = ""


def _now() -> float:
    # The clock, in one place, so tests can move time forward by patching it.
    return time.time()


def wait_words(seconds: int) -> str:
    """A wait in words a person reads at a glance: "40 seconds", "4 minutes", "2 hours"."""
    if seconds < 60:
        return ngettext("%(n)d second", "%(n)d seconds", seconds) % {"n": seconds}
    minutes = math.ceil(seconds / 60)
    if minutes < 120:
        return ngettext("%(n)d minute", "%(n)d minutes", minutes) % {"n": minutes}
    hours = math.ceil(seconds / 3600)
    return ngettext("%(n)d hour", "%(n)d hours", hours) % {"n": hours}


def refusal_message(scope: str, retry_after: int) -> str:
    return str(MESSAGES.get(scope, DEFAULT_MESSAGE)) % {"wait": wait_words(retry_after)}


def rules_for(scope: str) -> list[dict[str, Any]]:
    return list(getattr(settings, "RATE_LIMITS", {}).get(scope, []))


def _identity(request: HttpRequest, per: str, submitted: dict[str, str]) -> str | None:
    """Who a rule counts: None when the rule doesn't apply to this request."""
    if per == "address":
        return address_key(request)
    if per == "account":
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        return str(user.pk)
    value = " ".join(submitted.get(per, "").split()).lower()
    # Hashed like addresses: a username or email typed at login is no business of a
    # cache, and the hash keeps the key short.
    return keyed_hash(f"{per}:{value}") if value else None


def _count(cache: BaseCache, key: str, timeout: int) -> int:
    """Add one to a counter shared by every process and return the new count."""
    if cache.add(key, 1, timeout):
        return 1
    if isinstance(cache, BaseDatabaseCache):
        return _count_in_database(cache, key, timeout)
    try:
        # Redis INCR (and locmem's locked increment) is atomic and keeps the expiry.
        return int(cache.incr(key))
    except ValueError:  # expired between add and incr: a fresh window
        cache.add(key, 1, timeout)
        return 1


def _count_in_database(cache: BaseDatabaseCache, key: str, timeout: int) -> int:
    # Django's database cache increments by reading and writing back, which two
    # processes could interleave and lose a count. A row lock (PostgreSQL) or the one
    # writer SQLite admits (its transactions begin IMMEDIATE) makes it one step. The
    # row exists: add() above, a unique insert, has just failed.
    db = router.db_for_write(cache.cache_model_class)
    connection = connections[db]
    quote = connection.ops.quote_name
    lock = " FOR UPDATE" if connection.features.has_select_for_update else ""
    with transaction.atomic(using=db), connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {quote('cache_key')} FROM {quote(cache._table)} "
            f"WHERE {quote('cache_key')} = %s{lock}",
            [cache.make_and_validate_key(key)],
        )
        count = int(cache.get(key, 0)) + 1
        # Every increment in a window writes the same absolute expiry: window end + margin.
        cache.set(key, count, timeout)
    return count


def rate_hit(request: HttpRequest, scope: str, **submitted: str) -> RateResult:
    """Count one attempt at `scope` against every rule that applies to this visitor,
    and say whether it is allowed. Refused attempts count too; in fixed windows that
    never pushes the wait further out.

    Call it outside the view's own write transaction: a rollback would undo the count.
    """
    now = _now()
    cache = caches[CACHE_ALIAS]
    wait = 0
    for rule in rules_for(scope):
        per, limit, seconds = rule["per"], int(rule["limit"]), int(rule["seconds"])
        identity = _identity(request, per, submitted)
        if identity is None:
            continue
        window = int(now // seconds)
        window_end = (window + 1) * seconds
        key = f"rl:{scope}:{per}:{seconds}:{window}:{identity}"
        count = _count(cache, key, math.ceil(window_end - now) + EXPIRY_MARGIN)
        if count > limit:
            wait = max(wait, max(1, math.ceil(window_end - now)))
    if wait == 0:
        return RateResult(allowed=True)
    return RateResult(allowed=False, retry_after=wait, message=refusal_message(scope, wait))


def too_many_requests(request: HttpRequest, result: RateResult) -> HttpResponse:
    """The 429 answer: the page, or for htmx a fragment to show where the form was."""
    if getattr(request, "htmx", False):
        body = render_to_string("errors/429_fragment.html", {"message": result.message})
    else:
        body = render_to_string(
            "errors/429.html", {"status": 429, "message": result.message}, request=request
        )
    response = HttpResponse(body, status=429)
    response["Retry-After"] = str(result.retry_after)
    return response


def rate_limited(
    scope: str,
) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """A view decorator: each POST (or other write) counts as one attempt at `scope`;
    past the limit the view is not called and the visitor gets a 429 answer (a small
    fragment for htmx requests, else the 429 page)."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if request.method in UNSAFE_METHODS:
                result = rate_hit(request, scope)
                if not result.allowed:
                    return too_many_requests(request, result)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
