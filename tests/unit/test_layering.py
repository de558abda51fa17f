"""Each stage knows only the ones before it: a reporter formats, it never computes git state."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import jargonlint

PACKAGE = Path(jargonlint.__file__).parent
REPORTER_MODULES = sorted((PACKAGE / "reporters").glob("*.py"))
NOT_FOR_REPORTERS = {"gitdiff", "baseline", "filters", "engine", "runner", "nlp", "checks", "lang"}
"""Stages a reporter never reaches into: git state, only-new filters, linting, NLP."""


def imported_modules(path: Path) -> set[str]:
    """Return the modules a file imports, relative ones as written (".base", "..gitdiff")."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom):
            found.add("." * node.level + (node.module or ""))
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


@pytest.mark.parametrize("path", REPORTER_MODULES, ids=lambda p: p.stem)
def test_reporters_import_no_git_lint_or_nlp_stage(path: Path) -> None:
    for module in imported_modules(path):
        top = module.lstrip(".").split(".")[0]
        if module.startswith(".."):
            assert top not in NOT_FOR_REPORTERS, f"{path.name} imports {module}"
        elif not module.startswith("."):
            assert top not in ("jargonlint", "spacy"), f"{path.name} imports {module}"
