"""Issue 12 §6: discovery follows no symlink out of the tree and skips non-regular files."""

from __future__ import annotations

import os
import threading

import pytest

from jargonlint.discovery import discover

from .conftest import WORDY, errors, lint_json

SECRET = "Please utilize this secret runner token.\n"


@pytest.fixture
def tree(folder):
    (folder / "outside").mkdir()
    (folder / "outside" / "secret.md").write_text(SECRET, encoding="utf-8")
    (folder / "docs").mkdir()
    (folder / "docs" / "good.md").write_text(WORDY, encoding="utf-8")
    return folder


def test_a_symlink_out_of_the_linted_folder_is_not_followed(tree, capsys):
    os.symlink(tree / "outside" / "secret.md", tree / "docs" / "leak.md")
    code, data = lint_json(capsys, "docs")
    out = str(data)
    assert "secret runner token" not in out
    assert "outside docs; not followed" in errors(data)["docs/leak.md"]
    assert errors(data)["docs/good.md"] is None
    assert code == 2


def test_a_symlink_named_directly_that_leaves_the_working_folder_is_not_followed(tree, capsys):
    os.chdir(tree / "docs")
    os.symlink(tree / "outside" / "secret.md", "leak.md")
    code, data = lint_json(capsys, "leak.md", "good.md")
    assert "secret runner token" not in str(data)
    assert "not followed" in errors(data)["leak.md"] and code == 2


def test_a_symlink_inside_the_tree_is_followed(tree, capsys):
    os.symlink("good.md", tree / "docs" / "alias.md")
    code, data = lint_json(capsys, "docs")
    assert errors(data) == {"docs/alias.md": None, "docs/good.md": None} and code == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_fifos_in_a_linted_folder_are_skipped_without_blocking(tree):
    os.mkfifo(tree / "docs" / "pipe.md")
    found: list = []
    worker = threading.Thread(target=lambda: found.extend(discover(["docs"], tree)), daemon=True)
    worker.start()
    worker.join(60)
    if worker.is_alive():  # unblock the thread: a writer ends its wait on the FIFO
        with open(tree / "docs" / "pipe.md", "w"):
            pass
        pytest.fail("discovery blocked on a FIFO")
    assert [t.path for t in found] == ["docs/good.md"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_a_fifo_named_directly_is_refused_by_name(tree, capsys):
    os.mkfifo(tree / "pipe.md")
    code, data = lint_json(capsys, "pipe.md", "docs/good.md")
    assert code == 2 and "a FIFO (named pipe), not a regular file" in errors(data)["pipe.md"]
