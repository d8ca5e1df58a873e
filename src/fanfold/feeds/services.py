"""Writes of feed keys: made, revoked, marked as used."""

from __future__ import annotations

import datetime
import hashlib
import secrets
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from fanfold.accounts.models import User

from .models import FeedToken

MAX_FEED_TOKENS = 20
# 32 random bytes: guessing one is hopeless, so a plain SHA-256 is enough at rest.
KEY_BYTES = 32
# A key's "last used" is written at most this often, so a reader paging through the
# catalogue costs no write per page.
LAST_USED_RESOLUTION = datetime.timedelta(minutes=10)


def feed_key_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


@dataclass(frozen=True)
class NewFeedToken:
    token: FeedToken
    # The key itself, shown once and never stored.
    key: str


@transaction.atomic
def feed_token_create(*, user: User, name: str) -> NewFeedToken:
    name = " ".join(name.split())
    if not name:
        raise ValidationError(_("A feed key needs a name, such as the app or device it is for."))
    # Locking the user's row makes two requests at once count each other's keys.
    User.objects.select_for_update().filter(pk=user.pk).first()
    if FeedToken.objects.filter(user=user).count() >= MAX_FEED_TOKENS:
        raise ValidationError(
            _("You have %(n)d feed keys, the most an account may have. Revoke one first.")
            % {"n": MAX_FEED_TOKENS}
        )
    key = secrets.token_urlsafe(KEY_BYTES)
    token = FeedToken.objects.create(user=user, name=name[:100], key_hash=feed_key_hash(key))
    return NewFeedToken(token=token, key=key)


@transaction.atomic
def feed_token_revoke(*, token: FeedToken, user: User) -> None:
    if token.user_id != user.pk:
        raise PermissionDenied(_("This is not your feed key."))
    token.delete()


def feed_token_mark_used(*, token: FeedToken) -> None:
    now = timezone.now()
    if token.last_used_at is not None and now - token.last_used_at < LAST_USED_RESOLUTION:
        return
    FeedToken.objects.filter(pk=token.pk).update(last_used_at=now)
    token.last_used_at = now
