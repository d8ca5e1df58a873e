"""The work as a PDF, typeset by WeasyPrint from the HTML page plus print rules.

WeasyPrint and the system libraries it loads (Pango, HarfBuzz, fontconfig, GObject) are
optional. `pdf_unavailable()` says why a PDF can't be made here without importing
WeasyPrint (which takes half a second), so every process can ask at startup.
"""

from __future__ import annotations

import ctypes
import functools
import importlib.util

from fanfold.formats.document import WorkDocument
from fanfold.formats.html_page import write_html
from fanfold.formats.markup import esc
from fanfold.formats.plaintext import html_to_plain

MEDIA_TYPE = "application/pdf"

# The shared libraries WeasyPrint opens, under their Debian file names, with the
# package that ships each.
LIBRARIES = (
    ("libgobject-2.0.so.0", "libglib2.0-0"),
    ("libpango-1.0.so.0", "libpango-1.0-0"),
    ("libpangoft2-1.0.so.0", "libpangoft2-1.0-0"),
    ("libharfbuzz.so.0", "libharfbuzz0b"),
    ("libfontconfig.so.1", "libfontconfig1"),
)

# Laid over the HTML page's own style: a book-sized page with numbers, each chapter on
# a new page, black on white whatever the reader's screen prefers, and an outline
# (PDF bookmarks) of the chapters only.
PRINT_STYLE = """
@page { size: A5; margin: 16mm 14mm 18mm;
  @bottom-center { content: counter(page); font-size: 8pt; color: #555; } }
@page :first { @bottom-center { content: none; } }
html { color-scheme: light; }
body { max-width: none; margin: 0; padding: 0; font-size: 10pt; line-height: 1.45;
  color: #000; background: #fff; hyphens: auto; }
a { color: inherit; }
h1, h2, h3 { bookmark-level: none; break-after: avoid; }
h1 { font-size: 1.7em; }
h2 { font-size: 1.3em; }
h1.title { bookmark-level: 1; margin-top: 0; }
h2.chapter-title, h2.afterword-title { bookmark-level: 1; break-before: page; margin-top: 0; }
nav.contents { break-after: page; }
p, li, blockquote { orphans: 2; widows: 2; }
pre, table, blockquote { break-inside: avoid-page; }
"""


@functools.cache
def pdf_unavailable() -> str | None:
    """Why PDF files can't be made here, or None when they can."""
    if importlib.util.find_spec("weasyprint") is None:
        return "the weasyprint Python package is not installed (pip install weasyprint)"
    for library, package in LIBRARIES:
        try:
            ctypes.CDLL(library)
        except OSError:
            return f"WeasyPrint needs {library} (Debian package {package}), which is missing"
    return None


def _metadata(work: WorkDocument) -> str:
    """What WeasyPrint copies into the PDF's document information."""
    modified = work.modified_utc.strftime("%Y-%m-%dT%H:%M:%SZ")
    rows = [
        ("keywords", ", ".join(work.tags.all())),
        ("description", html_to_plain(work.summary)),
        ("generator", work.archive_name),
        ("dcterms.created", work.published.isoformat() if work.published else modified),
        ("dcterms.modified", modified),
    ]
    return "".join(
        f'<meta name="{name}" content="{esc(" ".join(value.split()))}">\n'
        for name, value in rows
        if value
    )


def write_pdf(work: WorkDocument) -> bytes:
    """The work as a PDF file (bytes). Needs WeasyPrint (see pdf_unavailable)."""
    import weasyprint  # type: ignore[import-untyped]

    page = write_html(work).decode("utf-8")
    page = page.replace("</head>", _metadata(work) + "</head>", 1)
    # Nothing is fetched while typesetting: the page has no images or stylesheets to
    # load, and a server must never be made to request an address an author typed.
    refuse_all = weasyprint.urls.URLFetcher(allowed_protocols=frozenset())
    # Every address in the page is absolute already. Without a base address the
    # afterword's links to the work's page (WORK_URL#kudos) stay links to the archive
    # instead of being taken for anchors inside the PDF.
    document = weasyprint.HTML(string=page, url_fetcher=refuse_all)
    pdf = document.write_pdf(stylesheets=[weasyprint.CSS(string=PRINT_STYLE)])
    assert isinstance(pdf, bytes)
    return pdf
