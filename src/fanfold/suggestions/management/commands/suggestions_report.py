"""`fanfold suggestions_report [--json] [--likely]`: how the stored suggestions compare
with the ratings, warnings and tags the archive's creators chose (suggestions/agreement.py).
Counts only: no title, creator or text is printed."""

from __future__ import annotations

import json
import textwrap
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from fanfold.suggestions.agreement import Agreement, AgreementReport, agreement_report
from fanfold.suggestions.vocabulary import LIKELY, NOTE_LABELS

CAVEAT = (
    "Creators see these suggestions while they tag, so a work tagged after reading them "
    "agrees more than one tagged before: read these as agreement with what creators "
    "chose, not as precision and recall."
)


class Command(BaseCommand):
    help = (
        "Compare the suggestions stored for posted works with the ratings, archive "
        "warnings and Additional Tags their creators chose, over the whole archive."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--json", action="store_true", help="print the figures as JSON")
        parser.add_argument(
            "--likely",
            action="store_true",
            help=f"count only suggestions at 'likely' or above (confidence {LIKELY}), "
            "those the work's page gives its creators a notice for",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        report = agreement_report(LIKELY if options["likely"] else 0.0)
        if options["json"]:
            self.stdout.write(json.dumps({**report.as_json(), "caveat": CAVEAT}, indent=2))
        else:
            self.stdout.write(text_report(report))


def _percent(share: float | None) -> str:
    return "n/a" if share is None else f"{share:.1%}"


def _table(title: str, rows: list[tuple[str, Agreement]]) -> list[str]:
    lines = [
        f"| {title} | suggested | chosen by creators | both | suggestions the creators "
        "chose too | creators' choices suggested | suggested, dismissed by creators |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for label, a in rows:
        lines.append(
            f"| {label} | {a.suggested} | {a.chosen} | {a.both} | {_percent(a.held)} "
            f"| {_percent(a.found)} | {a.dismissed} |"
        )
    return lines


def text_report(report: AgreementReport) -> str:
    which = (
        f"counting suggestions at 'likely' or above, confidence {report.min_confidence}"
        if report.min_confidence
        else "counting every suggestion the panel shows"
    )
    lines = [
        f"Suggestions against what creators chose: {report.works} posted works ({which}).",
    ]
    left_out = []
    if report.not_analysed:
        left_out.append(f"{report.not_analysed} not analysed yet")
    if report.not_english:
        left_out.append(f"{report.not_english} not in English, so not read")
    if left_out:
        lines.append(f"Left out: {'; '.join(left_out)}.")
    lines += ["", textwrap.fill(CAVEAT, 88), ""]
    if not report.works:
        lines.append("No posted work has stored suggestions yet (`fanfold worker` computes them).")
        return "\n".join(lines) + "\n"

    lines.append(
        f"Rating ({report.rated} works"
        + (f"; {report.not_rated} Not Rated left out" if report.not_rated else "")
        + f"): the same as chosen {_percent(report.rating_exact)}, within one step "
        f"{_percent(report.rating_within_one)}; suggested higher {report.rating_higher}, "
        f"lower {report.rating_lower}"
        + (
            f"; the higher one dismissed by creators on {report.rating_dismissed}"
            if report.rating_dismissed
            else ""
        )
        + "."
    )
    lines.append("")
    lines += _table(
        "content note",
        [(str(NOTE_LABELS[name]), a) for name, a in report.notes.items()],
    )
    lines.append("")
    lines += _table("archive warning", list(report.warnings.items()))
    if report.chose_not_to_warn:
        lines.append(
            f"({report.chose_not_to_warn} works whose creators chose not to use archive "
            "warnings are left out of the warnings.)"
        )
    return "\n".join(lines) + "\n"
