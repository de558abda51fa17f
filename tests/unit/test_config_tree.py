"""Monorepos: each file gets the config closest to it, and `config --show FILE` says which."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jargonlint.cli import main
from jargonlint.config_tree import ConfigTree

WORDY = "Please utilize the side door.\n"


def write(root: Path, name: str, text: str) -> None:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def monorepo(tmp_path: Path, monkeypatch) -> Path:
    """Root config ignores JL101; site/ turns it into an error; blog/ has no config."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path, ".jargonlint.yaml", "ignore: [JL101]\n")
    write(tmp_path, "site/.jargonlint.yaml", "levels: {JL101: error}\nfail-level: error\n")
    write(tmp_path, "site/page.md", WORDY)
    write(tmp_path, "site/deep/inner.md", WORDY)
    write(tmp_path, "blog/post.md", WORDY)
    return tmp_path


def findings(capsys, *args: str) -> dict[str, list[tuple[str, str]]]:
    main(["--format", "json", "--select", "JL101", *args])
    data = json.loads(capsys.readouterr().out)
    return {f["path"]: [(x["code"], x["level"]) for x in f["findings"]] for f in data["files"]}


def test_each_file_uses_the_config_closest_to_it(monorepo, capsys):
    # Only the command line's --select is shared; each folder's own config does the rest.
    assert findings(capsys, "site", "blog") == {
        "site/deep/inner.md": [("JL101", "error")],
        "site/page.md": [("JL101", "error")],
        "blog/post.md": [],  # the root config ignores JL101
    }
    assert main(["site/page.md"]) == 1
    assert main(["blog/post.md"]) == 0


def test_a_file_with_no_config_above_it_uses_the_current_folders(tmp_path, monkeypatch, capsys):
    outside = tmp_path / "outside"
    write(outside, "page.md", WORDY)
    work = tmp_path / "work"
    write(work, ".jargonlint.yaml", "levels: {JL101: info}\n")
    monkeypatch.chdir(work)
    assert findings(capsys, str(outside / "page.md")) == {
        str(outside / "page.md"): [("JL101", "info")]
    }


def test_config_flag_applies_one_file_to_everything(monorepo, capsys):
    write(monorepo, "all.yaml", "levels: {JL101: info}\n")
    found = findings(capsys, "--config", "all.yaml", "site", "blog")
    assert {level for items in found.values() for _, level in items} == {"info"}


def test_fail_level_comes_from_each_files_config(monorepo, capsys):
    write(monorepo, "site/.jargonlint.yaml", "fail-level: error\n")
    write(monorepo, ".jargonlint.yaml", "fail-level: warning\n")
    assert main(["site/page.md"]) == 0  # a warning under site/'s fail-level error
    assert main(["blog/post.md"]) == 1


def test_include_and_exclude_are_relative_to_the_config_that_applies(monorepo, capsys):
    write(monorepo, "site/.jargonlint.yaml", "exclude: [deep/]\n")
    assert set(findings(capsys, ".")) == {"blog/post.md", "site/page.md"}


def test_config_show_names_the_file_that_applies(monorepo, capsys):
    assert main(["config", "--show", "site/deep/inner.md"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "# config file: site/.jargonlint.yaml for site/deep/inner.md"
    assert "fail-level: error" in out
    assert main(["config", "blog/post.md"]) == 0
    assert capsys.readouterr().out == "config file: .jargonlint.yaml\n"


def test_config_tree_loads_each_file_once(monorepo):
    tree = ConfigTree()
    first = tree.for_path("site/page.md")
    assert tree.for_path("site/deep/inner.md") is first
    assert tree.for_path("blog/post.md") is tree.default
    assert first.source == str(monorepo / "site/.jargonlint.yaml")
