"""Comment pages and actions. Each works without JavaScript (full pages, redirects to
the comment's anchor) and, with htmx, in place: the reply form opens under the comment
and a posted comment appears without a page load."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l
from django.views.decorators.http import require_POST
from django_htmx.http import HttpResponseClientRedirect

from fanfold.core.pages import safe_next
from fanfold.core.ratelimit import rate_hit
from fanfold.core.visitors import address_key
from fanfold.feedback.models import MAX_THREAD_DEPTH, Comment, CommentStatus
from fanfold.works.models import Chapter, Work
from fanfold.works.selectors import work_for_viewer

from . import selectors, services
from .forms import CommentEditForm, CommentForm

HELD_MESSAGE = _l("Your comment was received. It will appear once the work's creator approves it.")


def _work(request: HttpRequest, work_id: int, *, next_url: str = "") -> Work | HttpResponse:
    access = work_for_viewer(work_id, request.user)
    if access.needs_login:
        messages.error(request, _("Log in to read and comment on this work."))
        return _to_login(request, next_url or reverse("works:detail", args=[work_id]))
    if access.work is None or not access.work.posted:
        raise Http404(_("No such work."))
    return access.work


def _to_login(request: HttpRequest, next_url: str) -> HttpResponse:
    response = redirect_to_login(next_url)
    if request.htmx:
        return HttpResponseClientRedirect(response["Location"])
    return response


def _comment(request: HttpRequest, comment_id: int) -> Comment | HttpResponse:
    """The comment, when the viewer may open its work (what of it they are shown is
    the page's business: it may be a placeholder above replies they see)."""
    work_id = Comment.objects.filter(pk=comment_id).values_list("work_id", flat=True).first()
    if work_id is None:
        raise Http404(_("No such comment."))
    found = _work(request, work_id, next_url=request.get_full_path())
    if isinstance(found, HttpResponse):
        return found
    comment = Comment.objects.select_related("chapter", "pseud__user", "user", "parent").get(
        pk=comment_id
    )
    comment.work = comment.chapter.work = found
    return comment


def _chapter_url(chapter: Chapter) -> str:
    if chapter.work.chapter_count > 1:
        return chapter.get_absolute_url()
    return chapter.work.get_absolute_url()


def comment_location(comment: Comment, request: HttpRequest) -> str:
    """Where a comment is read: its chapter's page (the right page of threads) at its
    anchor, or, below the depth threads show, the page of the comment it answers."""
    anchor = f"#comment-{comment.pk}"
    if comment.depth > MAX_THREAD_DEPTH:
        return reverse("feedback:comment", args=[comment.parent_id]) + anchor
    page = selectors.thread_page_of(comment, request.user)
    query = f"?page={page}" if page > 1 else ""
    return _chapter_url(comment.chapter) + query + anchor


def _shown_depth(request: HttpRequest) -> int | None:
    """How deep the parent sits on the page the reply form was opened from."""
    try:
        return int(request.POST.get("at") or request.GET.get("at") or "")
    except ValueError:
        return None


def _form_context(
    request: HttpRequest,
    *,
    work: Work,
    chapter: Chapter,
    form: CommentForm,
    parent: Comment | None,
    error: str = "",
) -> dict[str, object]:
    rules = selectors.rules_for(work, request.user)
    if parent is not None:
        action = reverse("feedback:comment_reply", args=[parent.pk])
        parent_node = selectors.comment_node(parent, rules)
    else:
        action = reverse("feedback:comment_create", args=[work.pk, chapter.pk])
        parent_node = None
    return {
        "work": work,
        "chapter": chapter,
        "form": form,
        "action": action,
        "parent": parent,
        "parent_node": parent_node,
        "at": _shown_depth(request),
        "error": error,
    }


def _form_response(
    request: HttpRequest, context: dict[str, object], *, status: int = 200
) -> HttpResponse:
    template = "feedback/comments/form.html" if request.htmx else "feedback/comments/post.html"
    return render(request, template, context, status=status)


def _post(
    request: HttpRequest, work: Work, chapter: Chapter, parent: Comment | None
) -> HttpResponse:
    user = request.user if request.user.is_authenticated else None
    form = CommentForm(request.POST, user=user, auto_id=_auto_id(parent))
    context = _form_context(request, work=work, chapter=chapter, form=form, parent=parent)
    refusal = selectors.comment_permission_for(work, request.user, parent=parent)
    if refusal is not None and refusal.login and user is None:
        messages.error(request, refusal)
        return _to_login(request, _chapter_url(chapter))
    if refusal is not None:
        return _form_response(request, {**context, "error": refusal}, status=403)
    rate = rate_hit(request, "comment")
    if not rate.allowed:
        response = _form_response(request, {**context, "error": rate.message}, status=429)
        response["Retry-After"] = str(rate.retry_after)
        return response
    if not form.is_valid():
        return _form_response(request, context)
    data = form.cleaned_data
    try:
        comment = services.comment_post(
            work=work,
            chapter=chapter,
            parent=parent,
            text=data["text"],
            user=user,
            pseud=form.chosen_pseud() if user is not None else None,
            guest_name=data.get("name", ""),
            guest_email=data.get("email", ""),
            visitor_key=address_key(request),
        )
    except (PermissionDenied, ValidationError) as error:
        text = " ".join(error.messages) if isinstance(error, ValidationError) else str(error)
        return _form_response(request, {**context, "error": text}, status=403)
    held = comment.status == CommentStatus.PENDING
    if request.htmx:
        return _posted_fragment(request, comment, work=work, chapter=chapter, held=held)
    if held:
        messages.info(request, str(HELD_MESSAGE))
        if user is None:  # a guest can't see it yet: back to the comments
            return redirect(_chapter_url(comment.chapter) + "#comments")
    else:
        messages.success(request, _("Comment posted."))
    return redirect(comment_location(comment, request))


def _auto_id(parent: Comment | None) -> str:
    # Several forms can share a page (the main one, open reply forms): ids stay unique.
    return f"reply-{parent.pk}-%s" if parent is not None else "comment-%s"


def _posted_fragment(
    request: HttpRequest, comment: Comment, *, work: Work, chapter: Chapter, held: bool
) -> HttpResponse:
    """What htmx puts in place of the form that was sent: for a new thread a fresh form
    and the comment added at the end of the list; for a reply, a short note where the
    reply form was and the reply under its parent (or a link, past the shown depth)."""
    rules = selectors.rules_for(work, request.user)
    node = selectors.comment_node(comment, rules)
    parent = comment.parent
    at = _shown_depth(request)
    user = request.user if request.user.is_authenticated else None
    if parent is None:
        fresh = CommentForm(user=user, auto_id=_auto_id(None))
        context = _form_context(request, work=work, chapter=chapter, form=fresh, parent=None)
        target = "comment-threads"
    else:
        context = {"parent": parent}
        node.depth = (at if at is not None else parent.depth) + 1
        target = f"replies-{parent.pk}" if node.depth <= MAX_THREAD_DEPTH else ""
    context.update(
        node=node,
        target=target,
        held=held,
        status_message=str(HELD_MESSAGE) if held else _("Comment posted."),
        location=comment.get_absolute_url() + f"#comment-{comment.pk}",
    )
    return render(request, "feedback/comments/posted.html", context)


@require_POST
def comment_create(request: HttpRequest, work_id: int, chapter_id: int) -> HttpResponse:
    found = _work(request, work_id)
    if isinstance(found, HttpResponse):
        return found
    chapter = get_object_or_404(Chapter, pk=chapter_id, work=found, posted=True)
    chapter.work = found
    return _post(request, found, chapter, None)


def comment_reply(request: HttpRequest, comment_id: int) -> HttpResponse:
    """GET: the reply form (a fragment for htmx, else a page). POST: the reply."""
    found = _comment(request, comment_id)
    if isinstance(found, HttpResponse):
        return found
    parent = found
    work, chapter = parent.work, parent.chapter
    if request.method == "POST":
        return _post(request, work, chapter, parent)
    refusal = selectors.comment_permission_for(work, request.user, parent=parent)
    if refusal is not None and refusal.login and not request.user.is_authenticated:
        return _to_login(request, request.get_full_path())
    user = request.user if request.user.is_authenticated else None
    form = CommentForm(user=user, auto_id=_auto_id(parent))
    if request.htmx:
        # The form opened in place where the reader clicked: the cursor goes to it.
        form.fields["text"].widget.attrs["autofocus"] = True
    context = _form_context(
        request, work=work, chapter=chapter, form=form, parent=parent, error=refusal or ""
    )
    context["refused"] = refusal is not None
    return _form_response(request, context, status=200 if refusal is None else 403)


def comment_thread(request: HttpRequest, comment_id: int) -> HttpResponse:
    """A comment's own page: it and its replies (where deep threads continue)."""
    found = _comment(request, comment_id)
    if isinstance(found, HttpResponse):
        return found
    node = selectors.comment_subtree(found, request.user)
    if node is None:
        raise Http404(_("No such comment."))
    work = found.work
    rules = selectors.rules_for(work, request.user)
    return render(
        request,
        "feedback/comments/thread.html",
        {
            "work": work,
            "chapter": found.chapter,
            "chapter_url": _chapter_url(found.chapter),
            "node": node,
            "parent_id": found.parent_id,
            "multi_chapter": work.chapter_count > 1,
            "refusal": rules.work_refusal,
        },
    )


@login_required
def comment_edit(request: HttpRequest, comment_id: int) -> HttpResponse:
    found = _comment(request, comment_id)
    if isinstance(found, HttpResponse):
        return found
    comment = found
    rules = selectors.rules_for(comment.work, request.user)
    if not rules.can_edit(comment):
        raise PermissionDenied(_("Only the comment's author can edit it."))
    form = CommentEditForm(request.POST or None, initial={"text": comment.text})
    if request.method == "POST" and form.is_valid():
        try:
            comment = services.comment_edit(
                comment=comment,
                user=request.user,  # type: ignore[arg-type]
                text=form.cleaned_data["text"],
            )
        except (PermissionDenied, ValidationError) as error:
            form.add_error(None, str(error) if isinstance(error, PermissionDenied) else error)
        else:
            if comment.status == CommentStatus.PENDING:
                messages.info(request, str(HELD_MESSAGE))
            else:
                messages.success(request, _("Comment updated."))
            return redirect(comment_location(comment, request))
    return render(
        request,
        "feedback/comments/edit.html",
        {"form": form, "comment": comment, "work": comment.work},
    )


@login_required
def comment_delete(request: HttpRequest, comment_id: int) -> HttpResponse:
    found = _comment(request, comment_id)
    if isinstance(found, HttpResponse):
        return found
    comment = found
    rules = selectors.rules_for(comment.work, request.user)
    if not rules.can_delete(comment):
        raise PermissionDenied(_("Only the comment's author or the work's creators can delete it."))
    fallback = _chapter_url(comment.chapter) + "#comments"
    if request.method == "POST":
        services.comment_delete(comment=comment, user=request.user)  # type: ignore[arg-type]
        messages.success(request, _("Comment deleted."))
        return redirect(safe_next(request, fallback))
    return render(
        request,
        "feedback/comments/delete.html",
        {
            "comment": comment,
            "node": selectors.comment_node(comment, rules),
            "work": comment.work,
            "next": safe_next(request, fallback),
            "cancel": safe_next(request, comment_location(comment, request)),
        },
    )


ACTIONS = {
    "hide": (services.comment_hide, {"hidden": True}, _l("Comment hidden.")),
    "unhide": (services.comment_hide, {"hidden": False}, _l("Comment shown again.")),
    "freeze": (services.comment_freeze, {"frozen": True}, _l("Thread frozen.")),
    "unfreeze": (services.comment_freeze, {"frozen": False}, _l("Thread unfrozen.")),
    "approve": (services.comment_approve, {}, _l("Comment approved.")),
}


@login_required
@require_POST
def comment_action(request: HttpRequest, comment_id: int, action: str) -> HttpResponse:
    """The creators' tools: hide, unhide, freeze, unfreeze, approve."""
    if action not in ACTIONS:
        raise Http404(_("No such action."))
    found = _comment(request, comment_id)
    if isinstance(found, HttpResponse):
        return found
    service, options, done = ACTIONS[action]
    try:
        comment = service(comment=found, user=request.user, **options)  # type: ignore[operator]
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        comment = found
    else:
        messages.success(request, str(done))
    fallback = (
        comment_location(comment, request)
        if comment.status == CommentStatus.PUBLISHED
        else _chapter_url(comment.chapter) + "#comments"
    )
    return redirect(safe_next(request, fallback))


@login_required
def comments_unreviewed(request: HttpRequest, work_id: int) -> HttpResponse:
    """The comments waiting for the creators' approval on one work."""
    found = _work(request, work_id)
    if isinstance(found, HttpResponse):
        return found
    rules = selectors.rules_for(found, request.user)
    if not rules.can_moderate:
        raise PermissionDenied(_("Only the work's creators can review its comments."))
    comments = list(selectors.unreviewed_comments(found))
    nodes = [selectors.comment_node(c, rules) for c in comments]
    multi = found.chapter_count > 1
    for node, comment in zip(nodes, comments, strict=True):
        node.chapter = comment.chapter if multi else None
    return render(
        request,
        "feedback/comments/unreviewed.html",
        {"work": found, "nodes": nodes, "here": request.get_full_path()},
    )
