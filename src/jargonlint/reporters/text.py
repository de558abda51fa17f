"""The text reporter: `path:line:col: CODE message`, the source line underlined, a suggestion."""

from __future__ import annotations

import re
from typing import TextIO

from ..document.sourcemap import line_spans
from ..findings import Finding
from ..results import RunResult
from .base import Reporter

STYLES = {
    "error": "31;1",
    "warning": "33;1",
    "info": "36",
    "dim": "2",
    "bold": "1",
    "caret": "35;1",
    "fix": "32",
}


class TextReporter(Reporter):
    """Human-readable findings, grouped by file, with a summary line at the end."""

    name = "text"
    description = "for people: each finding with its source line underlined and a suggestion"

    def __init__(self, color: bool = False, sources: dict[str, str] | None = None):
        super().__init__(color)
        self.sources = sources or {}

    def _style(self, text: str, style: str) -> str:
        return f"\x1b[{STYLES[style]}m{text}\x1b[0m" if self.color else text

    def write(self, result: RunResult, out: TextIO) -> None:
        """Write every finding, file errors, document measures and the summary line."""
        for file in result.files:
            if file.error:
                path, error = safe_text(file.path), safe_text(file.error)
                out.write(f"{self._style(path, 'bold')}: error: {error}\n")
                continue
            source = self.sources.get(file.path, "")
            # The one line rule of the whole tool (CR, LF, CRLF), not str.splitlines().
            lines = [source[start:end] for start, end in line_spans(source)]
            for finding in file.findings:
                self._finding(finding, lines, out)
            if file.measures and file.findings:
                out.write(
                    self._style(f"{safe_text(file.path)}: {_measures_line(file.measures)}", "dim")
                    + "\n"
                )
        out.write(self._summary(result) + "\n")

    def _finding(self, finding: Finding, lines: list[str], out: TextIO) -> None:
        where = f"{safe_text(finding.path)}:{finding.line}:{finding.column}:"
        code = self._style(finding.code, finding.level)
        message = safe_text(finding.message)
        out.write(f"{self._style(where, 'bold')} {code} {message} [{finding.name}]\n")
        if 0 < finding.line <= len(lines):
            source = lines[finding.line - 1].replace("\t", " ")
            last = finding.end_column if finding.end_line == finding.line else len(source) + 1
            shown, start, width = source_window(source, finding.column - 1, last - 1)
            # Control characters become "?": an escape such as "\x1b" would shift the caret.
            out.write(f"    {safe_columns(shown)}\n")
            out.write("    " + " " * start + self._style("^" * width, "caret") + "\n")
        for suggestion in finding.suggestions[:3]:
            label = {"replace": "try", "rewrite": "rewrite", "advice": "ask"}[suggestion.kind]
            safe = " (safe)" if suggestion.safe else ""
            text = safe_text(suggestion.text)
            out.write(f"    {self._style(label + ':', 'fix')} {text}{safe}\n")

    def _summary(self, result: RunResult) -> str:
        counts = result.counts_by_level()
        parts = [
            f"{counts[level]} {level}{'s' if counts[level] != 1 else ''}"
            for level in ("error", "warning", "info")
        ]
        files = len(result.files)
        errors = sum(1 for r in result.files if r.error)
        text = f"{', '.join(parts)} in {files} file{'s' if files != 1 else ''}"
        if errors:
            text += f" ({errors} could not be read)"
        return text + f" ({result.elapsed:.2f}s)"


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def safe_text(text: str) -> str:
    """Return ``text`` with control characters escaped (``\\x1b``), so a file name or copy
    cannot move the cursor, retitle or clear the terminal; lone surrogates too."""
    return _CONTROL.sub(
        lambda m: (
            f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}"
        ),
        text.replace("\n", "\\n"),
    )


def safe_columns(text: str) -> str:
    """Return ``text`` with each control character shown as "?", one column for one, so the
    caret line under it still points at the match."""
    return _CONTROL.sub("?", text.replace("\n", " ").replace("\r", " "))


WINDOW = 100
"""Widest source excerpt shown under a finding; long paragraphs are cut around the match."""


def source_window(line: str, start: int, end: int) -> tuple[str, int, int]:
    """Return the excerpt of ``line`` to show, the caret's start in it and the caret width.

    ``start``/``end`` are 0-based columns of the match in the line. A line longer than WINDOW
    is cut to a window around the match, with "…" where text was left out.
    """
    width = max(end - start, 1)
    if len(line) <= WINDOW:
        return line, start, width
    context = max((WINDOW - min(width, WINDOW)) // 2, 10)
    left = max(start - context, 0)
    right = min(max(end + context, left + WINDOW), len(line))
    left = max(min(left, right - WINDOW), 0)
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(line) else ""
    excerpt = prefix + line[left:right] + suffix
    caret = start - left + len(prefix)
    return excerpt, caret, min(width, right - start)


def _measures_line(measures: dict) -> str:
    """Return the document measures as one readable line."""
    labels = {
        "words": "words",
        "acronyms_undefined": "undefined acronyms",
        "buzzwords_per_100_words": "buzzwords/100 words",
        "jargon_score": "jargon score",
    }
    parts = [
        f"{labels.get(k, k.replace('_', ' '))} {v}"
        for k, v in measures.items()
        if isinstance(v, (int, float, str))
    ]
    return ", ".join(parts)
