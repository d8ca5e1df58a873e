from __future__ import annotations

import getpass
from typing import Any

from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from fanfold.accounts.models import ORPHAN_USERNAME, User
from fanfold.accounts.services import user_create


class Command(BaseCommand):
    help = "Create an account (with --admin, one that can use /admin/)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("email")
        parser.add_argument("--admin", action="store_true", help="make it an archive admin")
        parser.add_argument("--password", help="(otherwise asked for interactively)")

    def handle(
        self,
        *args: Any,
        username: str,
        email: str,
        admin: bool,
        password: str | None,
        **options: Any,
    ) -> None:
        taken = User.objects.filter(username__iexact=username).exists()
        if taken or username.lower() == ORPHAN_USERNAME:
            raise CommandError(f"There is already a user called {username}.")
        if password is None:
            password = getpass.getpass("Password: ")
        try:
            password_validation.validate_password(password, User(username=username, email=email))
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        user = user_create(username=username, email=email, password=password)
        if admin:
            user.is_staff = user.is_superuser = True
            user.save(update_fields=["is_staff", "is_superuser"])
        self.stdout.write(self.style.SUCCESS(f"Created {'admin ' if admin else ''}{username}."))
