"""Reads of comments, and the one place that decides who may see, write, reply to,
edit, delete, hide or freeze which comment (CommentRules).

What a viewer sees of a work's comments (comments_visible_to):
- published comments; pending ones only to their own author (the creators review them
  on the "Unreviewed comments" page);
- hidden ones only to the work's creators, archive admins and their own author;
- nothing by a user any creator of the work blocked, except to admins;
- nothing by a user the viewer muted, except the comments of an anonymous work's
  creators (leaving those out would tell the muter who wrote the work).
A reply stays reachable when its parent isn't shown: the parent becomes a placeholder
("(This comment was deleted)", "(comment from a muted user)", "(This comment is
hidden)") that says nothing of its author or text.

Counts: Work.comments_count and Chapter.comments_count are what a guest sees (published,
not hidden, not deleted, not from a user the creators blocked); the header of the
comments section counts what this viewer is shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from django.contrib.auth.models import AnonymousUser
from django.core.paginator import Page, Paginator
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from fanfold.accounts.models import Block, User
from fanfold.accounts.selectors import muted_ids_of
from fanfold.core.models import SiteOptions
from fanfold.feedback.models import MAX_THREAD_DEPTH, Comment, CommentStatus
from fanfold.works.models import Chapter, CommentPermission, Creatorship, Work
from fanfold.works.selectors import Viewer, is_archive_admin

# Top-level threads per page of a work's comments.
THREADS_PER_PAGE = 20


class Refusal(str):
    """Why a viewer may not comment (a message to show them). login: they would be
    allowed once logged in, so the page offers the way."""

    login: bool = False

    def __new__(cls, message: str, *, login: bool = False) -> Refusal:
        refusal = super().__new__(cls, message)
        refusal.login = login
        return refusal


def work_creator_ids(work: Work) -> frozenset[int]:
    prefetched = getattr(work, "approved_creatorships", None)
    if prefetched is not None:
        return frozenset(c.pseud.user_id for c in prefetched)
    return frozenset(
        Creatorship.objects.filter(work=work, approved=True).values_list(
            "pseud__user_id", flat=True
        )
    )


@dataclass(frozen=True)
class Byline:
    name: str
    url: str | None = None
    is_creator: bool = False


@dataclass
class CommentRules:
    """What one viewer may see and do with the comments of one work. Built once per
    page, so a page of comments asks the database a fixed number of questions."""

    work: Work
    viewer: Viewer
    creator_ids: frozenset[int]

    @property
    def viewer_id(self) -> int | None:
        return self.viewer.pk if self.viewer.is_authenticated else None

    @cached_property
    def is_admin(self) -> bool:
        return is_archive_admin(self.viewer)

    @property
    def is_creator(self) -> bool:
        return self.viewer_id is not None and self.viewer_id in self.creator_ids

    @property
    def can_moderate(self) -> bool:
        """Delete any comment on the work, hide, freeze, approve."""
        return self.is_creator or self.is_admin

    @property
    def sees_anonymous_creators(self) -> bool:
        return not self.work.anonymous or self.is_creator or self.is_admin

    @cached_property
    def muted_ids(self) -> frozenset[int]:
        return frozenset(muted_ids_of(self.viewer_id))

    @cached_property
    def blocked_by_creators(self) -> bool:
        if self.viewer_id is None or not self.creator_ids:
            return False
        return Block.objects.filter(
            blocker_id__in=self.creator_ids, blocked_id=self.viewer_id
        ).exists()

    @cached_property
    def blockers(self) -> frozenset[int]:
        """The users who block this viewer: they can't be replied to."""
        if self.viewer_id is None:
            return frozenset()
        return frozenset(
            Block.objects.filter(blocked_id=self.viewer_id).values_list("blocker_id", flat=True)
        )

    # Who may write.

    @cached_property
    def work_refusal(self) -> Refusal | None:
        work = self.work
        if not work.posted:
            return Refusal(_("Comments open once the work is posted."))
        if work.comment_permission == CommentPermission.NOBODY:
            return Refusal(_("The creator has turned off comments on this work."))
        if self.viewer_id is None:
            if work.restricted or work.comment_permission == CommentPermission.REGISTERED:
                return Refusal(
                    _("Only registered users can comment on this work. Log in to comment."),
                    login=True,
                )
            if not SiteOptions.current().guest_comments:
                return Refusal(
                    _("Guest comments are turned off on this archive. Log in to comment."),
                    login=True,
                )
        elif self.blocked_by_creators:
            return Refusal(_("Sorry, you can't comment on this work."))
        return None

    def reply_refusal(self, parent: Comment) -> Refusal | None:
        refusal = self.work_refusal
        if refusal is not None:
            return refusal
        if parent.deleted:
            return Refusal(_("This comment was deleted, so it can't be replied to."))
        if parent.frozen:
            return Refusal(_("This thread is frozen: no new replies can be added."))
        if parent.status != CommentStatus.PUBLISHED:
            return Refusal(_("This comment can be replied to once it is approved."))
        if parent.hidden_by_creator:
            return Refusal(_("This comment is hidden, so it can't be replied to."))
        if parent.user_id is not None and parent.user_id in self.blockers:
            return Refusal(_("Sorry, you can't reply to this comment."))
        return None

    # What may be done with a comment.

    def is_own(self, comment: Comment) -> bool:
        return self.viewer_id is not None and comment.user_id == self.viewer_id

    def can_edit(self, comment: Comment) -> bool:
        return (
            self.is_own(comment)
            and not comment.deleted
            and not comment.frozen
            and not comment.hidden_by_creator
        )

    def can_delete(self, comment: Comment) -> bool:
        return not comment.deleted and (self.is_own(comment) or self.can_moderate)

    # What a viewer is shown.

    def byline(self, comment: Comment) -> Byline:
        if comment.deleted:
            return Byline(_("(deleted)"))
        if comment.user_id is None:
            return Byline(_("%(name)s (Guest)") % {"name": comment.guest_name})
        by_creator = comment.user_id in self.creator_ids
        if by_creator and not self.sees_anonymous_creators:
            # Never the pseud, nor a link to it, nor anything else that points at them.
            return Byline(_("Anonymous Creator"), is_creator=True)
        pseud = comment.pseud
        if pseud is not None:
            return Byline(str(pseud), pseud.get_absolute_url(), is_creator=by_creator)
        user: User = comment.user  # type: ignore[assignment]
        return Byline(user.username, user.get_absolute_url(), is_creator=by_creator)

    def visible(self, comments: QuerySet[Comment] | None = None) -> QuerySet[Comment]:
        """The work's comments this viewer is shown (placeholders aside)."""
        if comments is None:
            comments = Comment.objects.filter(work=self.work)
        comments = comments.filter(deleted=False)
        own = Q(user_id=self.viewer_id) if self.viewer_id is not None else Q(pk__in=[])
        comments = comments.filter(Q(status=CommentStatus.PUBLISHED) | own)
        if not self.can_moderate:
            comments = comments.filter(Q(hidden_by_creator=False) | own)
        if not self.is_admin:
            comments = comments.exclude(user_blocked_by_creators(self.creator_ids))
        if self.viewer_id is not None and self.muted_ids:
            muted = Q(user_id__in=muted_ids_of(self.viewer_id))
            if self.work.anonymous:
                muted &= ~Q(user_id__in=self.creator_ids)
            comments = comments.exclude(muted)
        return comments

    def placeholder_text(self, *, deleted: bool, user_id: int | None) -> str:
        if deleted:
            return _("(This comment was deleted)")
        anonymous_creator = self.work.anonymous and user_id in self.creator_ids
        if user_id is not None and user_id in self.muted_ids and not anonymous_creator:
            return _("(comment from a muted user)")
        return _("(This comment is hidden)")


def user_blocked_by_creators(creator_ids: frozenset[int] | set[int]) -> Q:
    """Comments whose author one of these creators blocked."""
    if not creator_ids:
        return Q(pk__in=[])
    blocked = Block.objects.filter(blocker_id__in=creator_ids).values("blocked_id")
    return Q(user_id__isnull=False, user_id__in=blocked)


def rules_for(work: Work, viewer: Viewer) -> CommentRules:
    return CommentRules(work=work, viewer=viewer, creator_ids=work_creator_ids(work))


def comment_permission_for(
    work: Work, viewer: Viewer, *, parent: Comment | None = None
) -> Refusal | None:
    """Why this viewer may not comment on the work (or reply to parent), or None."""
    rules = rules_for(work, viewer)
    return rules.work_refusal if parent is None else rules.reply_refusal(parent)


def comments_visible_to(work: Work, viewer: Viewer) -> QuerySet[Comment]:
    return rules_for(work, viewer).visible()


def public_comments(work: Work, creator_ids: frozenset[int] | None = None) -> QuerySet[Comment]:
    """The comments every visitor sees: what the stored counts count."""
    if creator_ids is None:
        creator_ids = work_creator_ids(work)
    return Comment.objects.filter(
        work=work, status=CommentStatus.PUBLISHED, hidden_by_creator=False, deleted=False
    ).exclude(user_blocked_by_creators(creator_ids))


def comment_byline(comment: Comment, viewer: Viewer | None) -> str:
    """The name a comment is shown under to this viewer (None: someone with no
    special rights, as in a message to others): a pseud, "Name (Guest)", "Anonymous
    Creator" or "(deleted)"."""
    return rules_for(comment.work, viewer or AnonymousUser()).byline(comment).name


# Threads as a viewer reads them.


@dataclass
class CommentNode:
    """One comment in a thread as this viewer sees it: a comment, or a placeholder
    (comment is None) that keeps the thread together above replies the viewer sees."""

    id: int
    depth: int
    comment: Comment | None = None
    placeholder: str = ""
    replies: list[CommentNode] = field(default_factory=list)
    # Deeper replies exist: they continue on this comment's own page.
    continues: bool = False
    byline: Byline | None = None
    chapter: Chapter | None = None
    can_reply: bool = False
    can_edit: bool = False
    can_delete: bool = False
    can_moderate: bool = False

    @property
    def pending(self) -> bool:
        return self.comment is not None and self.comment.status == CommentStatus.PENDING


def _skeleton_rows(scope: Q) -> list[tuple[int, int | None, int, bool, int | None]]:
    return list(
        Comment.objects.filter(scope)
        .order_by("created_at", "id")
        .values_list("id", "parent_id", "depth", "deleted", "user_id")
    )


def build_forest(
    rules: CommentRules, *, scope: Q, roots: list[int], chapters: dict[int, Chapter] | None = None
) -> list[CommentNode]:
    """The threads under these root comments (all in scope), to MAX_THREAD_DEPTH
    levels below each root. Three queries, however many comments."""
    rows = _skeleton_rows(scope)
    parent_of = {row[0]: row[1] for row in rows}
    visible_ids = set(rules.visible(Comment.objects.filter(scope)).values_list("id", flat=True))
    root_set = set(roots)

    # Keep what is visible under a root, and every ancestor up to that root.
    under_root: dict[int, bool] = {}

    def reaches_root(comment_id: int) -> bool:
        path = []
        current: int | None = comment_id
        found = False
        while current is not None:
            if current in under_root:
                found = under_root[current]
                break
            path.append(current)
            if current in root_set:
                found = True
                break
            current = parent_of.get(current)
        for step in path:
            under_root[step] = found
        return found

    shown: set[int] = set()
    for comment_id in visible_ids:
        if not reaches_root(comment_id):
            continue
        current: int | None = comment_id
        while current is not None and current not in shown:
            shown.add(current)
            if current in root_set:
                break
            current = parent_of.get(current)

    depth_of = {row[0]: row[2] for row in rows}
    base = {root: depth_of.get(root, 0) for root in roots}
    root_of: dict[int, int] = {}

    def root_for(comment_id: int) -> int:
        if comment_id in root_of:
            return root_of[comment_id]
        current = comment_id
        while current not in root_set:
            current = parent_of[current]  # type: ignore[assignment]
        root_of[comment_id] = current
        return current

    inline = {cid for cid in shown if depth_of[cid] - base[root_for(cid)] <= MAX_THREAD_DEPTH}
    loaded = {
        c.pk: c
        for c in Comment.objects.filter(pk__in=inline & visible_ids).select_related(
            "pseud__user", "user"
        )
    }
    nodes: dict[int, CommentNode] = {}
    for comment_id, parent_id, depth, deleted, user_id in rows:
        if comment_id not in shown:
            continue
        if comment_id not in inline:
            if parent_id in nodes:
                nodes[parent_id].continues = True  # type: ignore[index]
            continue
        comment = loaded.get(comment_id)
        node = CommentNode(id=comment_id, depth=depth - base[root_for(comment_id)])
        if comment is None:
            node.placeholder = rules.placeholder_text(deleted=deleted, user_id=user_id)
        else:
            comment.work = rules.work
            _fill(node, comment, rules, chapters)
        nodes[comment_id] = node
        if comment_id not in root_set and parent_id in nodes:
            nodes[parent_id].replies.append(node)
    return [nodes[root] for root in roots if root in nodes]


def _fill(
    node: CommentNode, comment: Comment, rules: CommentRules, chapters: dict[int, Chapter] | None
) -> None:
    node.comment = comment
    node.byline = rules.byline(comment)
    node.chapter = (chapters or {}).get(comment.chapter_id)
    node.can_reply = rules.reply_refusal(comment) is None
    node.can_edit = rules.can_edit(comment)
    node.can_delete = rules.can_delete(comment)
    node.can_moderate = rules.can_moderate


def comment_node(comment: Comment, rules: CommentRules) -> CommentNode:
    """A single comment as shown right after it was posted or changed."""
    node = CommentNode(id=comment.pk, depth=0)
    _fill(node, comment, rules, None)
    return node


@dataclass
class CommentSection:
    """The comments section at the end of a work page (or a chapter of it)."""

    rules: CommentRules
    page: Page  # of top-level comment ids
    threads: list[CommentNode]
    count: int  # what this viewer is shown
    refusal: Refusal | None
    # Where new top-level comments go: the chapter shown, or the last one.
    post_chapter: Chapter | None


def _thread_ids(rules: CommentRules, chapters: list[Chapter]) -> QuerySet[Comment, int]:
    visible = rules.visible(Comment.objects.filter(work=rules.work, chapter__in=chapters))
    return (
        Comment.objects.filter(pk__in=visible.values("thread_id"))
        .order_by("chapter__position", "created_at", "id")
        .values_list("id", flat=True)
    )


def comment_section(
    work: Work, viewer: Viewer, *, chapters: list[Chapter], page_number: object = 1
) -> CommentSection:
    """chapters: the one chapter shown, or every chapter in the full-work view."""
    rules = rules_for(work, viewer)
    paginator = Paginator(_thread_ids(rules, chapters), THREADS_PER_PAGE)
    page = paginator.get_page(page_number)
    roots = list(page.object_list)
    by_id = {c.pk: c for c in chapters} if len(chapters) > 1 else None
    threads = build_forest(rules, scope=Q(thread_id__in=roots), roots=roots, chapters=by_id)
    count = rules.visible(Comment.objects.filter(work=work, chapter__in=chapters)).count()
    return CommentSection(
        rules=rules,
        page=page,
        threads=threads,
        count=count,
        refusal=rules.work_refusal,
        post_chapter=chapters[-1] if chapters else None,
    )


def thread_page_of(comment: Comment, viewer: Viewer) -> int:
    """The page of its chapter's comments a top-level thread is on, for this viewer."""
    rules = rules_for(comment.work, viewer)
    ids = list(_thread_ids(rules, [comment.chapter]))
    try:
        return ids.index(comment.thread_id) // THREADS_PER_PAGE + 1
    except ValueError:
        return 1


def comment_subtree(comment: Comment, viewer: Viewer) -> CommentNode | None:
    """A comment and its replies as its own page shows them; None when the viewer
    sees neither the comment nor anything under it."""
    rules = rules_for(comment.work, viewer)
    scope = Q(thread_id=comment.thread_id, depth__gte=comment.depth)
    forest = build_forest(rules, scope=scope, roots=[comment.pk])
    return forest[0] if forest else None


def ancestors_of(comment: Comment) -> list[Comment]:
    """The comments above this one, top first (for the thread page's context)."""
    chain = []
    current = comment.parent
    while current is not None:
        chain.append(current)
        current = current.parent
    return list(reversed(chain))


def unreviewed_comments(work: Work) -> QuerySet[Comment]:
    return (
        Comment.objects.filter(work=work, status=CommentStatus.PENDING, deleted=False)
        .select_related("pseud__user", "user", "chapter", "parent")
        .order_by("created_at", "id")
    )
