"""Reads about relations between users: blocks and mutes."""

from __future__ import annotations

from django.db.models import QuerySet

from .models import Block, CreatorMute


def has_blocked(blocker_id: int | None, blocked_id: int | None) -> bool:
    """Whether blocker_id blocks blocked_id (False when either is a guest)."""
    if blocker_id is None or blocked_id is None:
        return False
    return Block.objects.filter(blocker_id=blocker_id, blocked_id=blocked_id).exists()


def blocked_by_any(blocker_ids: list[int], blocked_id: int | None) -> bool:
    """Whether any of these users (a work's creators, say) blocks blocked_id."""
    if blocked_id is None or not blocker_ids:
        return False
    return Block.objects.filter(blocker_id__in=blocker_ids, blocked_id=blocked_id).exists()


def blocked_ids_of(blocker_id: int) -> QuerySet[Block, int]:
    """The users blocker_id blocks, as a subquery-friendly values list."""
    return Block.objects.filter(blocker_id=blocker_id).values_list("blocked_id", flat=True)


def muted_ids_of(user_id: int | None) -> QuerySet[CreatorMute, int] | list[int]:
    """The users this reader muted (nothing for a guest), as a values list."""
    if user_id is None:
        return []
    return CreatorMute.objects.filter(user_id=user_id).values_list("muted_id", flat=True)
