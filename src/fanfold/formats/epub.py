"""EPUB 3 with an NCX for older readers, valid under epubcheck.

Written directly with zipfile and string templates (docs/formats.md says why): the
same work always gives the same bytes, mimetype first and stored, ASCII file names.
"""

from __future__ import annotations

import io
import zipfile

from fanfold.formats.document import WorkDocument
from fanfold.formats.markup import IdScope, MarkupWriter, Part, esc
from fanfold.formats.plaintext import html_to_plain
from fanfold.formats.sections import (
    afterword_markup,
    chapter_markup,
    header_markup,
    label_attrs,
)

MEDIA_TYPE = "application/epub+zip"

STYLESHEET = """\
body { margin: 0 2%; line-height: 1.45; orphans: 2; widows: 2; }
h1, h2, h3 { line-height: 1.2; page-break-after: avoid; }
h1.title, p.byline { text-align: center; }
h2.chapter-title, h2.afterword-title, h2.contents-title { text-align: center; margin: 1em 0; }
p { margin: 0 0 0.8em 0; }
p.posted { font-size: 0.9em; }
dl.tags { margin: 1em 0; }
dl.tags dt { font-weight: bold; margin-top: 0.4em; }
dl.tags dd { margin: 0 1.5em; }
span.stat { white-space: nowrap; margin-right: 0.6em; }
div.summary, div.notes, div.end-notes, div.chapter-summary, div.chapter-notes,
div.chapter-end-notes { margin: 1em 0; padding: 0.4em 0.8em; border: 1px solid #999; }
div.chapter-text { margin: 1.5em 0; }
blockquote { margin: 1em 1.5em; }
hr { border: 0; border-top: 1px solid #999; margin: 1.5em 25%; }
table { border-collapse: collapse; margin: 1em 0; }
td, th { border: 1px solid #999; padding: 0.2em 0.5em; vertical-align: top; }
pre { white-space: pre-wrap; }
.center, .align-center { text-align: center; }
.align-left { text-align: left; }
.align-right { text-align: right; }
.align-justify { text-align: justify; }
.big { font-size: larger; }
.tt { font-family: monospace; }
.details-summary, .heading { font-weight: bold; }
ol.contents { list-style-type: none; padding: 0; }
ul.feedback li { margin: 0.3em 0; }
"""

_CONTAINER = """\
<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
"""


def _page(work: WorkDocument, title: str, body: str, body_class: str) -> str:
    lang = work.lang
    direction = ' dir="rtl"' if work.rtl else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"'
        f' lang="{lang}" xml:lang="{lang}"{direction}>\n<head>\n<meta charset="UTF-8"/>\n'
        f"<title>{_line(title)}</title>\n"
        '<link rel="stylesheet" type="text/css" href="style.css"/>\n</head>\n'
        f'<body class="{body_class}">\n{body}\n</body>\n</html>\n'
    )


def _line(text: str) -> str:
    """Escaped text for a title, a TOC entry or a label: never empty."""
    return esc(" ".join(text.split())) or "-"


def _writer(work: WorkDocument) -> MarkupWriter:
    return MarkupWriter(
        base_url=work.source_url, image_label=work.labels.image, scope=IdScope("u-")
    )


def _joined(parts: list[Part]) -> str:
    return "".join(map(str, parts))


def chapter_file(index: int) -> str:
    return f"chapter-{index + 1:03d}.xhtml"


def _title_page(work: WorkDocument) -> str:
    out: list[Part] = ['<section epub:type="titlepage" class="preface">']
    header_markup(work, _writer(work), out)
    out.append("</section>")
    return _page(work, work.title, _joined(out), "title-page")


def _chapter_page(work: WorkDocument, index: int) -> str:
    out: list[Part] = ['<section epub:type="chapter" class="chapter">']
    chapter_markup(work, index, _writer(work), out)
    out.append("</section>")
    return _page(work, work.chapter_heading(index), _joined(out), "chapter")


def _afterword_page(work: WorkDocument) -> str:
    out: list[Part] = ['<section epub:type="afterword" class="afterword">']
    afterword_markup(work, _writer(work), out)
    out.append("</section>")
    return _page(work, work.labels.afterword, _joined(out), "afterword")


def _contents(work: WorkDocument) -> list[tuple[str, str, bool]]:
    """(file, title, whether the title is one of the labels) in reading order."""
    labels = work.labels
    entries = [("title.xhtml", labels.title_page, True), ("nav.xhtml", labels.contents, True)]
    entries += [
        (chapter_file(i), work.chapter_heading(i), False) for i in range(len(work.chapters))
    ]
    entries.append(("afterword.xhtml", labels.afterword, True))
    return entries


def _nav(work: WorkDocument) -> str:
    labels = work.labels
    ui = label_attrs(work, xhtml=True)
    items = "\n".join(
        f'<li{ui if is_label else ""}><a href="{name}">{_line(title)}</a></li>'
        for name, title, is_label in _contents(work)
    )
    first = chapter_file(0) if work.chapters else "afterword.xhtml"
    body = (
        f'<nav epub:type="toc" id="toc">\n<h2 class="contents-title"{ui}>{_line(labels.contents)}'
        f'</h2>\n<ol class="contents">\n{items}\n</ol>\n</nav>\n'
        '<nav epub:type="landmarks" id="landmarks" hidden="hidden">\n<ol>\n'
        f'<li><a epub:type="titlepage" href="title.xhtml">{_line(labels.title_page)}</a></li>\n'
        f'<li><a epub:type="toc" href="nav.xhtml">{_line(labels.contents)}</a></li>\n'
        f'<li><a epub:type="bodymatter" href="{first}">{_line(work.title)}</a></li>\n'
        "</ol>\n</nav>"
    )
    return _page(work, work.labels.contents, body, "contents")


def _ncx(work: WorkDocument) -> str:
    points = "\n".join(
        f'<navPoint id="nav-{order}" playOrder="{order}"><navLabel><text>{_line(title)}'
        f'</text></navLabel><content src="{name}"/></navPoint>'
        for order, (name, title, _) in enumerate(_contents(work), start=1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"'
        f' xml:lang="{work.lang}">\n'
        f'<head>\n<meta name="dtb:uid" content="{esc(work.uid)}"/>\n'
        '<meta name="dtb:depth" content="1"/>\n<meta name="dtb:totalPageCount" content="0"/>\n'
        '<meta name="dtb:maxPageNumber" content="0"/>\n</head>\n'
        f"<docTitle><text>{_line(work.title)}</text></docTitle>\n"
        f"<docAuthor><text>{_line(work.byline)}</text></docAuthor>\n"
        f"<navMap>\n{points}\n</navMap>\n</ncx>\n"
    )


def _metadata(work: WorkDocument) -> str:
    lines = [
        f'<dc:identifier id="bookid">{esc(work.uid)}</dc:identifier>',
        f"<dc:title>{_line(work.title)}</dc:title>",
        f"<dc:language>{work.lang}</dc:language>",
    ]
    for number, name in enumerate(work.shown_creators, start=1):
        lines.append(f'<dc:creator id="creator-{number}">{_line(name)}</dc:creator>')
        lines.append(
            f'<meta refines="#creator-{number}" property="role" scheme="marc:relators">aut</meta>'
        )
    lines += [f"<dc:subject>{esc(tag)}</dc:subject>" for tag in work.tags.all()]
    description = html_to_plain(work.summary)
    if description:
        lines.append(f"<dc:description>{esc(description)}</dc:description>")
    if work.archive_name:
        lines.append(f"<dc:publisher>{esc(work.archive_name)}</dc:publisher>")
    if work.published:
        lines.append(f"<dc:date>{work.published.isoformat()}</dc:date>")
    if work.source_url:
        lines.append(f"<dc:source>{esc(work.source_url)}</dc:source>")
    modified = work.modified_utc.strftime("%Y-%m-%dT%H:%M:%SZ")
    lines.append(f'<meta property="dcterms:modified">{modified}</meta>')
    for number, entry in enumerate(work.series, start=1):
        lines += [
            f'<meta property="belongs-to-collection" id="series-{number}">'
            f"{esc(entry.title)}</meta>",
            f'<meta refines="#series-{number}" property="collection-type">series</meta>',
            f'<meta refines="#series-{number}" property="group-position">{entry.position}</meta>',
        ]
    if work.series:
        # calibre and the readers that follow it know only one series.
        lines += [
            f'<meta name="calibre:series" content="{esc(work.series[0].title)}"/>',
            f'<meta name="calibre:series_index" content="{work.series[0].position}"/>',
        ]
    return "\n".join(lines)


def _package(work: WorkDocument) -> str:
    labels = work.labels
    chapters = [chapter_file(i) for i in range(len(work.chapters))]
    manifest = [
        '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>',
        '<item id="style" href="style.css" media-type="text/css"/>',
        '<item id="title-page" href="title.xhtml" media-type="application/xhtml+xml"/>',
        '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
    ]
    manifest += [
        f'<item id="chapter-{i + 1:03d}" href="{name}" media-type="application/xhtml+xml"/>'
        for i, name in enumerate(chapters)
    ]
    manifest.append(
        '<item id="afterword" href="afterword.xhtml" media-type="application/xhtml+xml"/>'
    )
    spine = ['<itemref idref="title-page"/>', '<itemref idref="nav"/>']
    spine += [f'<itemref idref="chapter-{i + 1:03d}"/>' for i in range(len(chapters))]
    spine.append('<itemref idref="afterword"/>')
    direction = ' page-progression-direction="rtl"' if work.rtl else ""
    first = chapters[0] if chapters else "afterword.xhtml"
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="bookid"'
        f' xml:lang="{work.lang}">\n'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        f"{_metadata(work)}\n</metadata>\n"
        "<manifest>\n" + "\n".join(manifest) + "\n</manifest>\n"
        f'<spine toc="ncx"{direction}>\n' + "\n".join(spine) + "\n</spine>\n"
        "<guide>\n"
        f'<reference type="title-page" title="{_line(labels.title_page)}" href="title.xhtml"/>\n'
        f'<reference type="toc" title="{_line(labels.contents)}" href="nav.xhtml"/>\n'
        f'<reference type="text" title="{_line(work.title)}" href="{first}"/>\n'
        "</guide>\n</package>\n"
    )


def write_epub(work: WorkDocument) -> bytes:
    """The work as an EPUB 3 file (bytes)."""
    moment = work.modified_utc
    date_time = (
        max(moment.year, 1980),
        moment.month,
        moment.day,
        moment.hour,
        moment.minute,
        moment.second,
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:

        def add(name: str, text: str, compress: bool = True) -> None:
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            archive.writestr(info, text.encode("utf-8"))

        add("mimetype", MEDIA_TYPE, compress=False)
        add("META-INF/container.xml", _CONTAINER)
        add("OEBPS/content.opf", _package(work))
        add("OEBPS/toc.ncx", _ncx(work))
        add("OEBPS/nav.xhtml", _nav(work))
        add("OEBPS/style.css", STYLESHEET)
        add("OEBPS/title.xhtml", _title_page(work))
        for index in range(len(work.chapters)):
            add(f"OEBPS/{chapter_file(index)}", _chapter_page(work, index))
        add("OEBPS/afterword.xhtml", _afterword_page(work))
    return buffer.getvalue()
