"""The table of the "ratelimit" cache (settings.CACHES) when no Redis is configured.

Made whether or not Redis is in use today, so an archive can drop Redis later without
running createcachetable by hand.
"""

from django.core.management.commands.createcachetable import Command as CreateCacheTable
from django.db import migrations

TABLE = "fanfold_ratelimit"


def create_table(apps, schema_editor):
    command = CreateCacheTable()
    command.verbosity = 0
    command.create_table(schema_editor.connection.alias, TABLE, dry_run=False)


def drop_table(apps, schema_editor):
    quote = schema_editor.connection.ops.quote_name
    schema_editor.execute(f"DROP TABLE IF EXISTS {quote(TABLE)}")


class Migration(migrations.Migration):
    dependencies = [("core", "0001_site_options")]

    operations = [migrations.RunPython(create_table, drop_table)]
