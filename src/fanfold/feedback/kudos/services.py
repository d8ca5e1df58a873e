"""Giving kudos: one per account, and one per guest, per work."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils.translation import gettext as _

from fanfold.accounts.models import User
from fanfold.accounts.selectors import blocked_by_any
from fanfold.feedback.models import Kudos
from fanfold.works.models import Work
from fanfold.works.selectors import is_creator, visible_works_for

from .selectors import creator_ids


def _refusal(user: User | None, work: Work) -> str | None:
    """Why this giver may not leave kudos here, or None."""
    if user is None and work.restricted:
        return _("Only logged-in users can leave kudos on this work.")
    viewer = user if user is not None else AnonymousUser()
    if not visible_works_for(viewer).filter(pk=work.pk, posted=True).exists():
        return _("Kudos can only be left on posted works you can see.")
    if user is None:
        return None
    if is_creator(work, user):
        return _("You can't leave kudos on your own work.")
    if blocked_by_any(creator_ids(work), user.pk):
        return _("Sorry, you can't leave kudos on this work.")
    return None


@transaction.atomic
def kudos_give(*, work: Work, user: User | None, guest_key: str) -> Kudos:
    """user is None for a guest, who is known by guest_key (a keyed hash of their
    address, fanfold.core.visitors.address_key). Raises ValidationError, with a message
    for the giver, when the kudos can't be left."""
    refusal = _refusal(user, work)
    if refusal:
        raise ValidationError(refusal, code="refused")
    if user is None and not guest_key:
        raise ValidationError(_("Sorry, we couldn't tell who you are."), code="no_giver")
    try:
        # The partial unique constraints decide "already left"; a savepoint keeps the
        # surrounding transaction usable when two clicks race.
        with transaction.atomic():
            kudos = Kudos.objects.create(
                work=work, user=user, guest_key="" if user is not None else guest_key
            )
    except IntegrityError:
        raise ValidationError(_("You have already left kudos here. :)"), code="duplicate") from None
    Work.objects.filter(pk=work.pk).update(kudos_count=F("kudos_count") + 1)
    return kudos
