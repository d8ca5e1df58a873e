"""Demo content: original works written for Fanfold, loaded from demo_content/*.toml."""

from __future__ import annotations

import datetime
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.db import transaction

from fanfold.accounts.models import User
from fanfold.accounts.services import pseud_create, user_create
from fanfold.tags.dictionary import dictionary_import

from . import services
from .models import Chapter, Work

CONTENT_DIR = Path(__file__).resolve().parent.parent / "demo_content"
DEMO_TAGS = Path(__file__).resolve().parent.parent / "tags" / "samples" / "demo_tags.csv"
DEMO_PASSWORD = "fanfold-demo-reader"


@dataclass
class DemoResult:
    users: int
    works: int
    chapters: int


def _work_data(spec: dict[str, Any]) -> services.WorkData:
    return services.WorkData(
        title=spec["title"],
        rating=spec["rating"],
        warnings=list(spec["warnings"]),
        categories=list(spec.get("categories", [])),
        fandoms=list(spec["fandoms"]),
        relationships=list(spec.get("relationships", [])),
        characters=list(spec.get("characters", [])),
        freeforms=list(spec.get("freeforms", [])),
        summary=spec.get("summary", ""),
        notes=spec.get("notes", ""),
        endnotes=spec.get("endnotes", ""),
        text_format="markdown",
        language=spec.get("language", "en"),
        published_on=spec["published"],
        restricted=spec.get("restricted", False),
        anonymous=spec.get("anonymous", False),
        comment_permission={"none": "nobody"}.get(
            spec.get("comments", "everyone"), spec.get("comments", "everyone")
        ),
        expected_chapters=_expected(spec),
    )


def _expected(spec: dict[str, Any]) -> int | None:
    if "expected_chapters" not in spec:
        return len(spec["chapters"])
    return spec["expected_chapters"] or None


def _chapter_data(chapter: dict[str, Any]) -> services.ChapterData:
    return services.ChapterData(
        title=chapter.get("title", ""),
        notes=chapter.get("notes", ""),
        endnotes=chapter.get("endnotes", ""),
        text=chapter["text"],
    )


@transaction.atomic
def load_demo(content_dir: Path = CONTENT_DIR, password: str = DEMO_PASSWORD) -> DemoResult:
    people = tomllib.loads((content_dir / "users.toml").read_text(encoding="utf-8"))["users"]
    users: dict[str, User] = {}
    for person in people:
        user = user_create(username=person["username"], email=person["email"], password=password)
        for name in person.get("pseuds", [])[1:]:
            pseud_create(user=user, name=name)
        users[user.username] = user
    series_by_title: dict[str, Any] = {}
    by_stem: dict[str, Work] = {}
    works = chapters = 0
    # Works are the numbered files; users.toml and feedback.toml are loaded apart.
    for path in sorted(content_dir.glob("[0-9]*.toml")):
        spec = tomllib.loads(path.read_text(encoding="utf-8"))
        creator = users[spec["creator"]]
        pseud = creator.pseuds.get(name=spec.get("pseud", creator.username))
        data = _work_data(spec)
        if spec.get("series"):
            existing = series_by_title.get(spec["series"])
            if existing is None:
                data.new_series_title = spec["series"]
            else:
                data.series = existing
        work = services.work_create(
            creator=creator,
            pseuds=[pseud],
            data=data,
            chapter=_chapter_data(spec["chapters"][0]),
            post=not spec.get("draft", False),
        )
        for extra in spec["chapters"][1:]:
            services.chapter_add(work=work, editor=creator, data=_chapter_data(extra))
        for name in spec.get("co_creators", []):
            invitation = services.creatorship_invite(
                work=work, inviter=creator, invitee=users[name]
            )
            services.creatorship_accept(creatorship=invitation, user=users[name])
        if spec.get("series") and spec["series"] not in series_by_title:
            series_by_title[spec["series"]] = work.series.get()
        _spread_dates(work, spec["published"])
        by_stem[path.stem] = work
        works += 1
        chapters += len(spec["chapters"])
    # The demo's tags, wrangled: synonyms, metatags and fandoms (a few left for wranglers).
    with DEMO_TAGS.open(encoding="utf-8") as stream:
        dictionary_import(stream)
    feedback = content_dir / "feedback.toml"
    if feedback.exists():
        from fanfold.feedback.demo import load_demo_feedback

        load_demo_feedback(feedback, users, by_stem)
    return DemoResult(users=len(users), works=works, chapters=chapters)


def _spread_dates(work: Work, published: datetime.date) -> None:
    # Later chapters arrive a week or two apart, never after today.
    today = datetime.date.today()
    day = published
    for chapter in Chapter.objects.filter(work=work).order_by("position"):
        Chapter.objects.filter(pk=chapter.pk).update(published_on=min(day, today))
        last = min(day, today)
        day += datetime.timedelta(days=9)
    Work.objects.filter(pk=work.pk).update(revised_on=last)
