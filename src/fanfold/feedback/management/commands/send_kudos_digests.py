"""`fanfold send_kudos_digests`: tell creators of the kudos given since the last digest
(run daily from cron). With --schedule, queue the digest as a background task that
queues itself again every day, for archives whose `fanfold worker` runs all the time."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from fanfold.feedback.notifications.services import kudos_digest_send
from fanfold.feedback.notifications.tasks import (
    kudos_digest_daily,
    kudos_digest_schedule,
    kudos_digest_waiting,
)


class Command(BaseCommand):
    help = "Send the daily kudos digests now, or schedule them with --schedule."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--schedule",
            action="store_true",
            help="Queue the digest for the worker to send now and then every 24 hours.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not options["schedule"]:
            made = kudos_digest_send()
            self.stdout.write(f"Sent {made} kudos digest(s).")
            return
        if not kudos_digest_daily.get_backend().supports_defer:
            raise CommandError(
                "This task backend can't run tasks later; run `fanfold send_kudos_digests` "
                "daily from cron instead."
            )
        if kudos_digest_waiting():
            self.stdout.write("Kudos digests are already scheduled.")
            return
        kudos_digest_schedule(after=datetime.timedelta(0))
        self.stdout.write(
            "Kudos digests are scheduled: `fanfold worker` sends them now and every 24 hours after."
        )
