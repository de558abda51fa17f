"""The README's rule table is generated from the packs and must be current."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_readme_rule_table_is_current():
    spec = importlib.util.spec_from_file_location("gen", ROOT / "scripts" / "gen_rule_table.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = (ROOT / "README.md").read_text("utf-8")
    assert "<!-- rules:start -->" in text
    assert module.updated_readme(text) == text, "run: python scripts/gen_rule_table.py"


def test_readme_first_screen_gives_the_two_commands():
    first_screen = "\n".join((ROOT / "README.md").read_text("utf-8").splitlines()[:30])
    assert "pip install . && jargonlint examples/landing.md" in first_screen
    assert 'pip install ".[test]" && python -m pytest' in first_screen
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert 'pip install ".[test]" && python -m pytest' in ci
