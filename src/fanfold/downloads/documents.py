"""A work as the plain document every writer takes: the one place a Work becomes a
fanfold.formats.WorkDocument.

The work must be one the viewer may see (fanfold.works.selectors.work_for_viewer), with
its listing data (tags, creators, series) prefetched.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from fanfold.formats import Chapter as DocumentChapter
from fanfold.formats import Labels, SeriesEntry, Tags, WorkDocument
from fanfold.tags.models import TagType
from fanfold.works.languages import LANGUAGE_CHOICES
from fanfold.works.models import Chapter, Work
from fanfold.works.selectors import Viewer, creators_shown_to

LANGUAGE_NAMES = dict(LANGUAGE_CHOICES)


def absolute_url(path: str) -> str:
    return settings.SITE_URL + path


def labels() -> Labels:
    """The words around the story, in the active language ({placeholders} kept)."""
    return Labels(
        locale=get_language() or settings.LANGUAGE_CODE,
        by=_("by {creators}"),
        anonymous=_("Anonymous"),
        rating=_("Rating"),
        warnings=_("Archive Warnings"),
        categories=_("Categories"),
        fandoms=_("Fandoms"),
        relationships=_("Relationships"),
        characters=_("Characters"),
        freeforms=_("Additional Tags"),
        language=_("Language"),
        series=_("Series"),
        series_part=_("Part {position} of {series}"),
        stats=_("Stats"),
        published=_("Published"),
        updated=_("Updated"),
        completed=_("Completed"),
        words=_("Words"),
        chapters=_("Chapters"),
        kudos=_("Kudos"),
        comments=_("Comments"),
        bookmarks=_("Bookmarks"),
        hits=_("Hits"),
        summary=_("Summary"),
        notes=_("Notes"),
        end_notes=_("End Notes"),
        chapter_summary=_("Chapter Summary"),
        chapter_notes=_("Chapter Notes"),
        chapter_end_notes=_("Chapter End Notes"),
        chapter=_("Chapter {number}"),
        chapter_titled=_("Chapter {number}: {title}"),
        contents=_("Contents"),
        title_page=_("Title Page"),
        afterword=_("Afterword"),
        posted_at=_("Posted originally on {archive} at {url}."),
        thanks=_("Please drop by {archive} to let the creator know if you enjoyed their work."),
        leave_kudos=_("Leave kudos"),
        leave_comment=_("Leave a comment"),
        image=_("Image"),
    )


def credited_names(work: Work, viewer: Viewer) -> tuple[str, ...]:
    """The creators a file names: none for an anonymous work, whoever downloads it.

    The page shows an anonymous work's creators to themselves; a file does not, because
    a file travels (shared, uploaded elsewhere) and must never carry the name.
    """
    pseuds = creators_shown_to(work, viewer)
    if work.anonymous or not pseuds:
        return ()
    return tuple(str(pseud) for pseud in pseuds)


def _names(work: Work, tag_type: str) -> tuple[str, ...]:
    return tuple(tag.name for tag in work.tags_by_type[tag_type])


def work_tags(work: Work) -> Tags:
    return Tags(
        rating=work.rating,
        warnings=_names(work, TagType.WARNING),
        categories=_names(work, TagType.CATEGORY),
        fandoms=_names(work, TagType.FANDOM),
        relationships=_names(work, TagType.RELATIONSHIP),
        characters=_names(work, TagType.CHARACTER),
        freeforms=_names(work, TagType.FREEFORM),
    )


def work_series(work: Work) -> tuple[SeriesEntry, ...]:
    return tuple(
        SeriesEntry(
            title=part.series.title,
            position=part.position,
            url=absolute_url(part.series.get_absolute_url()),
        )
        for part in work.series_parts.all()
    )


def work_document(work: Work, viewer: Viewer, chapters: Sequence[Chapter]) -> WorkDocument:
    """The work as the viewer may download it; `chapters` are its posted chapters in order."""
    creators = credited_names(work, viewer)
    return WorkDocument(
        title=work.title,
        creators=creators,
        anonymous=not creators,
        summary=work.summary_html,
        notes=work.notes_html,
        end_notes=work.endnotes_html,
        tags=work_tags(work),
        language=work.language,
        language_name=LANGUAGE_NAMES.get(work.language, work.language),
        series=work_series(work),
        published=work.published_on,
        updated=work.revised_on,
        modified=work.updated_at,
        words=work.word_count,
        expected_chapters=work.expected_chapters,
        # Public counts, as the work's page shows them to anyone.
        kudos=work.kudos_count,
        comments=work.comments_count,
        bookmarks=work.bookmarks_count,
        hits=work.hits_count,
        chapters=tuple(
            DocumentChapter(
                body=chapter.text_html,
                title=chapter.title,
                summary=chapter.summary_html,
                notes=chapter.notes_html,
                end_notes=chapter.endnotes_html,
            )
            for chapter in chapters
        ),
        source_url=absolute_url(work.get_absolute_url()),
        archive_name=settings.SITE_NAME,
        labels=labels(),
    )
