"""Issue 12 §4: one bad file never sinks the run; every other file is linted and reported."""

from __future__ import annotations

import os

import pytest

from jargonlint import scheduler
from jargonlint.document.reader import read_document
from jargonlint.engine import Linter

from .conftest import WORDY, errors, lint_json

FRONT_MATTER = {
    "surrogate": '---\ntitle: "\\uD800 utilize"\n---\nPlease utilize it.\n',
    "huge-escape": '---\ntitle: "\\UFFFFFFFF"\n---\nPlease utilize it.\n',
    "deep-list": "---\ntitle: " + "[" * 3000 + "]" * 3000 + "\n---\nPlease utilize it.\n",
    "alias-bomb": "---\na: &a [x,x,x,x,x,x,x,x,x]\n"
    + "".join(
        f"b{i}: &b{i} [" + ",".join(["*a" if i == 0 else f"*b{i - 1}"] * 9) + "]\n"
        for i in range(9)
    )
    + "title: Please utilize it.\n---\nPlease utilize it.\n",
    "toml-surrogate": '+++\ntitle = "\\uD800 utilize"\n+++\nPlease utilize it.\n',
    "toml-huge": '+++\ntitle = "\\UFFFFFFFF"\n+++\nPlease utilize it.\n',
}


@pytest.mark.parametrize("name", sorted(FRONT_MATTER))
def test_hostile_front_matter_leaves_the_prose_and_the_other_files_linted(folder, capsys, name):
    (folder / "bad.md").write_text(FRONT_MATTER[name], encoding="utf-8")
    (folder / "good.md").write_text(WORDY, encoding="utf-8")
    code, data = lint_json(capsys, "bad.md", "good.md")
    assert code == 1
    assert errors(data) == {"bad.md": None, "good.md": None}
    bad = next(f for f in data["files"] if f["path"] == "bad.md")
    last_line = len(FRONT_MATTER[name].splitlines())
    assert [f["line"] for f in bad["findings"] if f["code"] == "JL101"][-1] == last_line


def test_a_self_looping_symlink_is_that_files_error(folder, capsys):
    (folder / "docs").mkdir()
    (folder / "docs" / "good.md").write_text(WORDY, encoding="utf-8")
    os.symlink("self.md", folder / "docs" / "self.md")
    code, data = lint_json(capsys, "docs")
    assert code == 2
    assert errors(data) == {
        "docs/self.md": "symbolic link loop; not followed",
        "docs/good.md": None,
    }
    assert next(f for f in data["files"] if f["path"] == "docs/good.md")["findings"]


@pytest.mark.parametrize(
    "text",
    [
        "> " * 30 + "Please utilize the door.\n",
        "".join("  " * i + "- x\n" for i in range(30)) + "  " * 30 + "- Please utilize the door.\n",
    ],
    ids=["quotes", "lists"],
)
def test_markdown_nested_past_twenty_levels_is_linted(text):
    document = read_document("deep.md", data=text.encode())
    assert any("Please utilize the door." in block.text for block in document.blocks)


def test_markdown_too_deep_to_read_is_reported_not_dropped(folder, capsys):
    (folder / "deep.md").write_text("> " * 200 + "Please utilize it.\n", encoding="utf-8")
    (folder / "good.md").write_text(WORDY, encoding="utf-8")
    code, data = lint_json(capsys, "deep.md", "good.md")
    assert code == 2 and "nested" in errors(data)["deep.md"]
    assert errors(data)["good.md"] is None


def test_an_unexpected_failure_in_one_file_is_that_files_error(folder, capsys, monkeypatch):
    monkeypatch.setenv("JARGONLINT_CACHE_DIR", str(folder / ".fresh-cache"))
    real = scheduler.read_document

    def fragile(path, *args, **kwargs):
        if path.endswith("boom.md"):
            raise RecursionError("maximum recursion depth exceeded")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(scheduler, "read_document", fragile)
    (folder / "boom.md").write_text(WORDY, encoding="utf-8")
    (folder / "good.md").write_text(WORDY, encoding="utf-8")
    code, data = lint_json(capsys, "boom.md", "good.md")
    assert code == 2
    assert errors(data)["boom.md"].startswith("internal error while reading this file: Recursion")
    assert data["files"][1]["findings"]


def test_a_failure_while_linting_one_document_spares_the_batch(folder, capsys, monkeypatch):
    monkeypatch.setenv("JARGONLINT_CACHE_DIR", str(folder / ".fresh-cache"))
    real = Linter.lint

    def fragile(self, documents):
        if any(d.path == "boom.md" for d in documents):
            raise MemoryError("out of memory")
        return real(self, documents)

    monkeypatch.setattr(Linter, "lint", fragile)
    for name in ("a.md", "boom.md", "c.md"):
        (folder / name).write_text(WORDY, encoding="utf-8")
    code, data = lint_json(capsys, "a.md", "boom.md", "c.md")
    assert code == 2
    assert (
        errors(data)["boom.md"]
        == "internal error while linting this file: MemoryError: out of memory"
    )
    assert [bool(f["findings"]) for f in data["files"]] == [True, False, True]
