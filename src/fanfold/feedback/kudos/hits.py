"""Hit counting that never slows the page.

Opening a work only appends (work, visitor, time) to a buffer in this process. The
buffer is written in bulk, in one transaction, once it holds HITS_FLUSH_SIZE hits or
its oldest hit is HITS_FLUSH_SECONDS old (checked after each response is sent), at
process exit, and on `hits_flush()`. Whether a hit counts is decided in the database
at that moment (a visitor counts once per work per WINDOW), so several web processes
agree. A visitor is a keyed hash (fanfold.core.visitors): no address is stored."""

from __future__ import annotations

import atexit
import logging
import os
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta

from django.conf import settings
from django.core.signals import request_finished
from django.db import connection, transaction
from django.http import HttpRequest
from django.utils import timezone

from fanfold.core.visitors import visitor_key
from fanfold.feedback.models import WorkVisit
from fanfold.works.models import Work
from fanfold.works.selectors import is_creator

logger = logging.getLogger(__name__)

WINDOW = timedelta(hours=24)
# Substrings of user agents that are not readers.
BOT_MARKERS = ("bot", "crawler", "spider")
DEFAULT_FLUSH_SIZE = 200
DEFAULT_FLUSH_SECONDS = 10.0
# Rows per INSERT: three parameters each, well under SQLite's variable limit.
CHUNK = 500
PRUNE_EVERY = 3600.0

Hit = tuple[int, str, datetime]

_lock = threading.Lock()
_flushing = threading.Lock()
_entries: list[Hit] = []
_oldest = 0.0  # time.monotonic() when the oldest buffered hit arrived
_last_prune: float | None = None


def clock() -> datetime:
    """The time a hit happened at; tests replace it to move through days."""
    return timezone.now()


def _setting(name: str, default: float) -> float:
    return float(getattr(settings, name, default))


def _is_bot(request: HttpRequest) -> bool:
    agent = request.META.get("HTTP_USER_AGENT", "").lower()
    return any(marker in agent for marker in BOT_MARKERS)


def _opened_by_creator(request: HttpRequest, work: Work) -> bool:
    user = request.user
    if not user.is_authenticated:
        return False
    # The work page has the creatorships already; reading them costs no query.
    creatorships = getattr(work, "approved_creatorships", None)
    if creatorships is None:
        return is_creator(work, user)
    return any(c.pseud.user_id == user.pk for c in creatorships)


def hit_record(request: HttpRequest, work: Work) -> None:
    """Note that this request opened the work. Counting happens later, in bulk."""
    if not work.posted or _is_bot(request):
        return
    if work.restricted and not request.user.is_authenticated:
        return
    if _opened_by_creator(request, work):
        return
    hit = (work.pk, visitor_key(request), clock())
    global _oldest
    with _lock:
        if not _entries:
            _oldest = time.monotonic()
        _entries.append(hit)


def hits_pending() -> int:
    return len(_entries)


def hits_discard() -> None:
    """Forget buffered hits without counting them (tests start from nothing)."""
    with _lock:
        _entries.clear()


def hits_due() -> bool:
    if not _entries:
        return False
    if len(_entries) >= _setting("HITS_FLUSH_SIZE", DEFAULT_FLUSH_SIZE):
        return True
    return time.monotonic() - _oldest >= _setting("HITS_FLUSH_SECONDS", DEFAULT_FLUSH_SECONDS)


def hits_flush(*, wait: bool = True) -> int:
    """Write the buffered hits; returns how many counted. With wait=False, returns 0 at
    once when another thread is already flushing."""
    if not _flushing.acquire(blocking=wait):
        return 0
    try:
        with _lock:
            entries = _entries[:]
            _entries.clear()
        return _write(entries) if entries else 0
    finally:
        _flushing.release()


def hits_prune() -> int:
    """Delete visits too old to matter (they count again anyway); returns how many."""
    deleted, _ = WorkVisit.objects.filter(counted_at__lte=clock() - WINDOW).delete()
    return deleted


def _prune_now_and_then() -> None:
    global _last_prune
    now = time.monotonic()
    if _last_prune is None or now - _last_prune >= PRUNE_EVERY:
        _last_prune = now
        hits_prune()


def _rounds(entries: list[Hit]) -> list[list[Hit]]:
    """One upsert may touch a (work, visitor) row once, so repeated hits by a visitor
    collapse: only those a WINDOW after the last kept one can still count, and each of
    those goes in a later round. Practically always a single round."""
    kept: dict[tuple[int, str], list[datetime]] = {}
    for work_id, visitor, at in sorted(entries, key=lambda hit: hit[2]):
        times = kept.setdefault((work_id, visitor), [])
        if not times or at - times[-1] >= WINDOW:
            times.append(at)
    depth = max(len(times) for times in kept.values())
    ordered = sorted(kept.items())  # one lock order for every process
    return [
        [(work_id, visitor, times[i]) for (work_id, visitor), times in ordered if len(times) > i]
        for i in range(depth)
    ]


def _chunks(hits: list[Hit]) -> Iterator[list[Hit]]:
    for start in range(0, len(hits), CHUNK):
        yield hits[start : start + CHUNK]


def _older_than_window(table: str) -> str:
    seconds = int(WINDOW.total_seconds())
    if connection.vendor == "postgresql":
        return f"{table}.counted_at <= EXCLUDED.counted_at - INTERVAL '{seconds} seconds'"
    if connection.vendor == "sqlite":
        return (
            f"julianday({table}.counted_at) <= julianday(excluded.counted_at) - {seconds} / 86400.0"
        )
    raise NotImplementedError(f"hit counting has no upsert for {connection.vendor}")


def _upsert(hits: list[Hit]) -> list[int]:
    """Insert new visits and renew those older than the window; the database answers
    with the rows it wrote, which are exactly the hits that count."""
    table = connection.ops.quote_name(WorkVisit._meta.db_table)
    values = ", ".join(["(%s, %s, %s)"] * len(hits))
    sql = (
        f"INSERT INTO {table} (work_id, visitor, counted_at) VALUES {values} "
        "ON CONFLICT (work_id, visitor) DO UPDATE SET counted_at = excluded.counted_at "
        f"WHERE {_older_than_window(table)} RETURNING work_id"
    )
    params: list[object] = []
    for work_id, visitor, at in hits:
        params += [work_id, visitor, connection.ops.adapt_datetimefield_value(at)]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


def _add_hits(counted: Counter[int]) -> None:
    """One UPDATE for every work, locking rows in id order as every process does.
    Written out because building a CASE of hundreds of branches through the ORM costs
    more than running it."""
    table = connection.ops.quote_name(Work._meta.db_table)
    ids = sorted(counted)
    whens = " ".join(["WHEN %s THEN %s"] * len(ids))
    sql = (
        f"UPDATE {table} SET hits_count = hits_count + CASE id {whens} ELSE 0 END "
        f"WHERE id IN ({', '.join(['%s'] * len(ids))})"
    )
    params: list[int] = []
    for pk in ids:
        params += [pk, counted[pk]]
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, *ids])


def _write(entries: list[Hit]) -> int:
    # Works deleted (or unposted) since the hit no longer count.
    work_ids = {work_id for work_id, _, _ in entries}
    live = set(Work.objects.filter(pk__in=work_ids, posted=True).values_list("pk", flat=True))
    entries = [hit for hit in entries if hit[0] in live]
    if not entries:
        return 0
    counted: Counter[int] = Counter()
    with transaction.atomic():
        for hits in _rounds(entries):
            for chunk in _chunks(hits):
                counted.update(_upsert(chunk))
        if counted:
            _add_hits(counted)
    return sum(counted.values())


def _flush_if_due(**kwargs: object) -> None:
    # Runs after the response went out, in the thread that served it.
    if not hits_due():
        return
    try:
        hits_flush(wait=False)
        _prune_now_and_then()
    except Exception:
        logger.exception("Could not save hit counts")
    finally:
        # Django closed the request's connection before this ran; close the one the
        # flush opened the same way (never inside a test's transaction).
        if not connection.in_atomic_block:
            connection.close_if_unusable_or_obsolete()


def _flush_at_exit() -> None:
    # The test suite's database is gone by then: a flush would reach the real one.
    if not _entries or os.environ.get("FANFOLD_TESTING"):
        return
    try:
        hits_flush()
    except Exception:
        logger.exception("Could not save hit counts at exit")


# This is how the buffer empties, not a domain side effect: see the module docstring.
request_finished.connect(_flush_if_due, dispatch_uid="fanfold-hits-flush")
atexit.register(_flush_at_exit)
