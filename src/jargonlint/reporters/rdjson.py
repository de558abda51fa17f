"""reviewdog's Diagnostic JSON (rdjson): findings with suggestions a reviewer can commit.

`jargonlint --format rdjson docs/ | reviewdog -f=rdjson -reporter=github-pr-review` posts each
finding on the pull request, with its replacements and rewrites as suggestion blocks. Columns
are 1-based UTF-8 byte counts, as the format defines them. GitHub replaces whole lines with a
suggestion, so reviewdog needs every suggestion of one diagnostic to cover the same lines: a
suggestion on other lines (a rewrite of a sentence that runs over two lines) goes into a second
diagnostic for the same finding.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TextIO

from ..columns import UnitColumns
from ..edits import Edit, replacement_edits, rewrite_edits
from ..findings import Finding
from ..gates import GATE_CODE, GATE_HELP_URI
from ..results import RunResult
from ..rule_docs import rule_help_uri
from .base import RepositoryReporter
from .sarif import INFORMATION_URI

RDJSON_SEVERITY = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}
SOURCE = {"name": "jargonlint", "url": INFORMATION_URI}


class RdjsonReporter(RepositoryReporter):
    """reviewdog Diagnostic JSON: one diagnostic per finding, suggestions as ranges + text."""

    name = "rdjson"
    description = "reviewdog Diagnostic JSON with suggestions (reviewdog -f=rdjson)"

    def __init__(
        self, color: bool = False, root: Path | None = None, sources: dict[str, str] | None = None
    ):
        super().__init__(color, root)
        self.sources = sources or {}
        self._columns: dict[str, UnitColumns] = {}
        self._urls: dict[str, str] = {}

    def _position(self, path: str, offset: int) -> dict:
        columns = self._columns.get(path)
        if columns is None:
            columns = self._columns[path] = UnitColumns(self.sources.get(path, ""), "utf-8")
        line, column = columns.position(offset)
        return {"line": line + 1, "column": column + 1}

    def _range(self, path: str, start: int, end: int) -> dict:
        return {"start": self._position(path, start), "end": self._position(path, end)}

    def _base(self, finding: Finding, message: str, start: int, end: int) -> dict:
        code = {"value": finding.code}
        if finding.code in self._urls:
            code["url"] = self._urls[finding.code]
        return {
            "message": message,
            "location": {
                "path": self._path(finding.path),
                "range": self._range(finding.path, start, end),
            },
            "severity": RDJSON_SEVERITY[finding.level],
            "source": SOURCE,
            "code": code,
            "original_output": (
                f"{finding.path}:{finding.line}:{finding.column}: {finding.code} {finding.message}"
            ),
        }

    def diagnostics(self, finding: Finding) -> list[dict]:
        """Return the finding's diagnostics: one, or two when its suggestions' lines differ."""
        source = self.sources.get(finding.path)
        edits: list[Edit] = []
        if source is not None:
            edits = replacement_edits(finding, source) + rewrite_edits(finding, source)
        advice = [s.text for s in finding.suggestions if s.kind == "advice"]
        message = "\n\n".join([finding.message, *advice])
        if not edits:
            return [self._base(finding, message, finding.offset, finding.end_offset)]
        groups: dict[tuple[int, int], list[Edit]] = {}
        for edit in edits:
            lines = self._lines(finding.path, edit)
            groups.setdefault(lines, []).append(edit)
        result = []
        for index, group in enumerate(groups.values()):
            if index == 0:
                item = self._base(finding, message, finding.offset, finding.end_offset)
            else:  # a rewrite over other lines: its own comment on those lines
                item = self._base(
                    finding,
                    f"Or rewrite the sentence ({finding.code}).",
                    group[0].start,
                    group[0].end,
                )
            item["suggestions"] = [
                {"range": self._range(finding.path, e.start, e.end), "text": e.text} for e in group
            ]
            result.append(item)
        return result

    def _lines(self, path: str, edit: Edit) -> tuple[int, int]:
        return self._position(path, edit.start)["line"], self._position(path, edit.end)["line"]

    def document(self, result: RunResult) -> dict:
        """Return the rdjson DiagnosticResult of the run as a dict."""
        self._urls = {rule.code: rule_help_uri(rule) for rule in result.rules}
        self._urls[GATE_CODE] = GATE_HELP_URI
        diagnostics = [item for finding in result.findings for item in self.diagnostics(finding)]
        for file in result.files:
            if file.error:
                diagnostics.append(
                    {
                        "message": file.error,
                        "location": {"path": self._path(file.path)},
                        "severity": "ERROR",
                        "source": SOURCE,
                    }
                )
        return {"source": SOURCE, "diagnostics": diagnostics}

    def write(self, result: RunResult, out: TextIO) -> None:
        """Write the DiagnosticResult as indented JSON."""
        json.dump(self.document(result), out, indent=2, ensure_ascii=False)
        out.write("\n")
