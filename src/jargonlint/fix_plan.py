"""What `--fix` would change, before anything is written: each change, the diff, the words.

The plan uses the same stable edits as ``fixes.fix_files`` (``fixes.stable_edits``), so what is
described or previewed is what `--fix` writes.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

from .fixes import Relint, apply_edits, safe_edits, stable_edits
from .results import RunResult


@dataclass(frozen=True)
class Change:
    """One safe replacement: where it is and the text before and after."""

    path: str
    line: int
    column: int
    before: str
    after: str

    def describe(self) -> str:
        """Return "page.md:3:8: utilize → use"."""
        return f"{self.path}:{self.line}:{self.column}: {self.before} → {self.after}"


@dataclass(frozen=True)
class FilePlan:
    """The changes to one file, and its text before and after them."""

    path: str
    text: str
    fixed: str
    changes: tuple[Change, ...]


def plan_fixes(result: RunResult, sources: dict[str, str], relint: Relint) -> list[FilePlan]:
    """Return a plan for each file of ``result`` that has at least one safe fix to make.

    ``relint(path, text)`` lints a fixed text again, so that fixes which would invite further
    fixes are held back, as `--fix` holds them back.
    """
    plans = []
    for file in result.files:
        text = sources.get(file.path)
        if file.error or text is None or not safe_edits(text, file.findings):
            continue
        edits = stable_edits(file.path, text, file.findings, relint)
        if not edits:
            continue
        at = {(f.offset, f.end_offset): f for f in file.findings}
        changes = tuple(
            Change(file.path, at[(s, e)].line, at[(s, e)].column, text[s:e], new)
            for s, e, new in edits
        )
        plans.append(FilePlan(file.path, text, apply_edits(text, edits), changes))
    return plans


def written_as_utf8(path: str) -> bool:
    """Return True when the file on disk is UTF-8, the only encoding `--fix` writes."""
    try:
        Path(path).read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return True


def unified_diff(plan: FilePlan) -> str:
    """Return the unified diff of the plan's file (a/PATH → b/PATH), as git shows it."""
    lines = difflib.unified_diff(
        plan.text.splitlines(keepends=True),
        plan.fixed.splitlines(keepends=True),
        fromfile=f"a/{plan.path}",
        tofile=f"b/{plan.path}",
    )
    out = []
    for line in lines:
        out.append(line)
        if not line.endswith(("\n", "\r")):
            out.append("\n\\ No newline at end of file\n")
    return "".join(out)
