from __future__ import annotations

from django.core.cache import cache
from django.db import models
from django.utils.translation import gettext_lazy as _

_CACHE_KEY = "fanfold:site-options"


class SiteOptions(models.Model):
    """Archive-wide switches an admin changes in the admin pages. One row."""

    guest_comments = models.BooleanField(
        _("Guests may comment"),
        default=True,
        help_text=_("Off: only logged-in users can comment, whatever a work allows."),
    )

    class Meta:
        verbose_name = verbose_name_plural = _("site options")

    def __str__(self) -> str:
        return str(_("Site options"))

    def save(self, *args: object, **kwargs: object) -> None:
        self.pk = 1
        super().save(*args, **kwargs)  # type: ignore[arg-type]
        cache.delete(_CACHE_KEY)

    @classmethod
    def current(cls) -> SiteOptions:
        options = cache.get(_CACHE_KEY)
        if options is None:
            options = cls.objects.filter(pk=1).first() or cls(pk=1)
            cache.set(_CACHE_KEY, options, 60)
        return options
