"""What `fanfold.analysis` suggests for each demo work, beside the tags its author chose.

    .venv/bin/python bench/analysis_demo.py            # one block per work
    .venv/bin/python bench/analysis_demo.py --json F   # and every suggestion, for diffing

The demo works (src/fanfold/demo_content/*.toml) are real chapters of several thousand
words, not short passages: a change to the engine that reads well on the evaluation
sets can still put a wrong note or relationship on a novel's ordinary paragraphs. Each
block lists the suggested rating, content notes, characters, fandoms and relationships;
a suggestion the author did not tag is marked `+`, a tag of the author's the engine did
not find `-`. The totals at the end count, for characters, fandoms and relationships,
the suggestions that match the author's tags and those that do not (content notes and
ratings are not tags an author always sets, so they are listed, not scored).
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from fanfold.analysis import ChapterInput, TagDictionary, analyze  # noqa: E402

CONTENT = ROOT / "src" / "fanfold" / "demo_content"
TAGS = ROOT / "src" / "fanfold" / "tags" / "samples" / "demo_tags.csv"


def suggestions(spec: dict[str, Any], dictionary: TagDictionary) -> dict[str, Any]:
    # As the archive reads a work (fanfold.suggestions.selectors.work_inputs): the work's
    # summary and notes go with its first chapter.
    chapters = []
    for i, chapter in enumerate(spec["chapters"]):
        notes = [chapter.get(key, "") for key in ("summary", "notes", "endnotes")]
        if i == 0:
            notes = [spec.get("summary", ""), spec.get("notes", ""), *notes]
            notes.append(spec.get("endnotes", ""))
        chapters.append(
            ChapterInput(
                text=chapter["text"].strip(),
                format="markdown",
                title=chapter.get("title", ""),
                notes="\n\n".join(n.strip() for n in notes if n and n.strip()),
            )
        )
    result = analyze(chapters, dictionary=dictionary)
    return {
        "rating": result.rating.name,
        "notes": sorted(s.name for s in result.notes),
        "warnings": sorted(s.name for s in result.warnings),
        "characters": sorted(s.name for s in result.characters),
        "fandoms": sorted(s.name for s in result.fandoms),
        "relationships": sorted(s.name for s in result.relationships),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, help="write every work's suggestions here")
    args = parser.parse_args()
    with TAGS.open(encoding="utf-8", newline="") as stream:
        dictionary = TagDictionary.from_csv(stream)
    everything: dict[str, Any] = {}
    totals = {kind: [0, 0] for kind in ("characters", "fandoms", "relationships")}
    for path in sorted(CONTENT.glob("[0-9]*.toml")):  # users.toml, feedback.toml are not works
        spec = tomllib.loads(path.read_text(encoding="utf-8"))
        got = suggestions(spec, dictionary)
        everything[path.stem] = got
        print(f"## {path.stem}: {spec['title']}")
        print(f"  rating {got['rating']} (author: {spec['rating']})")
        notes, warnings = ", ".join(got["notes"]) or "-", ", ".join(got["warnings"]) or "-"
        print(f"  notes {notes}; warnings {warnings}")
        for kind in totals:
            own = set(spec.get(kind, []))
            found = set(got[kind])
            totals[kind][0] += len(found & own)
            totals[kind][1] += len(found - own)
            marks = [name for name in sorted(found & own)]
            marks += [f"+{name}" for name in sorted(found - own)]
            marks += [f"-{name}" for name in sorted(own - found)]
            print(f"  {kind}: {'; '.join(marks) or '-'}")
    print()
    for kind, (right, other) in totals.items():
        print(f"{kind}: {right} suggested as the authors tagged them, {other} not tagged")
    if args.json:
        args.json.write_text(json.dumps(everything, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
