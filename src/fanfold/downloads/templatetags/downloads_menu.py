from __future__ import annotations

from django import template
from django.utils.translation import gettext_lazy as _

from fanfold.works.models import Work

from ..filetypes import available_types
from ..selectors import download_url

register = template.Library()

TITLES = {
    "epub": _("For most e-book apps and devices"),
    "azw3": _("For Kindle devices and apps"),
    "mobi": _("For older Kindles"),
    "pdf": _("For printing"),
    "html": _("One page for any browser, offline"),
    "txt": _("Plain text"),
}


@register.simple_tag
def download_links(work: Work) -> list[dict[str, str]]:
    """The Download menu: every kind of file this archive can make."""
    return [
        {"label": t.label, "url": download_url(work, t), "title": str(TITLES.get(t.ext, ""))}
        for t in available_types()
    ]
