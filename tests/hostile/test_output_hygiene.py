"""Issue 12 §6: text output escapes control characters; one line rule; cache and git hygiene."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jargonlint import gitdiff
from jargonlint.cli import main
from jargonlint.lang import wordforms

from .conftest import lint_json


def text_output(capsys, *paths: str) -> str:
    main(["--format", "text", *paths])
    return capsys.readouterr().out


def test_escape_sequences_in_copy_and_names_never_reach_the_terminal(folder, capsys):
    name = "evil\x1b]0;owned\x07.md"
    (folder / name).write_text("Please utilize the \x1b[2J\x1b[H door.\n", encoding="utf-8")
    (folder / "bad\x1b[31m.md").write_bytes(b"\xff\n")
    out = text_output(capsys, name, "bad\x1b[31m.md")
    assert "\x1b" not in out and "\x07" not in out
    assert "evil\\x1b]0;owned\\x07.md:1:8: JL101" in out
    assert "bad\\x1b[31m.md: error: not valid UTF-8" in out


def test_the_caret_stays_under_the_match_next_to_control_characters(folder, capsys):
    (folder / "page.txt").write_text("\x1b[1mPlease utilize it.\n", encoding="utf-8")
    out = text_output(capsys, "page.txt").splitlines()
    source, caret = out[1], out[2]
    assert source.index("utilize") == caret.index("^") and caret.count("^") == 7


@pytest.mark.parametrize("separator", ["\f", "\v", "\x1c", "\x85", "\u2028", "\u2029"])
def test_the_source_line_shown_is_the_finding_line(folder, capsys, separator):
    (folder / "page.txt").write_text(
        f"A calm first line{separator}that goes on.\nPlease utilize it.\n", encoding="utf-8"
    )
    out = text_output(capsys, "page.txt").splitlines()
    assert out[0].startswith("page.txt:2:8: JL101")
    assert out[1].strip() == "Please utilize it."


@pytest.mark.parametrize("separator", ["\f", "\x85", "\u2028"])
def test_an_unused_suppression_spans_its_whole_comment_line(folder, capsys, separator):
    text = f"<!-- jargonlint-disable-next-line JL101 {separator} -->\nWe bake bread.\n"
    (folder / "page.md").write_text(text, encoding="utf-8")
    _, data = lint_json(capsys, "page.md")
    (finding,) = [f for f in data["files"][0]["findings"] if f["code"] == "JL001"]
    assert finding["end_offset"] > finding["offset"]
    assert text[finding["offset"] : finding["end_offset"]] == text.split("\n")[0]


@pytest.fixture
def cache(folder, monkeypatch) -> Path:
    monkeypatch.setenv("JARGONLINT_CACHE_DIR", str(folder / "cache"))
    monkeypatch.setattr(wordforms, "_table", None)
    monkeypatch.setattr(wordforms, "_dirty", False)
    path = wordforms.cache_file()
    path.parent.mkdir(parents=True)
    return path


@pytest.mark.parametrize(
    "content",
    [
        {"d:utilize": 5},
        {"d:utilize": {"VBZ": 5}},
        {"d:utilize": {"VBZ": [5]}},
        {"d:utilize": {"VBZ": ["enables"]}},
        [1, 2, 3],
        7,
    ],
    ids=["int-entry", "int-forms", "int-form", "poisoned", "list", "int"],
)
def test_bad_cache_entries_are_dropped(cache, content):
    cache.write_text(json.dumps(content), encoding="utf-8")
    assert wordforms.inflections("utilize")["VBZ"] == ("utilizes",)


def test_a_poisoned_cache_cannot_change_what_fix_writes(cache, folder, capsys):
    cache.write_text(json.dumps({"d:door": {"NN": ["use"], "NNS": ["uses"]}}), "utf-8")
    (folder / "page.md").write_text("Please utilize the door.\n", encoding="utf-8")
    main(["--fix", "page.md"])
    assert (folder / "page.md").read_text(encoding="utf-8") == "Please use the door.\n"


def test_the_cache_is_keyed_by_jargonlint_version(cache):
    from jargonlint import __version__

    assert f"jargonlint-{__version__}" in cache.name


def test_git_merge_base_gets_end_of_options(monkeypatch, tmp_path):
    calls = []

    def fake_git(args, cwd, what):
        calls.append(args)
        return "" if args[0] != "merge-base" else "0" * 40

    monkeypatch.setattr(gitdiff, "_git", fake_git)
    monkeypatch.setattr(gitdiff, "git_toplevel", lambda cwd=None: tmp_path)
    gitdiff.changed_lines("main", tmp_path)
    (merge_base,) = [args for args in calls if args[0] == "merge-base"]
    assert merge_base.index("--end-of-options") < merge_base.index("main")
