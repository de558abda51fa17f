"""Regenerate the rule table in README.md from the shipped packs (or --check it is current)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from jargonlint.packs.catalog import load_catalog
from jargonlint.rule_docs import markdown_rule_table

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCK = re.compile(r"(<!-- rules:start -->\n).*?(<!-- rules:end -->)", re.S)


def updated_readme(text: str) -> str:
    """Return the README text with a freshly generated rule table."""
    table = markdown_rule_table(load_catalog())
    return BLOCK.sub(lambda m: m.group(1) + table + m.group(2), text)


def main() -> int:
    """Write the table, or with --check exit 1 when the README's table is stale."""
    text = README.read_text("utf-8")
    new = updated_readme(text)
    if "--check" in sys.argv:
        if new != text:
            print("README.md rule table is stale: run python scripts/gen_rule_table.py")
            return 1
        return 0
    README.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
