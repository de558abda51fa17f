"""GitHub Actions workflow commands: one `::error|warning|notice` annotation per finding.

GitHub shows at most 10 annotations of each level per step and drops the rest silently, so the
most important findings come first; the step summary (reporters/summary.py) has the full list.
"""

from __future__ import annotations

from typing import TextIO

from ..findings import Finding, importance_key
from ..results import RunResult
from .base import RepositoryReporter
from .words import level_counts, plural

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
ANNOTATIONS_SHOWN = 10
"""Annotations of one level that GitHub shows for a step."""


def escape_data(value: object) -> str:
    """Return a command's message escaped as the runner unescapes it (`%`, CR, LF)."""
    return _text(value).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: object) -> str:
    """Return a command property escaped as the runner unescapes it (also `:` and `,`)."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def _text(value: object) -> str:
    # As @actions/core's toCommandValue: strings as they are, None empty, numbers as JSON.
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def workflow_command(command: str, properties: dict[str, object], message: str) -> str:
    """Return one workflow command line (no newline), byte for byte as @actions/core builds it.

    Empty properties are left out, as the toolkit does.
    """
    pairs = [f"{key}={escape_property(value)}" for key, value in properties.items() if value]
    # The toolkit writes the space whenever the mapping has keys, even if every value is empty.
    head = f"::{command}" + (" " + ",".join(pairs) if properties else "")
    return f"{head}::{escape_data(message)}"


def annotation_text(finding: Finding) -> str:
    """Return the annotation's message: the finding's message and its first suggestion."""
    text = finding.message
    if finding.suggestions:
        suggestion = finding.suggestions[0]
        label = {"replace": "Try", "rewrite": "Rewrite", "advice": "Ask"}.get(suggestion.kind)
        text += f"\n{label or 'Try'}: {suggestion.text}"
    return text


class GithubReporter(RepositoryReporter):
    """Workflow commands that GitHub turns into pull-request annotations."""

    name = "github"
    description = "GitHub Actions annotations (::error file=…::message), most important first"

    def write(self, result: RunResult, out: TextIO) -> None:
        """Write file errors, then every finding most important first, then a count line."""
        for file in result.files:
            if file.error:
                props = {"title": "jargonlint: cannot read", "file": self._path(file.path)}
                out.write(workflow_command("error", props, file.error) + "\n")
        findings = sorted(result.findings, key=importance_key)
        for finding in findings:
            out.write(self.annotation(finding) + "\n")
        counts = result.counts_by_level()
        hidden = sum(max(n - ANNOTATIONS_SHOWN, 0) for n in counts.values())
        # Plain log lines never start with "::", so they are never read as commands.
        line = f"jargonlint: {level_counts(counts)} in {plural(len(result.files), 'file')}"
        if hidden:
            line += f"; GitHub shows 10 annotations per level, {hidden} more are in the summary"
        out.write(line + "\n")

    def annotation(self, finding: Finding) -> str:
        """Return the workflow command for one finding."""
        # The order of @actions/core's core.error(message, properties): same bytes as the toolkit.
        properties: dict[str, object] = {
            "title": f"{finding.code} {finding.name} ({finding.category})",
            "file": self._path(finding.path),
            "line": finding.line,
            "endLine": finding.end_line,
        }
        if finding.end_line == finding.line:
            # The runner drops the whole annotation when columns come with two different lines
            # or when endColumn < col. endColumn is exclusive, as in Finding and SARIF.
            properties["col"] = finding.column
            properties["endColumn"] = max(finding.end_column, finding.column)
        return workflow_command(COMMANDS[finding.level], properties, annotation_text(finding))
