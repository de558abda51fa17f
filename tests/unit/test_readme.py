"""The rule docs (README table, docs/rules.md) are generated from the packs and must be current."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def generator():
    spec = importlib.util.spec_from_file_location("gen", ROOT / "scripts" / "gen_rule_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_rule_table_is_current():
    text = (ROOT / "README.md").read_text("utf-8")
    assert "<!-- rules:start -->" in text
    assert generator().updated_readme(text) == text, "run: python scripts/gen_rule_docs.py"


def test_rules_document_is_current_and_has_an_anchor_per_rule():
    text = (ROOT / "docs" / "rules.md").read_text("utf-8")
    assert generator().rules_document() == text, "run: python scripts/gen_rule_docs.py"
    from jargonlint.packs.catalog import load_catalog

    for rule in load_catalog().rules:
        assert f"### {rule.code} {rule.name}\n" in text


def test_readme_first_screen_gives_the_two_commands():
    first_screen = "\n".join((ROOT / "README.md").read_text("utf-8").splitlines()[:30])
    assert "pip install . && jargonlint examples/landing.md" in first_screen
    assert 'pip install -e ".[test]" && python -m pytest' in first_screen


def test_ci_runs_the_readme_test_command_ruff_and_the_dev_name_check():
    """After its virtualenv is ready, CI runs exactly these commands."""
    lines = (ROOT / ".ci" / "run").read_text("utf-8").splitlines()
    after_venv = lines[lines.index("python -m pip install --quiet --upgrade pip") + 1 :]
    assert [line for line in after_venv if line.strip()] == [
        'pip install -e ".[test]" && python -m pytest',
        "ruff check src tests scripts benchmarks",
        "ruff format --check src tests scripts benchmarks",
        "python scripts/check_dev_names.py",
    ]
