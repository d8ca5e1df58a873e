"""The work as UTF-8 plain text, wrapped at 78 columns, with the same header."""

from __future__ import annotations

from dataclasses import replace

from fanfold.formats.document import WorkDocument
from fanfold.formats.plaintext import (
    WIDTH,
    Block,
    display_width,
    html_blocks,
    render_blocks,
)
from fanfold.formats.sections import archive_url, feedback_links, header_rows, stats

INDENT = "    "
CHAPTER_BREAK = "=" * WIDTH


def _heading(text: str, underline: str) -> str:
    lines = render_blocks([Block(text)]).split("\n")
    width = min(WIDTH, max(display_width(line) for line in lines))
    return "\n".join([*lines, underline * width])


def _packed(label: str, items: list[str]) -> str:
    """ "Label: a  b  c" over as many lines as needed, never splitting an item."""
    lines: list[str] = []
    line = f"{label}:"
    for item in items:
        if display_width(line) + 2 + display_width(item) > WIDTH and line.strip():
            lines.append(line)
            line = INDENT + item
        else:
            line += ("  " if line.strip() != f"{label}:" else " ") + item
    lines.append(line)
    return "\n".join(lines)


class _Text:
    def __init__(self, work: WorkDocument) -> None:
        self.work = work
        self.sections: list[str] = []

    def html(self, html: str) -> list[Block]:
        work = self.work
        return html_blocks(html, base_url=work.source_url, image_label=work.labels.image)

    def blocks(self, blocks: list[Block]) -> None:
        if blocks:
            self.sections.append(render_blocks(blocks))

    def notes(self, label: str, html: str) -> None:
        blocks = self.html(html)
        if blocks:
            indented = [
                block
                if block.rule
                else replace(block, first=INDENT + block.first, rest=INDENT + block.rest)
                for block in blocks
            ]
            indented[0] = replace(indented[0], tight=True)
            self.blocks([Block(f"{label}:"), *indented])

    def posted(self) -> None:
        work = self.work
        archive = work.archive_name
        if archive_url(work):
            archive += f" <{archive_url(work)}>"
        sentence = work.labels.posted_at.replace("{archive}", archive)
        self.blocks([Block(sentence.replace("{url}", work.source_url))])


def write_txt(work: WorkDocument) -> bytes:
    """The work as UTF-8 text (bytes)."""
    labels = work.labels
    byline = labels.by.replace("{creators}", work.byline)
    text = _Text(work)
    if work.source_url:
        text.posted()
    text.sections.append(_heading(work.title, "=") + "\n" + render_blocks([Block(byline)]))
    rows = [
        Block(f"{label}: " + ", ".join(value for value, _ in values), rest=INDENT, tight=True)
        for label, values in header_rows(work)
    ]
    text.blocks(rows)
    text.sections[-1] += "\n" + _packed(labels.stats, [f"{k}: {v}" for k, v in stats(work)])
    text.notes(labels.summary, work.summary)
    text.notes(labels.notes, work.notes)
    for index, chapter in enumerate(work.chapters):
        text.sections.append(f"\n{CHAPTER_BREAK}\n")
        text.sections.append(_heading(work.chapter_heading(index), "-"))
        text.notes(labels.chapter_summary, chapter.summary)
        text.notes(labels.chapter_notes, chapter.notes)
        text.blocks(text.html(chapter.body))
        text.notes(labels.chapter_end_notes, chapter.end_notes)
    text.sections.append(f"\n{CHAPTER_BREAK}\n")
    text.sections.append(_heading(labels.afterword, "-"))
    text.notes(labels.end_notes, work.end_notes)
    text.blocks([Block(f"{work.title} {byline}")])
    if work.source_url:
        text.posted()
        text.blocks([Block(labels.thanks.replace("{archive}", work.archive_name))])
        links = feedback_links(work)
        text.blocks([Block(f"{label}: {url}", rest=INDENT, tight=True) for label, url in links])
    return ("\n\n".join(text.sections).strip("\n") + "\n").encode("utf-8")
