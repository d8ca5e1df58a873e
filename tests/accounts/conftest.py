from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import pytest

from fanfold.accounts.models import Pseud, User
from fanfold.works import services as work_services
from fanfold.works.models import Work
from tests.conftest import STORY


@pytest.fixture
def make_pseud_work(db: None) -> Callable[..., Work]:
    """A work credited to one chosen pseud (the shared make_work always uses the default)."""

    def make(pseud: Pseud, *, title: str, post: bool = True, **fields: Any) -> Work:
        data = work_services.WorkData(
            title=title,
            rating=fields.pop("rating", "General Audiences"),
            warnings=fields.pop("warnings", ["No Archive Warnings Apply"]),
            fandoms=fields.pop("fandoms", ["Pride and Prejudice - Jane Austen"]),
            published_on=datetime.date(2026, 1, 5),
            **fields,
        )
        return work_services.work_create(
            creator=pseud.user,
            pseuds=[pseud],
            data=data,
            chapter=work_services.ChapterData(text=STORY),
            post=post,
        )

    return make


@pytest.fixture
def add_co_creator(db: None) -> Callable[[Work, User, User], None]:
    """Invite a co-creator onto a work and have them accept, as the posting pages do."""

    def add(work: Work, inviter: User, invitee: User) -> None:
        creatorship = work_services.creatorship_invite(work=work, inviter=inviter, invitee=invitee)
        work_services.creatorship_accept(creatorship=creatorship, user=invitee)

    return add
