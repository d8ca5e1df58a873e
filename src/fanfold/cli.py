"""The `fanfold` command: `serve` runs the production server; everything else is a
Django management command (migrate, demo, createuser, worker, ...)."""

from __future__ import annotations

import os
import sys


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
    os.execvp(sys.executable, [sys.executable, "-m", "gunicorn", *argv[1:]])


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fanfold.settings")
    command = argv[1] if len(argv) > 1 else "help"
    if command == "serve":
        _serve(argv[2:])
        return
    if command == "worker":
        argv = [argv[0], "db_worker", *argv[2:]]
    from django.core.management import execute_from_command_line

    execute_from_command_line(["fanfold", *argv[1:]])


if __name__ == "__main__":
    main()
