"""Discovery: folders recurse into supported files, skipping hidden, git-ignored and excluded."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from jargonlint.discovery import discover, glob_match


def touch(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Hello.\n", encoding="utf-8")


def paths(targets) -> list[str]:
    return [Path(t.path).as_posix() for t in targets]


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_git_ignored_files_are_skipped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    subprocess.run(["git", "init", "-q"], check=True)
    touch(tmp_path, "docs/a.md", "docs/build/out.md", "docs/b.html")
    (tmp_path / ".gitignore").write_text("build/\n", encoding="utf-8")
    assert paths(discover(["docs"], tmp_path)) == ["docs/a.md", "docs/b.html"]


def test_hidden_folders_and_unsupported_files_are_skipped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    touch(tmp_path, "site/index.html", "site/.cache/x.md", "site/logo.svg", "site/notes.txt")
    assert paths(discover(["site"], tmp_path)) == ["site/index.html", "site/notes.txt"]


def test_include_and_exclude_globs_apply_to_folders(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    touch(tmp_path, "docs/a.md", "docs/legal/terms.md", "docs/blog/post.md")
    found = discover(["docs"], tmp_path, include=("docs/**",), exclude=("docs/legal/**",))
    assert paths(found) == ["docs/a.md", "docs/blog/post.md"]


def test_a_file_named_directly_is_always_linted(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    touch(tmp_path, "CHANGES.rst")
    assert paths(discover(["CHANGES.rst"], tmp_path)) == ["CHANGES.rst"]


@pytest.mark.parametrize(
    ("path", "pattern", "expected"),
    [
        ("docs/legal/terms.md", "docs/legal/**", True),
        ("docs/legal/terms.md", "legal", True),
        ("docs/legal/terms.md", "*.md", True),
        ("docs/a.md", "docs/legal/**", False),
        ("a/b/c.md", "**/c.md", True),
        ("c.md", "**/c.md", True),
        # gitignore rules, as documented: `*` stays inside one folder, `**/` may match none.
        ("docs/a/b.md", "docs/*.md", False),
        ("docs/b.md", "docs/*.md", True),
        ("a/c.md", "a/**/c.md", True),
        ("a/x/y/c.md", "a/**/c.md", True),
        ("a.md", "/a.md", True),
        ("x/a.md", "/a.md", False),
        ("docs/legal/terms.md", "docs/legal/", True),
    ],
)
def test_glob_match(path, pattern, expected):
    assert glob_match(path, pattern) is expected


def test_negated_exclude_patterns_reinclude_as_in_gitignore(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    touch(tmp_path, "docs/a.md", "docs/b.md", "docs/keep.md")
    found = discover(["docs"], tmp_path, exclude=("docs/*.md", "!docs/keep.md"))
    assert paths(found) == ["docs/keep.md"]


NON_COPY = [
    "LICENSE.txt", "LICENSE.md", "licence.txt", "COPYING.txt", "NOTICE.txt", "CHANGELOG.md",
    "CHANGES.md", "HISTORY.md", "AUTHORS.md", "robots.txt", "humans.txt", "requirements.txt",
    "requirements-dev.txt", "constraints.txt", "CMakeLists.txt",
]  # fmt: skip
COPY = ["index.md", "history.md", "news.md", "notes.txt", "pricing.html", "licensing.md"]


def test_folder_walks_skip_well_known_files_that_are_not_copy(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    touch(tmp_path, *[f"repo/{name}" for name in NON_COPY + COPY])
    from jargonlint.cli import main

    main(["--format", "json", "repo"])
    linted = {Path(f["path"]).name for f in json.loads(capsys.readouterr().out)["files"]}
    assert linted == set(COPY)
    # Opting back in, from the config or the command line.
    (tmp_path / ".jargonlint.yaml").write_text("skip-non-copy: false\n", encoding="utf-8")
    main(["--format", "json", "repo"])
    assert len(json.loads(capsys.readouterr().out)["files"]) == len(NON_COPY + COPY)
    (tmp_path / ".jargonlint.yaml").write_text("skip-non-copy: true\n", encoding="utf-8")
    main(["--format", "json", "--no-skip-non-copy", "repo"])
    assert len(json.loads(capsys.readouterr().out)["files"]) == len(NON_COPY + COPY)


def test_named_files_are_linted_but_force_exclude_skips_non_copy(tmp_path, monkeypatch, capsys):
    """pre-commit names every staged text file and passes --force-exclude."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "LICENSE.txt").write_text("Permission is obtained to utilize it.\n", "utf-8")
    from jargonlint.cli import main

    assert main(["LICENSE.txt"]) == 1
    capsys.readouterr()
    assert main(["--force-exclude", "LICENSE.txt"]) == 0
    assert "0 files" in capsys.readouterr().out


def test_a_fully_excluded_folder_warns_and_exits_0(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    touch(tmp_path, "docs/legal/terms.md", "empty/.keep")
    (tmp_path / ".jargonlint.yaml").write_text("exclude: [legal/]\n", encoding="utf-8")
    from jargonlint.cli import main

    assert main(["docs/legal", "empty"]) == 0
    captured = capsys.readouterr()
    assert "warning: docs/legal: nothing to lint: its 1 Markdown, HTML or text file is " in (
        captured.err
    )
    assert "warning: empty: no Markdown, HTML or text files in this folder" in captured.err
    assert "could not be read" not in captured.out
