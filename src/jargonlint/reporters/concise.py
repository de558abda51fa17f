"""The concise reporter: one line per finding, `path:line:col: CODE [level] message`."""

from __future__ import annotations

from typing import TextIO

from ..results import FileResult, RunResult
from .base import StreamingReporter
from .text import closing_lines, safe_text


class ConciseReporter(StreamingReporter):
    """One line per finding (grep, editors' error lists, CI logs), then the summary line."""

    name = "concise"
    description = "one line per finding: path:line:col: CODE [level] message"

    def __init__(self, sources: dict[str, str] | None = None, quiet: bool = False):
        super().__init__(False)
        self.sources = sources if sources is not None else {}
        self.quiet = quiet

    def write_file(self, file: FileResult, out: TextIO) -> None:
        """Write one file's error or its findings, a line each."""
        if file.error:
            out.write(f"{safe_text(file.path)}: error: {safe_text(file.error)}\n")
        for f in file.findings:
            # One line, whatever the message holds, and nothing that could steer a terminal.
            message = safe_text(" ".join(f.message.split()))
            out.write(f"{safe_text(f.path)}:{f.line}:{f.column}: {f.code} [{f.level}] {message}\n")

    def write_end(self, result: RunResult, out: TextIO) -> None:
        """Write the summary line and the `--fix` hint (nothing when quiet)."""
        if not self.quiet:
            out.write("".join(line + "\n" for line in closing_lines(result, self.sources)))
