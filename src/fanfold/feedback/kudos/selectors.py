"""Who left kudos on a work, as one viewer may see it."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet

from fanfold.accounts.models import User
from fanfold.accounts.selectors import muted_ids_of
from fanfold.feedback.models import Kudos
from fanfold.works.models import Creatorship, Work
from fanfold.works.selectors import Viewer

# Givers named at the end of a work; the rest are on the work's kudos page.
NAMED_ON_WORK = 50


def creator_ids(work: Work) -> list[int]:
    """The accounts of a work's creators (from the work page's prefetch when there)."""
    creatorships = getattr(work, "approved_creatorships", None)
    if creatorships is not None:
        return [c.pseud.user_id for c in creatorships]
    return list(
        Creatorship.objects.filter(work=work, approved=True).values_list(
            "pseud__user_id", flat=True
        )
    )


def named_kudos_for(work: Work, viewer: Viewer) -> QuerySet[Kudos]:
    """Account kudos whose giver this viewer is shown, newest first: not those of users
    the viewer muted, nor any of the work's creators (an anonymous work's creators must
    never be named beside it)."""
    kudos = Kudos.objects.filter(work=work, user__isnull=False).exclude(
        user_id__in=creator_ids(work)
    )
    if viewer.is_authenticated:
        kudos = kudos.exclude(user_id__in=muted_ids_of(viewer.pk))
    return kudos.select_related("user").order_by("-created_at", "-id")


def kudos_counts(work: Work) -> tuple[int, int]:
    """(account kudos, guest kudos) on the work."""
    counts = Kudos.objects.filter(work=work).aggregate(
        users=Count("pk", filter=Q(user__isnull=False)),
        guests=Count("pk", filter=Q(user__isnull=True)),
    )
    return counts["users"], counts["guests"]


def kudos_given(work: Work, viewer: Viewer, *, guest_key: str) -> bool:
    if viewer.is_authenticated:
        return Kudos.objects.filter(work=work, user_id=viewer.pk).exists()
    return bool(guest_key) and Kudos.objects.filter(work=work, guest_key=guest_key).exists()


@dataclass(frozen=True)
class KudosPanel:
    """What the kudos section at the end of a work shows."""

    givers: list[User] = field(default_factory=list)
    # Account kudos not named here: past the first names, muted, or creators'.
    more_users: int = 0
    # Whether the work's kudos page names more givers than this.
    more_named: bool = False
    guests: int = 0
    given: bool = False

    @property
    def total(self) -> int:
        return len(self.givers) + self.more_users + self.guests


def kudos_panel_for(
    work: Work, viewer: Viewer, *, guest_key: str, limit: int | None = NAMED_ON_WORK
) -> KudosPanel:
    """limit=None names every giver the viewer may see."""
    users, guests = kudos_counts(work)
    given = kudos_given(work, viewer, guest_key=guest_key)
    if not users:
        return KudosPanel(guests=guests, given=given)
    named = named_kudos_for(work, viewer)
    shown = list(named if limit is None else named[: limit + 1])
    more_named = limit is not None and len(shown) > limit
    shown = shown[:limit] if limit is not None else shown
    return KudosPanel(
        givers=[k.user for k in shown],  # type: ignore[misc]
        more_users=users - len(shown),
        more_named=more_named,
        guests=guests,
        given=given,
    )


def kudos_hidden_from(work: Work, viewer: Viewer) -> int:
    """Account kudos this viewer is not shown by name anywhere."""
    users, _ = kudos_counts(work)
    return users - named_kudos_for(work, viewer).count()
