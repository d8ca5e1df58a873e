"""Every write to comments. Each is one transaction that takes the work's row lock and
brings Work.comments_count and Chapter.comments_count up to date before it ends, so
two comments posted at once can't leave a count behind.

Who may do what is decided by selectors.CommentRules; these services ask it and raise
PermissionDenied with its message when the answer is no."""

from __future__ import annotations

import logging
from functools import partial

import nh3
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from fanfold.accounts.models import Pseud, User
from fanfold.core.text import (
    ALLOWED_ATTRIBUTES,
    ALLOWED_TAGS,
    ALLOWED_URL_SCHEMES,
    render_text,
    strip_invisible,
)
from fanfold.feedback.models import MAX_COMMENT, Comment, CommentStatus
from fanfold.feedback.notifications import notify
from fanfold.works.models import Chapter, Work

from .selectors import CommentRules, public_comments, rules_for
from .spam import comment_spam_score

logger = logging.getLogger(__name__)

MAX_GUEST_NAME = 100
# Comments take the works' markup, less images: a picture in a comment is a tracking
# pixel or a shock image far more often than it is fan art.
COMMENT_TAGS = ALLOWED_TAGS - {"img"}
COMMENT_ATTRIBUTES = {tag: attrs for tag, attrs in ALLOWED_ATTRIBUTES.items() if tag != "img"}


def render_comment_text(text: str) -> str:
    """What the commenter typed (HTML or plain text, blank lines for paragraphs) as
    sanitised HTML whose links are marked user-generated (rel="nofollow ugc"), so
    search engines give spammed links nothing."""
    return nh3.clean(
        render_text(text),
        tags=COMMENT_TAGS,
        attributes=COMMENT_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="nofollow ugc",
        strip_comments=True,
    ).strip()


def clean_comment_text(text: str) -> str:
    text = text.strip()
    if len(text) > MAX_COMMENT:
        raise ValidationError(
            _(
                "A comment can be at most %(max)s characters long; this one has %(n)s. "
                "Please shorten it: nothing you typed was lost."
            )
            % {"max": f"{MAX_COMMENT:,}", "n": f"{len(text):,}"},
            code="max_length",
        )
    if not strip_invisible(render_text(text)) and not strip_invisible(text):
        raise ValidationError(_("A comment needs some text."), code="required")
    return text


def _locked(work: Work) -> Work:
    # Every comment write on one work queues here, so recounts never race.
    Work.objects.select_for_update().filter(pk=work.pk).values_list("pk", flat=True).get()
    return work


def _recount(work: Work) -> None:
    per_chapter = dict(
        public_comments(work)
        .order_by()
        .values("chapter_id")
        .annotate(n=Count("id"))
        .values_list("chapter_id", "n")
    )
    total = sum(per_chapter.values())
    Work.objects.filter(pk=work.pk).update(comments_count=total)
    work.comments_count = total
    for chapter_id, old in Chapter.objects.filter(work=work).values_list("id", "comments_count"):
        new = per_chapter.get(chapter_id, 0)
        if new != old:
            Chapter.objects.filter(pk=chapter_id).update(comments_count=new)


@transaction.atomic
def comments_recount(*, work: Work) -> None:
    """Bring a work's comment counts up to date after something outside comments
    changed what the public sees (a block by a creator, a chapter deleted)."""
    _recount(_locked(work))


def _rules(work: Work, user: User | None) -> CommentRules:
    return rules_for(work, user if user is not None else AnonymousUser())


def _announce(comment: Comment, approved_by: int | None = None) -> None:
    if comment.status == CommentStatus.PUBLISHED:
        transaction.on_commit(partial(notify.comment_published, comment, approved_by=approved_by))
    else:
        transaction.on_commit(partial(notify.comment_held, comment))


@transaction.atomic
def comment_post(
    *,
    work: Work,
    chapter: Chapter,
    text: str,
    user: User | None,
    pseud: Pseud | None = None,
    guest_name: str = "",
    guest_email: str = "",
    parent: Comment | None = None,
    visitor_key: str = "",
) -> Comment:
    """A new comment on a chapter, or a reply to parent (which fixes the chapter).
    It waits for approval (PENDING) when the work moderates comments or the spam score
    holds it; the work's creators are never held on their own work."""
    _locked(work)
    if chapter.work_id != work.pk or not chapter.posted:
        raise ValidationError(_("No such chapter."))
    rules = _rules(work, user)
    if parent is not None:
        if parent.work_id != work.pk or not rules.visible().filter(pk=parent.pk).exists():
            raise ValidationError(_("That comment can't be replied to."))
        chapter = parent.chapter
        refusal = rules.reply_refusal(parent)
    else:
        refusal = rules.work_refusal
    if refusal is not None:
        raise PermissionDenied(refusal)
    text = clean_comment_text(text)

    comment = Comment(
        work=work,
        chapter=chapter,
        parent=parent,
        thread_id=parent.thread_id if parent is not None else None,
        depth=parent.depth + 1 if parent is not None else 0,
        text=text,
        text_html=render_comment_text(text),
        visitor_key=visitor_key,
    )
    if user is None:
        name = strip_invisible(guest_name)
        if not name:
            raise ValidationError(_("Guests need to give a name."))
        if guest_email:
            validate_email(guest_email)
        comment.guest_name = name[:MAX_GUEST_NAME]
        comment.guest_email = guest_email
    else:
        if pseud is None:
            pseud = user.default_pseud
        elif pseud.user_id != user.pk:
            raise PermissionDenied(_("You can only comment as one of your own pseuds."))
        comment.user = user
        comment.pseud = pseud

    if not rules.is_creator:
        spam = comment_spam_score(text, user=user, visitor_key=visitor_key)
        comment.spam_score = spam.score
        if spam.held:
            logger.info("Comment on work %s held as likely spam: %s", work.pk, spam.reasons)
        if work.moderate_comments or spam.held:
            comment.status = CommentStatus.PENDING
    comment.save()
    if parent is None:
        comment.thread = comment
        comment.save(update_fields=["thread"])
    if comment.status == CommentStatus.PUBLISHED:
        _recount(work)
    _announce(comment)
    return comment


@transaction.atomic
def comment_edit(*, comment: Comment, user: User, text: str) -> Comment:
    """The author changes their comment; it is marked as edited. A changed text is
    scored again: a comment can't turn into spam after it was let through."""
    work = _locked(comment.work)
    rules = _rules(work, user)
    if not rules.can_edit(comment):
        raise PermissionDenied(_("Only the comment's author can edit it."))
    text = clean_comment_text(text)
    if text == comment.text:
        return comment
    comment.text = text
    comment.text_html = render_comment_text(text)
    comment.edited_at = timezone.now()
    fields = ["text", "text_html", "edited_at"]
    if not rules.is_creator:
        spam = comment_spam_score(text, user=user, visitor_key="", exclude_id=comment.pk)
        comment.spam_score = spam.score
        fields.append("spam_score")
        if spam.held and comment.status == CommentStatus.PUBLISHED:
            comment.status = CommentStatus.PENDING
            fields.append("status")
            comment.save(update_fields=fields)
            _recount(work)
            _announce(comment)
            return comment
    comment.save(update_fields=fields)
    return comment


def _delete_row(comment: Comment) -> None:
    """Remove a comment; a deleted placeholder above it that is left with no replies
    goes too, all the way up."""
    parent_id = comment.parent_id
    comment.delete()
    while parent_id is not None:
        parent = Comment.objects.filter(pk=parent_id, deleted=True).first()
        if parent is None or parent.replies.exists():
            return
        parent_id = parent.parent_id
        parent.delete()


@transaction.atomic
def comment_delete(*, comment: Comment, user: User) -> None:
    """By its author, the work's creators or an admin. A comment with replies leaves a
    placeholder so the thread holds; without, it goes."""
    work = _locked(comment.work)
    rules = _rules(work, user)
    if not rules.can_delete(comment):
        raise PermissionDenied(_("Only the comment's author or the work's creators can delete it."))
    if comment.replies.exists():
        # Nothing of what was said, or by whom, is kept.
        comment.deleted = True
        comment.text = comment.text_html = ""
        comment.guest_name = comment.guest_email = ""
        comment.user = comment.pseud = None
        comment.save(
            update_fields=[
                "deleted",
                "text",
                "text_html",
                "guest_name",
                "guest_email",
                "user",
                "pseud",
            ]
        )
    else:
        _delete_row(comment)
    _recount(work)


def _moderator_rules(comment: Comment, user: User) -> CommentRules:
    work = _locked(comment.work)
    rules = _rules(work, user)
    if not rules.can_moderate:
        raise PermissionDenied(_("Only the work's creators can do that."))
    if comment.deleted:
        raise ValidationError(_("That comment was deleted."))
    return rules


@transaction.atomic
def comment_hide(*, comment: Comment, user: User, hidden: bool = True) -> Comment:
    """A creator hides a comment (or shows it again): it is then seen only by the
    work's creators and the comment's author."""
    _moderator_rules(comment, user)
    if comment.hidden_by_creator != hidden:
        comment.hidden_by_creator = hidden
        comment.save(update_fields=["hidden_by_creator"])
        _recount(comment.work)
    return comment


def _descendant_ids(comment: Comment) -> list[int]:
    rows = Comment.objects.filter(thread_id=comment.thread_id, depth__gt=comment.depth).values_list(
        "id", "parent_id"
    )
    children: dict[int, list[int]] = {}
    for comment_id, parent_id in rows:
        children.setdefault(parent_id, []).append(comment_id)
    found, stack = [], [comment.pk]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found


@transaction.atomic
def comment_freeze(*, comment: Comment, user: User, frozen: bool = True) -> Comment:
    """A creator freezes a comment and every reply under it: no new replies, no edits
    (unfreezing opens them again)."""
    _moderator_rules(comment, user)
    ids = [comment.pk, *_descendant_ids(comment)]
    Comment.objects.filter(pk__in=ids).update(frozen=frozen)
    comment.frozen = frozen
    return comment


@transaction.atomic
def comment_approve(*, comment: Comment, user: User) -> Comment:
    """A creator publishes a comment that waited for approval."""
    _moderator_rules(comment, user)
    if comment.status != CommentStatus.PENDING:
        return comment
    comment.status = CommentStatus.PUBLISHED
    comment.save(update_fields=["status"])
    _recount(comment.work)
    _announce(comment, approved_by=user.pk)
    return comment


def comments_recount_after_block(*, blocker: User, blocked_id: int) -> None:
    """A block hides the blocked user's comments on the blocker's works (an unblock
    shows them again): bring those works' counts up to date."""
    works = Work.objects.filter(
        creatorships__pseud__user=blocker,
        creatorships__approved=True,
        comments__user_id=blocked_id,
    ).distinct()
    for work in works:
        comments_recount(work=work)
