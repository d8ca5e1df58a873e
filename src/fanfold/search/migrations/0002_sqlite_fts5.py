"""The SQLite FTS5 index over SearchDocument (nothing happens on other databases).

An external-content table: the text lives once, in search_searchdocument, and triggers
keep the index in step with every insert, update and delete of a document.
"""

from django.db import migrations

COLUMNS = ["title", "creators", "tags", "summary", "notes", "body"]
NEW = ", ".join(f"new.{c}" for c in COLUMNS)
OLD = ", ".join(f"old.{c}" for c in COLUMNS)
NAMES = ", ".join(COLUMNS)

CREATE = [
    f"""CREATE VIRTUAL TABLE search_fts USING fts5(
        {NAMES},
        content='search_searchdocument', content_rowid='work_id',
        tokenize='unicode61 remove_diacritics 2'
    )""",
    f"""CREATE TRIGGER search_fts_insert AFTER INSERT ON search_searchdocument BEGIN
        INSERT INTO search_fts(rowid, {NAMES}) VALUES (new.work_id, {NEW});
    END""",
    f"""CREATE TRIGGER search_fts_delete AFTER DELETE ON search_searchdocument BEGIN
        INSERT INTO search_fts(search_fts, rowid, {NAMES}) VALUES ('delete', old.work_id, {OLD});
    END""",
    f"""CREATE TRIGGER search_fts_update AFTER UPDATE ON search_searchdocument BEGIN
        INSERT INTO search_fts(search_fts, rowid, {NAMES}) VALUES ('delete', old.work_id, {OLD});
        INSERT INTO search_fts(rowid, {NAMES}) VALUES (new.work_id, {NEW});
    END""",
    # Documents written before this migration (none, unless it is re-applied).
    "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
]
DROP = [
    "DROP TRIGGER IF EXISTS search_fts_update",
    "DROP TRIGGER IF EXISTS search_fts_delete",
    "DROP TRIGGER IF EXISTS search_fts_insert",
    "DROP TABLE IF EXISTS search_fts",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "sqlite":
            return
        for statement in statements:
            schema_editor.execute(statement, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_documents")]

    operations = [migrations.RunPython(_run(CREATE), _run(DROP), elidable=False)]
