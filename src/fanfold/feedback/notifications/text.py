"""What a notification says, worked out when it is shown or mailed, from the objects it
points at. The inbox and the emails both call notification_text, so the rules that
keep an anonymous work's creator hidden apply to both, at the moment of reading."""

from __future__ import annotations

import html
from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from fanfold.accounts.models import Pseud, User
from fanfold.feedback.comments.selectors import comment_byline
from fanfold.feedback.models import Comment, CommentStatus, Notification, NotificationKind
from fanfold.works.models import Work
from fanfold.works.selectors import creators_shown_to

# How much of a comment an inbox entry or an email quotes.
EXCERPT_CHARS = 600


@dataclass(frozen=True)
class NotificationText:
    subject: str
    # Plain text: a quoted comment, a kudos list; "" when the subject says it all.
    body: str
    # Where the notification leads (a path on this site).
    url: str


def _title(work: Work | None) -> str:
    return f"“{work.title}”" if work is not None else _("a deleted work")


def _creators(work: Work, viewer: User) -> str:
    pseuds = creators_shown_to(work, viewer)
    if not pseuds:
        return _("Anonymous")
    return ", ".join(str(p) for p in pseuds)


def _comment_url(comment: Comment) -> str:
    try:
        return comment.get_absolute_url()
    except NoReverseMatch:
        return f"{comment.chapter.get_absolute_url()}#comment-{comment.pk}"


def _excerpt(comment: Comment) -> str:
    if comment.deleted:
        return _("(This comment was deleted.)")
    if comment.hidden_by_creator:
        return _("(This comment was hidden by the work's creator.)")
    text = html.unescape(strip_tags(comment.text_html or comment.text)).strip()
    return Truncator(text).chars(EXCERPT_CHARS)


def _comment_text(n: Notification, viewer: User) -> NotificationText:
    comment = n.comment
    if comment is None:
        return NotificationText(_("A comment that was since deleted"), "", "")
    who = comment_byline(comment, viewer)
    values = {"name": who, "title": _title(n.work)}
    if n.kind == NotificationKind.REPLY:
        subject = _("%(name)s replied to your comment on %(title)s") % values
    elif n.kind == NotificationKind.MODERATION:
        subject = _("A comment by %(name)s on %(title)s awaits your approval") % values
    else:
        subject = _("%(name)s commented on %(title)s") % values
    url = _comment_url(comment)
    if n.kind == NotificationKind.MODERATION and comment.status == CommentStatus.PENDING:
        # Still waiting: the creators review it on the work's unreviewed comments page.
        url = reverse("feedback:comments_unreviewed", args=[comment.work_id])
    return NotificationText(subject, _excerpt(comment), url)


def _names(names: list[str], guests: int) -> str:
    parts = list(names)
    if guests:
        parts.append(ngettext("%(n)d guest", "%(n)d guests", guests) % {"n": guests})
    if len(parts) <= 1:
        return "".join(parts)
    return _("%(first)s and %(last)s") % {"first": ", ".join(parts[:-1]), "last": parts[-1]}


def _kudos_text(n: Notification, viewer: User) -> NotificationText:
    entries = n.data.get("works", [])
    titles = dict(
        Work.objects.filter(pk__in=[e.get("work") for e in entries]).values_list("pk", "title")
    )
    lines = []
    for entry in entries:
        title = titles.get(entry.get("work"), entry.get("title", ""))
        who = _names(entry.get("users", []), int(entry.get("guests", 0)))
        lines.append(_("“%(title)s”: kudos from %(names)s") % {"title": title, "names": who})
    total = sum(len(e.get("users", [])) + int(e.get("guests", 0)) for e in entries)
    subject = ngettext("%(n)d new kudos on your works", "%(n)d new kudos on your works", total) % {
        "n": total
    }
    return NotificationText(
        subject, "\n".join(lines), reverse("accounts:works", args=[viewer.username])
    )


def _invitation_text(n: Notification, viewer: User) -> NotificationText:
    work = n.work
    url = reverse("works:invitations")
    if work is None:
        return NotificationText(_("An invitation to a work that was since deleted"), "", url)
    invitation = work.creatorships.filter(pseud__user=viewer).select_related("invited_by").first()
    inviter = invitation.invited_by if invitation is not None else None
    # Naming who invited you to an anonymous work would say who wrote it.
    if inviter is None or creators_shown_to(work, viewer) is None:
        subject = _("You were invited to be a co-creator of %(title)s") % {"title": _title(work)}
    else:
        subject = _("%(name)s invited you to be a co-creator of %(title)s") % {
            "name": inviter.username,
            "title": _title(work),
        }
    if invitation is not None and invitation.approved:
        return NotificationText(subject, _("You accepted."), work.get_absolute_url())
    return NotificationText(subject, "", url)


def _update_text(n: Notification, viewer: User) -> NotificationText:
    work = n.work
    if work is None:
        return NotificationText(_("An update to a work that was since deleted"), "", "")
    values = {"title": _title(work), "creators": _creators(work, viewer)}
    if n.kind == NotificationKind.WORK_UPDATE and n.chapter is not None:
        values["chapter"] = n.chapter.display_title
        subject = _("New chapter of %(title)s by %(creators)s: %(chapter)s") % values
        return NotificationText(subject, "", n.chapter.get_absolute_url())
    if n.kind == NotificationKind.SERIES_UPDATE and n.series is not None:
        values["series"] = f"“{n.series.title}”"
        subject = _("New work in the series %(series)s: %(title)s by %(creators)s") % values
    else:
        pseud = Pseud.objects.filter(pk=n.data.get("pseud")).select_related("user").first()
        shown = creators_shown_to(work, viewer)
        if pseud is not None and shown is not None and pseud in shown:
            values["pseud"] = str(pseud)
            subject = _("%(pseud)s posted a new work: %(title)s") % values
        else:
            subject = _("New work: %(title)s by %(creators)s") % values
    summary = Truncator(html.unescape(strip_tags(work.summary_html)).strip()).chars(EXCERPT_CHARS)
    return NotificationText(subject, summary, work.get_absolute_url())


def notification_text(notification: Notification, viewer: User) -> NotificationText:
    """What this notification says to viewer (its recipient)."""
    kind = notification.kind
    if kind in (NotificationKind.COMMENT, NotificationKind.REPLY, NotificationKind.MODERATION):
        return _comment_text(notification, viewer)
    if kind == NotificationKind.KUDOS:
        return _kudos_text(notification, viewer)
    if kind == NotificationKind.INVITATION:
        return _invitation_text(notification, viewer)
    return _update_text(notification, viewer)
