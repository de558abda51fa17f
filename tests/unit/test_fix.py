"""`--fix`: only safe replacements, exact spans, the file's bytes otherwise as they were."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jargonlint.cli import main


@pytest.fixture
def folder(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_fix_applies_safe_replacements_and_keeps_bom_crlf_and_markup(folder, capsys):
    page = folder / "page.md"
    page.write_bytes(
        b"\xef\xbb\xbfPlease utilize the door in order to reach us.\r\n"
        b"We will *utilize* it prior to noon.\r\n"
    )
    code = main(["--fix", "--select", "plain-words", "page.md"])
    captured = capsys.readouterr()
    assert page.read_bytes() == (
        b"\xef\xbb\xbfPlease use the door to reach us.\r\nWe will *use* it before noon.\r\n"
    )
    assert "applied 4 safe fixes in 1 file" in captured.err
    assert code == 0


def test_unsafe_suggestions_and_spans_with_markup_inside_are_left_alone(folder, capsys):
    page = folder / "page.md"
    text = "Salons leverage our vans. Call us in **order** to book.\n"
    page.write_text(text, encoding="utf-8")
    code = main(["--fix", "--format", "json", "page.md"])
    data = json.loads(capsys.readouterr().out)
    assert page.read_text(encoding="utf-8") == text
    assert code == 1 and data["files"][0]["findings"]


def test_remaining_findings_are_reported_at_their_new_positions(folder, capsys):
    page = folder / "page.md"
    page.write_text("In order to book, salons leverage our vans.\n", encoding="utf-8")
    main(["--fix", "--format", "json", "--select", "JL102,JL201", "page.md"])
    findings = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    assert page.read_text(encoding="utf-8") == "To book, salons leverage our vans.\n"
    assert [(f["code"], f["column"]) for f in findings] == [("JL201", 17)]


def test_fix_twice_changes_nothing_the_second_time(folder, capsys):
    page = folder / "page.md"
    page.write_text("Please utilize the door.\n", encoding="utf-8")
    main(["--fix", "page.md"])
    once = page.read_bytes()
    main(["--fix", "page.md"])
    assert page.read_bytes() == once
    assert "applied 0 safe fixes" in capsys.readouterr().err


def test_fix_with_standard_input_takes_no_other_paths(folder, capsys):
    (folder / "page.md").write_text("Hello.\n", encoding="utf-8")
    assert main(["--fix", "-", "page.md"]) == 2
    assert "standard input" in capsys.readouterr().err
