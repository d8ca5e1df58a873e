"""A guest's muted tags go with them when they log in: the session's mutes are added to
the account's (as many as fit under the limit) and leave the session."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest

from fanfold.accounts import services as account_services
from fanfold.accounts.models import MAX_MUTES, TagMute, User
from fanfold.tags.models import Tag

from .personal import SESSION_MUTED_TAGS, session_muted_tag_ids


@receiver(user_logged_in, dispatch_uid="fanfold.search.keep_guest_mutes")
def keep_guest_mutes(sender: Any, request: HttpRequest | None, user: User, **kwargs: Any) -> None:
    session = getattr(request, "session", None)
    if session is None or SESSION_MUTED_TAGS not in session:
        return
    ids = session_muted_tag_ids(session)
    room = MAX_MUTES - TagMute.objects.filter(user=user).count()
    muted = set(TagMute.objects.filter(user=user).values_list("tag_id", flat=True))
    fresh = [t for t in Tag.objects.filter(pk__in=ids).order_by("pk") if t.pk not in muted]
    if fresh and room > 0:
        account_services.tag_mute_add(user=user, tags=fresh[:room])
    del session[SESSION_MUTED_TAGS]
