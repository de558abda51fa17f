"""The text reporter: `path:line:col: CODE [level] message`, the source line underlined, a fix."""

from __future__ import annotations

import re
from typing import TextIO

from ..document.sourcemap import line_spans
from ..findings import Finding
from ..fixes import safe_edits
from ..measure_docs import measure_label, measure_value, shown_measures
from ..results import FileResult, RunResult
from .base import StreamingReporter
from .words import level_counts, plural

STYLES = {
    "error": "31;1",
    "warning": "33;1",
    "info": "36",
    "dim": "2",
    "bold": "1",
    "caret": "35;1",
    "fix": "32",
}


def fixable_count(result: RunResult, sources: dict[str, str]) -> int:
    """Return how many findings `--fix` would change (safe swaps where the text is plain)."""
    return sum(
        len(safe_edits(sources[file.path], file.findings))
        for file in result.files
        if not file.error and file.path in sources
    )


def closing_lines(result: RunResult, sources: dict[str, str]) -> list[str]:
    """Return the summary line and, when some findings have a safe fix, the `--fix` hint."""
    files = len(result.files)
    errors = sum(1 for r in result.files if r.error)
    text = f"{level_counts(result.counts_by_level())} in {plural(files, 'file')}"
    if errors:
        text += f" ({errors} could not be read)"
    lines = [text + f" ({result.elapsed:.2f}s)"]
    fixable = fixable_count(result, sources)
    if fixable:
        lines.append(f"{fixable} fixable with `--fix` (preview: `--fix --diff`).")
    return lines


class TextReporter(StreamingReporter):
    """Human-readable findings, grouped by file, with a summary line at the end.

    It streams: ``write_file`` prints one file's findings as soon as that file is done, and
    ``write_end`` the closing lines. ``measures`` adds each file's document measures;
    ``quiet`` prints the findings and nothing else.
    """

    name = "text"
    description = "for people: each finding with its source line underlined and a suggestion"

    def __init__(
        self,
        color: bool = False,
        sources: dict[str, str] | None = None,
        measures: bool = False,
        quiet: bool = False,
    ):
        super().__init__(color)
        self.sources = sources if sources is not None else {}
        self.measures = measures
        self.quiet = quiet

    def _style(self, text: str, style: str) -> str:
        return f"\x1b[{STYLES[style]}m{text}\x1b[0m" if self.color else text

    def write_file(self, file: FileResult, out: TextIO) -> None:
        """Write one file's error or findings (and its measures, when asked for)."""
        if file.error:
            path, error = safe_text(file.path), safe_text(file.error)
            out.write(f"{self._style(path, 'bold')}: error: {error}\n")
            return
        source = self.sources.get(file.path, "")
        # The one line rule of the whole tool (CR, LF, CRLF), not str.splitlines().
        lines = [source[start:end] for start, end in line_spans(source)]
        for finding in file.findings:
            self._finding(finding, lines, out)
        if self.measures and file.measures:
            line = f"{safe_text(file.path)}: {measures_line(file.measures)}"
            out.write(self._style(line, "dim") + "\n")

    def write_end(self, result: RunResult, out: TextIO) -> None:
        """Write the summary line and the `--fix` hint (nothing when quiet)."""
        if not self.quiet:
            out.write("".join(line + "\n" for line in closing_lines(result, self.sources)))

    def heading(self, finding: Finding) -> str:
        """Return the finding's first line: place, code, level, message and rule name."""
        where = self._style(f"{safe_text(finding.path)}:{finding.line}:{finding.column}:", "bold")
        code = self._style(finding.code, finding.level)
        level = self._style(f"[{finding.level}]", finding.level)
        return f"{where} {code} {level} {safe_text(finding.message)} [{finding.name}]"

    def _finding(self, finding: Finding, lines: list[str], out: TextIO) -> None:
        out.write(self.heading(finding) + "\n")
        if 0 < finding.line <= len(lines):
            source = lines[finding.line - 1].replace("\t", " ")
            last = finding.end_column if finding.end_line == finding.line else len(source) + 1
            shown, start, width = source_window(source, finding.column - 1, last - 1)
            # Control characters become "?": an escape such as "\x1b" would shift the caret.
            shown = safe_columns(shown)
            indent, cells = caret_cells(shown, start, width)
            out.write(f"    {shown}\n")
            out.write("    " + " " * indent + self._style("^" * cells, "caret") + "\n")
        for suggestion in finding.suggestions[:3]:
            label = {"replace": "try", "rewrite": "rewrite", "advice": "ask"}[suggestion.kind]
            safe = " (safe)" if suggestion.safe else ""
            text = safe_text(suggestion.text)
            out.write(f"    {self._style(label + ':', 'fix')} {text}{safe}\n")


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


def display_width(text: str) -> int:
    """Return how many terminal cells ``text`` takes (wide CJK and emoji take two)."""
    from wcwidth import wcswidth, wcwidth

    width = wcswidth(text)
    if width >= 0:
        return width
    # A control character makes wcswidth give up; count the printable ones.
    return sum(max(wcwidth(char), 0) for char in text)


def caret_cells(shown: str, start: int, width: int) -> tuple[int, int]:
    """Return the caret's indent and length in terminal cells for code points start..+width."""
    indent = display_width(shown[:start])
    return indent, max(display_width(shown[start : start + width]), 1)


def measures_line(measures: dict) -> str:
    """Return the document measures as one readable line."""
    return ", ".join(
        f"{measure_label(key)} {measure_value(value)}" for key, value in shown_measures(measures)
    )
