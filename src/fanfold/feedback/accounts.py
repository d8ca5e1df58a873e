"""What happens to a reader's answers when their pseud or account goes. Threads hold
(a comment others replied to stays as a placeholder), and every count on the works
they touched is brought back in line in the same transaction."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce

from fanfold.accounts.models import Pseud, User
from fanfold.works.models import Work

from .bookmarks.services import bookmarks_delete_all, bookmarks_move_to_pseud
from .comments.services import comments_recount
from .models import Comment, Kudos, Subscription


def _count_of(model: type[Kudos] | type[Subscription]) -> Coalesce:
    counted = (
        model.objects.filter(work=OuterRef("pk"))
        .order_by()
        .values("work")
        .annotate(n=Count("id"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


@transaction.atomic
def feedback_pseud_closing(*, pseud: Pseud, to: Pseud) -> None:
    """Before a pseud is deleted: its bookmarks, comments and subscribers move to
    another pseud of the same user (the default), as its works do."""
    bookmarks_move_to_pseud(pseud=pseud, to=to)
    Comment.objects.filter(pseud=pseud).update(pseud=to)
    already = Subscription.objects.filter(pseud=to).values("user_id")
    Subscription.objects.filter(pseud=pseud, user_id__in=already).delete()
    Subscription.objects.filter(pseud=pseud).update(pseud=to)


@transaction.atomic
def feedback_account_closing(*, user: User) -> None:
    """Before an account is deleted: its comments go (or stay as placeholders where
    others replied), its kudos, bookmarks and subscriptions go, and counts follow."""
    touched = set(Comment.objects.filter(user=user).values_list("work_id", flat=True))
    # Deepest first, so a chain of their own replies unwinds from the bottom.
    for comment in Comment.objects.filter(user=user).order_by("-depth", "-id"):
        if Comment.objects.filter(parent_id=comment.pk).exists():
            Comment.objects.filter(pk=comment.pk).update(
                deleted=True, text="", text_html="", user=None, pseud=None
            )
        else:
            Comment.objects.filter(pk=comment.pk).delete()
    # Placeholders left with no replies have nothing left to hold.
    while True:
        empty = Comment.objects.filter(work_id__in=touched, deleted=True, replies__isnull=True)
        if not empty.delete()[0]:
            break
    for work in Work.objects.filter(pk__in=touched):
        comments_recount(work=work)

    kudos_works = list(Kudos.objects.filter(user=user).values_list("work_id", flat=True))
    Kudos.objects.filter(user=user).delete()
    Work.objects.filter(pk__in=kudos_works).update(kudos_count=_count_of(Kudos))

    bookmarks_delete_all(user=user)

    sub_works = list(
        Subscription.objects.filter(user=user, work__isnull=False).values_list("work_id", flat=True)
    )
    Subscription.objects.filter(user=user).delete()
    Work.objects.filter(pk__in=sub_works).update(subscriptions_count=_count_of(Subscription))
