from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection

from fanfold.tags.autocomplete import tag_words_rebuild
from fanfold.tags.dictionary import DictionaryError, dictionary_export, dictionary_import


class Command(BaseCommand):
    help = (
        "The tag dictionary: `tags import FILE.csv`, `tags export FILE.csv` "
        "(header type,name,canonical,fandoms,parents); `tags reindex` rebuilds autocomplete."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="subcommand", required=True, metavar="SUBCOMMAND")
        load = commands.add_parser("import", help="add or update tags from a dictionary file")
        load.add_argument("file", help="the CSV file to read ('-' for standard input)")
        save = commands.add_parser("export", help="write every canonical tag and synonym")
        save.add_argument("file", help="the CSV file to write ('-' for standard output)")
        commands.add_parser(
            "reindex", help="rebuild the autocomplete index (after bulk-loading tags)"
        )

    def handle(self, *args: Any, subcommand: str, **options: Any) -> None:
        if subcommand == "import":
            self._import(options["file"])
        elif subcommand == "export":
            self._export(options["file"])
        else:
            rows = tag_words_rebuild()
            # Fresh statistics (and, on PostgreSQL, the visibility map index-only scans
            # need) for the planner; VACUUM runs outside a transaction, as commands do.
            with connection.cursor() as cursor:
                if connection.vendor == "postgresql" and not connection.in_atomic_block:
                    cursor.execute("VACUUM (ANALYZE) tags_tagword")
                else:
                    cursor.execute("ANALYZE tags_tagword")
            self.stdout.write(self.style.SUCCESS(f"Autocomplete index rebuilt: {rows:,} rows."))

    def _import(self, name: str) -> None:
        try:
            if name == "-":
                result = dictionary_import(sys.stdin)
            else:
                with open(name, encoding="utf-8-sig", newline="") as stream:
                    result = dictionary_import(stream)
        except OSError as error:
            raise CommandError(f"Can't read {name}: {error.strerror}") from error
        except UnicodeDecodeError as error:
            raise CommandError(f"{name} isn't UTF-8 text: {error}") from error
        except DictionaryError as error:
            raise CommandError(
                "\n".join([*error.errors, "Nothing was imported: fix these lines and try again."])
            ) from error
        counts = f"{result.created} created, {result.updated} updated, {result.unchanged} unchanged"
        if result.changed:
            self.stdout.write(self.style.SUCCESS(f"Tag dictionary imported: {counts}."))
        else:
            self.stdout.write(f"Nothing to change: the archive already matches ({counts}).")

    def _export(self, name: str) -> None:
        try:
            if name == "-":
                count = dictionary_export(self.stdout)
                return
            # Write next to the target and move into place: never a half-written file.
            target = Path(name)
            fd, temporary = tempfile.mkstemp(dir=target.parent or ".", suffix=".csv.part")
            try:
                with os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
                    count = dictionary_export(stream)
                os.replace(temporary, target)
            finally:
                if os.path.exists(temporary):
                    os.unlink(temporary)
        except OSError as error:
            raise CommandError(f"Can't write {name}: {error.strerror}") from error
        except DictionaryError as error:
            raise CommandError("\n".join(error.errors)) from error
        self.stdout.write(self.style.SUCCESS(f"Tag dictionary exported: {count} tags to {name}."))
