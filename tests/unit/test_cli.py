"""The command line through main(argv): exit codes, subcommands, options, output formats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jargonlint.cli import main

WORDY = "Please utilize the side door in order to reach the workshop.\n"
CLEAN = "Your car is ready when we call you.\n"


@pytest.fixture
def files(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "wordy.md").write_text(WORDY, encoding="utf-8")
    (tmp_path / "clean.md").write_text(CLEAN, encoding="utf-8")
    return tmp_path


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_exit_codes_are_pinned(files, capsys):
    assert run(capsys, "clean.md")[0] == 0
    assert run(capsys, "wordy.md")[0] == 1
    assert run(capsys, "--exit-zero", "wordy.md")[0] == 0
    assert run(capsys, "missing.md")[0] == 2
    assert run(capsys, "--no-such-option", "wordy.md")[0] == 2


def test_text_output_shows_location_code_underline_and_suggestion(files, capsys):
    code, out, _ = run(capsys, "wordy.md")
    lines = out.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("wordy.md:1:8:"))
    assert "utilize" in lines[first]
    assert lines[first + 1] == "    " + WORDY.rstrip("\n")
    assert lines[first + 2] == "    " + " " * 7 + "^" * len("utilize")
    assert "use" in lines[first + 3]
    assert lines[-2].startswith("0 errors, 2 warnings, 0 info in 1 file")
    assert lines[-1] == "2 fixable with `--fix` (preview: `--fix --diff`)."


def test_check_subcommand_and_options_after_paths(files, capsys):
    a = json.loads(run(capsys, "check", "wordy.md", "--format", "json")[1])
    b = json.loads(run(capsys, "--format", "json", "wordy.md")[1])
    assert [f["code"] for f in a["files"][0]["findings"]] == [
        f["code"] for f in b["files"][0]["findings"]
    ]


def test_select_and_ignore_by_code_name_and_category(files, capsys):
    def codes(*options):
        out = run(capsys, "--format", "json", *options, "wordy.md")[1]
        return [f["code"] for f in json.loads(out)["files"][0]["findings"]]

    everything = codes()
    assert len(everything) == 2
    utilize = next(c for c in everything if c != codes("--ignore", everything[0])[0])
    assert codes("--select", utilize) == [utilize]
    assert codes("--ignore", "plain-words") == []
    assert codes("--select", "plain-words") == everything


def test_fail_level_error_lets_warnings_pass(files, capsys):
    assert run(capsys, "--fail-level", "error", "wordy.md")[0] == 0


def test_stdin_with_filename_picks_the_format(files, capsys, monkeypatch):
    import io
    import sys

    text = "Call us `in order to` book.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    code, out, _ = run(capsys, "--format", "json", "--stdin-filename", "page.md", "-")
    data = json.loads(out)
    assert data["files"][0]["path"] == "page.md"
    assert data["files"][0]["findings"] == []  # inline code is not prose in Markdown
    assert code == 0


def test_directory_recursion_skips_hidden_and_unsupported(files, capsys):
    (files / "docs").mkdir()
    (files / "docs" / "page.html").write_text("<p>We utilize vans.</p>", encoding="utf-8")
    (files / "docs" / "notes.rst").write_text("We utilize vans.", encoding="utf-8")
    (files / ".hidden").mkdir()
    (files / ".hidden" / "x.md").write_text(WORDY, encoding="utf-8")
    data = json.loads(run(capsys, "--format", "json", "docs")[1])
    assert [f["path"] for f in data["files"]] == [str(Path("docs") / "page.html")]


def test_rules_and_explain_in_text_and_json(files, capsys):
    code, out, _ = run(capsys, "rules", "--format", "json")
    rules = json.loads(out)["rules"]
    assert code == 0 and rules
    first = rules[0]
    assert {"code", "name", "category", "level", "pack"} <= set(first)
    code, out, _ = run(capsys, "explain", first["code"])
    assert code == 0 and first["name"] in out and "Flagged:" in out and "Not flagged:" in out
    data = json.loads(run(capsys, "explain", first["name"], "--format", "json")[1])
    assert data["code"] == first["code"] and data["examples"]["bad"]
    assert run(capsys, "explain", "JL999")[0] == 2


def test_config_show_prints_the_merged_config(files, capsys):
    (files / ".jargonlint.yaml").write_text("audience: business\nfail-level: error\n")
    code, out, _ = run(capsys, "config", "--show")
    assert code == 0
    assert "audience: business" in out and "fail-level: error" in out


def test_bad_config_exits_2_with_one_clear_message(files, capsys):
    (files / ".jargonlint.yaml").write_text("audiance: business\n")
    code, out, err = run(capsys, "wordy.md")
    assert code == 2
    assert "audiance" in err and "audience" in err and "Traceback" not in err


def test_unknown_rule_code_in_config_exits_2(files, capsys):
    (files / ".jargonlint.yaml").write_text("ignore: [JL999]\n")
    code, _, err = run(capsys, "wordy.md")
    assert code == 2 and "JL999" in err


def test_no_paths_is_a_usage_error(files, capsys):
    code, _, err = run(capsys, "check")
    assert code == 2 and "no paths" in err


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and "jargonlint" in out


def test_explain_parse_shows_subject_verb_hero_and_rules(capsys):
    sentence = "Our platform enables bakeries to sell bread online."
    code, out, _ = run(capsys, "explain", "--parse", sentence)
    assert code == 0
    assert "subject: Our platform" in out and "enables" in out and "technology" in out
    data = json.loads(run(capsys, "explain", "--parse", sentence, "--format", "json")[1])
    assert data["sentence"] == sentence
    assert "JL501" in json.dumps(data)
    assert run(capsys, "explain")[0] == 2


def test_missing_model_exits_2_and_says_how_to_fix(files, capsys):
    (files / ".jargonlint.yaml").write_text("model: no_such_pipeline\n")
    (files / "hero.md").write_text("Our platform leverages AI to streamline bookings.\n")
    code, _, err = run(capsys, "hero.md")
    assert code == 2
    assert "no_such_pipeline" in err and "model:" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
