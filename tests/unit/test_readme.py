"""The rule docs (README table, docs/rules.md) are generated from the packs and must be current."""

from __future__ import annotations

from pathlib import Path

from ..conftest import load_script

ROOT = Path(__file__).resolve().parents[2]


def generator():
    return load_script("gen_rule_docs")


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


def test_readme_first_screen_sample_is_what_jargonlint_prints(capsys, monkeypatch):
    """Each line of the sample output (up to a trailing "…") is in today's real output."""
    import re

    from jargonlint.cli import main

    text = (ROOT / "README.md").read_text("utf-8")
    sample = text[text.index("```text\n") + 8 :]
    sample = sample[: sample.index("```")].splitlines()
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("NO_COLOR", "1")
    main(["examples/landing.md"])
    real = capsys.readouterr().out.splitlines()
    elapsed = re.compile(r"\(\d+\.\d+s\)$")
    position = 0
    for line in sample:
        if line == "…":
            continue
        wanted = elapsed.sub("(s)", line)
        found = [
            i
            for i in range(position, len(real))
            if elapsed.sub("(s)", real[i]) == wanted
            or (wanted.endswith(" …") and real[i].startswith(wanted[:-1]))
        ]
        assert found, f"not in the real output (in this order): {line}"
        position = found[0] + 1
    assert "[warning]" in sample[0]


def test_install_instructions_point_at_no_tag_that_does_not_exist():
    """No release is tagged: README, hook comment and example tell how to pin a commit."""
    import re
    import subprocess

    tags = subprocess.run(
        ["git", "tag"], cwd=ROOT, capture_output=True, text=True, check=False
    ).stdout.split()
    texts = {
        name: (ROOT / name).read_text("utf-8")
        for name in ("README.md", ".pre-commit-hooks.yaml", "examples/github-workflow.yml")
    }
    for name, text in texts.items():
        for ref in re.findall(r"(?:rev:\s*|jargonlint/jargonlint@)([\w.<>-]+)", text):
            assert ref in ("<commit-sha>", "main") or ref in tags, f"{name}: {ref}"
    assert "git ls-remote https://github.com/jargonlint/jargonlint main" in texts["README.md"]
    assert "40-character SHA" in texts[".pre-commit-hooks.yaml"]


def test_readme_measures_table_matches_the_measures_documented_in_code():
    from jargonlint.measure_docs import MEASURES

    text = (ROOT / "README.md").read_text("utf-8")
    for key, measure in MEASURES.items():
        row = f"| `{key}` | {measure.label} | {measure.scale} | {measure.better or '(a count)'} |"
        assert row in text, row
