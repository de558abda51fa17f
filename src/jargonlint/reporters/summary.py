"""The Markdown summary: totals per category, every finding in a table, document measures.

Written to `$GITHUB_STEP_SUMMARY` by `--format github` (or any file with `--summary PATH`), it
holds the full list that GitHub's ten annotations per level leave out.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TextIO

from ..enums import LEVELS
from ..errors import JargonlintError
from ..findings import category_rank
from ..measure_docs import MEASURES, measure_label, measure_value, shown_measures
from ..results import RunResult
from .base import RepositoryReporter
from .words import LEVEL_NOUNS, level_counts, plural

SUMMARY_BUDGET = 900_000
"""Bytes of Markdown at most: GitHub refuses a step summary over 1 MiB and shows none of it."""
_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_\[\]~])")
"""Characters that start inline markup inside a table cell (block markup needs a line start)."""


def cell(value: object) -> str:
    """Return text that stays one table cell and renders as itself (no markup, no HTML)."""
    text = " ".join(str(value).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MARKDOWN_PUNCTUATION.sub(r"\\\1", text)
    return text.replace("|", "&#124;")


def _row(cells: list[object]) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |\n"


def _totals(result: RunResult) -> str:
    """Return the per-category table: findings of each level and in all."""
    table: dict[str, dict[str, int]] = {}
    for finding in result.findings:
        counts = table.setdefault(finding.category, dict.fromkeys(LEVELS, 0))
        counts[finding.level] += 1
    levels = list(reversed(LEVELS))
    out = _row(["Category", *[LEVEL_NOUNS[lv][1] for lv in levels], "Total"])
    out += _row(["---", *["---:"] * (len(levels) + 1)])
    for category in sorted(table, key=lambda c: (category_rank(c), c)):
        counts = table[category]
        out += _row([cell(category), *[counts[lv] for lv in levels], sum(counts.values())])
    totals = result.counts_by_level()
    out += _row(["**Total**", *[totals[lv] for lv in levels], f"**{len(result.findings)}**"])
    return out


def _measures(result: RunResult, path_of) -> str:
    """Return the document measures table and what each measure means, or ''."""
    keys: list[str] = []
    for file in result.files:
        for key, _ in shown_measures(file.measures):
            if key not in keys:
                keys.append(key)
    if not keys:
        return ""
    out = _row(["File", *[cell(measure_label(k)) for k in keys]])
    out += _row(["---", *["---:"] * len(keys)])
    for file in result.files:
        if file.measures:
            values = [cell(measure_value(file.measures.get(k, ""))) for k in keys]
            out += _row([cell(path_of(file.path)), *values])
    out += "\n"
    for key in keys:
        if key in MEASURES:
            measure = MEASURES[key]
            better = f" ({measure.better} is better)" if measure.better else ""
            out += f"- **{cell(measure.label)}**: {cell(measure.scale)}{better}\n"
    return out


class SummaryReporter(RepositoryReporter):
    """A Markdown report for people: totals, every finding, and each document's measures."""

    name = "markdown"
    description = "Markdown: totals per category, a table of every finding, document measures"

    def write(self, result: RunResult, out: TextIO) -> None:
        """Write the whole summary (appending is the caller's choice of stream)."""
        out.write(self.render(result))

    def render(self, result: RunResult) -> str:
        """Return the summary as Markdown, cut to fit GitHub's step-summary limit."""
        counts = result.counts_by_level()
        files = len(result.files)
        unreadable = [f for f in result.files if f.error]
        head = f"## jargonlint\n\n**{level_counts(counts)}** in {plural(files, 'file')}"
        head += f" ({len(unreadable)} could not be read)" if unreadable else ""
        head += ".\n\n"
        if result.findings:
            head += _totals(result) + "\n"
        for file in unreadable:
            head += f"- ⛔ {cell(self._path(file.path))}: {cell(file.error)}\n"
        head += "\n" if unreadable else ""
        measures = _measures(result, self._path)
        tail = f"### Document measures\n\n{measures}\n" if measures else ""
        if not result.findings:
            return head + tail
        rows = _row(["Level", "Where", "Rule", "Finding", "Suggestion"])
        rows += _row(["---"] * 5)
        budget = SUMMARY_BUDGET - len((head + tail).encode("utf-8")) - 200
        shown = 0
        for file in result.files:
            for finding in file.findings:
                suggestion = finding.suggestions[0].text if finding.suggestions else ""
                where = f"{self._path(finding.path)}:{finding.line}:{finding.column}"
                row = _row(
                    [
                        finding.level,
                        cell(where),
                        cell(f"{finding.code} {finding.name}"),
                        f"{cell(finding.message)} (“{cell(finding.match)}”)",
                        cell(suggestion),
                    ]
                )
                budget -= len(row.encode("utf-8"))
                if budget < 0:
                    break
                rows += row
                shown += 1
            if budget < 0:
                break
        listing = f"### Findings\n\n{rows}"
        if shown < len(result.findings):
            listing += (
                f"\n{len(result.findings) - shown} more findings are not shown: GitHub limits a "
                "step summary to 1 MiB. Run `jargonlint --format json` for all of them.\n"
            )
        return head + listing + "\n" + tail


def append_summary(result: RunResult, path: str, root: Path | None = None) -> None:
    """Append the Markdown summary to the file at ``path`` (GitHub's step summary expects it)."""
    text = SummaryReporter(root=root).render(result)
    try:
        with open(path, "a", encoding="utf-8", newline="\n") as out:
            out.write(text)
    except OSError as error:
        raise JargonlintError(
            f"--summary {path}: cannot write: {error.strerror or error}"
        ) from None
