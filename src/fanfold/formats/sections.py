"""What every format shows around the story: the header, chapter parts, the afterword.

The data comes out as plain rows (for the text file) and as markup shared by the EPUB
and the HTML page, so the three files always say the same thing.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from fanfold.formats.document import WorkDocument, is_rtl, language_tag
from fanfold.formats.markup import MarkupWriter, Part, esc

Link = tuple[str, str]  # text, address ("" when there is none)


def header_rows(work: WorkDocument) -> list[tuple[str, list[Link]]]:
    """Label and values of the work's header, rating and warnings first."""
    labels, tags = work.labels, work.tags
    rows: list[tuple[str, list[Link]]] = []
    for label, values in (
        (labels.rating, (tags.rating,) if tags.rating else ()),
        (labels.warnings, tags.warnings),
        (labels.categories, tags.categories),
        (labels.fandoms, tags.fandoms),
        (labels.relationships, tags.relationships),
        (labels.characters, tags.characters),
        (labels.freeforms, tags.freeforms),
    ):
        if values:
            rows.append((label, [(value, "") for value in values]))
    rows.append((labels.language, [(work.language_name or work.lang, "")]))
    if work.series:
        rows.append(
            (
                labels.series,
                [
                    (
                        labels.series_part.format(position=entry.position, series=entry.title),
                        entry.url,
                    )
                    for entry in work.series
                ],
            )
        )
    return rows


def stats(work: WorkDocument) -> list[tuple[str, str]]:
    labels = work.labels
    items: list[tuple[str, str]] = []
    if work.published:
        items.append((labels.published, work.published.isoformat()))
    if work.updated and work.updated != work.published:
        items.append(
            (labels.completed if work.complete else labels.updated, work.updated.isoformat())
        )
    items.append((labels.words, f"{work.words:,}"))
    expected = work.expected_chapters
    items.append((labels.chapters, f"{len(work.chapters)}/{expected if expected else '?'}"))
    for label, count in (
        (labels.comments, work.comments),
        (labels.kudos, work.kudos),
        (labels.bookmarks, work.bookmarks),
        (labels.hits, work.hits),
    ):
        if count is not None:
            items.append((label, f"{count:,}"))
    return items


def archive_url(work: WorkDocument) -> str:
    parts = urlsplit(work.source_url)
    return f"{parts.scheme}://{parts.netloc}/" if parts.scheme and parts.netloc else ""


def feedback_links(work: WorkDocument) -> list[Link]:
    if not work.source_url:
        return []
    base = work.source_url.split("#")[0]
    return [
        (work.labels.leave_kudos, base + "#kudos"),
        (work.labels.leave_comment, base + "#comments"),
    ]


def label_attrs(work: WorkDocument, *, xhtml: bool) -> str:
    """lang (and dir) for text in the labels' language, when it is not the work's."""
    locale = language_tag(work.labels.locale)
    if locale.split("-")[0].lower() == work.lang.split("-")[0].lower():
        return ""
    attrs = f' lang="{locale}" xml:lang="{locale}"' if xhtml else f' lang="{locale}"'
    if is_rtl(locale) != work.rtl:
        attrs += ' dir="rtl"' if is_rtl(locale) else ' dir="ltr"'
    return attrs


def _link(text: str, url: str, writer: MarkupWriter) -> str:
    address = writer.url(url) if url else None
    return f'<a href="{esc(address)}">{esc(text)}</a>' if address else esc(text)


def posted_at(work: WorkDocument, writer: MarkupWriter) -> str:
    """The "Posted originally on ARCHIVE at URL." sentence as markup, or ""."""
    if not work.source_url:
        return ""
    archive = _link(work.archive_name, archive_url(work), writer)
    sentence = esc(work.labels.posted_at)
    sentence = sentence.replace("{archive}", archive)
    return sentence.replace("{url}", _link(work.source_url, work.source_url, writer))


def _notes(
    label: str,
    css_class: str,
    html: str,
    level: int,
    writer: MarkupWriter,
    out: list[Part],
    ui: str,
) -> None:
    if not html.strip():
        return
    out.append(f'<div class="{css_class}"><h{level}{ui}>{esc(label)}</h{level}>')
    writer.write(html, out)
    out.append("</div>")


def _byline(work: WorkDocument) -> str:
    creators = f'<span class="creators">{esc(work.byline)}</span>'
    return esc(work.labels.by).replace("{creators}", creators)


def header_markup(work: WorkDocument, writer: MarkupWriter, out: list[Part]) -> None:
    """Title, creators, tags (rating and warnings first), stats, summary and notes."""
    labels = work.labels
    ui = label_attrs(work, xhtml=writer.xhtml)
    posted = posted_at(work, writer)
    if posted:
        out.append(f'<p class="posted"{ui}>{posted}</p>')
    out.append(f'<h1 class="title">{esc(work.title)}</h1>')
    out.append(f'<p class="byline"{ui}>{_byline(work)}</p>')
    out.append('<dl class="tags">')
    series_label = labels.series
    for label, values in header_rows(work):
        links = ", ".join(_link(text, url, writer) for text, url in values)
        dd = ui if label == series_label else ""
        out.append(f"<dt{ui}>{esc(label)}:</dt><dd{dd}>{links}</dd>")
    items = " ".join(
        f'<span class="stat">{esc(label)}: {esc(value)}</span>' for label, value in stats(work)
    )
    out.append(f"<dt{ui}>{esc(labels.stats)}:</dt><dd{ui}>{items}</dd></dl>")
    _notes(labels.summary, "summary", work.summary, 2, writer, out, ui)
    _notes(labels.notes, "notes", work.notes, 2, writer, out, ui)


def chapter_markup(work: WorkDocument, index: int, writer: MarkupWriter, out: list[Part]) -> None:
    labels, chapter = work.labels, work.chapters[index]
    ui = label_attrs(work, xhtml=writer.xhtml)
    out.append(f'<h2 class="chapter-title">{esc(work.chapter_heading(index))}</h2>')
    _notes(labels.chapter_summary, "chapter-summary", chapter.summary, 3, writer, out, ui)
    _notes(labels.chapter_notes, "chapter-notes", chapter.notes, 3, writer, out, ui)
    out.append('<div class="chapter-text">')
    writer.write(chapter.body, out)
    out.append("</div>")
    _notes(labels.chapter_end_notes, "chapter-end-notes", chapter.end_notes, 3, writer, out, ui)


def afterword_markup(work: WorkDocument, writer: MarkupWriter, out: list[Part]) -> None:
    """The work's end notes, where it came from, and how to thank its creators."""
    labels = work.labels
    ui = label_attrs(work, xhtml=writer.xhtml)
    out.append(f'<h2 class="afterword-title"{ui}>{esc(labels.afterword)}</h2>')
    _notes(labels.end_notes, "end-notes", work.end_notes, 3, writer, out, ui)
    out.append(
        f'<p class="colophon"><span class="work-title">{esc(work.title)}</span> '
        f"<span{ui}>{_byline(work)}</span></p>"
    )
    posted = posted_at(work, writer)
    if posted:
        out.append(f"<p{ui}>{posted}</p>")
        archive = _link(work.archive_name, archive_url(work), writer)
        out.append(f"<p{ui}>{esc(labels.thanks).replace('{archive}', archive)}</p>")
        links = "".join(f"<li>{_link(t, url, writer)}</li>" for t, url in feedback_links(work))
        out.append(f'<ul class="feedback"{ui}>{links}</ul>')
