from __future__ import annotations

import datetime
import itertools
import os
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from fanfold.accounts.models import User
from fanfold.accounts.services import user_create
from fanfold.works import services
from fanfold.works.models import Work

PASSWORD = "correct-horse-battery"
_counter = itertools.count(1)

STORY = (
    "The lamps along the quay came on one at a time, as if someone were walking ahead "
    "of the evening and lighting them by hand.\n\n"
    '"You\'re late," said Ottilie, not looking up from the ledger.'
)


@pytest.fixture(autouse=True)
def _fresh_text_cache() -> None:
    # Rendered-text memo is per process; keep tests independent of each other.
    from fanfold.core.text import render_text

    render_text.cache_clear()


@pytest.fixture(autouse=True)
def _no_pending_hits() -> None:
    # Hits wait in a per-process buffer; one a test left behind would be flushed (with a
    # query) after some later test's request, outside that test's database access.
    from fanfold.feedback.kudos.hits import hits_discard

    hits_discard()


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> None:
    # Redis counters outlive a test's transaction; the database cache rolls back with it.
    if os.environ.get("REDIS_URL"):
        from django.core.cache import caches

        caches["ratelimit"].clear()


@pytest.fixture
def make_user(db: None) -> Callable[..., User]:
    def make(username: str | None = None, **fields: Any) -> User:
        name = username or f"writer{next(_counter)}"
        user = user_create(username=name, email=f"{name}@example.org", password=PASSWORD)
        for key, value in fields.items():
            setattr(user, key, value)
        if fields:
            user.save()
        return user

    return make


@pytest.fixture
def author(make_user: Callable[..., User]) -> User:
    return make_user("quill")


@pytest.fixture
def reader(make_user: Callable[..., User]) -> User:
    return make_user("reader")


@pytest.fixture
def make_work(db: None) -> Callable[..., Work]:
    def make(
        creator: User,
        *,
        title: str = "Lamplight",
        chapters: int = 1,
        post: bool = True,
        rating: str = "General Audiences",
        warnings: list[str] | None = None,
        fandoms: list[str] | None = None,
        text: str = STORY,
        **fields: Any,
    ) -> Work:
        data = services.WorkData(
            title=title,
            rating=rating,
            warnings=warnings or ["No Archive Warnings Apply"],
            fandoms=fandoms or ["Sherlock Holmes - Arthur Conan Doyle"],
            published_on=fields.pop("published_on", datetime.date(2026, 1, 5)),
            **fields,
        )
        work = services.work_create(
            creator=creator,
            pseuds=[creator.default_pseud],
            data=data,
            chapter=services.ChapterData(title="One", text=text),
            post=post,
        )
        for n in range(2, chapters + 1):
            services.chapter_add(
                work=work,
                editor=creator,
                data=services.ChapterData(title=f"Part {n}", text=f"{text}\n\nChapter {n}."),
            )
        work.refresh_from_db()
        return work

    return make


@pytest.fixture
def login(client: Client) -> Callable[[User], Client]:
    def log_in(user: User) -> Client:
        client.force_login(user)
        return client

    return log_in
