"""Measure gates: config keys and flags, one document-level finding per failed gate."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from jargonlint.cli import main
from jargonlint.config import Config, load_config
from jargonlint.errors import ConfigError
from jargonlint.gates import GATE_CODE, GATES
from jargonlint.reporters import reporter_classes

from ..conftest import lint_text

# Three buzzwords in eleven words, and nobody but the product does anything.
BUZZY = "Our platform leverages synergy to streamline seamless workflows for teams.\n"
# The reader is the subject of every sentence; no buzzword.
PLAIN = "You book a repair in two minutes. You get a text when the car is ready.\n"


def gate_findings(text: str, **limits):
    return [f for f in lint_text(text, **limits) if f.code == GATE_CODE]


def test_every_gate_is_a_config_key_and_a_config_field() -> None:
    for gate in GATES:
        assert hasattr(Config(), gate.attribute)
        assert getattr(Config(), gate.attribute) is None  # off unless set


def test_max_gate_fails_a_page_above_the_limit_with_figure_and_limit() -> None:
    [finding] = gate_findings(BUZZY, max_buzzwords_per_100_words=2)
    assert (finding.line, finding.column, finding.level) == (1, 1, "error")
    assert finding.category == "measure"
    assert "above the maximum 2" in finding.message
    assert "max-buzzwords-per-100-words" in finding.message
    figure = finding.message.split(" is ")[1].split(",")[0]
    assert float(figure) > 2
    assert finding.suggestions and finding.suggestions[0].kind == "advice"


def test_max_gate_passes_a_page_at_or_below_the_limit() -> None:
    assert gate_findings(PLAIN, max_buzzwords_per_100_words=0) == []


def test_min_gates_fail_below_and_pass_above() -> None:
    [share] = gate_findings(BUZZY, min_reader_hero_share=0.5)
    assert "below the minimum 50%" in share.message and "is 0%" in share.message
    assert gate_findings(PLAIN, min_reader_hero_share=0.5) == []
    [score] = gate_findings(BUZZY, min_jargon_score=99.5)
    assert "min-jargon-score" in score.message
    assert gate_findings(PLAIN, min_jargon_score=50) == []


def test_several_gates_give_several_findings_on_the_first_line() -> None:
    found = gate_findings(
        BUZZY, max_buzzwords_per_100_words=1, min_reader_hero_share=0.9, max_tech_hero_share=0.1
    )
    assert len(found) == 3
    assert {f.line for f in found} == {1}


def test_a_page_without_prose_is_not_judged() -> None:
    assert gate_findings("```\ncode only\n```\n", fmt="markdown", min_jargon_score=99) == []


def test_a_measure_the_run_did_not_compute_is_not_judged() -> None:
    # With the hero rules off, there are no hero shares to compare.
    found = gate_findings(BUZZY, ignore=("tech-hero", "company-centric"), min_reader_hero_share=1)
    assert found == []


def test_config_file_keys_are_validated(tmp_path: Path) -> None:
    (tmp_path / ".jargonlint.yaml").write_text(
        "max-buzzwords-per-100-words: 1.5\nmin-reader-hero-share: 0.4\n", encoding="utf-8"
    )
    config = load_config(cwd=tmp_path)
    assert config.max_buzzwords_per_100_words == 1.5
    assert config.min_reader_hero_share == 0.4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("min-reader-hero-share: 1.5\n", "expected a number from 0 to 1, got number 1.5"),
        ("max-buzzwords-per-100-words: -1\n", "expected a number >= 0"),
        ("min-jargon-score: high\n", "got string 'high'"),
        ("min-jargon-score: true\n", "got boolean true"),
        ("max-jargon-score: 20\n", "use min-jargon-score"),
    ],
)
def test_bad_gate_values_name_the_line_and_the_rule(tmp_path: Path, text, expected) -> None:
    (tmp_path / ".jargonlint.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(cwd=tmp_path)
    assert ".jargonlint.yaml:1:" in str(caught.value)
    assert expected in str(caught.value)


def test_flags_override_the_config_and_fail_the_run(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.txt").write_text(BUZZY, encoding="utf-8")
    (tmp_path / ".jargonlint.yaml").write_text(
        textwrap.dedent("""\
            max-buzzwords-per-100-words: 100
            select: [JL201]
            """),
        encoding="utf-8",
    )
    assert main(["page.txt", "--format", "json"]) == 1  # the buzzword itself is a warning
    out = json.loads(capsys.readouterr().out)
    assert GATE_CODE not in [f["code"] for f in out["files"][0]["findings"]]
    code = main(["page.txt", "--format", "json", "--max-buzzwords-per-100-words", "1"])
    out = json.loads(capsys.readouterr().out)
    gates = [f for f in out["files"][0]["findings"] if f["code"] == GATE_CODE]
    assert code == 1 and len(gates) == 1
    assert gates[0]["level"] == "error" and gates[0]["category"] == "measure"


def test_bad_flag_value_exits_2_with_one_line(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.txt").write_text(PLAIN, encoding="utf-8")
    assert main(["page.txt", "--min-reader-hero-share", "7"]) == 2
    err = capsys.readouterr().err
    assert "--min-reader-hero-share: expected a number from 0 to 1" in err
    assert "Traceback" not in err


def test_the_readme_example_output_is_what_the_tool_prints(capsys) -> None:
    root = Path(__file__).resolve().parents[2]
    readme = (root / "README.md").read_text(encoding="utf-8")
    shown = [
        line for line in readme.splitlines() if line.startswith("examples/landing.md:1:1: JL900")
    ]
    assert len(shown) == 2
    main(
        [
            "--max-buzzwords-per-100-words",
            "2",
            "--min-reader-hero-share",
            "0.3",
            str(root / "examples" / "landing.md"),
        ]
    )
    printed = capsys.readouterr().out.replace(str(root / "examples"), "examples")
    for line in shown:
        assert line in printed


def test_explain_describes_the_gate_rule(capsys) -> None:
    assert main(["explain", "JL900"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("JL900 measure-gate  (measure, error")
    assert "max-buzzwords-per-100-words: 2" in out


def test_sarif_lists_the_gate_rule_with_its_documentation(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.txt").write_text(BUZZY, encoding="utf-8")
    main(["page.txt", "--format", "sarif", "--max-buzzwords-per-100-words", "1"])
    run = json.loads(capsys.readouterr().out)["runs"][0]
    [rule] = [r for r in run["tool"]["driver"]["rules"] if r["id"] == GATE_CODE]
    assert rule["helpUri"].endswith("#gates-on-document-measures")
    assert "past the limit" in rule["fullDescription"]["text"]


@pytest.mark.parametrize("fmt", sorted(reporter_classes()))
def test_every_format_reports_the_figure_and_the_limit(tmp_path, monkeypatch, capsys, fmt):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    (tmp_path / "page.txt").write_text(BUZZY, encoding="utf-8")
    code = main(["page.txt", "--format", fmt, "--max-buzzwords-per-100-words", "1.5"])
    out = capsys.readouterr().out
    assert code == 1
    assert "above the maximum 1.5 (max-buzzwords-per-100-words)" in out
