"""What hit counting costs: the work page with and without recording the hit, and one
flush of 1,000 buffered hits, on SQLite.

    .venv/bin/python bench/hits.py
    .venv/bin/python bench/hits.py --requests 500 --flushes 20

Builds a small archive in a fresh data folder (one 3,000-word work to time, 200 more
for the flushes), then drives Django's WSGI handler in this process as a server
would: a request's latency is the time until the body is ready to send; closing the
response (where Django sends request_finished and a due flush runs) happens after,
as it does after a real server has sent the body, and is timed on its own. Requests
alternate between the two modes, each from a new address so that every hit counts.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=500, help="per mode")
    parser.add_argument("--flushes", type=int, default=20)
    parser.add_argument("--flush-hits", type=int, default=1000)
    args = parser.parse_args()

    os.environ["FANFOLD_DATA_DIR"] = tempfile.mkdtemp(prefix="fanfold-bench-hits-")
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fanfold.settings")
    os.environ["FANFOLD_TESTING"] = "1"  # plain static storage: no collectstatic
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    import django

    django.setup()
    import logging

    from django.core.management import call_command
    from django.core.wsgi import get_wsgi_application
    from django.db import connection

    from fanfold.accounts.services import user_create
    from fanfold.feedback import reading
    from fanfold.feedback.kudos import hits
    from fanfold.works import services
    from fanfold.works.models import Work

    logging.disable(logging.WARNING)
    call_command("migrate", verbosity=0)
    writer = user_create(username="tidewriter", email="t@example.org", password="x" * 16)
    paragraph = (
        "The harbour lights came on one by one, and the ferryman counted them as he always "
        "did, lips moving, as if a missing one would mean a missing boat. "
    ) * 6
    text = "\n\n".join([paragraph] * 25)  # about 3,000 words

    def new_work(title: str) -> Work:
        return services.work_create(
            creator=writer,
            pseuds=[writer.default_pseud],
            data=services.WorkData(
                title=title,
                rating="General Audiences",
                warnings=["No Archive Warnings Apply"],
                fandoms=["Original Work"],
            ),
            chapter=services.ChapterData(title="One", text=text),
            post=True,
        )

    work = new_work("Harbour Lights")
    others = [new_work(f"Pier {n}").pk for n in range(200)]
    application = get_wsgi_application()

    def environ(address: str) -> dict[str, object]:
        return {
            "REQUEST_METHOD": "GET",
            "PATH_INFO": f"/works/{work.pk}",
            "QUERY_STRING": "",
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "8000",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "REMOTE_ADDR": address,
            "HTTP_USER_AGENT": "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0",
            "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(),
            "wsgi.errors": sys.stderr,
            "wsgi.version": (1, 0),
            "wsgi.multithread": True,
            "wsgi.multiprocess": True,
            "wsgi.run_once": False,
        }

    def request(address: str) -> tuple[float, float]:
        statuses: list[str] = []
        started = time.perf_counter()
        body = application(environ(address), lambda status, headers: statuses.append(status))
        b"".join(body)
        served = time.perf_counter()
        body.close()  # type: ignore[attr-defined]
        closed = time.perf_counter()
        assert statuses[0].startswith("200"), statuses
        return served - started, closed - served

    recording = hits.hit_record
    no_recording: Callable[..., None] = lambda request, work: None  # noqa: E731
    timings: dict[str, list[float]] = {"with": [], "without": []}
    after: list[float] = []
    for n in range(30):  # warm up templates and connections
        request(f"10.9.{n // 250}.{n % 250}")
    hits.hits_flush()
    for n in range(args.requests * 2):
        mode = "with" if n % 2 == 0 else "without"
        reading.hit_record = recording if mode == "with" else no_recording  # type: ignore[attr-defined]
        served, closed = request(f"10.{n // 62500}.{n // 250 % 250}.{n % 250}")
        timings[mode].append(served * 1000)
        after.append(closed * 1000)
    reading.hit_record = recording  # type: ignore[attr-defined]
    hits.hits_flush()
    counted = Work.objects.get(pk=work.pk).hits_count

    from django.contrib.auth.models import AnonymousUser
    from django.test import RequestFactory

    factory = RequestFactory()
    guest = AnonymousUser()
    works = {pk: Work.objects.get(pk=pk) for pk in others}

    def buffer(round_: int) -> None:
        for n in range(args.flush_hits):
            request = factory.get("/", REMOTE_ADDR=f"172.{round_ % 250}.{n // 250}.{n % 250}")
            request.user = guest
            hits.hit_record(request, works[others[n % len(others)]])

    # hit_record alone, the only part of counting inside the request.
    one = factory.get("/", REMOTE_ADDR="192.0.2.1")
    one.user = guest
    target = works[others[0]]
    record_us: list[float] = []
    for _ in range(20):
        started = time.perf_counter()
        for _ in range(1000):
            hits.hit_record(one, target)
        record_us.append((time.perf_counter() - started) * 1000)  # ms per 1,000 = µs each
        hits.hits_discard()

    flush_new: list[float] = []
    flush_seen: list[float] = []
    for round_ in range(args.flushes):
        buffer(round_)
        started = time.perf_counter()
        hits.hits_flush()
        flush_new.append((time.perf_counter() - started) * 1000)
        buffer(round_)  # the same visitors again: nothing counts
        started = time.perf_counter()
        hits.hits_flush()
        flush_seen.append((time.perf_counter() - started) * 1000)

    print(
        f"Python {platform.python_version()}, SQLite {connection.Database.sqlite_version}, "
        f"{os.cpu_count()} cores; flush size {hits._setting('HITS_FLUSH_SIZE', 200):.0f}"
    )
    print(f"{args.requests} requests per mode, alternating; {counted} hits counted\n")
    print(f"{'':38} {'p50 ms':>8} {'p95 ms':>8}")
    for mode in ("without", "with"):
        values = timings[mode]
        print(
            f"{'work page, ' + mode + ' hit recording':38} "
            f"{statistics.median(values):8.2f} {percentile(values, 0.95):8.2f}"
        )
    print(
        f"{'after the response (flushes included)':38} "
        f"{statistics.median(after):8.2f} {percentile(after, 0.95):8.2f}"
        f"  max {max(after):.2f}"
    )
    print(
        f"{'hit_record alone (µs per call)':38} "
        f"{statistics.median(record_us):8.2f} {percentile(record_us, 0.95):8.2f}"
    )
    print(
        f"{f'flush of {args.flush_hits:,} new hits':38} "
        f"{statistics.median(flush_new):8.2f} {percentile(flush_new, 0.95):8.2f}"
    )
    print(
        f"{f'flush of {args.flush_hits:,} repeated hits':38} "
        f"{statistics.median(flush_seen):8.2f} {percentile(flush_seen, 0.95):8.2f}"
    )


if __name__ == "__main__":
    main()
