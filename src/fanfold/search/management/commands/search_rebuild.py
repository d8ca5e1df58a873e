"""`fanfold search_rebuild`: index every work again (after an upgrade that changes how
works are indexed, a restore, or a bulk load that bypassed the services)."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand
from django.db import connection

from fanfold.search.backends import get_backend


class Command(BaseCommand):
    help = "Rebuild the full-text search index of all works."

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.perf_counter()
        count = get_backend().rebuild()
        self.stdout.write(
            f"Indexed {count} works ({connection.vendor}) in {time.perf_counter() - started:.1f}s."
        )
