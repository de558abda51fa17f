"""What a run produced: per-file results and the run as a whole, as reporters receive them;
and how a result's path reads relative to a folder (the repository root)."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .enums import LEVELS
from .findings import Finding, level_rank
from .packs.model import Rule


@dataclass
class FileResult:
    """What linting one file produced: its findings, or the error that stopped it."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    measures: dict = field(default_factory=dict)
    fail_level: str | None = None
    """The fail level of the config that applies to this file (None: the run's)."""


@dataclass
class RunResult:
    """Every file's result, the active rules, and how long the run took."""

    files: list[FileResult]
    rules: list[Rule]
    elapsed: float = 0.0
    fail_level: str = "warning"
    warnings: list[str] = field(default_factory=list)
    """Things worth saying that are not errors (a folder with nothing to lint)."""

    @property
    def findings(self) -> list[Finding]:
        """Return every finding of every file, in file order."""
        return [f for result in self.files for f in result.findings]

    def counts_by_level(self) -> dict[str, int]:
        """Return the number of findings per level (every level present, zero or more)."""
        counts = Counter(f.level for f in self.findings)
        return {level: counts.get(level, 0) for level in LEVELS}

    def counts_by_category(self) -> dict[str, int]:
        """Return the number of findings per category, most first."""
        return dict(Counter(f.category for f in self.findings).most_common())

    @property
    def failing(self) -> bool:
        """Return True when a finding is at or above the fail level."""
        return any(
            level_rank(f.level) >= level_rank(file.fail_level or self.fail_level)
            for file in self.files
            for f in file.findings
        )

    @property
    def had_errors(self) -> bool:
        """Return True when some file could not be read."""
        return any(result.error for result in self.files)

    def summary(self) -> dict:
        """Return the run summary (JSON contract's ``summary`` object)."""
        return {
            "files": len(self.files),
            "files_with_errors": sum(1 for r in self.files if r.error),
            "findings": len(self.findings),
            "by_level": self.counts_by_level(),
            "by_category": self.counts_by_category(),
            "elapsed_seconds": round(self.elapsed, 3),
        }


def relative_path(path: str, root: Path) -> str | None:
    """Return ``path`` relative to ``root`` with forward slashes, or None when it is outside."""
    # Resolve the folder but not the file: a symlinked document keeps its own name.
    absolute = Path(os.path.realpath(os.path.dirname(os.path.abspath(path)))) / Path(path).name
    try:
        return absolute.relative_to(Path(os.path.realpath(root))).as_posix()
    except ValueError:
        return None
