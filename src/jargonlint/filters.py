"""Filters that run after the engine: only findings on changed lines, only findings not in a
baseline. They drop findings and never add any; reporters see what is left."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .baseline import filter_baseline, read_baseline
from .config import Config
from .findings import Finding
from .gitdiff import ChangedLines, changed_lines
from .results import FileResult, RunResult


def last_line(finding: Finding) -> int:
    """Return the last line the finding covers (an end at column 1 ends on the line before)."""
    if finding.end_line > finding.line and finding.end_column <= 1:
        return finding.end_line - 1
    return max(finding.end_line, finding.line)


def filter_changed(result: RunResult, changes: ChangedLines) -> RunResult:
    """Return the run with only the findings that touch a changed line."""
    files = [
        replace(
            file,
            findings=[f for f in file.findings if changes.changed(file.path, f.line, last_line(f))],
        )
        for file in result.files
    ]
    return replace(result, files=files)


class Filters:
    """The filters a run asked for, checked before linting so bad input fails in a moment."""

    def __init__(self, baseline: Path | None = None, diff_ref: str | None = None):
        self.baseline = baseline
        self.entries = read_baseline(baseline) if baseline is not None else None
        self.changes = changed_lines(diff_ref) if diff_ref is not None else None

    def after_baseline(self, result: RunResult) -> RunResult:
        """Return the run without the findings the baseline accepts (unchanged without one)."""
        if self.baseline is None:
            return result
        return filter_baseline(result, self.baseline, self.entries)

    def apply_file(self, file: FileResult) -> FileResult:
        """Return one file's result after the same filters as ``apply``."""
        return self.apply(RunResult([file], [])).files[0]

    def apply(self, result: RunResult) -> RunResult:
        """Return the run after the baseline filter, then the changed-lines filter."""
        result = self.after_baseline(result)
        if self.changes is not None:
            result = filter_changed(result, self.changes)
        return result


def force_exclude(paths: list[str], config: Config) -> list[str]:
    """Return the paths without named files that the config's include/exclude leave out.

    Folders are walked with include/exclude anyway; this treats files named one by one (as
    pre-commit and CI name them) the same way, as ruff's --force-exclude does, and skips
    well-known non-copy files (LICENSE, robots.txt...) unless the config says otherwise.
    ``config`` is a Config, or a function giving the Config of a path.
    """
    from .file_filter import config_selects

    config_for = config if callable(config) else (lambda _path: config)
    kept = []
    for name in paths:
        if name == "-" or Path(name).is_dir() or config_selects(config_for(name), Path(name)):
            kept.append(name)
    return kept
