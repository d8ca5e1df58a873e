"""Feed keys: how an e-reader app opens a reader's own OPDS catalogue, since apps can't
log in through a form."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class FeedToken(models.Model):
    """A personal key for the OPDS catalogue. Only a SHA-256 of the key is stored (the
    key is random and long, so no salt is needed); the reader sees it once, when it is
    made, and revokes it by deleting this row."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="feed_tokens"
    )
    name = models.CharField(_("Name"), max_length=100)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.name
