"""`jargonlint test PACK...`: a user's pack's examples, pass/fail per example, exit codes."""

from __future__ import annotations

import io
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from jargonlint.cli import main
from jargonlint.pack_test import ExampleCase, ExampleRunner, pack_rules, run_pack_tests
from jargonlint.packs.model import Example

PACK = """\
pack: house-style
rules:
  - code: HS101
    name: say-shop
    kind: phrase
    category: plain-words
    level: warning
    message: "We say “shop”, not “{match}”."
    explanation: Our customers call it a shop.
    terms:
      - phrase: retail outlet
        replace: [shop]
        safe: true
    examples:
      bad:
        - Visit our retail outlet on Main Street.
        - text: The retail outlet opens at nine.
          match: retail outlet
      good:
        - Visit our shop on Main Street.
"""


def write_pack(tmp_path: Path, text: str = PACK) -> Path:
    path = tmp_path / "house.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_a_passing_pack_prints_each_example_and_exits_0(tmp_path: Path, capsys) -> None:
    assert main(["test", str(write_pack(tmp_path))]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("PASS HS101-bad-0: “Visit our retail outlet on Main Street.”")
    assert "“retail outlet” at 1:11" in out[0]
    assert out[2] == "PASS HS101-good-0: “Visit our shop on Main Street.” → not flagged"
    assert out[-1] == "3 passed, 0 failed (1 rule)"  # only the pack's rules, not the shipped ones


def test_a_failing_example_says_what_was_and_was_not_found(tmp_path: Path, capsys) -> None:
    broken = PACK.replace(
        "        - Visit our shop on Main Street.",
        "        - Visit our retail outlet today.\n        - Open every day.",
    ).replace("match: retail outlet", "match: opens")
    assert main(["test", str(write_pack(tmp_path, broken))]) == 1
    out = capsys.readouterr().out
    assert "FAIL HS101-bad-1" in out
    assert "expected it to cover “opens”" in out
    assert "FAIL HS101-good-0: “Visit our retail outlet today.”" in out
    assert "flagged “retail outlet” at 1:11; expected no finding" in out
    assert "PASS HS101-good-1" in out
    assert out.splitlines()[-1] == "2 passed, 2 failed (1 rule)"


def test_quiet_prints_only_failures_and_totals(tmp_path: Path, capsys) -> None:
    assert main(["test", "-q", str(write_pack(tmp_path))]) == 0
    assert capsys.readouterr().out == "3 passed, 0 failed (1 rule)\n"


def test_a_folder_of_packs_and_a_bad_pack(tmp_path: Path, capsys) -> None:
    write_pack(tmp_path)
    assert main(["test", str(tmp_path)]) == 0
    capsys.readouterr()
    (tmp_path / "broken.yaml").write_text("pack: broken\nrules: []\n", encoding="utf-8")
    assert main(["test", str(tmp_path / "broken.yaml")]) == 2
    err = capsys.readouterr().err
    assert "broken.yaml" in err and "Traceback" not in err
    assert main(["test", str(tmp_path / "missing.yaml")]) == 2


def test_without_packs_it_runs_the_shipped_rules() -> None:
    _, rules = pack_rules([])
    assert {rule.code for rule in rules} >= {"JL101", "JL501", "JL701"}


@dataclass(frozen=True)
class ExampleWithExpectations(Example):
    """An example that states the safe fix and the rewrite it expects."""

    fix: str | None = None
    rewrite: str | None = None


@pytest.mark.parametrize(
    ("fix", "passed"),
    [("Visit our shop on Main Street.", True), ("Visit our store on Main Street.", False)],
)
def test_an_expected_fix_is_checked(tmp_path: Path, fix: str, passed: bool) -> None:
    catalog, [rule] = pack_rules([str(write_pack(tmp_path))])
    example = ExampleWithExpectations("Visit our retail outlet on Main Street.", fix=fix)
    result = ExampleRunner(catalog).run(ExampleCase(rule, example, True, 0))
    assert result.passed is passed
    if not passed:
        assert "safe fix gives “Visit our shop on Main Street.”" in result.problem


def test_an_expected_rewrite_is_checked() -> None:
    catalog, rules = pack_rules([])
    [rule] = [r for r in rules if r.code == "JL501"]
    text = "Our platform enables small bakeries to take orders online."
    example = ExampleWithExpectations(text, rewrite="A sentence the tool never writes.")
    result = ExampleRunner(catalog).run(ExampleCase(rule, example, True, 0))
    assert not result.passed
    assert "expected “A sentence the tool never writes.”" in result.problem


def test_run_pack_tests_reports_through_the_stream(tmp_path: Path) -> None:
    out = io.StringIO()
    assert run_pack_tests([str(write_pack(tmp_path))], out, verbose=False)
    assert out.getvalue() == "3 passed, 0 failed (1 rule)\n"
