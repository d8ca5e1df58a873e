"""A simple, explainable spam score for comments.

Each sign adds points; a comment whose score reaches settings.SPAM_THRESHOLD
(FANFOLD_SPAM_THRESHOLD, 5 by default) is held for the work's creators to approve
instead of being published. The weights are chosen so that no single ordinary habit
(one link, a keysmash, a brand-new account) holds a comment alone, while the shapes
spam takes (a handful of links, the same text pasted again and again, a fresh account
or a guest with links) do:

| sign                                                     | points |
|----------------------------------------------------------|--------|
| each link                                                | 1      |
| each link past the third                                 | +2     |
| the same text posted in the last day by the same account |        |
|   or address (30+ characters, or any length 3 times)     | 5      |
| a run of 30+ of the same character                       | 3      |
| the same word 10+ times in a row                         | 3      |
| account less than a day old                              | 2      |
| guest                                                    | 1.5    |
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from fanfold.accounts.models import User
from fanfold.feedback.models import Comment

DEFAULT_THRESHOLD = 5.0

LINK_POINTS = 1.0
MANY_LINKS_FROM = 4
MANY_LINKS_POINTS = 2.0
REPEAT_POINTS = 5.0
REPEAT_MIN_LENGTH = 30
REPEAT_ANY_LENGTH_TIMES = 2  # earlier copies; this one makes three
REPEAT_WINDOW = datetime.timedelta(days=1)
CHAR_RUN_POINTS = 3.0
CHAR_RUN_LENGTH = 30
WORD_RUN_POINTS = 3.0
WORD_RUN_LENGTH = 10
NEW_ACCOUNT_POINTS = 2.0
NEW_ACCOUNT_AGE = datetime.timedelta(days=1)
GUEST_POINTS = 1.5

_LINK = re.compile(r"(?i)(?:https?://|www\.)[^\s\"'<>]+|\[url\b")
_CHAR_RUN = re.compile(r"(\S)\1{" + str(CHAR_RUN_LENGTH - 1) + ",}")
_WORD_RUN = re.compile(r"(?i)\b(\w+)\b(?:\W+\1\b){" + str(WORD_RUN_LENGTH - 1) + ",}")


def threshold() -> float:
    return float(getattr(settings, "SPAM_THRESHOLD", DEFAULT_THRESHOLD))


@dataclass
class SpamScore:
    score: float = 0.0
    # Why, in words an archive's operators read in the admin or the logs.
    reasons: list[str] = field(default_factory=list)

    def add(self, points: float, reason: str) -> None:
        self.score += points
        self.reasons.append(f"{reason} (+{points:g})")

    @property
    def held(self) -> bool:
        return self.score >= threshold()


def normalize(text: str) -> str:
    """The text as compared for repeats: case, spacing and punctuation don't matter."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def count_links(text: str) -> int:
    return len(_LINK.findall(text))


def score_text(
    text: str,
    *,
    is_guest: bool,
    account_age: datetime.timedelta | None = None,
    earlier_copies: int = 0,
) -> SpamScore:
    """The score from what is known: the text, who posts it, and how many times the
    same poster sent the same text in the last day (before this one)."""
    result = SpamScore()
    links = count_links(text)
    if links:
        result.add(links * LINK_POINTS, f"{links} link(s)")
    if links >= MANY_LINKS_FROM:
        extra = links - MANY_LINKS_FROM + 1
        result.add(extra * MANY_LINKS_POINTS, "many links")
    if earlier_copies and (
        len(normalize(text)) >= REPEAT_MIN_LENGTH or earlier_copies >= REPEAT_ANY_LENGTH_TIMES
    ):
        result.add(REPEAT_POINTS, "same text posted recently")
    if _CHAR_RUN.search(text):
        result.add(CHAR_RUN_POINTS, "long run of one character")
    if _WORD_RUN.search(text):
        result.add(WORD_RUN_POINTS, "one word repeated many times")
    if is_guest:
        result.add(GUEST_POINTS, "guest")
    elif account_age is not None and account_age < NEW_ACCOUNT_AGE:
        result.add(NEW_ACCOUNT_POINTS, "account less than a day old")
    return result


def earlier_copies(
    text: str, *, user: User | None, visitor_key: str, exclude_id: int | None = None
) -> int:
    """How many comments with the same text this account or this address (a keyed
    hash) posted in the last day: one spammer with many accounts shares an address."""
    who = Q(pk__in=[])
    if user is not None:
        who |= Q(user=user)
    if visitor_key:
        who |= Q(visitor_key=visitor_key)
    wanted = normalize(text)
    since = timezone.now() - REPEAT_WINDOW
    # Only the recent few are compared; a flood of copies shows in the first of them.
    recent = (
        Comment.objects.filter(who, created_at__gte=since, deleted=False)
        .exclude(pk=exclude_id)
        .order_by("-created_at")
        .values_list("text", flat=True)[:50]
    )
    return sum(1 for earlier in recent if normalize(earlier) == wanted)


def comment_spam_score(
    text: str, *, user: User | None, visitor_key: str, exclude_id: int | None = None
) -> SpamScore:
    """exclude_id: the comment being edited, which is not a copy of itself."""
    age = timezone.now() - user.date_joined if user is not None else None
    return score_text(
        text,
        is_guest=user is None,
        account_age=age,
        earlier_copies=earlier_copies(
            text, user=user, visitor_key=visitor_key, exclude_id=exclude_id
        ),
    )
