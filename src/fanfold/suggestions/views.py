""" "Suggest tags" on the posting pages. The button posts the whole posting form here
(htmx: only the panel is swapped in; without JavaScript the page comes back whole, the
form as it was typed and the suggestions under it). Nothing is saved.

Also the notice on a work's page: its creators may dismiss what it names, and undo that.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from fanfold.accounts.models import User
from fanfold.analysis import ChapterInput
from fanfold.analysis.model import Format
from fanfold.core.ratelimit import rate_hit
from fanfold.tags.models import TagType
from fanfold.works import selectors as works_selectors
from fanfold.works.forms import ChapterForm, NewWorkForm, WorkForm
from fanfold.works.models import (
    MAX_CHAPTER_TEXT,
    MAX_NOTES,
    MAX_SUMMARY,
    Chapter,
    TextFormats,
    Work,
)

from . import selectors, services
from .panel import TAG_FIELDS, FormState, Panel, PanelBuilder

RATE_SCOPE = "suggest"

# Fields read from the form, with the most each may hold (the posting form's limits).
FIELD_LIMITS = {
    "chapter_text": MAX_CHAPTER_TEXT,
    "summary": MAX_SUMMARY,
    "chapter_summary": MAX_SUMMARY,
    "notes": MAX_NOTES,
    "endnotes": MAX_NOTES,
    "chapter_notes": MAX_NOTES,
    "chapter_endnotes": MAX_NOTES,
}


@dataclass(frozen=True)
class AskedFrom:
    """The posting page the button was on."""

    kind: Literal["new", "work", "chapter"]
    work: Work | None = None
    chapter: Chapter | None = None


class Refusal(Exception):
    def __init__(self, message: str, status: int = 422) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def _field(request: HttpRequest, name: str) -> str:
    # Browsers send textarea line breaks as CRLF but hold them as LF: offsets must
    # count what the page's script sees.
    return request.POST.get(name, "").replace("\r\n", "\n")


def _field_label(name: str) -> str:
    return {
        "chapter_text": _("Chapter text"),
        "summary": _("Summary"),
        "chapter_summary": _("Chapter summary"),
        "notes": _("Notes"),
        "endnotes": _("End notes"),
        "chapter_notes": _("Chapter notes"),
        "chapter_endnotes": _("Chapter end notes"),
    }[name]


def _check_sizes(request: HttpRequest) -> None:
    for name, limit in FIELD_LIMITS.items():
        size = len(_field(request, name))
        if size > limit:
            raise Refusal(
                _(
                    "%(field)s: too long to read (%(n)s characters; the posting form takes "
                    "at most %(max)s). Nothing in your form was changed."
                )
                % {"field": _field_label(name), "n": f"{size:,}", "max": f"{limit:,}"}
            )


def _editable(request: HttpRequest, work_id: int) -> Work:
    work = works_selectors.visible_works_for(request.user).filter(pk=work_id).first()
    if work is None:
        raise Http404(_("No such work."))
    if not works_selectors.can_edit(work, request.user):
        raise PermissionDenied(_("Only the work's creators can change it."))
    return work


def _tag_names(value: str | None) -> list[str]:
    return [n.strip() for n in (value or "").split(",") if n.strip()]


def _form_state(request: HttpRequest, asked: AskedFrom) -> FormState:
    if asked.kind == "chapter" and asked.work is not None:
        # The chapter pages have no tag fields: compare with the work's own tags.
        by_type: dict[str, list[str]] = {t: [] for t in TagType.values}
        for work_tag in asked.work.work_tags.select_related("tag"):
            by_type[work_tag.tag.type].append(work_tag.tag.name)
        return FormState(
            rating=by_type[TagType.RATING][0] if by_type[TagType.RATING] else "",
            warnings=frozenset(by_type[TagType.WARNING]),
            tag_keys={
                name: selectors.tag_keys_with_canonicals(tag_type, by_type[tag_type])
                for tag_type, name in TAG_FIELDS.items()
            },
            can_add=False,
        )
    return FormState(
        rating=request.POST.get("rating", ""),
        warnings=frozenset(request.POST.getlist("warnings")),
        tag_keys={
            name: selectors.tag_keys_with_canonicals(tag_type, _tag_names(request.POST.get(name)))
            for tag_type, name in TAG_FIELDS.items()
        },
    )


def _format(request: HttpRequest) -> Format:
    return "markdown" if request.POST.get("text_format") == TextFormats.MARKDOWN else "html"


def _chapter_label(position: int) -> str:
    return _("Chapter %(n)d") % {"n": position}


@dataclass
class Inputs:
    chapters: list[ChapterInput]
    labels: list[str]
    form_chapter: int | None
    form_text: str


def _need_text(text: str) -> None:
    if not text.strip():
        raise Refusal(_("Write or paste the chapter text first: suggestions are read from it."))


def _inputs(request: HttpRequest, asked: AskedFrom) -> Inputs:
    text = _field(request, "chapter_text")
    chapter_notes = selectors.joined(
        _field(request, "chapter_summary"),
        _field(request, "chapter_notes"),
        _field(request, "chapter_endnotes"),
    )
    if asked.kind == "new":
        _need_text(text)
        fmt = _format(request)
        notes = selectors.joined(
            _field(request, "summary"),
            _field(request, "notes"),
            chapter_notes,
            _field(request, "endnotes"),
        )
        chapter = ChapterInput(
            text=text, format=fmt, title=request.POST.get("chapter_title", ""), notes=notes
        )
        return Inputs([chapter], [_chapter_label(1)], 0, text)

    work = asked.work
    assert work is not None
    existing = selectors.analysed_chapters(work)
    if asked.kind == "work":
        if not existing:
            raise Refusal(_("This work has no posted chapters to read yet."))
        fmt = _format(request)
        chapters = [
            dataclasses.replace(selectors.chapter_input(c, work), format=fmt) for c in existing
        ]
        # The work's notes as the form has them now, not as saved.
        chapters[0] = dataclasses.replace(
            chapters[0],
            notes=selectors.joined(
                _field(request, "summary"),
                _field(request, "notes"),
                chapters[0].notes,
                _field(request, "endnotes"),
            ),
        )
        return Inputs(chapters, [_chapter_label(c.position) for c in existing], None, "")

    _need_text(text)
    edited = asked.chapter
    others = [c for c in existing if edited is None or c.pk != edited.pk]
    if edited is not None:
        position = edited.position
    else:
        position = max((c.position for c in existing), default=0) + 1
    form_input = ChapterInput(
        text=text,
        format=selectors.work_format(work),
        title=request.POST.get("chapter_title", ""),
        notes=chapter_notes,
    )
    entries = [(c.position, selectors.chapter_input(c, work)) for c in others]
    entries.append((position, form_input))
    entries.sort(key=lambda entry: entry[0])
    chapters = [entry[1] for entry in entries]
    chapters[0] = dataclasses.replace(
        chapters[0],
        notes=selectors.joined(work.summary, work.notes, chapters[0].notes, work.endnotes),
    )
    index = [entry[0] for entry in entries].index(position)
    return Inputs(chapters, [_chapter_label(p) for p, _c in entries], index, text)


def _panel(request: HttpRequest, asked: AskedFrom) -> Panel:
    inputs = _inputs(request, asked)
    analysis = services.text_analyze(chapters=inputs.chapters)
    if asked.kind == "chapter":
        targets = ("chapter_notes", "chapter_endnotes")
    else:
        targets = ("notes", "endnotes")
    return PanelBuilder(
        analysis,
        _form_state(request, asked),
        chapter_labels=inputs.labels,
        form_chapter=inputs.form_chapter,
        form_text=inputs.form_text,
        note_targets=targets,
    ).build()


def _form_as_typed(request: HttpRequest, asked: AskedFrom) -> forms.Form:
    """The posting form again, filled with what was submitted but not validated (its
    errors are for posting, not for asking for suggestions)."""
    user: User = request.user  # type: ignore[assignment]
    kwargs: dict[str, Any] = {}
    form_class: type[forms.Form]
    if asked.kind == "chapter":
        form_class = ChapterForm
    else:
        form_class = NewWorkForm if asked.kind == "new" else WorkForm
        kwargs["user"] = user
    blank = form_class(**kwargs)
    initial = {
        name: field.widget.value_from_datadict(request.POST, request.FILES, blank.add_prefix(name))
        for name, field in blank.fields.items()
    }
    form = form_class(initial=initial, **kwargs)
    if asked.kind == "work":
        form.fields["pseuds"].required = False
    return form


def _respond(
    request: HttpRequest,
    asked: AskedFrom,
    *,
    panel: Panel | None = None,
    message: str = "",
    status: int = 200,
) -> HttpResponse:
    context: dict[str, Any] = {"panel": panel, "suggestions_message": message}
    if getattr(request, "htmx", False):
        return render(request, "suggestions/results.html", context, status=status)
    context["form"] = _form_as_typed(request, asked)
    context["suggestions_shown"] = True
    if asked.kind == "chapter":
        context.update(work=asked.work, chapter=asked.chapter, preview=None)
        return render(request, "works/chapter_form.html", context, status=status)
    if asked.kind == "new":
        context["new"] = True
    else:
        work = asked.work
        assert work is not None
        context["work"] = works_selectors.with_listing_data(Work.objects.filter(pk=work.pk)).get()
    return render(request, "works/work_form.html", context, status=status)


def _suggest(request: HttpRequest, asked: AskedFrom) -> HttpResponse:
    if request.method != "POST":
        if asked.kind == "chapter" and asked.work is not None:
            if asked.chapter is not None:
                return redirect("works:chapter_edit", asked.work.pk, asked.chapter.pk)
            return redirect("works:chapter_new", asked.work.pk)
        if asked.work is not None:
            return redirect("works:edit", asked.work.pk)
        return redirect("works:new")
    limited = rate_hit(request, RATE_SCOPE)
    if not limited.allowed:
        response = _respond(request, asked, message=limited.message, status=429)
        response["Retry-After"] = str(limited.retry_after)
        return response
    try:
        _check_sizes(request)
        panel = _panel(request, asked)
    except Refusal as refusal:
        return _respond(request, asked, message=refusal.message, status=refusal.status)
    return _respond(request, asked, panel=panel)


@login_required
def suggest_new(request: HttpRequest) -> HttpResponse:
    return _suggest(request, AskedFrom("new"))


@login_required
def suggest_work(request: HttpRequest, work_id: int) -> HttpResponse:
    return _suggest(request, AskedFrom("work", work=_editable(request, work_id)))


@login_required
def suggest_chapter_new(request: HttpRequest, work_id: int) -> HttpResponse:
    return _suggest(request, AskedFrom("chapter", work=_editable(request, work_id)))


@login_required
def suggest_chapter(request: HttpRequest, work_id: int, chapter_id: int) -> HttpResponse:
    work = _editable(request, work_id)
    chapter = get_object_or_404(Chapter, work=work, pk=chapter_id)
    return _suggest(request, AskedFrom("chapter", work=work, chapter=chapter))


# The notice on the work's page ---------------------------------------------------------


def _posted_names(request: HttpRequest) -> list[str]:
    return [n for n in dict.fromkeys(request.POST.getlist("name")) if n.strip()]


@login_required
@require_POST
def notice_dismiss(request: HttpRequest, work_id: int) -> HttpResponse:
    work = _editable(request, work_id)
    user: User = request.user  # type: ignore[assignment]
    dismissed = services.work_suggestions_dismiss(
        work=work, user=user, names=_posted_names(request)
    )
    if getattr(request, "htmx", False):
        if not dismissed:  # the notice changed since it was shown: show it as it is now
            return _notice(request, work)
        return render(
            request,
            "suggestions/hooks/notice_dismissed.html",
            {"work": work, "dismissed": dismissed, "message": _dismissed(dismissed)},
        )
    if dismissed:
        messages.success(request, _dismissed(dismissed))
    return redirect(work.get_absolute_url())


def _dismissed(names: list[str]) -> str:
    return _(
        "Dismissed: this page will not name %(names)s again for this work. "
        "Suggest tags on the edit page still offers them."
    ) % {"names": ", ".join(names)}


@login_required
@require_POST
def notice_restore(request: HttpRequest, work_id: int) -> HttpResponse:
    work = _editable(request, work_id)
    restored = services.work_suggestions_restore(work=work, names=_posted_names(request))
    if getattr(request, "htmx", False):
        return _notice(request, work)
    if restored:
        messages.success(request, _("The notice is back."))
    return redirect(work.get_absolute_url())


def _notice(request: HttpRequest, work: Work) -> HttpResponse:
    # An empty placeholder when there is nothing to say, so a later undo still has a target.
    return render(
        request,
        "suggestions/hooks/work_notice.html",
        {"work": work, "suggestions_notice_placeholder": True},
    )
