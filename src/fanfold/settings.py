"""Django settings for Fanfold, read from the environment.

Every variable is documented in docs/configuration.md; keep the two in step.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

PACKAGE_DIR = Path(__file__).resolve().parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


# FANFOLD_DATA_DIR: where the SQLite database, the generated secret key, collected
# static files and the download cache live.
DATA_DIR = Path(os.environ.get("FANFOLD_DATA_DIR") or "var").resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = env_bool("FANFOLD_DEBUG", False)


def _secret_key() -> str:
    key = os.environ.get("FANFOLD_SECRET_KEY")
    if key:
        return key
    # Generated once and kept with the data, so sessions survive restarts.
    path = DATA_DIR / "secret_key"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_urlsafe(50))
    return path.read_text().strip()


SECRET_KEY = _secret_key()

ALLOWED_HOSTS = env_list("FANFOLD_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("FANFOLD_CSRF_TRUSTED_ORIGINS", [])
# FANFOLD_PROXY_COUNT: how many reverse proxies stand in front of Fanfold, so the
# visitor's address is read from X-Forwarded-For (0: use the connection's address).
PROXY_COUNT = int(os.environ.get("FANFOLD_PROXY_COUNT", "0"))
SITE_URL = os.environ.get("FANFOLD_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
SITE_NAME = os.environ.get("FANFOLD_SITE_NAME", "Fanfold")

# FANFOLD_HTTPS: the archive is served over HTTPS (behind a proxy that sets
# X-Forwarded-Proto); cookies become Secure and HSTS is sent.
HTTPS = env_bool("FANFOLD_HTTPS", False)
if HTTPS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("FANFOLD_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = 60 * 60 * 24 * 30
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 60 * 60 * 24 * 30

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "django_tasks",
    "django_tasks_db",
    "fanfold.core",
    "fanfold.accounts",
    "fanfold.tags",
    "fanfold.works",
    "fanfold.search",
    "fanfold.feedback",
    "fanfold.feeds",
    "fanfold.downloads",
    "fanfold.suggestions",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "fanfold.urls"
WSGI_APPLICATION = "fanfold.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "fanfold.core.context_processors.site",
                "fanfold.works.context_processors.invitations",
                "fanfold.feedback.notifications.context_processors.inbox",
            ],
        },
    }
]

# DATABASE_URL: a PostgreSQL URL (postgres://user@host:5432/name) to leave SQLite.
if os.environ.get("DATABASE_URL"):
    DATABASES = {
        "default": dj_database_url.parse(
            os.environ["DATABASE_URL"], conn_max_age=60, conn_health_checks=True
        )
    }
    # JIT compilation adds up to half a second to big full-text queries and helps none
    # of the archive's short ones.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "fanfold.sqlite3",
            "OPTIONS": {
                # Writers queue behind one another instead of failing with "database
                # is locked" halfway through a transaction.
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": (
                    "PRAGMA journal_mode=WAL;"
                    "PRAGMA synchronous=NORMAL;"
                    "PRAGMA foreign_keys=ON;"
                    "PRAGMA cache_size=-20000;"
                ),
            },
        }
    }
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# REDIS_URL: use Redis as the cache (and for rate limits) instead of process memory.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Rate-limit counters must be shared by every worker process, so they never live in
# process memory: Redis when REDIS_URL is set, else a table in the database (made by
# core's migration 0002). See fanfold/core/ratelimit.py and docs/safety.md.
if os.environ.get("REDIS_URL"):
    CACHES["ratelimit"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "KEY_PREFIX": "ratelimit",
    }
else:
    CACHES["ratelimit"] = {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "fanfold_ratelimit",
        # Past this many rows expired counters are swept; keep it well above the
        # number of visitors counted at once, or live counters would be swept too.
        "OPTIONS": {"MAX_ENTRIES": 50_000},
    }

# Rate limits, scope -> rules. A rule allows `limit` attempts per `seconds` (fixed
# windows), counted per "account" (logged in), per "address" (keyed hash, never the raw
# IP), or per the "username" typed at login / "email" typed for a password reset.
# Attempts count whether they succeed or fail. FANFOLD_RATE_LIMITS overrides them:
# "comment=5/600" sets every rule of a scope, "login.username=3/900" one rule (added if
# missing), "kudos=off" turns a scope off; items separated by commas.
RATE_LIMITS: dict[str, list[dict[str, Any]]] = {
    "comment": [
        {"per": "account", "limit": 10, "seconds": 600},
        {"per": "address", "limit": 20, "seconds": 600},
    ],
    "kudos": [
        {"per": "account", "limit": 60, "seconds": 3600},
        {"per": "address", "limit": 120, "seconds": 3600},
    ],
    "signup": [{"per": "address", "limit": 5, "seconds": 3600}],
    "login": [
        {"per": "address", "limit": 10, "seconds": 900},
        {"per": "username", "limit": 10, "seconds": 900},
    ],
    "password_reset": [
        {"per": "address", "limit": 5, "seconds": 3600},
        {"per": "email", "limit": 5, "seconds": 3600},
    ],
    # "Suggest tags" on the posting pages reads up to a whole work per click.
    "suggest": [{"per": "account", "limit": 30, "seconds": 600}],
}


def apply_rate_limit_overrides(
    limits: dict[str, list[dict[str, Any]]], spec: str
) -> dict[str, list[dict[str, Any]]]:
    for item in (part.strip() for part in spec.split(",")):
        if not item:
            continue
        name, _sep, value = item.partition("=")
        scope, _dot, per = name.strip().partition(".")
        value = value.strip().lower()
        if value == "off":
            limits[scope] = [r for r in limits.get(scope, []) if per and r["per"] != per]
            continue
        limit, _slash, seconds = value.partition("/")
        if not (scope and limit.isdigit() and seconds.isdigit() and int(seconds) > 0):
            raise ImproperlyConfigured(
                f"FANFOLD_RATE_LIMITS: {item!r} is not scope[.per]=LIMIT/SECONDS or scope=off"
            )
        rules = limits.setdefault(scope, [])
        matching = [r for r in rules if not per or r["per"] == per]
        if not per and not matching:
            raise ImproperlyConfigured(
                f"FANFOLD_RATE_LIMITS: {scope!r} has no limits to change; "
                f"name what to count, as in {scope}.address={value}"
            )
        if per and not matching:
            rules.append(matching_rule := {"per": per})
            matching = [matching_rule]
        for rule in matching:
            rule.update(limit=int(limit), seconds=int(seconds))
    return limits


RATE_LIMITS = apply_rate_limit_overrides(RATE_LIMITS, os.environ.get("FANFOLD_RATE_LIMITS", ""))

# FANFOLD_SPAM_THRESHOLD: a comment whose spam score (feedback/comments/spam.py: links,
# repeated text, a new account, a guest) reaches this is held for the work's creators
# to approve. Lower holds more; 5 lets one ordinary habit through but not two.
try:
    SPAM_THRESHOLD = float(os.environ.get("FANFOLD_SPAM_THRESHOLD") or "5")
except ValueError as error:
    raise ImproperlyConfigured("FANFOLD_SPAM_THRESHOLD must be a number") from error

# Hits are buffered in each web process and written in bulk once the buffer holds
# FANFOLD_HITS_FLUSH_SIZE hits or its oldest is FANFOLD_HITS_FLUSH_SECONDS old.
HITS_FLUSH_SIZE = int(os.environ.get("FANFOLD_HITS_FLUSH_SIZE", "200"))
HITS_FLUSH_SECONDS = float(os.environ.get("FANFOLD_HITS_FLUSH_SECONDS", "10"))

AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "works:home"
LOGOUT_REDIRECT_URL = "works:home"
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 8},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Email: console by default, so a fresh install shows password-reset mail in its log.
# FANFOLD_EMAIL_HOST switches to SMTP.
DEFAULT_FROM_EMAIL = os.environ.get("FANFOLD_EMAIL_FROM", "Fanfold <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
if os.environ.get("FANFOLD_EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["FANFOLD_EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("FANFOLD_EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("FANFOLD_EMAIL_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("FANFOLD_EMAIL_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("FANFOLD_EMAIL_TLS", True)
    EMAIL_USE_SSL = env_bool("FANFOLD_EMAIL_SSL", False)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Background work (django-tasks): in the database, run by `fanfold worker`.
# FANFOLD_TASKS_IMMEDIATE runs tasks inside the request instead (tests, tiny sites).
TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks.backends.immediate.ImmediateBackend"
            if env_bool("FANFOLD_TASKS_IMMEDIATE", False)
            else "django_tasks_db.DatabaseBackend"
        )
    }
}

# Downloads (docs/formats.md). A work longer than FANFOLD_DOWNLOADS_INLINE_WORDS words,
# and every PDF, AZW3 and MOBI, is made by `fanfold worker` while the reader waits on a
# progress page; shorter works are made inside the request (well under a second).
try:
    DOWNLOADS_INLINE_WORDS = int(os.environ.get("FANFOLD_DOWNLOADS_INLINE_WORDS") or "100000")
except ValueError as error:
    raise ImproperlyConfigured("FANFOLD_DOWNLOADS_INLINE_WORDS must be a whole number") from error
# FANFOLD_DOWNLOADS_PDF: offer PDF files (when WeasyPrint and its libraries load).
DOWNLOADS_PDF = env_bool("FANFOLD_DOWNLOADS_PDF", True)
# FANFOLD_EBOOK_CONVERT: calibre's ebook-convert (a name on PATH or a full path) for
# AZW3 and MOBI files; those formats are offered only when it is found. Empty: never.
DOWNLOADS_EBOOK_CONVERT = os.environ.get("FANFOLD_EBOOK_CONVERT", "ebook-convert")
# A cached file whose text is current is served with counts (kudos, hits...) up to
# this many seconds old, so a popular work isn't rebuilt for every kudos.
DOWNLOADS_STATS_MAX_AGE = 60 * 60 * 24

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = os.environ.get("FANFOLD_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or env_bool("FANFOLD_TESTING", False)
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_MAX_AGE = 60 * 60 * 24 * 30

MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("FANFOLD_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # WeasyPrint logs every step of every PDF at INFO.
        "weasyprint": {"level": "WARNING"},
    },
}

# The works per page on listings.
WORKS_PER_PAGE = 20
# Listings count matches up to this many and show "5,000+" past it (see
# core/paging.py): an exact count of a huge fandom would cost more than its page.
WORKS_COUNT_LIMIT = 5_000
