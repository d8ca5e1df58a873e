from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from fanfold.accounts.models import User
from fanfold.core.text import render_text
from fanfold.feedback.reading import work_opened
from fanfold.search.listing import works_listing

from . import selectors, services
from .forms import ChapterForm, NewWorkForm, WorkForm
from .models import Chapter, Creatorship, Series, Work

ADULT_SESSION_KEY = "view_adult"


def home(request: HttpRequest) -> HttpResponse:
    listing = works_listing(request, selectors.newest_works_for(request.user))
    return render(request, "works/home.html", {"listing": listing, "page": listing.page})


def _work_or_404(request: HttpRequest, work_id: int) -> Work | HttpResponse:
    access = selectors.work_for_viewer(work_id, request.user)
    if access.needs_login:
        return redirect_to_login(request.get_full_path())
    if access.work is None:
        raise Http404(_("No such work."))
    return access.work


def _needs_adult_check(request: HttpRequest, work: Work) -> bool:
    if not work.is_adult or request.GET.get("view_adult") == "true":
        if work.is_adult:
            request.session[ADULT_SESSION_KEY] = True
        return False
    if request.session.get(ADULT_SESSION_KEY):
        return False
    user = request.user
    return not (
        user.is_authenticated and (user.show_adult_content or selectors.is_creator(work, user))
    )


def _reader_context(request: HttpRequest, work: Work) -> dict[str, object]:
    chapters = list(selectors.chapters_of(work))
    return {
        "work": work,
        "chapters": chapters,
        "creators": selectors.creators_shown_to(work, request.user),
        "is_creator": selectors.is_creator(work, request.user),
        "series_parts": _series_navigation(work, request.user),
    }


def _series_navigation(work: Work, viewer: object) -> list[dict[str, object]]:
    result = []
    for part in work.series_parts.all():
        works = selectors.series_works_for(part.series, viewer)  # type: ignore[arg-type]
        ids = [w.pk for w in works]
        index = ids.index(work.pk) if work.pk in ids else None
        result.append(
            {
                "series": part.series,
                "position": part.position,
                "previous": works[index - 1] if index else None,
                "next": works[index + 1] if index is not None and index + 1 < len(works) else None,
            }
        )
    return result


def work_detail(request: HttpRequest, work_id: int) -> HttpResponse:
    found = _work_or_404(request, work_id)
    if isinstance(found, HttpResponse):
        return found
    work = found
    context = _reader_context(request, work)
    if _needs_adult_check(request, work):
        return render(request, "works/adult.html", context)
    chapters = context["chapters"]
    full = request.GET.get("view_full_work")
    show_all = full == "true" or (
        full is None and request.user.is_authenticated and request.user.view_full_work
    )
    if show_all or len(chapters) <= 1:  # type: ignore[arg-type]
        context["shown_chapters"] = chapters
        context["full_view"] = True
        work_opened(request, work, chapters[0] if len(chapters) == 1 else None)  # type: ignore[index, arg-type]
        return render(request, "works/work.html", context)
    return _render_chapter(request, context, chapters[0])  # type: ignore[index]


def chapter_detail(request: HttpRequest, work_id: int, chapter_id: int) -> HttpResponse:
    found = _work_or_404(request, work_id)
    if isinstance(found, HttpResponse):
        return found
    work = found
    context = _reader_context(request, work)
    if _needs_adult_check(request, work):
        return render(request, "works/adult.html", context)
    chapter = next((c for c in context["chapters"] if c.pk == chapter_id), None)  # type: ignore[attr-defined]
    if chapter is None:
        raise Http404(_("No such chapter."))
    if len(context["chapters"]) <= 1:  # type: ignore[arg-type]
        return redirect(work)
    return _render_chapter(request, context, chapter)


def _render_chapter(
    request: HttpRequest, context: dict[str, object], chapter: Chapter
) -> HttpResponse:
    chapters: list[Chapter] = context["chapters"]  # type: ignore[assignment]
    index = chapters.index(chapter)
    work_opened(request, context["work"], chapter)  # type: ignore[arg-type]
    context.update(
        shown_chapters=[chapter],
        chapter=chapter,
        full_view=False,
        previous_chapter=chapters[index - 1] if index > 0 else None,
        next_chapter=chapters[index + 1] if index + 1 < len(chapters) else None,
    )
    return render(request, "works/work.html", context)


def chapter_index(request: HttpRequest, work_id: int) -> HttpResponse:
    found = _work_or_404(request, work_id)
    if isinstance(found, HttpResponse):
        return found
    return render(request, "works/navigate.html", _reader_context(request, found))


def _editable_work(request: HttpRequest, work_id: int) -> Work:
    work = selectors.visible_works_for(request.user).filter(pk=work_id).first()
    if work is None:
        raise Http404(_("No such work."))
    if not selectors.can_edit(work, request.user):
        raise PermissionDenied(_("Only the work's creators can change it."))
    return work


def _preview(form: forms.Form) -> dict[str, object]:
    data = form.cleaned_data
    fmt = "markdown" if data.get("text_format") == "markdown" else "html"
    return {
        "title": data.get("title"),
        "summary": render_text(data.get("summary", ""), fmt),
        "notes": render_text(data.get("notes", ""), fmt),
        "endnotes": render_text(data.get("endnotes", ""), fmt),
        "chapter_title": data.get("chapter_title", ""),
        "chapter_notes": render_text(data.get("chapter_notes", ""), fmt),
        "chapter_text": render_text(data.get("chapter_text", ""), fmt),
        "chapter_endnotes": render_text(data.get("chapter_endnotes", ""), fmt),
    }


@login_required
def work_new(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    form = NewWorkForm(request.POST or None, user=user)
    preview = None
    if request.method == "POST" and form.is_valid():
        if "preview" in request.POST:
            preview = _preview(form)
        else:
            try:
                work = services.work_create(
                    creator=user,
                    pseuds=list(form.cleaned_data["pseuds"]),
                    data=form.work_data(),
                    chapter=form.chapter_data(),
                    post="save_draft" not in request.POST,
                    co_creators=form.cleaned_data["co_creators"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                if work.posted:
                    messages.success(request, _("Work was successfully posted."))
                else:
                    messages.info(request, _("Draft saved. Only you can see it until you post it."))
                return redirect(work)
    return render(request, "works/work_form.html", {"form": form, "preview": preview, "new": True})


def _work_initial(work: Work) -> dict[str, object]:
    by_type = work.tags_by_type
    names = {t: [tag.name for tag in tags] for t, tags in by_type.items()}
    return {
        "title": work.title,
        "summary": work.summary,
        "notes": work.notes,
        "endnotes": work.endnotes,
        "text_format": work.text_format,
        "language": work.language,
        "rating": work.rating,
        "warnings": names["warning"],
        "categories": names["category"],
        "fandoms": ", ".join(names["fandom"]),
        "relationships": ", ".join(names["relationship"]),
        "characters": ", ".join(names["character"]),
        "freeforms": ", ".join(names["freeform"]),
        "published_on": work.published_on,
        "expected_chapters": work.expected_chapters,
        "restricted": work.restricted,
        "anonymous": work.anonymous,
        "comment_permission": work.comment_permission,
        "moderate_comments": work.moderate_comments,
        "pseuds": [c.pseud_id for c in work.creatorships.filter(approved=True)],
    }


@login_required
def work_edit(request: HttpRequest, work_id: int) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    work = _editable_work(request, work_id)
    work = selectors.with_listing_data(Work.objects.filter(pk=work.pk)).get()
    form = WorkForm(request.POST or None, user=user, initial=_work_initial(work))
    form.fields["pseuds"].required = False
    preview = None
    if request.method == "POST" and form.is_valid():
        if "preview" in request.POST:
            preview = _preview(form)
        else:
            try:
                services.work_update(work=work, editor=user, data=form.work_data())
                for invitee in form.cleaned_data["co_creators"]:
                    services.creatorship_invite(work=work, inviter=user, invitee=invitee)
                if "post" in request.POST and not work.posted:
                    services.work_post(work=work, user=user)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Work was successfully updated."))
                return redirect(work)
    return render(request, "works/work_form.html", {"form": form, "preview": preview, "work": work})


@login_required
@require_POST
def work_post(request: HttpRequest, work_id: int) -> HttpResponse:
    work = _editable_work(request, work_id)
    services.work_post(work=work, user=request.user)  # type: ignore[arg-type]
    messages.success(request, _("Work was successfully posted."))
    return redirect(work)


@login_required
def work_delete(request: HttpRequest, work_id: int) -> HttpResponse:
    work = _editable_work(request, work_id)
    if request.method == "POST":
        title = work.title
        services.work_delete(work=work, user=request.user)  # type: ignore[arg-type]
        messages.success(request, _("“%(title)s” was deleted.") % {"title": title})
        return redirect("accounts:profile", request.user.username)
    return render(request, "works/work_delete.html", {"work": work})


@login_required
def chapter_new(request: HttpRequest, work_id: int) -> HttpResponse:
    return _chapter_form(request, _editable_work(request, work_id), chapter=None)


@login_required
def chapter_edit(request: HttpRequest, work_id: int, chapter_id: int) -> HttpResponse:
    work = _editable_work(request, work_id)
    chapter = get_object_or_404(Chapter, work=work, pk=chapter_id)
    return _chapter_form(request, work, chapter=chapter)


def _chapter_form(request: HttpRequest, work: Work, chapter: Chapter | None) -> HttpResponse:
    initial: dict[str, object] = {"expected_chapters": work.expected_chapters}
    if chapter is not None:
        initial.update(
            chapter_title=chapter.title,
            chapter_summary=chapter.summary,
            chapter_notes=chapter.notes,
            chapter_endnotes=chapter.endnotes,
            chapter_text=chapter.text,
        )
    form = ChapterForm(request.POST or None, initial=initial)
    preview = None
    if request.method == "POST" and form.is_valid():
        if "preview" in request.POST:
            preview = _preview(form)
        else:
            editor: User = request.user  # type: ignore[assignment]
            # An empty expected count means "unknown" (0 to the services).
            expected = form.cleaned_data["expected_chapters"] or 0
            if chapter is None:
                chapter = services.chapter_add(
                    work=work, editor=editor, data=form.chapter_data(), expected_chapters=expected
                )
                messages.success(request, _("Chapter was successfully posted."))
            else:
                services.chapter_update(
                    chapter=chapter,
                    editor=editor,
                    data=form.chapter_data(),
                    expected_chapters=expected,
                )
                messages.success(request, _("Chapter was successfully updated."))
            return redirect(chapter if work.chapter_count > 1 else work)
    return render(
        request,
        "works/chapter_form.html",
        {"form": form, "work": work, "chapter": chapter, "preview": preview},
    )


@login_required
def chapter_delete(request: HttpRequest, work_id: int, chapter_id: int) -> HttpResponse:
    work = _editable_work(request, work_id)
    chapter = get_object_or_404(Chapter, work=work, pk=chapter_id)
    if request.method == "POST":
        try:
            services.chapter_delete(chapter=chapter, editor=request.user)  # type: ignore[arg-type]
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Chapter was deleted."))
        return redirect(work)
    return render(request, "works/chapter_delete.html", {"work": work, "chapter": chapter})


@login_required
def chapters_manage(request: HttpRequest, work_id: int) -> HttpResponse:
    work = _editable_work(request, work_id)
    chapters = list(work.chapters.order_by("position"))
    error = None
    if request.method == "POST":
        try:
            positions = {c.pk: int(request.POST.get(f"position-{c.pk}", "")) for c in chapters}
        except ValueError:
            error = _("Every chapter needs a position number.")
        else:
            ordered = sorted(chapters, key=lambda c: (positions[c.pk], c.position))
            services.chapters_reorder(
                work=work,
                editor=request.user,  # type: ignore[arg-type]
                ordered_ids=[c.pk for c in ordered],
            )
            messages.success(request, _("Chapter order was saved."))
            return redirect("works:chapters_manage", work.pk)
    return render(
        request, "works/chapters_manage.html", {"work": work, "chapters": chapters, "error": error}
    )


def series_detail(request: HttpRequest, series_id: int) -> HttpResponse:
    series = get_object_or_404(Series, pk=series_id)
    works = selectors.series_works_for(series, request.user)
    if not works:
        raise Http404(_("No such series."))
    return render(
        request,
        "works/series.html",
        {
            "series": series,
            "works": works,
            "creators": selectors.series_creators_shown_to(series, request.user),
            "word_count": sum(w.word_count for w in works),
        },
    )


@login_required
def invitations(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    if request.method == "POST":
        creatorship = get_object_or_404(
            Creatorship, pk=request.POST.get("creatorship"), pseud__user=user, approved=False
        )
        if request.POST.get("action") == "accept":
            services.creatorship_accept(creatorship=creatorship, user=user)
            messages.success(
                request,
                _("You are now listed as a creator of “%(title)s”.")
                % {"title": creatorship.work.title},
            )
        else:
            services.creatorship_decline(creatorship=creatorship, user=user)
            messages.info(request, _("Invitation declined."))
        return redirect(reverse("works:invitations"))
    return render(
        request,
        "works/invitations.html",
        {"invitations": selectors.pending_invitations(user)},
    )
