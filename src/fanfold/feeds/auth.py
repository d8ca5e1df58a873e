"""Who an OPDS request is for. E-reader apps can't log in through a form, so the
catalogue accepts, and only accepts:

- a personal feed key, as a path prefix (/opds/t/KEY/...) or ?token=KEY;
- HTTP Basic with the reader's username and password, over HTTPS only: over plain
  HTTP a password would cross the network readable, so it is refused with a 403 (never
  a Basic challenge, which would invite the app to send it);
- nothing: the catalogue a guest sees.

Sessions are never used: a catalogue URL opened in a logged-in browser shows the guest
catalogue, as Atom feeds do (see views.py), so a link shared from there shows nobody's
private shelves."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field
from urllib.parse import quote

from django.conf import settings
from django.contrib.auth import authenticate
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, QueryDict
from django.utils.translation import gettext as _

from fanfold.accounts.models import User
from fanfold.core.ratelimit import rate_hit
from fanfold.core.visitors import keyed_hash
from fanfold.works.selectors import Viewer

from . import services
from .responses import text_response
from .selectors import feed_token_for_key, guest

PUBLIC = "public"
BASIC = "basic"
TOKEN = "token"
# A password checked once is trusted for this long for the same username and password
# (and the same stored password hash): an app turning pages sends it with every
# request, and each would otherwise cost a slow hash and a login attempt.
BASIC_REMEMBER_SECONDS = 600


@dataclass(frozen=True)
class OpdsClient:
    request: HttpRequest
    viewer: Viewer = field(default_factory=guest)
    # The catalogue's root path for this client: links stay inside it.
    base: str = "/opds/"
    # A key given as ?token=, carried on every link.
    query_key: str = ""
    # How the client proved who it is (public, basic or token).
    method: str = PUBLIC

    @property
    def authenticated(self) -> bool:
        return bool(self.viewer.is_authenticated)

    @property
    def user(self) -> User:
        assert isinstance(self.viewer, User)
        return self.viewer

    def path(self, route: str = "", params: QueryDict | dict[str, str] | None = None) -> str:
        query = QueryDict(mutable=True)
        for key, value in (params or {}).items():
            query[key] = value
        if self.query_key:
            query["token"] = self.query_key
        return self.base + route + ("?" + query.urlencode() if query else "")

    def url(self, route: str = "", params: QueryDict | dict[str, str] | None = None) -> str:
        return self.request.build_absolute_uri(self.path(route, params))

    def search_template(self) -> str:
        """The OpenSearch template of the catalogue's search ({searchTerms} unescaped)."""
        extra = "&token=" + quote(self.query_key, safe="") if self.query_key else ""
        return self.request.build_absolute_uri(self.base + "search") + "?q={searchTerms}" + extra


def _challenge(message: str) -> HttpResponse:
    response = text_response(message, status=401)
    realm = settings.SITE_NAME.replace('"', "'")
    response["WWW-Authenticate"] = f'Basic realm="{realm} OPDS", charset="UTF-8"'
    return response


def _https_only() -> HttpResponse:
    return text_response(
        _(
            "This catalogue accepts a username and password only over HTTPS, where they "
            "can't be read on the way. Use the https:// address of this catalogue, or a "
            "personal feed key (made on your Feed keys page) instead of a password."
        ),
        status=403,
    )


def _remember_key(username: str, password: str) -> str:
    return "feeds:basic:" + keyed_hash(f"{username.lower()}\0{password}")


def _remembered(username: str, password: str) -> User | None:
    remembered = cache.get(_remember_key(username, password))
    if not remembered:
        return None
    user_id, password_hash = remembered
    user = User.objects.filter(pk=user_id, is_active=True).first()
    # A changed password (or a closed account) ends the trust at once.
    if user is None or keyed_hash(user.password) != password_hash:
        return None
    return user


def _basic_user(request: HttpRequest) -> User | HttpResponse:
    if not request.is_secure():
        return _https_only()
    scheme, _sep, encoded = request.META.get("HTTP_AUTHORIZATION", "").partition(" ")
    if scheme.lower() != "basic":
        return _challenge(_("Sign in with your username and password."))
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return _challenge(_("The username and password could not be read."))
    username, sep, password = decoded.partition(":")
    if not sep or not username:
        return _challenge(_("The username and password could not be read."))
    user = _remembered(username, password)
    if user is not None:
        return user
    limit = rate_hit(request, "login", username=username)
    if not limit.allowed:
        response = text_response(limit.message, status=429)
        response["Retry-After"] = str(limit.retry_after)
        return response
    # Usernames are unique whatever their case, as on the login form.
    stored = (
        User.objects.filter(username__iexact=username).values_list("username", flat=True).first()
    )
    found = authenticate(request, username=stored or username, password=password)
    if not isinstance(found, User):
        return _challenge(_("That username and password don't match an account here."))
    cache.set(
        _remember_key(username, password),
        (found.pk, keyed_hash(found.password)),
        BASIC_REMEMBER_SECONDS,
    )
    return found


def _token_client(request: HttpRequest, key: str, *, in_path: bool) -> OpdsClient | HttpResponse:
    token = feed_token_for_key(key)
    if token is None:
        return text_response(
            _(
                "This feed key doesn't open any catalogue: it may have been revoked. "
                "Make a new one on your Feed keys page."
            ),
            status=403,
        )
    services.feed_token_mark_used(token=token)
    if in_path:
        return OpdsClient(request, token.user, base=f"/opds/t/{key}/", method=TOKEN)
    return OpdsClient(request, token.user, query_key=key, method=TOKEN)


def opds_client(request: HttpRequest, *, mode: str, key: str = "") -> OpdsClient | HttpResponse:
    """The client this request is from, or the refusal to send back.

    mode: "public" for /opds/ (a key or Basic credentials are honoured when given),
    "basic" for /opds/auth/ (Basic required: challenged over HTTPS), "token" for
    /opds/t/KEY/."""
    if mode == TOKEN:
        return _token_client(request, key, in_path=True)
    if mode == PUBLIC and request.GET.get("token"):
        return _token_client(request, request.GET["token"], in_path=False)
    sent_basic = request.META.get("HTTP_AUTHORIZATION", "")[:6].lower() == "basic "
    if mode == BASIC or sent_basic:
        found = _basic_user(request)
        if isinstance(found, HttpResponse):
            return found
        base = "/opds/auth/" if mode == BASIC else "/opds/"
        return OpdsClient(request, found, base=base, method=BASIC)
    return OpdsClient(request)
