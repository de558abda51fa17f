"""`--statistics`: how many findings each rule has, instead of the findings themselves."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import TextIO

from ..fixes import safe_edits
from ..results import RunResult
from .base import Reporter
from .text import closing_lines, safe_text


@dataclass(frozen=True)
class RuleCount:
    """One rule's share of a run: how many findings, and how many `--fix` would change."""

    code: str
    name: str
    level: str
    count: int
    fixable: int


def rule_counts(result: RunResult, sources: dict[str, str]) -> list[RuleCount]:
    """Return the count per rule, most findings first, then by code."""
    counts: Counter[str] = Counter()
    fixable: Counter[str] = Counter()
    about: dict[str, tuple[str, str]] = {}
    for file in result.files:
        by_offset: dict[tuple[int, int], str] = {}
        for finding in file.findings:
            counts[finding.code] += 1
            about.setdefault(finding.code, (finding.name, finding.level))
            if any(s.kind == "replace" and s.safe for s in finding.suggestions):
                by_offset.setdefault((finding.offset, finding.end_offset), finding.code)
        if file.path in sources:
            for start, end, _ in safe_edits(sources[file.path], file.findings):
                fixable[by_offset[(start, end)]] += 1
    return [
        RuleCount(code, *about[code], count, fixable[code])
        for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]


class StatisticsReporter(Reporter):
    """A table of rules and counts (text), or the same as a JSON list."""

    name = "statistics"
    description = "counts per rule"

    def __init__(self, sources: dict[str, str] | None = None, as_json: bool = False):
        super().__init__(False)
        self.sources = sources if sources is not None else {}
        self.as_json = as_json

    def write(self, result: RunResult, out: TextIO) -> None:
        """Write one line (or JSON object) per rule that has findings, then the summary."""
        rows = rule_counts(result, self.sources)
        if self.as_json:
            json.dump([row.__dict__ for row in rows], out, indent=2, ensure_ascii=False)
            out.write("\n")
            return
        width = max((len(str(row.count)) for row in rows), default=1)
        names = max((len(row.name) for row in rows), default=0)
        for row in rows:
            fixable = f"  ({row.fixable} fixable)" if row.fixable else ""
            out.write(
                f"{row.count:>{width}}  {row.code}  {row.name:<{names}}  [{row.level}]{fixable}\n"
            )
        for file in result.files:
            if file.error:
                out.write(f"{safe_text(file.path)}: error: {safe_text(file.error)}\n")
        out.write("".join(line + "\n" for line in closing_lines(result, self.sources)))
