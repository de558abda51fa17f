"""Output that reads well everywhere: levels without colour, colour switches, concise format,
--statistics, --quiet, the --fix hint, measures on request, one word for info, wide carets."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from jargonlint.cli import main
from jargonlint.measure_docs import MEASURES
from jargonlint.reporters.text import TextReporter
from jargonlint.results import FileResult, RunResult
from jargonlint.terminal import color_enabled
from tests.conftest import make_finding

ROOT = Path(__file__).resolve().parents[2]
WORDY = "Please utilize the side door in order to reach the workshop.\n"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture
def page(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    (tmp_path / "page.md").write_text(WORDY, encoding="utf-8")
    return tmp_path / "page.md"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_text_shows_each_findings_level_in_words_without_colour(page, capsys):
    code, out, _ = run(capsys, "--select", "JL101", "page.md")
    assert code == 1 and not ANSI.search(out)
    assert out.splitlines()[0] == (
        "page.md:1:8: JL101 [warning] “utilize” is a formal word for “use”. [pompous-verb]"
    )


class Stream(io.StringIO):
    def __init__(self, tty: bool):
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(
    ("choice", "tty", "environ", "expected"),
    [
        ("auto", True, {}, True),
        ("auto", False, {}, False),
        ("auto", True, {"NO_COLOR": ""}, True),  # an empty NO_COLOR is ignored (no-color.org)
        ("auto", True, {"NO_COLOR": "1"}, False),
        ("auto", False, {"FORCE_COLOR": "1"}, True),
        ("auto", False, {"FORCE_COLOR": "0"}, False),
        ("auto", True, {"TERM": "dumb"}, False),
        ("always", False, {"NO_COLOR": "1"}, True),
        ("never", True, {"FORCE_COLOR": "1"}, False),
    ],
)
def test_colour_follows_the_flag_then_no_color_then_force_color_then_the_terminal(
    choice, tty, environ, expected
):
    assert color_enabled(choice, Stream(tty), environ) is expected


def test_color_flag_and_force_color_colour_a_pipe(page, capsys, monkeypatch):
    assert ANSI.search(run(capsys, "--color", "always", "page.md")[1])
    assert not ANSI.search(run(capsys, "page.md")[1])
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert ANSI.search(run(capsys, "page.md")[1])
    assert not ANSI.search(run(capsys, "--color", "never", "page.md")[1])


def test_concise_format_is_one_line_per_finding(page, capsys):
    code, out, _ = run(capsys, "--format", "concise", "--select", "plain-words", "page.md")
    lines = out.splitlines()
    assert code == 1
    assert lines[:2] == [
        "page.md:1:8: JL101 [warning] “utilize” is a formal word for “use”.",
        "page.md:1:30: JL102 [warning] “in order to” is a long way to say “to”.",
    ]
    assert lines[2].startswith("0 errors, 2 warnings, 0 info in 1 file")


def test_statistics_count_findings_per_rule_with_what_fix_would_change(page, capsys):
    (page.parent / "more.md").write_text("We utilize vans. Salons leverage tools.\n", "utf-8")
    code, out, _ = run(capsys, "--statistics", "--select", "JL101,JL201", "page.md", "more.md")
    lines = out.splitlines()
    assert code == 1
    assert re.fullmatch(r"2  JL101  pompous-verb   \[warning\]  \(2 fixable\)", lines[0])
    assert re.fullmatch(r"1  JL201  buzzword-verb  \[warning\]", lines[1])
    assert "page.md:" not in out
    data = json.loads(run(capsys, "--statistics", "--format", "json", "page.md")[1])
    assert {"code": "JL101", "name": "pompous-verb", "level": "warning", "count": 1,
            "fixable": 1} in data  # fmt: skip


def test_quiet_prints_the_findings_and_nothing_else(page, capsys):
    code, out, err = run(capsys, "--quiet", "--format", "concise", "page.md")
    assert code == 1 and err == ""
    assert all(line.startswith("page.md:1:") for line in out.splitlines())


def test_closing_hint_counts_what_fix_would_change(page, capsys):
    (page.parent / "clean.md").write_text("Your car is ready when we call you.\n", "utf-8")
    out = run(capsys, "page.md")[1]
    assert out.splitlines()[-1] == "2 fixable with `--fix` (preview: `--fix --diff`)."
    assert "fixable" not in run(capsys, "clean.md")[1]


def test_fix_says_what_it_changed_with_the_right_number(page, capsys):
    page.write_text("Please utilize the side door.\n", encoding="utf-8")
    _, _, err = run(capsys, "--fix", "page.md")
    assert "jargonlint: page.md:1:8: utilize → use\n" in err
    assert "applied 1 safe fix in 1 file\n" in err
    page.write_text(WORDY, encoding="utf-8")
    (page.parent / "two.md").write_text(WORDY, encoding="utf-8")
    _, _, err = run(capsys, "--fix", "page.md", "two.md")
    assert "jargonlint: page.md:1:30: in order to → to\n" in err
    assert "applied 4 safe fixes in 2 files\n" in err


def test_measures_appear_in_text_only_when_asked_and_always_in_json(page, capsys):
    assert "jargon score" not in run(capsys, "page.md")[1]
    shown = run(capsys, "--measures", "page.md")[1]
    assert re.search(r"^page\.md: words 11, jargon score [\d.]+,", shown, re.M)
    data = json.loads(run(capsys, "--format", "json", "page.md")[1])
    assert data["files"][0]["measures"]["words"] == 11


def test_markdown_says_n_a_for_an_undefined_ratio_and_explains_each_measure(page, capsys):
    out = run(capsys, "--format", "markdown", "page.md")[1]  # no "we": the ratio is undefined
    assert "None" not in out
    table = out[out.index("### Document measures") :]
    header, _, row = table.splitlines()[2:5]
    cells = [c.strip() for c in row.strip("|").split("|")]
    labels = [c.strip() for c in header.strip("|").split("|")]
    assert cells[labels.index("you per we")] == "n/a"
    assert "- **jargon score**: 0-100" in table and "(higher is better)" in table


def test_every_format_says_info_for_the_info_level(page, capsys):
    page.write_text("We will ascertain the cause.\n", encoding="utf-8")  # an info finding too
    args = ("--select", "JL001,JL104,JL101", "page.md")
    text = run(capsys, *args)[1]
    markdown = run(capsys, "--format", "markdown", *args)[1]
    github = run(capsys, "--format", "github", "--summary", "s.md", *args)[1]
    for out in (text, markdown, github.splitlines()[-1]):
        assert "infos" not in out and "notice" not in out.lower()
        assert re.search(r"\b\d+ info\b", out)


def test_every_measure_a_page_gets_is_documented_in_the_code_and_the_readme(tmp_path, capsys):
    page = tmp_path / "page.md"
    page.write_text(
        "We build tools. Our AI-powered platform leverages the cloud. You save an hour.\n",
        encoding="utf-8",
    )
    data = json.loads(run(capsys, "--format", "json", str(page))[1])
    keys = set(data["files"][0]["measures"])
    assert keys and keys <= set(MEASURES)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for key in MEASURES:
        assert f"| `{key}` |" in readme, key


@pytest.mark.parametrize(
    ("before", "cells"),
    [("🚗🚗 Please ", 12), ("修理店 Please ", 14), ("e\u0301 Please ", 9)],
    ids=["emoji", "cjk", "combining"],
)
def test_carets_line_up_under_wide_and_combining_characters(before, cells):
    line = before + "utilize it."
    start = len(before)
    finding = make_finding(
        path="p.md", line=1, column=start + 1, end_line=1, end_column=start + 8,
        offset=start, end_offset=start + 7, match="utilize",
    )  # fmt: skip
    out = io.StringIO()
    reporter = TextReporter(sources={"p.md": line + "\n"})
    reporter.write(RunResult([FileResult("p.md", [finding])], []), out)
    caret_line = out.getvalue().splitlines()[2]
    assert caret_line == "    " + " " * cells + "^^^^^^^"


def test_reports_written_after_the_run_see_every_files_text(page, capsys):
    """Formats that do not stream get the texts read during the run (the HTML report shows
    them), however they keep them."""
    out = run(capsys, "--format", "html", "page.md")[1]
    assert "the side door" in out
