"""Discovery: folders recurse into supported files, skipping hidden, git-ignored and excluded."""

from __future__ import annotations

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
    ],
)
def test_glob_match(path, pattern, expected):
    assert glob_match(path, pattern) is expected
