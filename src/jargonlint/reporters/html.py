"""`--format html`: one self-contained page a writer would rather read than a terminal log.

Each document's copy is shown with every finding highlighted in place and coloured by
category; clicking (or focusing) a highlight shows its message and suggestions beside the copy.
Above them: a legend, a summary table sorted by findings, and each page's measures as small
bars. No network, fonts or scripts from elsewhere: the stylesheet and script are inline, and a
Content-Security-Policy lets only that one script run, so a hostile page that slipped past the
escaping still could not run its own.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections import Counter
from importlib import resources
from typing import TextIO

from .. import __version__
from ..findings import CATEGORIES, LEVELS, Finding
from ..results import FileResult, RunResult
from .base import Reporter
from .html_highlight import Span, display_text, highlighted

HERO_PARTS = (
    ("reader", "hero_reader_share"),
    ("technology", "hero_tech_share"),
    ("company", "hero_company_share"),
)
BUZZWORDS = "buzzwords_per_100_words"
BUZZWORD_SCALE = 10.0
"""Buzzwords per 100 words that fill the bar (a page at 10 is already saturated with them)."""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _asset(name: str) -> str:
    return resources.files("jargonlint.reporters").joinpath(name).read_text("utf-8")


def _sorted_files(result: RunResult) -> list[tuple[int, FileResult]]:
    """Return (index, file) pairs, most findings first (errors before clean files), then path."""
    indexed = list(enumerate(result.files))
    return sorted(
        indexed, key=lambda pair: (-len(pair[1].findings), not pair[1].error, pair[1].path)
    )


def _count(number: int, noun: str) -> str:
    """Return "1 warning" or "2 warnings" ("info" stays as it is)."""
    return f"{number} {noun}" if number == 1 or noun == "info" else f"{number} {noun}s"


def _levels(findings: list[Finding]) -> Counter:
    return Counter(f.level for f in findings)


def _number(value: object, digits: int = 1) -> str:
    if isinstance(value, (int, float)):
        return f"{value:.{digits}f}" if isinstance(value, float) else str(value)
    return "–"


class HtmlReporter(Reporter):
    """A self-contained HTML report: highlights in place, legend, summary and measures."""

    name = "html"
    description = "one self-contained HTML page: highlighted copy, measures, summary"

    def __init__(self, color: bool = False, sources: dict[str, str] | None = None):
        super().__init__(color)
        self.sources = sources or {}

    def write(self, result: RunResult, out: TextIO) -> None:
        """Write the report page."""
        script = "\n" + _asset("html_report.js")  # exactly the element's text: the hash covers it
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
        policy = (
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
        )
        ordered = _sorted_files(result)
        out.write(
            '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{_e(policy)}">\n'
            f'<meta name="generator" content="jargonlint {_e(__version__)}">\n'
            "<title>jargonlint report</title>\n"
            f"<style>\n{_asset('html_report.css')}</style>\n</head>\n<body>\n"
        )
        out.write(self._header(result))
        out.write('<div class="overview">\n')
        out.write(self._legend(result))
        out.write(self._summary(ordered))
        out.write("</div>\n<main>\n")
        for index, file in ordered:
            out.write(self._document(index, file))
        out.write(f"</main>\n<script>{script}</script>\n</body>\n</html>\n")

    def _header(self, result: RunResult) -> str:
        counts = result.counts_by_level()
        files = len(result.files)
        parts = ", ".join(_count(counts[level], level) for level in reversed(LEVELS))
        found = _count(len(result.findings), "finding")
        return (
            f"<header>\n<h1>jargonlint report</h1>\n"
            f"<p>{found} ({parts}) in {_count(files, 'file')}</p>\n</header>\n"
        )

    def _legend(self, result: RunResult) -> str:
        counts = result.counts_by_category()
        items = "".join(
            f'<li><span class="swatch" style="background:var(--{category})"></span>'
            f"{_e(category)} <b>{counts.get(category, 0)}</b></li>"
            for category in CATEGORIES
        )
        return (
            '<section class="card" aria-labelledby="legend">\n<h2 id="legend">Legend</h2>\n'
            f'<ul class="legend">{items}</ul>\n</section>\n'
        )

    def _summary(self, ordered: list[tuple[int, FileResult]]) -> str:
        rows = []
        for index, file in ordered:
            levels = _levels(file.findings)
            measures = file.measures
            link = f'<a href="#file-{index}">{_e(file.path)}</a>'
            if file.error:
                link += f' <span class="error">{_e(file.error)}</span>'
            rows.append(
                f'<tr><td>{link}</td><td class="num">{len(file.findings)}</td>'
                + "".join(
                    f'<td class="num hide-narrow">{levels[lv]}</td>' for lv in reversed(LEVELS)
                )
                + f'<td class="num">{_number(measures.get("jargon_score"))}</td>'
                + f'<td class="num hide-narrow">{_number(measures.get(BUZZWORDS))}</td>'
                + "</tr>"
            )
        head = (
            '<tr><th>file</th><th class="num">findings</th>'
            + "".join(f'<th class="num hide-narrow">{level}</th>' for level in reversed(LEVELS))
            + '<th class="num">jargon score</th>'
            + '<th class="num hide-narrow">buzzwords / 100 words</th></tr>'
        )
        return (
            '<section class="card" aria-labelledby="summary">\n<h2 id="summary">Summary</h2>\n'
            f'<div class="table-wrap"><table>\n<thead>{head}</thead>\n<tbody>\n'
            + "\n".join(rows)
            + "\n</tbody></table></div>\n</section>\n"
        )

    def _document(self, index: int, file: FileResult) -> str:
        parts = [f'<article class="card doc" id="file-{index}">\n<h2>{_e(file.path)}</h2>\n']
        if file.error:
            parts.append(f'<p class="error">{_e(file.error)}</p>\n</article>\n')
            return "".join(parts)
        parts.append(_measures(file.measures))
        source = self.sources.get(file.path)
        spans = [_span(index, i, f) for i, f in enumerate(file.findings)]
        body = highlighted(source, spans) if source is not None else ""
        hint = "Select a highlight to see what it means and what to write instead."
        if not file.findings:
            hint = "Nothing to flag on this page."
        parts.append(
            f'<div class="doc-body">\n<pre class="source">{body}</pre>\n'
            f'<aside class="panel" aria-live="polite"><p class="hint">{hint}</p></aside>\n</div>\n'
        )
        if file.findings:
            items = "\n".join(_finding_item(index, i, f) for i, f in enumerate(file.findings))
            parts.append(
                f"<details><summary>Every finding ({len(file.findings)})</summary>\n"
                f'<ol class="findings">\n{items}\n</ol>\n</details>\n'
            )
        parts.append("</article>\n")
        return "".join(parts)


def _span(file_index: int, index: int, finding: Finding) -> Span:
    empty = " empty" if finding.offset == finding.end_offset else ""
    return Span(
        finding.offset,
        finding.end_offset,
        f"{file_index}-{index}",
        f"hl cat-{finding.category} lvl-{finding.level}{empty}",
        f"{finding.code} {finding.name}: {finding.message}",
    )


def _finding_item(file_index: int, index: int, finding: Finding) -> str:
    colour = f"--c:var(--{_e(finding.category)})"
    lines = [
        f'<li class="finding" id="f-{file_index}-{index}" style="{colour}">',
        f'<div class="head"><span class="code">{_e(finding.code)}</span> {_e(finding.name)} '
        f'<span class="where">line {finding.line}, column {finding.column} · '
        f"{_e(finding.category)} · {_e(finding.level)}</span></div>",
        f"<div>{_e(finding.message)}</div>",
    ]
    replacements = [
        f"<b>{_e(s.text)}</b>" + (" (safe)" if s.safe else "")
        for s in finding.suggestions
        if s.kind == "replace"
    ]
    if replacements:
        lines.append(f"<div>Try: {', '.join(replacements)}</div>")
    for suggestion in finding.suggestions:
        if suggestion.kind == "rewrite":
            before = display_text(finding.context or finding.match)
            lines.append(
                f'<div class="rewrite">Rewrite: <del>{_e(before)}</del> → '
                f"<ins>{_e(suggestion.text)}</ins></div>"
            )
        elif suggestion.kind == "advice":
            lines.append(f"<div>Ask: {_e(suggestion.text)}</div>")
    lines.append("</li>")
    return "".join(lines)


def _bar(parts: list[tuple[str, float]]) -> str:
    spans = "".join(
        f'<span style="width:{max(0.0, min(share, 1.0)) * 100:.1f}%;background:var(--{name})" '
        f'title="{_e(name)} {share:.0%}"></span>'
        for name, share in parts
    )
    return f'<div class="bar">{spans}</div>'


def _measures(measures: dict) -> str:
    """Return the page's measures as small bar charts (nothing when there are none)."""
    charts = []
    if all(key in measures for _, key in HERO_PARTS):
        shares = [(name, float(measures[key])) for name, key in HERO_PARTS]
        shares.append(("other", max(0.0, 1 - sum(share for _, share in shares))))
        keys = "".join(f"<span>{_e(name)} {share:.0%}</span>" for name, share in shares)
        charts.append(
            '<div class="chart">Who is the hero of each sentence'
            f'{_bar(shares)}<div class="keys">{keys}</div></div>'
        )
    if BUZZWORDS in measures:
        value = float(measures[BUZZWORDS])
        charts.append(
            f'<div class="chart">Buzzwords per 100 words: <b>{value:.1f}</b>'
            f"{_bar([('buzzword', value / BUZZWORD_SCALE)])}</div>"
        )
    if "jargon_score" in measures:
        value = float(measures["jargon_score"])
        charts.append(
            f'<div class="chart">Jargon score: <b>{value:.1f}</b> (100: every word is common)'
            f"{_bar([('reader', value / 100)])}</div>"
        )
    if "words" in measures:
        acronyms = measures.get("acronyms_undefined", 0)
        charts.append(
            f'<div class="chart">{_e(measures["words"])} words · {_e(acronyms)} undefined '
            "acronyms</div>"
        )
    return f'<div class="measures">{"".join(charts)}</div>\n' if charts else ""
