"""Downloadable files of a work (EPUB, HTML, TXT) from a plain work document.

Plain Python: nothing here imports Django, so the writers run and are tested alone.
"""

from fanfold.formats.document import Chapter, Labels, SeriesEntry, Tags, WorkDocument
from fanfold.formats.epub import write_epub
from fanfold.formats.html_page import write_html
from fanfold.formats.txt import write_txt

__all__ = [
    "Chapter",
    "Labels",
    "SeriesEntry",
    "Tags",
    "WorkDocument",
    "write_epub",
    "write_html",
    "write_txt",
]
