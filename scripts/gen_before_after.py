"""Regenerate the README's "Before and after" table from what jargonlint says about each example.

Usage: python scripts/gen_before_after.py [--check]   (--check: exit 1 when the table is stale)

Each example is linted in-process with the shipped rules and the default configuration (plus
the overrides it names); the table shows every finding's code and name and its one suggestion,
so the README can only promise what the tool does.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from jargonlint.config import Config
from jargonlint.document.reader import read_document
from jargonlint.engine import Linter
from jargonlint.packs.catalog import load_catalog

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
BLOCK = re.compile(r"(<!-- before-after:start -->\n).*?(<!-- before-after:end -->)", re.S)
EXAMPLES: tuple[tuple[str, dict], ...] = (
    ("Our platform enables small bakeries to take orders online.", {}),
    ("Our engine optimizes routes so drivers save 40 minutes a day.", {}),
    ("Our cutting-edge engine optimizes your rotas so nurses work fewer night shifts.", {}),
    ("Our award-winning app enables bakers to take orders online.", {}),
    ("Our app analyzes your bills, helping families spend less on energy.", {}),
    ("The platform offers real-time insights into your stock.", {}),
    ("The software gives you the ability to track every parcel.", {}),
    ("We are proud to offer free delivery on orders over 30 euros.", {}),
    ("We're thrilled to announce our new loyalty card.", {}),
    ("We are excited to offer a new pottery class for beginners.", {}),
    ("Enjoy unmatched comfort in every room.", {}),
    ("Our app analyzes your invoices to flag late payers.", {}),
    ("We are the industry-leading provider of payroll software.", {}),
    ("Please utilize the side door in order to reach the workshop.", {}),
    ("Move your data center to the cloud to serve customers worldwide.", {"reach": "local"}),
)
"""(sentence, config overrides): written for the README, none from the dev set."""
STYLE = {"rewrite": "**{}**", "replace": "**{}**", "advice": "*{}*"}


def rows() -> list[tuple[str, str, str]]:
    """Return (before, findings, suggestions) for each example, as the tool reports them."""
    catalog = load_catalog()
    found = []
    for sentence, overrides in EXAMPLES:
        config = Config().with_overrides(**overrides) if overrides else Config()
        document = read_document("example.txt", data=sentence.encode("utf-8"), fmt="text")
        findings = Linter.from_catalog(catalog, config).lint([document])[0].findings
        before = sentence + "".join(f" (`{k}: {v}`)" for k, v in overrides.items())
        names = ", ".join(f"{f.code} {f.name}" for f in findings)
        found.append((before, names, "; ".join(_suggestion(f) for f in findings)))
    return found


def _suggestion(finding) -> str:
    """Return a finding's suggestion as the table shows it: its kind, then its text."""
    if not finding.suggestions:
        return "none"
    first = finding.suggestions[0]
    text = STYLE[first.kind].format(first.text.replace("|", "\\|"))
    safe = " (safe)" if first.safe else ""
    return f"{finding.code} {first.kind}: {text}{safe}"


def table() -> str:
    """Return the Markdown table of the examples."""
    lines = ["| before | findings | suggestion (one per finding) |", "|---|---|---|"]
    lines += [f"| {before} | {names} | {suggestions} |" for before, names, suggestions in rows()]
    return "\n".join(lines) + "\n"


def updated_readme(text: str) -> str:
    """Return the README text with a freshly generated before-and-after table."""
    fresh = table()
    return BLOCK.sub(lambda m: m.group(1) + fresh + m.group(2), text)


def main() -> int:
    """Write the table into the README, or with --check exit 1 when it is stale."""
    readme = README.read_text("utf-8")
    wanted = updated_readme(readme)
    if "--check" in sys.argv:
        if wanted != readme:
            print("README.md's before-and-after table is stale: run scripts/gen_before_after.py")
            return 1
        return 0
    README.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
