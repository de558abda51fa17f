"""Regenerate the rule docs from the shipped packs: README's table and docs/rules.md.

Usage: python scripts/gen_rule_docs.py [--check]   (--check: exit 1 when either is stale)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from jargonlint.packs.catalog import load_catalog
from jargonlint.rule_docs import markdown_rule_table, markdown_rules_document

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
RULES_DOC = ROOT / "docs" / "rules.md"
BLOCK = re.compile(r"(<!-- rules:start -->\n).*?(<!-- rules:end -->)", re.S)


def updated_readme(text: str) -> str:
    """Return the README text with a freshly generated rule table."""
    table = markdown_rule_table(load_catalog())
    return BLOCK.sub(lambda m: m.group(1) + table + m.group(2), text)


def rules_document() -> str:
    """Return the text docs/rules.md should have."""
    return markdown_rules_document(load_catalog())


def main() -> int:
    """Write the docs, or with --check exit 1 when they are stale."""
    readme = README.read_text("utf-8")
    wanted = {README: updated_readme(readme), RULES_DOC: rules_document()}
    stale = [p for p, text in wanted.items() if not p.exists() or p.read_text("utf-8") != text]
    if "--check" in sys.argv:
        for path in stale:
            print(f"{path.relative_to(ROOT)} is stale: run python scripts/gen_rule_docs.py")
        return 1 if stale else 0
    for path in stale:
        path.write_text(wanted[path], encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
