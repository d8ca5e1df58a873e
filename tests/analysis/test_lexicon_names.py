"""The word lists build their patterns from shared pieces (`_BODY_PART`, `_OBJ`, ...). A piece
defined twice at module level silently changes every pattern built after the second
definition: a new `_BODY_PART` with "back" in it once made "his coat torn off his back" a
graphic wound. Each module-level name of the engine is assigned once."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ENGINE = Path(__file__).resolve().parents[2] / "src" / "fanfold" / "analysis"


@pytest.mark.parametrize("module", sorted(p.name for p in ENGINE.glob("*.py")))
def test_each_module_level_name_is_assigned_once(module: str) -> None:
    tree = ast.parse((ENGINE / module).read_text(encoding="utf-8"))
    names: Counter[str] = Counter()
    for node in tree.body:
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign) and node.value is not None
            else []
        )
        for target in targets:
            if isinstance(target, ast.Name):
                names[target.id] += 1
    assert [name for name, count in names.items() if count > 1] == []
