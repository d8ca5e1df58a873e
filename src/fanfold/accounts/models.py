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
