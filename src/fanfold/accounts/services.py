"""Every write to accounts and pseuds. Each is one transaction."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext as _

from fanfold.feedback.accounts import feedback_account_closing, feedback_pseud_closing
from fanfold.feedback.comments.services import comments_recount_after_block
from fanfold.tags.models import Tag
from fanfold.works.filtering import refresh_tag_uses
from fanfold.works.models import Creatorship, Series, Work, WorkTag
from fanfold.works.services import works_derived_refresh

from .models import (
    MAX_BLOCKS,
    MAX_MUTES,
    MAX_SAVED_SEARCHES,
    ORPHAN_USERNAME,
    Block,
    CreatorMute,
    Pseud,
    SavedSearch,
    TagMute,
    User,
)


@transaction.atomic
def user_create(*, username: str, email: str, password: str | None) -> User:
    user = User.objects.create_user(username=username, email=email, password=password)
    Pseud.objects.create(user=user, name=username, is_default=True)
    return user


def orphan_account() -> User:
    """The account that holds orphaned works; made on first use."""
    user = User.objects.filter(username=ORPHAN_USERNAME).first()
    if user is None:
        user = user_create(username=ORPHAN_USERNAME, email="orphan@invalid", password=None)
        user.is_active = False
        user.save(update_fields=["is_active"])
    return user


def _check_pseud_name(user: User, name: str, exclude: Pseud | None = None) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError(_("A pseud needs a name."))
    if len(name) > 40:
        raise ValidationError(_("A pseud's name can have at most 40 characters."))
    # The name is a segment of the pseud's address (/users/NAME/pseuds/PSEUD).
    if "/" in name or not any(c.isalnum() for c in name):
        raise ValidationError(_("A pseud's name needs a letter or digit and can't contain “/”."))
    clash = user.pseuds.filter(name__iexact=name)
    if exclude is not None:
        clash = clash.exclude(pk=exclude.pk)
    if clash.exists():
        raise ValidationError(_("You already have a pseud called “%(name)s”.") % {"name": name})
    return name


@transaction.atomic
def pseud_create(*, user: User, name: str, description: str = "") -> Pseud:
    return Pseud.objects.create(
        user=user, name=_check_pseud_name(user, name), description=description
    )


@transaction.atomic
def pseud_update(
    *, pseud: Pseud, user: User, name: str, description: str, make_default: bool = False
) -> Pseud:
    if pseud.user_id != user.pk:
        raise PermissionDenied
    pseud.name = _check_pseud_name(user, name, exclude=pseud)
    pseud.description = description
    if make_default and not pseud.is_default:
        user.pseuds.filter(is_default=True).update(is_default=False)
        pseud.is_default = True
    pseud.save()
    works_derived_refresh(pseud.creatorships.values_list("work_id", flat=True))
    return pseud


@transaction.atomic
def pseud_delete(*, pseud: Pseud, user: User) -> None:
    """Delete a pseud; its works and series move to the default pseud, as on AO3."""
    if pseud.user_id != user.pk:
        raise PermissionDenied
    if pseud.is_default:
        raise ValidationError(_("You can't delete your default pseud."))
    default = user.pseuds.get(is_default=True)
    work_ids = list(pseud.creatorships.values_list("work_id", flat=True))
    for creatorship in Creatorship.objects.filter(pseud=pseud):
        if Creatorship.objects.filter(work=creatorship.work, pseud=default).exists():
            creatorship.delete()
        else:
            creatorship.pseud = default
            creatorship.save(update_fields=["pseud"])
    for series in pseud.series.all():
        series.pseuds.add(default)
    feedback_pseud_closing(pseud=pseud, to=default)
    pseud.delete()
    works_derived_refresh(work_ids)


@transaction.atomic
def user_update_preferences(*, user: User, **preferences: bool) -> User:
    allowed = {
        "show_adult_content",
        "hide_warnings",
        "hide_freeform",
        "view_full_work",
        "keep_history",
        "email_comments",
        "email_kudos",
        "email_subscriptions",
        "email_invitations",
    }
    for name, value in preferences.items():
        if name not in allowed:
            raise ValueError(name)
        setattr(user, name, value)
    user.save(update_fields=list(preferences))
    return user


@transaction.atomic
def user_change_email(*, user: User, email: str) -> User:
    if User.objects.filter(email__iexact=email).exclude(pk=user.pk).exists():
        raise ValidationError(_("That email address is already in use."))
    user.email = email
    user.save(update_fields=["email"])
    return user


@transaction.atomic
def user_delete(*, user: User, works: Literal["orphan", "delete"]) -> None:
    """Close an account. Its works are orphaned (kept, credited to orphan_account) or
    deleted; works shared with co-creators stay with them either way."""
    if user.username == ORPHAN_USERNAME:
        raise PermissionDenied
    credited = Creatorship.objects.filter(work=OuterRef("pk"), approved=True)
    # Subqueries, not a join: a join on creatorships filtered to this user would also
    # narrow the count of other creators to nothing. Pending invitations don't count:
    # they neither make a work theirs nor give it another creator.
    owned = Work.objects.filter(Exists(credited.filter(pseud__user=user))).annotate(
        shared=Exists(credited.exclude(pseud__user=user))
    )
    orphan_pseud = orphan_account().default_pseud if works == "orphan" else None
    series_ids = set(Series.objects.filter(pseuds__user=user).values_list("pk", flat=True))
    orphaned = []
    kept = []
    tag_ids = set(WorkTag.objects.filter(work__in=owned).values_list("tag_id", flat=True))
    for work in owned:
        mine = Creatorship.objects.filter(work=work, pseud__user=user)
        if work.shared:
            mine.delete()
            kept.append(work.pk)
        elif orphan_pseud is not None and work.posted:
            mine.delete()
            Creatorship.objects.create(work=work, pseud=orphan_pseud, approved=True)
            orphaned.append(work.pk)
        else:
            work.delete()
    if orphan_pseud is not None:
        for series in Series.objects.filter(pk__in=series_ids, parts__work__in=orphaned).distinct():
            series.pseuds.add(orphan_pseud)
    Series.objects.filter(pk__in=series_ids, parts__isnull=True).delete()
    feedback_account_closing(user=user)
    user.delete()
    works_derived_refresh(kept + orphaned)
    refresh_tag_uses(tag_ids)


# Personal filters and saved searches


def _lock(user: User) -> None:
    # Concurrent requests of one user take turns, so limits hold.
    User.objects.select_for_update().filter(pk=user.pk).first()


def too_many_mutes() -> ValidationError:
    return ValidationError(
        _("You can mute at most %(max)d; unmute some first.") % {"max": MAX_MUTES},
        code="too_many",
    )


@transaction.atomic
def tag_mute_add(*, user: User, tags: Iterable[Tag]) -> int:
    """Mute tags (their synonyms and sub-tags follow); how many were newly muted."""
    _lock(user)
    muted = set(TagMute.objects.filter(user=user).values_list("tag_id", flat=True))
    new = list({t.pk: t for t in tags if t.pk not in muted}.values())
    if len(muted) + len(new) > MAX_MUTES:
        raise too_many_mutes()
    TagMute.objects.bulk_create([TagMute(user=user, tag=t) for t in new], ignore_conflicts=True)
    return len(new)


@transaction.atomic
def tag_mute_remove(*, user: User, tag_ids: Iterable[int]) -> None:
    TagMute.objects.filter(user=user, tag_id__in=list(tag_ids)).delete()


@transaction.atomic
def tag_mutes_set(*, user: User, types: Iterable[str], tags: Iterable[Tag]) -> None:
    """Make the user's mutes of these tag types (ratings, warnings) exactly these tags."""
    wanted = {t.pk: t for t in tags}
    TagMute.objects.filter(user=user, tag__type__in=list(types)).exclude(
        tag_id__in=list(wanted)
    ).delete()
    tag_mute_add(user=user, tags=wanted.values())


@transaction.atomic
def creator_mute_add(*, user: User, muted: User) -> CreatorMute:
    if muted.pk == user.pk:
        raise ValidationError(_("You can't mute yourself."), code="self")
    existing = CreatorMute.objects.filter(user=user, muted=muted).first()
    if existing is not None:
        return existing
    _lock(user)
    if CreatorMute.objects.filter(user=user).count() >= MAX_MUTES:
        raise too_many_mutes()
    return CreatorMute.objects.create(user=user, muted=muted)


@transaction.atomic
def creator_mute_remove(*, user: User, muted_id: int) -> None:
    CreatorMute.objects.filter(user=user, muted_id=muted_id).delete()


# Blocks: what a block refuses or hides is enforced where comments, kudos and
# invitations are written and read, through accounts.selectors.


@transaction.atomic
def block_add(*, blocker: User, blocked: User) -> Block:
    if blocked.pk == blocker.pk:
        raise ValidationError(_("You can't block yourself."), code="self")
    _lock(blocker)
    if Block.objects.filter(blocker=blocker, blocked=blocked).exists():
        raise ValidationError(
            _("You've already blocked %(name)s.") % {"name": blocked.username}, code="already"
        )
    if Block.objects.filter(blocker=blocker).count() >= MAX_BLOCKS:
        raise ValidationError(
            _("You can block at most %(max)d users; unblock some first.") % {"max": MAX_BLOCKS},
            code="too_many",
        )
    block = Block.objects.create(blocker=blocker, blocked=blocked)
    # Their comments on the blocker's works are hidden now: counts follow.
    comments_recount_after_block(blocker=blocker, blocked_id=blocked.pk)
    return block


@transaction.atomic
def block_remove(*, blocker: User, blocked_id: int) -> None:
    Block.objects.filter(blocker=blocker, blocked_id=blocked_id).delete()
    comments_recount_after_block(blocker=blocker, blocked_id=blocked_id)


def _clean_search_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError(_("A saved search needs a name."), code="empty")
    return name[:100]


@transaction.atomic
def saved_search_create(*, user: User, name: str, query: str) -> SavedSearch:
    _lock(user)
    if SavedSearch.objects.filter(user=user).count() >= MAX_SAVED_SEARCHES:
        raise ValidationError(
            _("You can keep at most %(max)d saved searches; delete some first.")
            % {"max": MAX_SAVED_SEARCHES},
            code="too_many",
        )
    return SavedSearch.objects.create(user=user, name=_clean_search_name(name), query=query)


@transaction.atomic
def saved_search_rename(*, saved: SavedSearch, user: User, name: str) -> SavedSearch:
    if saved.user_id != user.pk:
        raise PermissionDenied
    saved.name = _clean_search_name(name)
    saved.save(update_fields=["name"])
    return saved


@transaction.atomic
def saved_search_delete(*, saved: SavedSearch, user: User) -> None:
    if saved.user_id != user.pk:
        raise PermissionDenied
    saved.delete()
