"""Golden CLI output: the text report for a fixed document, compared line by line.

Regenerate after an intended change with: JARGONLINT_UPDATE_GOLDEN=1 python -m pytest tests/golden
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from jargonlint.cli import main

CASES = Path(__file__).parent / "cases"
ELAPSED = re.compile(r"\(\d+\.\d+s\)$", re.MULTILINE)


@pytest.mark.parametrize("case", sorted(CASES.glob("*.md")), ids=lambda p: p.stem)
def test_text_report_matches_golden(case: Path, capsys, monkeypatch):
    monkeypatch.chdir(CASES)
    monkeypatch.setenv("NO_COLOR", "1")
    code = main(["--select", "plain-words,JL001", case.name])
    out = ELAPSED.sub("(elapsed)", capsys.readouterr().out.rstrip("\n"))
    golden = case.with_suffix(".txt")
    if os.environ.get("JARGONLINT_UPDATE_GOLDEN"):
        golden.write_text(out + "\n", encoding="utf-8")
    assert code == 1
    assert out.splitlines() == golden.read_text("utf-8").rstrip("\n").splitlines()
