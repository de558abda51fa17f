"""Rule documentation from the rules themselves: `rules`, `explain`, and the README table."""

from __future__ import annotations

import json
import textwrap

from .packs.catalog import Catalog
from .packs.model import Example, Rule
from .packs.selection import select_rules


def rule_summary(rule: Rule, active: bool = True) -> dict:
    """Return the short description of a rule (for listings)."""
    return {
        "code": rule.code,
        "name": rule.name,
        "category": rule.category,
        "level": rule.level,
        "kind": rule.kind,
        "pack": rule.pack,
        "active": active,
    }


def rules_listing(catalog: Catalog, config, output_format: str, show_all: bool) -> str:
    """Return the list of rules as an aligned table or JSON."""
    active = {r.code: r for r in select_rules(catalog, config)}
    rows = [
        rule_summary(active.get(r.code, r), r.code in active)
        for r in catalog.rules
        if show_all or r.code in active
    ]
    if output_format == "json":
        return json.dumps({"version": 1, "rules": rows}, indent=2) + "\n"
    header = ("code", "name", "category", "level", "pack")
    table = [header] + [tuple(str(row[k]) for k in header) for row in rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in table
    ]
    return "\n".join(lines) + "\n"


def _example_text(example: Example) -> str:
    context = [
        f"{k}: {v}" for k, v in (("audience", example.audience), ("reach", example.reach)) if v
    ]
    text = example.text.rstrip("\n").replace("\n", "\n    ")  # keep multi-line examples indented
    return text + (f"  ({', '.join(context)})" if context else "")


def explain_rule(rule: Rule, output_format: str = "text") -> str:
    """Return a rule's documentation: what, why, instead, and its examples."""
    if output_format == "json":
        data = rule_summary(rule) | {
            "message": rule.message,
            "explanation": rule.explanation,
            "audiences": list(rule.audiences),
            "examples": {"bad": [e.text for e in rule.bad], "good": [e.text for e in rule.good]},
        }
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    lines = [f"{rule.code} {rule.name}  ({rule.category}, {rule.level}; pack {rule.pack})", ""]
    for paragraph in rule.explanation.split("\n\n"):
        lines += textwrap.wrap(" ".join(paragraph.split()), width=88) + [""]
    if rule.audiences:
        lines += [f"Applies to readers: {', '.join(rule.audiences)}", ""]
    lines.append("Flagged:")
    lines += [f"  ✗ {_example_text(e)}" for e in rule.bad]
    lines += ["", "Not flagged:"]
    lines += [f"  ✓ {_example_text(e)}" for e in rule.good]
    return "\n".join(lines) + "\n"


def markdown_rule_table(catalog: Catalog) -> str:
    """Return the README's rule table (Markdown), generated from the packs."""
    lines = ["| code | name | category | level | what it flags |", "|---|---|---|---|---|"]
    for rule in catalog.rules:
        first = " ".join(rule.explanation.split("\n\n")[0].split())
        sentence = first.split(". ")[0].rstrip(".") + "."
        lines.append(f"| {rule.code} | {rule.name} | {rule.category} | {rule.level} | {sentence} |")
    return "\n".join(lines) + "\n"
