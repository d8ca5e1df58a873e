from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from fanfold.works.demo import DEMO_PASSWORD, load_demo
from fanfold.works.models import Work


class Command(BaseCommand):
    help = "Add demo users and works (original writing made for Fanfold)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--if-empty", action="store_true", help="only when the archive has no works yet"
        )

    def handle(self, *args: Any, if_empty: bool, **options: Any) -> None:
        if if_empty and Work.objects.exists():
            self.stdout.write("The archive already has works; no demo content added.")
            return
        result = load_demo()
        self.stdout.write(
            self.style.SUCCESS(
                f"Added {result.users} demo users and {result.works} works "
                f"({result.chapters} chapters). Every demo user's password is "
                f"{DEMO_PASSWORD!r}."
            )
        )
