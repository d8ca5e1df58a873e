"""The work as one self-contained HTML page: inline style, no scripts, no images,
nothing fetched when it is opened offline; only links lead out."""

from __future__ import annotations

from fanfold.formats.document import WorkDocument
from fanfold.formats.markup import IdScope, MarkupWriter, Part, esc
from fanfold.formats.sections import afterword_markup, chapter_markup, header_markup

STYLE = """\
:root { color-scheme: light dark; }
body { max-width: 42em; margin: 0 auto; padding: 1em 1.2em 3em; line-height: 1.55;
  font-family: Georgia, "Times New Roman", serif; font-size: 1.1rem; }
h1, h2, h3 { line-height: 1.25; font-family: system-ui, sans-serif; }
h1.title, p.byline { text-align: center; }
h2.chapter-title, h2.afterword-title { text-align: center; margin-top: 3em; }
p.posted { font-size: 0.9em; }
dl.tags { display: grid; grid-template-columns: max-content 1fr; gap: 0.3em 0.8em;
  padding: 0.8em; border: 1px solid #8888; border-radius: 0.4em; }
dl.tags dt { font-weight: bold; margin: 0; }
dl.tags dd { margin: 0; }
span.stat { white-space: nowrap; margin-inline-end: 0.8em; }
div.summary, div.notes, div.end-notes, div.chapter-summary, div.chapter-notes,
div.chapter-end-notes { margin: 1em 0; padding: 0.2em 1em; border-inline-start: 3px solid #8888; }
nav.contents ol { padding-inline-start: 1.5em; }
blockquote { margin: 1em 2em; }
hr { border: 0; border-top: 1px solid #8888; margin: 2em 25%; }
table { border-collapse: collapse; margin: 1em 0; }
td, th { border: 1px solid #8888; padding: 0.2em 0.5em; vertical-align: top; }
pre { white-space: pre-wrap; }
.center, .align-center { text-align: center; }
.align-left { text-align: left; }
.align-right { text-align: right; }
.align-justify { text-align: justify; }
.big { font-size: larger; }
.tt { font-family: monospace; }
.details-summary, .heading { font-weight: bold; }
footer.afterword { margin-top: 3em; border-top: 1px solid #8888; }
@media print { h2.chapter-title { break-before: page; } nav.contents { break-after: page; } }
"""


def _writer(work: WorkDocument, prefix: str) -> MarkupWriter:
    return MarkupWriter(
        base_url=work.source_url, image_label=work.labels.image, scope=IdScope(prefix), xhtml=False
    )


def write_html(work: WorkDocument) -> bytes:
    """The work as one UTF-8 HTML page (bytes)."""
    direction = ' dir="rtl"' if work.rtl else ""
    out: list[Part] = [
        f'<!DOCTYPE html>\n<html lang="{work.lang}"{direction}>\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(work.title)}</title>\n"
        f'<meta name="author" content="{esc(work.byline)}">\n'
        f"<style>\n{STYLE}</style>\n</head>\n<body>\n"
        '<header class="preface">\n'
    ]
    # Notes of the work share one set of ids; each chapter has its own.
    work_writer = _writer(work, "w-")
    header_markup(work, work_writer, out)
    out.append("\n</header>\n")
    if len(work.chapters) > 1:
        items = "\n".join(
            f'<li><a href="#chapter-{i + 1}">{esc(work.chapter_heading(i))}</a></li>'
            for i in range(len(work.chapters))
        )
        out.append(
            f'<nav class="contents">\n<h2>{esc(work.labels.contents)}</h2>\n'
            f"<ol>\n{items}\n</ol>\n</nav>\n"
        )
    out.append("<main>\n")
    for index in range(len(work.chapters)):
        out.append(f'<section class="chapter" id="chapter-{index + 1}">\n')
        chapter_markup(work, index, _writer(work, f"c{index + 1}-"), out)
        out.append("\n</section>\n")
    out.append('</main>\n<footer class="afterword">\n')
    afterword_markup(work, work_writer, out)
    out.append("\n</footer>\n</body>\n</html>\n")
    return "".join(map(str, out)).encode("utf-8")
