"""Rule documentation from the rules themselves: `rules`, `explain`, and the README table."""

from __future__ import annotations

import json
import textwrap
from typing import TYPE_CHECKING

from .config import Config
from .gates import GATE_CODE, GATE_HELP_URI
from .packs.model import Example, Rule
from .packs.selection import select_rules

if TYPE_CHECKING:  # the catalogue's loader (jsonschema, yaml) stays out of every report's start
    from .packs.catalog import Catalog


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


def rules_listing(catalog: Catalog, config: Config, output_format: str, show_all: bool) -> str:
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


RULES_DOC = "docs/rules.md"
PROJECT_URI = "https://github.com/jargonlint/jargonlint"


def explanation_paragraphs(rule: Rule) -> list[str]:
    """Return the rule's explanation as paragraphs, each on one line."""
    return [" ".join(p.split()) for p in rule.explanation.strip().split("\n\n") if p.strip()]


def summary_sentence(rule: Rule) -> str:
    """Return the first sentence of the rule's explanation (what it flags)."""
    paragraphs = explanation_paragraphs(rule)
    if not paragraphs:
        return rule.name
    first = paragraphs[0]
    end = first.find(". ")
    return first if end < 0 else first[: end + 1]


def rule_anchor(rule: Rule) -> str:
    """Return the anchor of the rule's heading in docs/rules.md (as GitHub renders it)."""
    return f"{rule.code.lower()}-{rule.name}"


def rule_help_uri(rule: Rule) -> str:
    """Return the web address of the rule's documentation."""
    if rule.code == GATE_CODE:  # not a pack rule: documented in the README
        return GATE_HELP_URI
    return f"{PROJECT_URI}/blob/main/{RULES_DOC}#{rule_anchor(rule)}"


def markdown_rule_table(catalog: Catalog) -> str:
    """Return the README's rule table (Markdown), generated from the packs."""
    lines = ["| code | name | category | level | what it flags |", "|---|---|---|---|---|"]
    for rule in catalog.rules:
        link = f"[{rule.code}]({RULES_DOC}#{rule_anchor(rule)})"
        lines.append(
            f"| {link} | {rule.name} | {rule.category} | {rule.level} | {summary_sentence(rule)} |"
        )
    return "\n".join(lines) + "\n"


def markdown_rules_document(catalog: Catalog) -> str:
    """Return docs/rules.md: every rule's explanation and examples, grouped by pack."""
    lines = [
        "# jargonlint rules",
        "",
        "Generated from the rule packs in `rules/` by `python scripts/gen_rule_docs.py`; "
        "`jargonlint explain CODE` prints the same text.",
    ]
    pack = None
    for rule in sorted(catalog.rules, key=lambda r: (r.pack, r.code)):
        if rule.pack != pack:
            pack = rule.pack
            lines += ["", f"## Pack `{pack}`"]
        audiences = f"; readers: {', '.join(rule.audiences)}" if rule.audiences else ""
        lines += ["", f"### {rule.code} {rule.name}", ""]
        lines += [
            f"Category `{rule.category}`, level `{rule.level}`, kind `{rule.kind}`{audiences}."
        ]
        for paragraph in explanation_paragraphs(rule):
            lines += ["", paragraph]
        lines += ["", "Flagged:", ""]
        lines += [f"- ✗ {_example_markdown(e)}" for e in rule.bad]
        lines += ["", "Not flagged:", ""]
        lines += [f"- ✓ {_example_markdown(e)}" for e in rule.good]
    return "\n".join(lines) + "\n"


def _example_markdown(example: Example) -> str:
    text = " ⏎ ".join(line for line in example.text.strip("\n").split("\n"))
    context = [
        f"{k}: {v}" for k, v in (("audience", example.audience), ("reach", example.reach)) if v
    ]
    suffix = f" ({', '.join(context)})" if context else ""
    return f"`{text}`{suffix}" if "`" not in text else f"{text}{suffix}"
