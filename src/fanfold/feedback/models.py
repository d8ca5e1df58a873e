"""What readers give back: kudos, comments, bookmarks, subscriptions; what the archive
tells its users (notifications); and what it remembers for them (reading history,
Mark for Later, hit counting)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from fanfold.accounts.models import Pseud
from fanfold.works.models import Chapter, Series, Work

MAX_COMMENT = 10_000
# Replies deeper than this continue on the thread's own page.
MAX_THREAD_DEPTH = 5
MAX_BOOKMARK_NOTES = 5_000
MAX_BOOKMARK_TAGS = 75


class Kudos(models.Model):
    """One per account per work, and one per guest per work; a guest is known only by
    a keyed hash of their address (see feedback.visitors), never the address itself."""

    work = models.ForeignKey(Work, on_delete=models.CASCADE, related_name="kudos")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    guest_key = models.CharField(max_length=64, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    # Set once a creator's daily digest has told them about it.
    digested = models.BooleanField(default=False)

    class Meta:
        verbose_name_plural = "kudos"
        constraints = [
            models.UniqueConstraint(
                fields=["work", "user"], condition=Q(user__isnull=False), name="kudos_user_unique"
            ),
            models.UniqueConstraint(
                fields=["work", "guest_key"], condition=~Q(guest_key=""), name="kudos_guest_unique"
            ),
            models.CheckConstraint(
                condition=Q(user__isnull=False) | ~Q(guest_key=""), name="kudos_has_giver"
            ),
        ]
        indexes = [
            models.Index(fields=["work", "-created_at"], name="kudos_work_recent"),
            models.Index(
                fields=["created_at"], condition=Q(digested=False), name="kudos_undigested"
            ),
        ]

    def __str__(self) -> str:
        return f"kudos on {self.work_id}"


class CommentStatus(models.TextChoices):
    PUBLISHED = "published", _("Published")
    # Waiting for the creator: the work moderates comments, or the spam score held it.
    PENDING = "pending", _("Awaiting approval")


class Comment(models.Model):
    work = models.ForeignKey(Work, on_delete=models.CASCADE, related_name="comments")
    chapter = models.ForeignKey(Chapter, on_delete=models.CASCADE, related_name="comments")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    # The top-level comment of the thread (itself for a top-level comment once saved).
    thread = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    depth = models.PositiveSmallIntegerField(default=0)

    # An account's comment names one of its pseuds; a guest's carries a name and an
    # optional email that is never shown.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="comments",
    )
    pseud = models.ForeignKey(
        Pseud, null=True, blank=True, on_delete=models.SET_NULL, related_name="comments"
    )
    guest_name = models.CharField(_("Name"), max_length=100, blank=True)
    guest_email = models.EmailField(_("Email (never shown)"), blank=True)
    # Keyed hash of the poster's address, for rate limits and spam checks.
    visitor_key = models.CharField(max_length=64, blank=True, default="")

    text = models.TextField(_("Comment"), max_length=MAX_COMMENT)
    text_html = models.TextField(editable=False)
    status = models.CharField(
        max_length=10, choices=CommentStatus.choices, default=CommentStatus.PUBLISHED
    )
    spam_score = models.FloatField(default=0)
    # Set by the work's creators.
    hidden_by_creator = models.BooleanField(default=False)
    frozen = models.BooleanField(default=False)
    # A deleted comment with replies stays as a placeholder so the thread holds.
    deleted = models.BooleanField(default=False)
    edited_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [
            models.Index(fields=["chapter", "thread", "created_at"], name="comment_chapter"),
            models.Index(fields=["work", "status"], name="comment_work_status"),
            models.Index(fields=["thread", "created_at"], name="comment_thread"),
            models.Index(fields=["user", "-created_at"], name="comment_user"),
        ]

    def __str__(self) -> str:
        return f"comment {self.pk} on {self.work_id}"

    def get_absolute_url(self) -> str:
        return reverse("feedback:comment", args=[self.pk])

    @property
    def is_guest(self) -> bool:
        return self.user_id is None


class Bookmark(models.Model):
    """A reader's saved link to a work or a series, with notes and their own tags."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="bookmarks"
    )
    pseud = models.ForeignKey(Pseud, on_delete=models.CASCADE, related_name="bookmarks")
    work = models.ForeignKey(
        Work, null=True, blank=True, on_delete=models.CASCADE, related_name="bookmarks"
    )
    series = models.ForeignKey(
        Series, null=True, blank=True, on_delete=models.CASCADE, related_name="bookmarks"
    )
    notes = models.TextField(_("Notes"), blank=True, max_length=MAX_BOOKMARK_NOTES)
    notes_html = models.TextField(editable=False, blank=True)
    tags = models.ManyToManyField("tags.Tag", blank=True, related_name="bookmarks")
    private = models.BooleanField(_("Private bookmark"), default=False)
    rec = models.BooleanField(_("Rec"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(work__isnull=False, series__isnull=True)
                | Q(work__isnull=True, series__isnull=False),
                name="bookmark_one_target",
            ),
            models.UniqueConstraint(
                fields=["user", "work"], condition=Q(work__isnull=False), name="bookmark_work_once"
            ),
            models.UniqueConstraint(
                fields=["user", "series"],
                condition=Q(series__isnull=False),
                name="bookmark_series_once",
            ),
        ]
        indexes = [
            models.Index(fields=["pseud", "-created_at"], name="bookmark_pseud"),
            models.Index(fields=["work", "private"], name="bookmark_work"),
        ]

    def __str__(self) -> str:
        return f"bookmark {self.pk}"


class Subscription(models.Model):
    """Being told of updates: new chapters of a work, new works in a series or by a
    pseud."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="subscriptions"
    )
    work = models.ForeignKey(
        Work, null=True, blank=True, on_delete=models.CASCADE, related_name="subscriptions"
    )
    series = models.ForeignKey(
        Series, null=True, blank=True, on_delete=models.CASCADE, related_name="subscriptions"
    )
    pseud = models.ForeignKey(
        Pseud, null=True, blank=True, on_delete=models.CASCADE, related_name="subscribers"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(work__isnull=False, series__isnull=True, pseud__isnull=True)
                | Q(work__isnull=True, series__isnull=False, pseud__isnull=True)
                | Q(work__isnull=True, series__isnull=True, pseud__isnull=False),
                name="subscription_one_target",
            ),
            models.UniqueConstraint(
                fields=["user", "work"], condition=Q(work__isnull=False), name="sub_work_once"
            ),
            models.UniqueConstraint(
                fields=["user", "series"], condition=Q(series__isnull=False), name="sub_series_once"
            ),
            models.UniqueConstraint(
                fields=["user", "pseud"], condition=Q(pseud__isnull=False), name="sub_pseud_once"
            ),
        ]

    def __str__(self) -> str:
        return f"subscription {self.pk}"


class NotificationKind(models.TextChoices):
    COMMENT = "comment", _("Comment on your work")
    REPLY = "reply", _("Reply to your comment")
    KUDOS = "kudos", _("Kudos digest")
    INVITATION = "invitation", _("Co-creator invitation")
    WORK_UPDATE = "work_update", _("New chapter")
    SERIES_UPDATE = "series_update", _("New work in a series")
    PSEUD_UPDATE = "pseud_update", _("New work by a creator")
    MODERATION = "moderation", _("Comment awaiting approval")


class Notification(models.Model):
    """One item in a user's inbox. What it says is worked out when it is shown or
    mailed, from the objects it points at, so anonymity rules apply at that moment."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=20, choices=NotificationKind.choices)
    work = models.ForeignKey(
        Work, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    chapter = models.ForeignKey(
        Chapter, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    series = models.ForeignKey(
        Series, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    comment = models.ForeignKey(
        Comment, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    # Kind-specific details (a kudos digest's counts, say).
    data = models.JSONField(default=dict, blank=True)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["recipient", "-created_at"], name="notification_inbox"),
            models.Index(
                fields=["recipient"], condition=Q(read_at__isnull=True), name="notification_unread"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} for {self.recipient_id}"


class Reading(models.Model):
    """A reader's history with one work, and whether they marked it for later."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="readings"
    )
    work = models.ForeignKey(Work, on_delete=models.CASCADE, related_name="readings")
    last_chapter = models.ForeignKey(
        Chapter, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    visits = models.PositiveIntegerField(default=0)
    # Null when only marked for later and never read (or the history was cleared).
    last_visited_at = models.DateTimeField(null=True, blank=True)
    marked_for_later = models.BooleanField(default=False)
    marked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "work"], name="reading_unique"),
        ]
        indexes = [
            models.Index(fields=["user", "-last_visited_at"], name="reading_history"),
            models.Index(
                fields=["user", "-marked_at"],
                condition=Q(marked_for_later=True),
                name="reading_later",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} read {self.work_id}"


class WorkVisit(models.Model):
    """When a visitor's hit on a work last counted. A visitor is a keyed hash (an
    account's id or a guest's address), so no address is stored; rows older than a day
    are pruned."""

    work = models.ForeignKey(Work, on_delete=models.CASCADE, related_name="+")
    visitor = models.CharField(max_length=64)
    counted_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["work", "visitor"], name="workvisit_unique"),
        ]
        indexes = [models.Index(fields=["counted_at"], name="workvisit_age")]

    def __str__(self) -> str:
        return f"{self.visitor} on {self.work_id}"
