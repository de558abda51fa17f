"""`--fix --diff` previews the fixes as a unified diff; `--fix -` prints the fixed text."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from jargonlint.cli import main

WORDY = "# Visit\n\nPlease utilize the side door in order to reach us.\n"
FIXED = "# Visit\n\nPlease use the side door to reach us.\n"
DIFF = """--- a/page.md
+++ b/page.md
@@ -1,3 +1,3 @@
 # Visit
 \n-Please utilize the side door in order to reach us.
+Please use the side door to reach us.
"""


@pytest.fixture
def page(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "page.md"
    path.write_text(WORDY, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "args",
    [["--fix", "--diff", "page.md"], ["--diff", "--fix", "page.md"], ["page.md", "--diff"]],
    ids=["fix-diff-path", "diff-fix-path", "diff-alone"],
)
def test_fix_diff_prints_a_unified_diff_and_writes_nothing(page, capsys, args):
    code = main(args)
    captured = capsys.readouterr()
    assert page.read_text(encoding="utf-8") == WORDY
    assert captured.out == DIFF
    assert "would apply 2 safe fixes in 1 file (nothing written)" in captured.err
    assert code == 1


def test_fix_diff_with_nothing_to_fix_prints_nothing_and_exits_0(page, capsys):
    page.write_text("Your car is ready.\n", encoding="utf-8")
    assert main(["--fix", "--diff", "page.md"]) == 0
    assert capsys.readouterr().out == ""


def test_the_preview_matches_what_fix_then_writes(page, capsys):
    main(["--fix", "--diff", "page.md"])
    preview = capsys.readouterr().out
    main(["--fix", "page.md"])
    assert page.read_text(encoding="utf-8") == FIXED
    assert "+Please use the side door to reach us." in preview


class Stdin:
    def __init__(self, data: bytes):
        self.buffer = io.BytesIO(data)


def test_fix_on_standard_input_prints_the_fixed_text_and_reports_the_rest_on_stderr(
    page, capsys, monkeypatch
):
    text = "Please utilize the door. Our platform leverages AI.\n"
    monkeypatch.setattr(sys, "stdin", Stdin(text.encode("utf-8")))
    code = main(["--fix", "--stdin-filename", "page.md", "-"])
    captured = capsys.readouterr()
    assert captured.out == "Please use the door. Our platform leverages AI.\n"
    assert "page.md:1:8: utilize → use" in captured.err
    assert "JL201 [warning]" in captured.err  # what is left, at its new place
    assert page.read_text(encoding="utf-8") == WORDY  # the named file is not touched
    assert code == 1


def test_fix_diff_on_standard_input_prints_the_diff(page, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", Stdin(b"Please utilize the door.\n"))
    assert main(["--fix", "--diff", "-"]) == 1
    out = capsys.readouterr().out
    assert "-Please utilize the door.\n+Please use the door.\n" in out
