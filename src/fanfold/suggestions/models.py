from __future__ import annotations

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
