"""The `fanfold` command: `serve` runs the production server; everything else is a
Django management command (migrate, demo, createuser, worker, ...)."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping


def _serve(args: list[str]) -> None:
    import argparse

    parser = argparse.ArgumentParser(prog="fanfold serve", description="Serve the archive.")
    parser.add_argument("--bind", default=os.environ.get("FANFOLD_BIND", "127.0.0.1:8000"))
    parser.add_argument(
        "--workers", type=int, default=int(os.environ.get("FANFOLD_WEB_WORKERS", "2"))
    )
    parser.add_argument(
        "--threads", type=int, default=int(os.environ.get("FANFOLD_WEB_THREADS", "4"))
    )
    parser.add_argument(
        "--no-task-worker",
        dest="task_worker",
        action="store_false",
        default=os.environ.get("FANFOLD_SERVE_TASK_WORKER", "true").lower()
        not in {"0", "false", "no", "off"},
        help="don't run background tasks alongside (run `fanfold worker` yourself)",
    )
    options = parser.parse_args(args)
    argv = [
        "gunicorn",
        "fanfold.wsgi:application",
        "--bind", options.bind,
        "--workers", str(options.workers),
        "--threads", str(options.threads),
        "--access-logfile", "-",
        "--timeout", "60",
    ]  # fmt: skip
    gunicorn = [sys.executable, "-m", "gunicorn", *argv[1:]]
    if not options.task_worker:
        os.execvp(sys.executable, gunicorn)
    # One command for a small archive: the web server and the task worker (emails,
    # notifications, big downloads) together; stopping one stops both.
    _run_together([gunicorn, [sys.executable, "-m", "fanfold.cli", "worker"]])


def _run_together(commands: list[list[str]]) -> None:
    import signal
    import subprocess
    import time

    children = [subprocess.Popen(command) for command in commands]

    def stop(signum: int, frame: object) -> None:
        for child in children:
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    while all(child.poll() is None for child in children):
        time.sleep(0.5)
    stop(signal.SIGTERM, None)
    codes = [child.wait() for child in children]
    sys.exit(codes[0])


# The commands whose log an operator reads as it runs: the server, the task worker and
# Django's development server.
_LOGGING_COMMANDS = frozenset({"serve", "worker", "db_worker", "runserver"})


def _log_level_for(command: str, environ: Mapping[str, str]) -> str | None:
    """The log level to set for `command`, or None to leave the settings' own (INFO, or
    FANFOLD_LOG_LEVEL). A one-off command (analyze, tags, migrate) prints what it has to
    say; its INFO lines, such as which download formats are off, are the server's."""
    if command in _LOGGING_COMMANDS or "FANFOLD_LOG_LEVEL" in environ:
        return None
    return "WARNING"


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fanfold.settings")
    command = argv[1] if len(argv) > 1 else "help"
    level = _log_level_for(command, os.environ)
    if level is not None:
        os.environ["FANFOLD_LOG_LEVEL"] = level
    if command == "serve":
        _serve(argv[2:])
        return
    if command == "worker":
        argv = [argv[0], "db_worker", *argv[2:]]
    from django.core.management import execute_from_command_line

    execute_from_command_line(["fanfold", *argv[1:]])


if __name__ == "__main__":
    main()
