"""Every write to works, chapters, series and creatorships. Each is one transaction."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from fanfold.accounts.models import ORPHAN_USERNAME, Pseud, User
from fanfold.accounts.selectors import has_blocked
from fanfold.core.text import count_html_words, render_text
from fanfold.feedback.comments.services import comments_recount
from fanfold.feedback.notifications import notify
from fanfold.search.index import index_works
from fanfold.suggestions.services import work_suggestions_queue
from fanfold.tags.models import FIXED_TAGS, TagType
from fanfold.tags.services import tags_find_or_create

from .filtering import refresh_tag_uses, refresh_work_filters
from .models import Chapter, Creatorship, Series, SeriesPart, Work, WorkTag
from .selectors import can_edit


@dataclass
class WorkData:
    """What the posting form collects about a work (not its chapters)."""

    title: str
    rating: str
    warnings: list[str]
    fandoms: list[str]
    summary: str = ""
    notes: str = ""
    endnotes: str = ""
    text_format: str = "html"
    categories: list[str] = field(default_factory=list)
    relationships: list[str] = field(default_factory=list)
    characters: list[str] = field(default_factory=list)
    freeforms: list[str] = field(default_factory=list)
    language: str = "en"
    published_on: datetime.date | None = None
    restricted: bool = False
    anonymous: bool = False
    comment_permission: str = "everyone"
    moderate_comments: bool = False
    expected_chapters: int | None = None
    series: Series | None = None
    new_series_title: str = ""

    def tag_names(self) -> dict[str, list[str]]:
        return {
            TagType.RATING: [self.rating],
            TagType.WARNING: self.warnings,
            TagType.CATEGORY: self.categories,
            TagType.FANDOM: self.fandoms,
            TagType.RELATIONSHIP: self.relationships,
            TagType.CHARACTER: self.characters,
            TagType.FREEFORM: self.freeforms,
        }


@dataclass
class ChapterData:
    text: str
    title: str = ""
    summary: str = ""
    notes: str = ""
    endnotes: str = ""


def _set_tags(work: Work, data: WorkData) -> None:
    for tag_type, choices in FIXED_TAGS.items():
        unknown = set(data.tag_names()[tag_type]) - set(choices.values)
        if unknown:
            raise ValidationError(
                _("Unknown %(type)s: %(names)s")
                % {"type": tag_type, "names": ", ".join(sorted(unknown))}
            )
    tags = []
    for tag_type, names in data.tag_names().items():
        tags.extend(tags_find_or_create(type=tag_type, names=names))
    old = set(WorkTag.objects.filter(work=work).values_list("tag_id", flat=True))
    WorkTag.objects.filter(work=work).delete()
    refresh_tag_uses(old - {t.pk for t in tags})
    WorkTag.objects.bulk_create(
        [WorkTag(work=work, tag=tag, position=i) for i, tag in enumerate(tags)]
    )


def works_derived_refresh(work_ids: Iterable[int]) -> None:
    """Bring everything derived from these works up to date: filter tags, crossover,
    creator sort name, tag use counts, search documents. Every service that changes a
    work calls it."""
    ids = list(work_ids)
    refresh_work_filters(ids)
    refresh_tag_uses(WorkTag.objects.filter(work_id__in=ids).values_list("tag_id", flat=True))
    index_works(ids)


def _apply_work_data(work: Work, data: WorkData) -> None:
    work.title = data.title.strip()
    work.summary = data.summary
    work.notes = data.notes
    work.endnotes = data.endnotes
    work.text_format = data.text_format
    work.language = data.language
    work.restricted = data.restricted
    work.anonymous = data.anonymous
    work.comment_permission = data.comment_permission
    work.moderate_comments = data.moderate_comments
    work.expected_chapters = data.expected_chapters or None
    if data.published_on is not None:
        if data.published_on > timezone.localdate():
            raise ValidationError(_("The publication date can't be in the future."))
        work.published_on = data.published_on


def _set_series(work: Work, data: WorkData, pseuds: list[Pseud]) -> None:
    series = data.series
    if data.new_series_title.strip():
        series = Series.objects.create(title=data.new_series_title.strip())
        series.pseuds.add(*pseuds)
    if series is None or SeriesPart.objects.filter(series=series, work=work).exists():
        return
    last = series.parts.aggregate(last=Max("position"))["last"] or 0
    SeriesPart.objects.create(series=series, work=work, position=last + 1)
    series.pseuds.add(*pseuds)
    series.updated_at = timezone.now()
    series.save(update_fields=["updated_at"])


def _refresh_stats(work: Work) -> None:
    chapters = work.chapters.filter(posted=True)
    work.chapter_count = chapters.count()
    work.word_count = chapters.aggregate(total=Sum("word_count"))["total"] or 0
    work.complete = work.expected_chapters is not None and (
        work.chapter_count >= work.expected_chapters
    )
    work.save(update_fields=["chapter_count", "word_count", "complete"])


def _fill_chapter(chapter: Chapter, data: ChapterData, work: Work) -> None:
    chapter.title = data.title.strip()
    chapter.summary = data.summary
    chapter.notes = data.notes
    chapter.endnotes = data.endnotes
    chapter.text = data.text
    chapter.text_html = render_text(data.text, work.text_format_literal)
    chapter.word_count = count_html_words(chapter.text_html)


def _touch(work: Work) -> None:
    work.updated_at = timezone.now()
    if work.posted:
        work.revised_on = max(timezone.localdate(), work.published_on)
    work.save(update_fields=["updated_at", "revised_on"])


@transaction.atomic
def work_create(
    *,
    creator: User,
    pseuds: list[Pseud],
    data: WorkData,
    chapter: ChapterData,
    post: bool,
    co_creators: list[User] | None = None,
) -> Work:
    """A new work with its first chapter, posted or kept as a draft."""
    if not pseuds or any(p.user_id != creator.pk for p in pseuds):
        raise PermissionDenied(_("You can only post as your own pseuds."))
    work = Work(posted=post)
    _apply_work_data(work, data)
    work.revised_on = work.published_on
    work.save()
    _set_tags(work, data)
    Creatorship.objects.bulk_create(
        [Creatorship(work=work, pseud=p, approved=True) for p in pseuds]
    )
    for user in co_creators or []:
        creatorship_invite(work=work, inviter=creator, invitee=user)
    first = Chapter(work=work, position=1, published_on=work.published_on)
    _fill_chapter(first, chapter, work)
    first.save()
    work_suggestions_queue(work_id=work.pk)
    _set_series(work, data, pseuds)
    _refresh_stats(work)
    works_derived_refresh([work.pk])
    if post:
        notify.work_posted(work)
    return work


@transaction.atomic
def work_update(*, work: Work, editor: User, data: WorkData) -> Work:
    if not can_edit(work, editor):
        raise PermissionDenied(_("Only the work's creators can edit it."))
    _apply_work_data(work, data)
    if not work.posted:
        work.revised_on = work.published_on
    work.save()
    _set_tags(work, data)
    pseuds = [c.pseud for c in work.creatorships.filter(approved=True, pseud__user=editor)]
    _set_series(work, data, pseuds)
    # Markdown/HTML may have changed: re-render every chapter from what was typed.
    for chapter in work.chapters.all():
        html = render_text(chapter.text, work.text_format_literal)
        if html != chapter.text_html:
            chapter.text_html = html
            chapter.word_count = count_html_words(html)
            chapter.save(update_fields=["text_html", "word_count"])
    _refresh_stats(work)
    _touch(work)
    works_derived_refresh([work.pk])
    work_suggestions_queue(work_id=work.pk)
    return work


@transaction.atomic
def work_post(*, work: Work, user: User) -> Work:
    """Publish a draft."""
    if not can_edit(work, user):
        raise PermissionDenied(_("Only the work's creators can post it."))
    if work.posted:
        return work
    work.posted = True
    today = timezone.localdate()
    if work.published_on > today:
        work.published_on = today
    work.revised_on = max(work.published_on, today) if work.chapter_count > 1 else work.published_on
    work.save(update_fields=["posted", "published_on", "revised_on"])
    works_derived_refresh([work.pk])
    notify.work_posted(work)
    return work


@transaction.atomic
def work_delete(*, work: Work, user: User) -> None:
    if not can_edit(work, user):
        raise PermissionDenied(_("Only the work's creators can delete it."))
    series_ids = list(work.series_parts.values_list("series_id", flat=True))
    tag_ids = list(work.work_tags.values_list("tag_id", flat=True))
    work.delete()
    refresh_tag_uses(tag_ids)
    # A series left with no works has nothing to show.
    Series.objects.filter(pk__in=series_ids, parts__isnull=True).delete()


def _after_chapter_change(work: Work, expected_chapters: int | None) -> None:
    # expected_chapters: None leaves it alone, 0 means "unknown".
    if expected_chapters is not None:
        work.expected_chapters = expected_chapters or None
        work.save(update_fields=["expected_chapters"])
    _refresh_stats(work)
    _touch(work)
    works_derived_refresh([work.pk])


@transaction.atomic
def chapter_add(
    *, work: Work, editor: User, data: ChapterData, expected_chapters: int | None = None
) -> Chapter:
    if not can_edit(work, editor):
        raise PermissionDenied(_("Only the work's creators can add chapters."))
    last = work.chapters.aggregate(last=Max("position"))["last"] or 0
    chapter = Chapter(work=work, position=last + 1)
    _fill_chapter(chapter, data, work)
    chapter.save()
    work_suggestions_queue(work_id=work.pk)
    _after_chapter_change(work, expected_chapters)
    if work.posted:
        notify.chapter_posted(chapter)
    return chapter


@transaction.atomic
def chapter_update(
    *, chapter: Chapter, editor: User, data: ChapterData, expected_chapters: int | None = None
) -> Chapter:
    work = chapter.work
    if not can_edit(work, editor):
        raise PermissionDenied(_("Only the work's creators can edit chapters."))
    _fill_chapter(chapter, data, work)
    chapter.updated_at = timezone.now()
    chapter.save()
    work_suggestions_queue(work_id=work.pk)
    _after_chapter_change(work, expected_chapters)
    return chapter


@transaction.atomic
def chapter_delete(*, chapter: Chapter, editor: User) -> None:
    work = chapter.work
    if not can_edit(work, editor):
        raise PermissionDenied(_("Only the work's creators can delete chapters."))
    if work.chapters.count() <= 1:
        raise ValidationError(
            _("A work needs at least one chapter: delete the whole work instead.")
        )
    chapter.delete()
    # The chapter's comments went with it.
    comments_recount(work=work)
    _renumber(work, [c.pk for c in work.chapters.order_by("position")])
    _refresh_stats(work)
    _touch(work)
    works_derived_refresh([work.pk])
    work_suggestions_queue(work_id=work.pk)


def _renumber(work: Work, ordered_ids: list[int]) -> None:
    # Two passes so the unique (work, position) constraint never sees a clash.
    offset = len(ordered_ids) + 1000
    for position, chapter_id in enumerate(ordered_ids, start=1):
        Chapter.objects.filter(pk=chapter_id).update(position=position + offset)
    for position, chapter_id in enumerate(ordered_ids, start=1):
        Chapter.objects.filter(pk=chapter_id).update(position=position)


@transaction.atomic
def chapters_reorder(*, work: Work, editor: User, ordered_ids: list[int]) -> None:
    if not can_edit(work, editor):
        raise PermissionDenied(_("Only the work's creators can reorder chapters."))
    current = set(work.chapters.values_list("pk", flat=True))
    if set(ordered_ids) != current or len(ordered_ids) != len(current):
        raise ValidationError(_("The new order must list every chapter exactly once."))
    _renumber(work, ordered_ids)
    _touch(work)
    works_derived_refresh([work.pk])


@transaction.atomic
def creatorship_invite(*, work: Work, inviter: User, invitee: User) -> Creatorship:
    if not can_edit(work, inviter):
        raise PermissionDenied(_("Only the work's creators can invite co-creators."))
    if invitee.username == ORPHAN_USERNAME or not invitee.is_active:
        raise ValidationError(_("%(name)s can't be invited.") % {"name": invitee.username})
    if has_blocked(invitee.pk, inviter.pk):
        raise ValidationError(
            _("%(name)s has blocked you, so you can't invite them as a co-creator.")
            % {"name": invitee.username}
        )
    existing = Creatorship.objects.filter(work=work, pseud__user=invitee).first()
    if existing is not None:
        return existing
    creatorship = Creatorship.objects.create(
        work=work, pseud=invitee.default_pseud, approved=False, invited_by=inviter
    )
    notify.invitation_sent(creatorship)
    return creatorship


@transaction.atomic
def creatorship_accept(*, creatorship: Creatorship, user: User) -> Creatorship:
    if creatorship.pseud.user_id != user.pk:
        raise PermissionDenied(_("This invitation is for someone else."))
    creatorship.approved = True
    creatorship.save(update_fields=["approved"])
    for part in creatorship.work.series_parts.select_related("series"):
        part.series.pseuds.add(creatorship.pseud)
    works_derived_refresh([creatorship.work_id])
    return creatorship


@transaction.atomic
def creatorship_decline(*, creatorship: Creatorship, user: User) -> None:
    if creatorship.pseud.user_id != user.pk or creatorship.approved:
        raise PermissionDenied(_("This invitation is for someone else."))
    creatorship.delete()
