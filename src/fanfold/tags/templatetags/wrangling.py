from __future__ import annotations

from typing import Any

from django import template
from django.utils.translation import gettext as _

from fanfold.tags.models import WranglingLog
from fanfold.tags.selectors import is_wrangler as _is_wrangler

register = template.Library()


@register.filter
def is_wrangler(user: Any) -> bool:
    return _is_wrangler(user)


def _list(names: object) -> str:
    return ", ".join(str(n) for n in names) if isinstance(names, list) and names else ""


def _changes(detail: dict[str, Any]) -> str:
    parts = []
    if _list(detail.get("added")):
        parts.append(_("added %(names)s") % {"names": _list(detail["added"])})
    if _list(detail.get("removed")):
        parts.append(_("removed %(names)s") % {"names": _list(detail["removed"])})
    return "; ".join(parts)


@register.filter
def log_summary(entry: WranglingLog) -> str:
    """One readable line for a log entry."""
    d: dict[str, Any] = entry.detail or {}
    action = entry.action
    if action == "canonical":
        if d.get("was_synonym_of"):
            return _("made canonical (was a synonym of “%(name)s”)") % {"name": d["was_synonym_of"]}
        return _("made canonical")
    if action == "uncanonical":
        removed = _list(d.get("removed_parents"))
        if removed:
            return _("made not canonical; parents removed: %(names)s") % {"names": removed}
        return _("made not canonical")
    if action == "merge":
        if d.get("followed"):
            return _("moved with “%(followed)s” to become a synonym of “%(into)s”") % d
        text = _("made a synonym of “%(into)s”") % d
        moved = [
            (_("synonyms"), _list(d.get("moved_synonyms"))),
            (_("sub-tags"), _list(d.get("moved_children"))),
            (_("parents"), _list(d.get("moved_parents"))),
            (_("fandoms"), _list(d.get("moved_fandoms"))),
            (_("characters"), _list(d.get("moved_characters"))),
        ]
        carried = [f"{label}: {names}" for label, names in moved if names]
        if d.get("moved_members"):
            carried.append(_("%(n)d tags in this fandom") % {"n": d["moved_members"]})
        if carried:
            text += " — " + _("moved along: %(what)s") % {"what": "; ".join(carried)}
        return text
    if action == "rename":
        return _("renamed from “%(previous)s”") % d
    if action in ("parents", "fandoms", "characters"):
        label = {
            "parents": _("parents"),
            "fandoms": _("fandoms"),
            "characters": _("characters"),
        }[action]
        return f"{label}: {_changes(d)}"
    if action in ("grant", "revoke"):
        what = entry.tag_name or _("every fandom")
        if action == "grant":
            return _("%(user)s may now wrangle %(what)s") % {"user": d.get("user"), "what": what}
        return _("%(user)s no longer wrangles %(what)s") % {"user": d.get("user"), "what": what}
    return action
