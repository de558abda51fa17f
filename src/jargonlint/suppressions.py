"""Suppression comments: parse the directives, drop what they cover, report the unused ones.

The unused ones are reported by the rules of kind `unused-suppression` (JL001 in
rules/core.yaml): this module is their detector, run after every check.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .document.model import Comment, Document
from .findings import Finding, Suggestion, line_end, located_finding
from .packs.model import Rule

UNUSED_SUPPRESSION_KIND = "unused-suppression"
"""The rule kind this module reports: a directive that suppressed nothing."""

DIRECTIVE = re.compile(
    r"^\s*jargonlint-(disable-next-line|disable-file|disable|enable)\b\s*(.*?)\s*$", re.S
)


@dataclass
class Directive:
    """One suppression comment: what it does, to which rules, and whether it was needed."""

    action: str
    """disable | enable | disable-next-line | disable-file"""
    selectors: frozenset[str]
    """Codes (or rule names) it names, upper-cased codes; empty means every rule."""
    line: int
    end_line: int
    used: bool = field(default=False)

    def covers(self, finding: Finding) -> bool:
        """Return True when the directive names the finding's rule (or names none)."""
        return not self.selectors or bool(
            {finding.code.upper(), finding.name.upper(), finding.category.upper()} & self.selectors
        )


def parse_directives(comments: list[Comment]) -> list[Directive]:
    """Return the suppression directives found in a document's comments, in order."""
    directives = []
    for comment in comments:
        match = DIRECTIVE.match(comment.text)
        if not match:
            continue
        names = frozenset(
            part.strip().upper() for part in re.split(r"[,\s]+", match.group(2)) if part.strip()
        )
        directives.append(Directive(match.group(1), names, comment.line, comment.end_line))
    return directives


def _regions(directives: list[Directive], next_prose_line) -> list[tuple[Directive, int, float]]:
    """Return (directive, first line, last line) for every disabling directive."""
    regions: list[tuple[Directive, int, float]] = []
    open_regions: list[Directive] = []
    for directive in directives:
        if directive.action == "disable-file":
            regions.append((directive, 1, float("inf")))
        elif directive.action == "disable-next-line":
            line = next_prose_line(directive.end_line)
            regions.append((directive, line, line))
        elif directive.action == "disable":
            open_regions.append(directive)
        else:  # enable: closes the regions it names, or all of them
            still_open = []
            for region in open_regions:
                if (
                    not directive.selectors
                    or region.selectors & directive.selectors
                    or (not region.selectors)
                ):
                    regions.append((region, region.end_line, directive.line))
                else:
                    still_open.append(region)
            open_regions = still_open
    regions.extend((region, region.end_line, float("inf")) for region in open_regions)
    return regions


def apply_suppressions(
    findings: list[Finding], directives: list[Directive], next_prose_line
) -> list[Finding]:
    """Return the findings no directive covers; mark each directive that covered one as used.

    ``next_prose_line(line)`` gives the first line after ``line`` that holds prose, which is
    the line a disable-next-line directive applies to.
    """
    regions = _regions(directives, next_prose_line)
    kept = []
    for finding in findings:
        covering = [
            d for d, first, last in regions if first <= finding.line <= last and d.covers(finding)
        ]
        for directive in covering:
            directive.used = True
        if not covering:
            kept.append(finding)
    return kept


def unused_directives(directives: list[Directive]) -> list[Directive]:
    """Return the disabling directives that suppressed nothing."""
    return [d for d in directives if d.action != "enable" and not d.used]


def suppress(document: Document, findings: list[Finding], rules: Iterable[Rule]) -> list[Finding]:
    """Return the findings no suppression comment covers, in order, plus a finding of each
    active `unused-suppression` rule for every directive that suppressed nothing."""
    directives = parse_directives(document.comments)
    if not directives:
        return findings
    kept = apply_suppressions(findings, directives, next_prose_line(document))
    reporting = [rule for rule in rules if rule.kind == UNUSED_SUPPRESSION_KIND]
    if reporting:
        unused = unused_directives(directives)
        kept.extend(unused_finding(document, rule, d) for rule in reporting for d in unused)
        kept.sort(key=lambda f: f.sort_key)
    return kept


def unused_finding(document: Document, rule: Rule, directive: Directive) -> Finding:
    """Return the finding of ``rule`` for a directive that suppressed nothing (its whole line)."""
    start = document.lines.line_starts[directive.line - 1]
    end = line_end(document.text, start)
    names = ", ".join(sorted(directive.selectors)) or "all rules"
    message = rule.format_message(match=f"jargonlint-{directive.action} ({names})")
    advice = (Suggestion("remove this suppression comment", "advice", False),)
    return located_finding(document, rule, start, end, message, document.text[start:end], advice)


def next_prose_line(document: Document) -> Callable[[int], int]:
    """Return a function giving the first line after a given line that holds prose."""
    lines = sorted(
        {
            document.lines.line_of(block.source_map.source_offset(i))
            for block in document.blocks
            for i in range(0, len(block.text))
            if not block.text[i].isspace()
        }
    )

    def next_line(after: int) -> int:
        for line in lines:
            if line > after:
                return line
        return after + 1

    return next_line
