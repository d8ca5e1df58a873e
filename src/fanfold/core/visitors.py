"""Who is asking, without storing who they are: a guest is known by a keyed hash of
their address (HMAC with a key derived from the secret key), so kudos, hit counting and
rate limits can tell visitors apart while the database never holds an IP address."""

from __future__ import annotations

import hashlib
import hmac
from functools import lru_cache

from django.conf import settings
from django.http import HttpRequest


@lru_cache(maxsize=1)
def _key() -> bytes:
    # A key of its own, so the hashes reveal nothing about the secret key's other uses.
    return hashlib.sha256(b"fanfold-visitor:" + settings.SECRET_KEY.encode()).digest()


def client_address(request: HttpRequest) -> str:
    """The visitor's address: REMOTE_ADDR, or, behind a proxy the operator declared
    (FANFOLD_PROXY_COUNT), the address that many hops back in X-Forwarded-For."""
    hops = settings.PROXY_COUNT
    if hops:
        forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [a for a in forwarded if a]
        if len(forwarded) >= hops:
            return forwarded[-hops]
    return str(request.META.get("REMOTE_ADDR", ""))


def keyed_hash(value: str) -> str:
    return hmac.new(_key(), value.encode(), hashlib.sha256).hexdigest()


def address_key(request: HttpRequest) -> str:
    """A stable, keyed hash of the visitor's address (64 hex characters)."""
    return keyed_hash("ip:" + client_address(request))


def visitor_key(request: HttpRequest) -> str:
    """One visitor: an account when logged in, else their address (hashed)."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return keyed_hash(f"user:{user.pk}")
    return address_key(request)
