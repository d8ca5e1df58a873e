from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

# Works given up by their creators belong to this account, as on AO3.
ORPHAN_USERNAME = "orphan_account"


class User(AbstractUser):
    email = models.EmailField(_("email address"), unique=True)
    # Reading preferences.
    show_adult_content = models.BooleanField(
        _("Show me adult content without checking"), default=False
    )
    hide_warnings = models.BooleanField(
        _("Hide archive warnings until I click (spoiler-safe)"), default=False
    )
    hide_freeform = models.BooleanField(
        _("Hide additional tags until I click (spoiler-safe)"), default=False
    )
    view_full_work = models.BooleanField(
        _("Show the entire work by default instead of one chapter"), default=False
    )
    keep_history = models.BooleanField(_("Keep my reading history"), default=True)
    # Which notifications also arrive by email (the inbox always has them).
    email_comments = models.BooleanField(
        _("Email me comments on my works and replies to my comments"), default=True
    )
    email_kudos = models.BooleanField(_("Email me a daily digest of kudos"), default=True)
    email_subscriptions = models.BooleanField(
        _("Email me updates to works, series and creators I subscribe to"), default=True
    )
    email_invitations = models.BooleanField(_("Email me co-creator invitations"), default=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(Lower("username"), name="user_username_ci_unique"),
        ]

    def get_absolute_url(self) -> str:
        return reverse("accounts:profile", args=[self.username])

    @property
    def default_pseud(self) -> Pseud:
        return self.pseuds.get(is_default=True)


class Pseud(models.Model):
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="pseuds")
    name = models.CharField(_("Name"), max_length=40)
    description = models.TextField(_("Description"), blank=True, max_length=500)
    is_default = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-is_default", "name"]
        constraints = [
            models.UniqueConstraint("user", Lower("name"), name="pseud_name_unique_per_user"),
            models.UniqueConstraint(
                fields=["user"],
                condition=models.Q(is_default=True),
                name="one_default_pseud_per_user",
            ),
        ]

    def __str__(self) -> str:
        if self.name == self.user.username:
            return self.name
        return f"{self.name} ({self.user.username})"

    def get_absolute_url(self) -> str:
        return reverse("accounts:pseud_works", args=[self.user.username, self.name])


# Personal filters: what a reader never wants to see, and searches they come back to.
MAX_MUTES = 2000
MAX_BLOCKS = 2000
MAX_SAVED_SEARCHES = 200


class TagMute(models.Model):
    """Hides works under a tag (its synonyms and sub-tags too) from one reader."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="tag_mutes")
    tag = models.ForeignKey("tags.Tag", on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "tag"], name="tagmute_unique")]

    def __str__(self) -> str:
        return f"{self.user_id} mutes tag {self.tag_id}"


class CreatorMute(models.Model):
    """Hides a creator's works from one reader."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="creator_mutes")
    muted = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "muted"], name="creatormute_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} mutes user {self.muted_id}"


class Block(models.Model):
    """The blocked user can no longer comment on, reply to, give kudos to or invite as a
    co-creator the blocker, and their comments on the blocker's works are hidden."""

    blocker = models.ForeignKey(User, on_delete=models.CASCADE, related_name="blocks")
    blocked = models.ForeignKey(User, on_delete=models.CASCADE, related_name="blocked_by")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["blocker", "blocked"], name="block_unique"),
            models.CheckConstraint(
                condition=~models.Q(blocker=models.F("blocked")), name="block_not_self"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.blocker_id} blocks {self.blocked_id}"


class SavedSearch(models.Model):
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="saved_searches")
    name = models.CharField(_("Name"), max_length=100)
    # The search's GET parameters, as /works/search?<query> opens it.
    query = models.CharField(max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("search:results") + ("?" + self.query if self.query else "")
