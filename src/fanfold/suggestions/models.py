from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from fanfold.works.models import Work


class WorkSuggestions(models.Model):
    """What the text of a work's posted chapters suggests (fanfold.analysis's JSON),
    recomputed in the background when a chapter is posted or edited. Only the work's
    creators are ever shown it."""

    work = models.OneToOneField(
        Work, on_delete=models.CASCADE, primary_key=True, related_name="text_suggestions"
    )
    analysis = models.JSONField(default=dict)
    # What was analysed (texts, notes, format, tag dictionary version): an unchanged
    # hash means nothing to recompute.
    text_hash = models.CharField(max_length=64)
    computed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name_plural = "work suggestions"

    def __str__(self) -> str:
        return f"suggestions for {self.work_id}"


class DismissedSuggestion(models.Model):
    """A name (a rating, an archive warning or an Additional Tag) that a work's creator
    dismissed from the notice on its page: the page does not name it again for this work.
    The "Suggest tags" panel still offers it, and a higher rating or another tag that
    later text suggests brings the notice back."""

    work = models.ForeignKey(Work, on_delete=models.CASCADE, related_name="dismissed_suggestions")
    name = models.CharField(max_length=150)
    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    dismissed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["work", "name"], name="dismissed_suggestion_once"),
        ]

    def __str__(self) -> str:
        return f"{self.name} dismissed for {self.work_id}"
