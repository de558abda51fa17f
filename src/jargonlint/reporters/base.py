"""The reporter interface: a RunResult in, text out. Reporters never parse or lint."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar, TextIO

from ..results import FileResult, RunResult, relative_path


class Reporter:
    """Renders a run's results in one output format."""

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""
    streams: ClassVar[bool] = False
    """True when the report can be written a file at a time (``write_file``, then
    ``write_end``) as files finish; other reporters need the whole run (``write``)."""

    def __init__(self, color: bool = False):
        self.color = color

    def write(self, result: RunResult, out: TextIO) -> None:
        """Write the report of ``result`` to ``out``."""
        raise NotImplementedError

    def write_file(self, file: FileResult, out: TextIO) -> None:
        """Write one finished file's part of the report (streaming reporters only)."""
        raise NotImplementedError

    def write_end(self, result: RunResult, out: TextIO) -> None:
        """Write what follows the files: totals and hints (streaming reporters only)."""
        raise NotImplementedError


class StreamingReporter(Reporter):
    """A reporter that writes each file's part as it finishes, then the closing lines."""

    streams: ClassVar[bool] = True

    def write(self, result: RunResult, out: TextIO) -> None:
        """Write every file's part, then the closing lines."""
        for file in result.files:
            self.write_file(file, out)
        self.write_end(result, out)


class RepositoryReporter(Reporter):
    """A reporter whose paths are relative to the repository root (GitHub, SARIF, summaries)."""

    def __init__(self, color: bool = False, root: Path | None = None):
        super().__init__(color)
        self.root = root or Path.cwd()

    def _path(self, path: str) -> str:
        """Return the path relative to the root (as given when it lies outside)."""
        return relative_path(path, self.root) or path
