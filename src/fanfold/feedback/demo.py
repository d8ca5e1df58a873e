"""The demo archive's readers' answers (demo_content/feedback.toml), given through the
same services readers use, so counts, threads and notifications come out as they
would on a live archive."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from fanfold.accounts.models import User
from fanfold.core.visitors import keyed_hash
from fanfold.works.models import Work

from .bookmarks.services import BookmarkData, bookmark_create
from .comments.services import comment_post
from .kudos.services import kudos_give
from .models import Comment
from .notifications.services import subscription_add


def load_demo_feedback(path: Path, users: dict[str, User], works: dict[str, Work]) -> int:
    """Load it; returns how many comments were posted."""
    spec = tomllib.loads(path.read_text(encoding="utf-8"))
    for entry in spec.get("kudos", []):
        work = works[entry["work"]]
        for name in entry.get("users", []):
            kudos_give(work=work, user=users[name], guest_key="")
        for n in range(entry.get("guests", 0)):
            kudos_give(work=work, user=None, guest_key=keyed_hash(f"demo-guest:{n}"))
    comments = 0
    for entry in spec.get("comments", []):
        work = works[entry["work"]]
        chapter = work.chapters.get(position=entry.get("chapter", 1))
        comments += _post_thread(entry, users, work, chapter, parent=None)
    for entry in spec.get("bookmarks", []):
        user = users[entry["user"]]
        bookmark_create(
            user=user,
            work=works[entry["work"]],
            data=BookmarkData(
                pseud=user.default_pseud,
                notes=entry.get("notes", ""),
                tag_names=list(entry.get("tags", [])),
                private=entry.get("private", False),
                rec=entry.get("rec", False),
            ),
        )
    for entry in spec.get("subscriptions", []):
        user = users[entry["user"]]
        if "work" in entry:
            subscription_add(user=user, work=works[entry["work"]])
        else:
            subscription_add(user=user, pseud=users[entry["pseud"]].default_pseud)
    return comments


def _post_thread(
    entry: dict[str, Any],
    users: dict[str, User],
    work: Work,
    chapter: Any,
    parent: Comment | None,
) -> int:
    user = users.get(entry.get("user", ""))
    comment = comment_post(
        work=work,
        chapter=chapter,
        text=entry["text"],
        user=user,
        pseud=user.default_pseud if user else None,
        guest_name="" if user else entry["guest"],
        parent=parent,
        visitor_key=keyed_hash(f"demo:{entry.get('user') or entry.get('guest')}"),
    )
    return 1 + sum(
        _post_thread(reply, users, work, chapter, comment) for reply in entry.get("replies", [])
    )
