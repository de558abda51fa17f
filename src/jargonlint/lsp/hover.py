"""Hover text for the findings under the cursor: the rule, its reason, and what to write."""

from __future__ import annotations

from ..findings import Finding
from ..gates import GATE_CODE, GATE_EXPLANATION
from ..packs.model import Rule
from ..rule_docs import explanation_paragraphs
from .convert import help_link


def findings_at(findings: list[Finding], offset: int) -> list[Finding]:
    """Return the findings whose span holds the offset (an empty span holds its start)."""
    return [
        f
        for f in findings
        if f.offset <= offset < f.end_offset or f.offset == f.end_offset == offset
    ]


def _suggestion_lines(finding: Finding) -> list[str]:
    lines = []
    replacements = [
        f"**{s.text}**" + (" (safe)" if s.safe else "")
        for s in finding.suggestions
        if s.kind == "replace"
    ]
    if replacements:
        lines.append("Try: " + ", ".join(replacements))
    for s in finding.suggestions:
        if s.kind == "rewrite":
            lines.append(f"Rewrite: “{finding.context or finding.match}” → **{s.text}**")
        elif s.kind == "advice":
            lines.append(f"Ask: {s.text}")
    return lines


def hover_markdown(finding: Finding, rules: dict[str, Rule]) -> str:
    """Return the Markdown shown when hovering one finding."""
    rule = rules.get(finding.code)
    head = f"**{finding.code} {finding.name}** · {finding.category} · {finding.level}"
    parts = [head, finding.message]
    parts += _suggestion_lines(finding)
    if finding.code == GATE_CODE:
        parts.append(GATE_EXPLANATION)
    elif rule is not None and explanation_paragraphs(rule):
        parts.append(explanation_paragraphs(rule)[0])
    link = help_link(finding, rules)
    if link:
        parts.append(f"[{finding.code} in the rule docs]({link})")
    return "\n\n".join(parts)
