from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from fanfold.works.models import Work


class DownloadBuild(models.Model):
    """A file being made by the background worker, which the reader's progress page
    watches. Built files live on disk (fanfold.downloads.cache); this row only says how
    the build is going."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting for a worker")
        BUILDING = "building", _("Being made")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    work = models.ForeignKey(Work, on_delete=models.CASCADE, related_name="download_builds")
    file_type = models.CharField(max_length=8)
    # The cache key of the file this build makes (fanfold.downloads.selectors.file_key).
    key = models.CharField(max_length=80)
    # Labels are written in the language of the reader who asked.
    language = models.CharField(max_length=16)
    # The reader who asked: the worker checks again that they may see the work.
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    queued_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["work", "file_type", "key", "language"], name="downloadbuild_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.file_type} of {self.work_id}: {self.status}"

    @property
    def waiting(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.BUILDING)
