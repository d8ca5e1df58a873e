"""What the work page's Mark for Later button and "continue reading" notice need."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django import template

from fanfold.feedback.history.visits import reading_before_visit
from fanfold.works.models import Chapter

register = template.Library()


@dataclass(frozen=True)
class WorkPageReading:
    can_mark: bool = False
    marked: bool = False
    # Where the reader left off, when it is somewhere other than the page they are on.
    continue_chapter: Chapter | None = None
    continue_url: str = ""
    last_visited_at: datetime | None = None
    visits: int = 0


@register.simple_tag(takes_context=True)
def reading_on_page(context: template.Context) -> WorkPageReading:
    request = context.get("request")
    work = context.get("work")
    user = getattr(request, "user", None)
    # No button on one's own work: creators aren't readers of it here, as on AO3.
    if request is None or work is None or not user or not user.is_authenticated:
        return WorkPageReading()
    if context.get("is_creator") or not work.posted:
        return WorkPageReading()
    before = reading_before_visit(request, work)
    if before is None:
        return WorkPageReading(can_mark=True)
    found = _continue_at(context, before.last_chapter_id) if user.keep_history else None
    return WorkPageReading(
        can_mark=True,
        marked=before.marked_for_later,
        continue_chapter=found[0] if found else None,
        continue_url=found[1] if found else "",
        last_visited_at=before.last_visited_at,
        visits=before.visits,
    )


def _continue_at(context: template.Context, chapter_id: int | None) -> tuple[Chapter, str] | None:
    chapters: list[Chapter] = list(context.get("chapters") or [])
    if chapter_id is None or len(chapters) < 2:
        return None
    last = next((c for c in chapters if c.pk == chapter_id), None)
    if last is None:
        return None
    if context.get("full_view"):
        # Every chapter is on the page: jump down to the one they had reached.
        return None if last.position == 1 else (last, f"#chapter-{last.position}")
    shown = context.get("chapter")
    if shown is not None and shown.pk == last.pk:
        return None
    return last, last.get_absolute_url()
