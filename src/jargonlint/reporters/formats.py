"""The output formats by name: where each reporter lives and what `--help` says about it.

A light registry, so the command line lists every format without importing any reporter;
only the chosen format's module is imported (``reporters.make_reporter``). A test keeps it
equal to the reporter classes' own ``name`` and ``description``.
"""

from __future__ import annotations

from typing import NamedTuple


class Format(NamedTuple):
    """One output format: the module (in ``jargonlint.reporters``) and class that write it."""

    module: str
    cls: str
    description: str


FORMATS: dict[str, Format] = {
    "text": Format(
        "text",
        "TextReporter",
        "for people: each finding with its source line underlined and a suggestion",
    ),
    "concise": Format(
        "concise", "ConciseReporter", "one line per finding: path:line:col: CODE [level] message"
    ),
    "json": Format(
        "json",
        "JsonReporter",
        "one JSON object {version, files, summary}, a versioned contract (README)",
    ),
    "sarif": Format(
        "sarif", "SarifReporter", "SARIF 2.1.0 for GitHub code scanning and other SARIF viewers"
    ),
    "github": Format(
        "github",
        "GithubReporter",
        "GitHub Actions annotations (::error file=…::message), most important first",
    ),
    "markdown": Format(
        "summary",
        "SummaryReporter",
        "Markdown: totals per category, a table of every finding, document measures",
    ),
    "rdjson": Format(
        "rdjson",
        "RdjsonReporter",
        "reviewdog Diagnostic JSON with suggestions (reviewdog -f=rdjson)",
    ),
    "html": Format(
        "html", "HtmlReporter", "one self-contained HTML page: highlighted copy, measures, summary"
    ),
}
"""Every ``--format`` name, in the order the reporters were registered."""
