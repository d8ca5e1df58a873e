"""`fanfold flush_hits`: save this process's buffered hits (if any) and prune visits
older than a day. Web processes flush their own buffers; run this daily (cron or a
systemd timer) to keep the visits table small."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from fanfold.feedback.kudos.hits import hits_flush, hits_prune


class Command(BaseCommand):
    help = "Save buffered hit counts and delete visit records older than 24 hours."

    def handle(self, *args: Any, **options: Any) -> None:
        counted = hits_flush()
        pruned = hits_prune()
        self.stdout.write(f"Counted {counted} hits; pruned {pruned} old visit records.")
