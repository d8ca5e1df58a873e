"""A work as a feed entry, for Atom feeds and OPDS catalogues alike. Creators come from
works.selectors.creators_shown_to, so an anonymous work reads "Anonymous" in the
author, the content and every link, exactly as on its page."""

from __future__ import annotations

import datetime
import html
import re
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from fanfold.accounts.models import Pseud
from fanfold.tags.models import TYPE_ORDER, Tag, TagType
from fanfold.works.languages import LANGUAGE_CHOICES
from fanfold.works.models import Work
from fanfold.works.selectors import Viewer, creators_shown_to

from .atom import Category, Entry, Link, Person

Absolute = Callable[[str], str]
LANGUAGE_NAMES = dict(LANGUAGE_CHOICES)
_BLOCK_END = re.compile(r"</(?:p|div|li|h[1-6]|blockquote|pre)>|<br\s*/?>", re.IGNORECASE)


def site_host() -> str:
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def work_entry_id(work: Work) -> str:
    """A tag: URI (RFC 4151) that stays the same for the work's whole life, whatever
    address the feed was fetched from and whatever is edited."""
    created = timezone.localtime(work.created_at, datetime.UTC).date()
    return f"tag:{site_host()},{created.isoformat()}:works/{work.pk}"


def tag_scheme(tag_type: str) -> str:
    return f"{settings.SITE_URL}/tags#{tag_type}"


def plain_text(fragment: str) -> str:
    """Sanitised HTML as plain text, a blank line between paragraphs."""
    text = html.unescape(strip_tags(_BLOCK_END.sub("\n", fragment)))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line)


def start_of_day(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def credited(work: Work, viewer: Viewer) -> list[Pseud] | None:
    """The pseuds to name, or None for "Anonymous"."""
    return creators_shown_to(work, viewer) or None


def authors_of(work: Work, viewer: Viewer, absolute: Absolute) -> list[Person]:
    pseuds = credited(work, viewer)
    if pseuds is None:
        return [Person(_("Anonymous"))]
    return [Person(str(pseud), absolute(pseud.get_absolute_url())) for pseud in pseuds]


def creator_label(work: Work, viewer: Viewer) -> str:
    """The creators as one line of text, "Anonymous" where hidden (file names use it)."""
    pseuds = credited(work, viewer)
    return ", ".join(p.name for p in pseuds) if pseuds else _("Anonymous")


def _tags_in_order(work: Work) -> Iterable[Tag]:
    by_type = work.tags_by_type
    for tag_type in TYPE_ORDER:
        yield from by_type[tag_type]


def summary_text(work: Work) -> str:
    """Rating and warnings first, so an e-reader shows them before the story's summary."""
    by_type = work.tags_by_type
    lines = [
        _("Rating: %(rating)s") % {"rating": work.rating or _("Not Rated")},
        _("Warnings: %(warnings)s")
        % {"warnings": ", ".join(t.name for t in by_type[TagType.WARNING]) or "-"},
    ]
    if by_type[TagType.FANDOM]:
        lines.append(
            _("Fandoms: %(fandoms)s") % {"fandoms": ", ".join(t.name for t in by_type["fandom"])}
        )
    lines.append(
        _("Words: %(words)s · Chapters: %(chapters)s/%(expected)s")
        % {
            "words": f"{work.word_count:,}",
            "chapters": work.chapter_count,
            "expected": work.expected_chapters_display,
        }
    )
    summary = plain_text(work.summary_html) if work.summary else ""
    return "\n".join(lines) + ("\n\n" + summary if summary else "")


def content_html(work: Work, viewer: Viewer, absolute: Absolute) -> str:
    pseuds = credited(work, viewer)
    by_type = work.tags_by_type

    def linked(tag_type: str) -> list[dict[str, str]]:
        return [{"name": t.name, "url": absolute(t.get_absolute_url())} for t in by_type[tag_type]]

    context = {
        "work": work,
        "work_url": absolute(work.get_absolute_url()),
        "creators": None
        if pseuds is None
        else [{"name": str(p), "url": absolute(p.get_absolute_url())} for p in pseuds],
        "rating": work.rating,
        "warnings": [t.name for t in by_type[TagType.WARNING]],
        "categories": [t.name for t in by_type[TagType.CATEGORY]],
        "fandoms": linked(TagType.FANDOM),
        "relationships": linked(TagType.RELATIONSHIP),
        "characters": linked(TagType.CHARACTER),
        "freeforms": linked(TagType.FREEFORM),
        "language": LANGUAGE_NAMES.get(work.language, work.language),
        "series": [
            {
                "position": part.position,
                "title": part.series.title,
                "url": absolute(part.series.get_absolute_url()),
            }
            for part in work.series_parts.all()
        ],
    }
    return render_to_string("feeds/entry_content.html", context).strip()


def work_entry(
    work: Work, viewer: Viewer, absolute: Absolute, *, links: Iterable[Link] = ()
) -> Entry:
    """A work (from with_listing_data, as every listing gives them) as an entry."""
    return Entry(
        id=work_entry_id(work),
        title=work.title,
        updated=work.updated_at,
        published=start_of_day(work.published_on),
        authors=authors_of(work, viewer, absolute),
        links=[
            Link(absolute(work.get_absolute_url()), rel="alternate", type="text/html"),
            *links,
        ],
        categories=[
            Category(term=t.name, scheme=tag_scheme(t.type), label=t.name)
            for t in _tags_in_order(work)
        ],
        summary=summary_text(work),
        content_html=content_html(work, viewer, absolute),
        language=work.language,
        issued=work.published_on,
    )
