"""PostgreSQL full-text search (nothing happens on other databases).

A text search configuration like 'simple' (no stemming, no stop words, the same words
SQLite's unicode61 tokenizer finds) with accents folded by unaccent; generated,
weighted tsvector columns on the documents and body segments, each with a GIN index.
Weights: A title, B tags and creators, C summary, D notes; the body ranks below all.

fanfold_search_words() puts a zero-width space around ASCII punctuation, so the parser
reads "Hurt/Comfort" or "mr.holmes" as two words (as SQLite does), not as a file or a
host name. Everything that parses text for search goes through it: the vectors, the
queries and the headlines.
"""

from django.db import migrations

CONFIG = "fanfold_search"
WORDS = "fanfold_search_words"
CHECKED = "fanfold_search_checked"
CREATORS_AND_TAGS = "creators || E'\\n' || tags"


def _vector(column, weight):
    return f"setweight(to_tsvector('{CONFIG}'::regconfig, {WORDS}({column})), '{weight}')"


CREATE = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    f"CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = pg_catalog.simple)",
    f"""CREATE FUNCTION {WORDS}(value text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $$ SELECT regexp_replace(value, '[!-/:-@\\[-`{{-~]+', '\u200b\\&\u200b', 'g') $$""",
    # Always true; its cost tells the planner that checking a row means reading a big
    # TOASTed vector, which it otherwise counts as free, so it prefers the GIN index to
    # reading every segment.
    f"""CREATE FUNCTION {CHECKED}(bigint) RETURNS boolean
        LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 100
        AS $$ BEGIN RETURN true; END $$""",
    f"""ALTER TEXT SEARCH CONFIGURATION {CONFIG}
        ALTER MAPPING FOR word, numword, hword, numhword, hword_part, hword_numpart
        WITH unaccent, simple""",
    f"""ALTER TABLE search_searchdocument ADD COLUMN vector tsvector
        GENERATED ALWAYS AS (
            {_vector("title", "A")}
            || {_vector(CREATORS_AND_TAGS, "B")}
            || {_vector("summary", "C")}
            || {_vector("notes", "D")}
        ) STORED""",
    "CREATE INDEX search_document_vector ON search_searchdocument USING gin (vector)",
    f"""ALTER TABLE search_searchbodysegment ADD COLUMN vector tsvector
        GENERATED ALWAYS AS (to_tsvector('{CONFIG}'::regconfig, {WORDS}(text))) STORED""",
    "CREATE INDEX search_segment_vector ON search_searchbodysegment USING gin (vector)",
]
DROP = [
    "DROP INDEX IF EXISTS search_segment_vector",
    "ALTER TABLE search_searchbodysegment DROP COLUMN IF EXISTS vector",
    "DROP INDEX IF EXISTS search_document_vector",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS vector",
    f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}",
    f"DROP FUNCTION IF EXISTS {WORDS}(text)",
    f"DROP FUNCTION IF EXISTS {CHECKED}(bigint)",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0002_sqlite_fts5")]

    operations = [migrations.RunPython(_run(CREATE), _run(DROP), elidable=False)]
