"""The data folder, the secret key and SQLite's concurrency settings."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection, connections, transaction


def settings_in_subprocess(data_dir: Path, code: str, **extra_env: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FANFOLD_", "DATABASE_URL"))}
    env["FANFOLD_DATA_DIR"] = str(data_dir)
    env.update(extra_env)
    result = subprocess.run(
        [sys.executable, "-c", f"import fanfold.settings as s; {code}"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_secret_key_is_generated_once_into_the_data_folder(tmp_path):
    first = settings_in_subprocess(tmp_path, "print(s.SECRET_KEY)")
    second = settings_in_subprocess(tmp_path, "print(s.SECRET_KEY)")
    key_file = tmp_path / "secret_key"
    assert first == second == key_file.read_text().strip()
    assert len(first) >= 50
    assert key_file.stat().st_mode & 0o777 == 0o600


def test_defaults_are_production_safe(tmp_path):
    out = settings_in_subprocess(
        tmp_path,
        "print(s.DEBUG, s.DATABASES['default']['NAME'], s.PASSWORD_HASHERS[0].rsplit('.', 1)[1],"
        " s.DATABASES['default']['OPTIONS']['transaction_mode'])",
    )
    debug, db_name, hasher, mode = out.split()
    assert debug == "False"
    assert db_name == str(tmp_path / "fanfold.sqlite3")
    assert hasher == "Argon2PasswordHasher"
    assert mode == "IMMEDIATE"


def test_database_url_switches_to_postgresql(tmp_path):
    code = "d = s.DATABASES['default']; print(d['ENGINE'], d['NAME'], d['HOST'], d['PORT'])"
    out = settings_in_subprocess(
        tmp_path, code, DATABASE_URL="postgres://fan@db.example:5433/archive"
    )
    assert out == "django.db.backends.postgresql archive db.example 5433"


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's own settings")
def test_sqlite_runs_in_wal_mode_and_concurrent_writers_wait(tmp_path, django_db_blocker):
    config = {**settings.DATABASES["default"], "NAME": str(tmp_path / "concurrency.sqlite3")}
    config.setdefault("TIME_ZONE", None)

    with django_db_blocker.unblock():
        alias = "concurrency"
        connections.settings[alias] = connections.configure_settings(
            {"default": settings.DATABASES["default"], alias: config}
        )[alias]
        with connections[alias].cursor() as cursor:
            cursor.execute("PRAGMA journal_mode")
            assert cursor.fetchone()[0] == "wal"
            cursor.execute("CREATE TABLE counter (n INTEGER)")
            cursor.execute("INSERT INTO counter VALUES (0)")

        errors: list[BaseException] = []

        def increment(times: int) -> None:
            try:
                for _ in range(times):
                    # Read, then write: in DEFERRED transactions two of these collide with
                    # "database is locked"; Django's IMMEDIATE mode makes the second wait.
                    with transaction.atomic(using=alias), connections[alias].cursor() as cursor:
                        cursor.execute("SELECT n FROM counter")
                        value = cursor.fetchone()[0]
                        time.sleep(0.002)
                        cursor.execute("UPDATE counter SET n = %s", [value + 1])
            except BaseException as error:
                errors.append(error)
            finally:
                connections[alias].close()

        threads = [threading.Thread(target=increment, args=(25,)) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        try:
            with connections[alias].cursor() as cursor:
                cursor.execute("SELECT n FROM counter")
                assert cursor.fetchone()[0] == 100
        finally:
            connections[alias].close()
            del connections.settings[alias]


def test_the_archives_own_static_files_are_found():
    from django.contrib.staticfiles import finders

    for path in ("fanfold/css/fanfold.css", "fanfold/js/fanfold.js"):
        assert finders.find(path), path
