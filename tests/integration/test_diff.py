"""`--changed-since REF` in real git repositories: only copy a change touches is judged."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from jargonlint.cli import main
from jargonlint.gitdiff import changed_lines, parse_diff, unquote_path

from .gitrepo import NEW, OLD, git, write

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    """Return a repository whose first commit on main has docs/page.md with one old finding."""
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q")
    write(root, "docs/page.md", f"# Visit us\n\n{OLD}\nWe open at nine.\n")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "base")
    git(root, "checkout", "-q", "-b", "feature")
    monkeypatch.chdir(root)
    return root


def reported(capsys, *args: str) -> list[tuple[str, int, str]]:
    """Run jargonlint (JSON) and return (path, line, code) of each finding, JL101 only."""
    capsys.readouterr()
    code = main(["--format", "json", "--select", "JL101", *args])
    out = json.loads(capsys.readouterr().out)
    assert code in (0, 1)
    return [(file["path"], f["line"], f["code"]) for file in out["files"] for f in file["findings"]]


def test_unchanged_copy_reports_nothing(repo, capsys):
    assert reported(capsys, "docs/page.md") == [("docs/page.md", 3, "JL101")]
    assert reported(capsys, "docs", "--changed-since", "main") == []


def test_lines_that_move_down_are_not_new(repo, capsys):
    write(repo, "docs/page.md", f"# Visit us\n\n{NEW}\nMore.\n\n{OLD}\nWe open at nine.\n")
    git(repo, "commit", "-qam", "insert above")
    assert reported(capsys, "docs/page.md", "--changed-since", "main") == [
        ("docs/page.md", 3, "JL101")
    ]


def test_a_moved_paragraph_is_not_new_copy(repo, capsys):
    write(repo, "docs/page.md", f"# Visit us\n\nWe open at nine.\n\n{OLD}")
    git(repo, "commit", "-qam", "reorder")
    assert reported(capsys, "docs/page.md") == [("docs/page.md", 5, "JL101")]
    assert reported(capsys, "docs/page.md", "--changed-since", "main") == []


def test_an_edited_sentence_is_judged_again(repo, capsys):
    write(
        repo, "docs/page.md", "# Visit us\n\nPlease utilize the front door.\n\nWe open at nine.\n"
    )
    git(repo, "commit", "-qam", "edit")
    assert reported(capsys, "docs/page.md", "--changed-since", "main") == [
        ("docs/page.md", 3, "JL101")
    ]


def test_a_renamed_file_keeps_its_old_lines_old(repo, capsys):
    git(repo, "mv", "docs/page.md", "docs/visit.md")
    write(repo, "docs/visit.md", f"# Visit us\n\n{OLD}\nWe open at nine.\n\n{NEW}")
    git(repo, "commit", "-qam", "rename and add")
    assert reported(capsys, "docs", "--changed-since", "main") == [("docs/visit.md", 7, "JL101")]
    changes = changed_lines("main")
    assert changes.lines["docs/visit.md"] == {6, 7}


def test_uncommitted_staged_and_untracked_changes_count(repo, capsys):
    write(repo, "docs/page.md", f"# Visit us\n\n{OLD}\nWe open at nine.\n{NEW}")
    write(repo, "docs/staged.md", NEW)
    git(repo, "add", "docs/staged.md")
    write(repo, "docs/untracked.md", f"Hello.\n{NEW}")
    assert reported(capsys, "docs", "--changed-since", "main") == [
        ("docs/page.md", 6, "JL101"),
        ("docs/staged.md", 1, "JL101"),
        ("docs/untracked.md", 2, "JL101"),
    ]


def test_the_merge_base_is_used_not_the_tip_of_the_ref(repo, capsys):
    git(repo, "checkout", "-q", "main")
    write(repo, "docs/page.md", "# Visit us\n\nPlease use the side door.\n\nWe open at nine.\n")
    git(repo, "commit", "-qam", "main fixes its copy")
    git(repo, "checkout", "-q", "feature")
    write(repo, "docs/other.md", NEW)
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "feature")
    # `git diff main` would call line 3 changed (it differs from main's tip); it is not ours
    assert reported(capsys, "docs", "--changed-since", "main") == [("docs/other.md", 1, "JL101")]


def test_running_from_a_subfolder(repo, capsys, monkeypatch):
    write(repo, "docs/page.md", f"# Visit us\n\n{OLD}\nWe open at nine.\n{NEW}")
    monkeypatch.chdir(repo / "docs")
    assert reported(capsys, "page.md", "--changed-since", "main") == [("page.md", 6, "JL101")]


def test_file_names_git_quotes(repo, capsys):
    name = 'docs/tab\there "q" é.md'
    write(repo, name, f"Hello.\n{OLD}")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "odd name")
    write(repo, name, f"Hello.\n{OLD}{NEW}")
    assert reported(capsys, name, "--changed-since", "HEAD") == [(name, 3, "JL101")]


@pytest.mark.parametrize(
    ("setup", "args", "says"),
    [
        ("repo", ["--changed-since", "no-such-branch"], "unknown git ref"),
        ("repo", ["--changed-since", "--help"], "unknown git ref"),
        ("plain", ["--changed-since", "main"], "not inside a git repository"),
    ],
)
def test_bad_refs_and_folders_exit_2_with_one_line(
    repo, tmp_path, capsys, monkeypatch, setup, args, says
):
    if setup == "plain":
        plain = tmp_path / "plain"
        plain.mkdir()
        write(plain, "docs/page.md", OLD)
        monkeypatch.chdir(plain)
    capsys.readouterr()
    assert main(["docs/page.md", *args]) == 2
    err = capsys.readouterr().err.strip()
    assert says in err and len(err.splitlines()) == 1


def test_parse_diff_reads_hunks_not_lines_that_look_like_headers():
    diff = (
        "diff --git a/x.md b/x.md\n--- a/x.md\n+++ b/x.md\n"
        "@@ -2,2 +2,3 @@\n--- old rule\n-gone\n+++ not a header\n+kept\n+new\n"
        "@@ -9 +10,0 @@\n-removed only\n"
        "diff --git a/y.md b/z.md\nsimilarity index 100%\nrename from y.md\nrename to z.md\n"
    )
    assert parse_diff(diff) == {"x.md": {2, 3, 4}, "z.md": set()}


def test_unquote_path_undoes_c_style_quoting():
    assert unquote_path('"tab\\there \\"q\\" \\303\\251.md"') == 'tab\there "q" é.md'
    assert unquote_path("plain name.md") == "plain name.md"


def test_the_old_diff_ref_spelling_still_works_with_a_deprecation_note(repo, capsys):
    write(repo, "docs/page.md", f"# Visit us\n\n{OLD}\nWe open at nine.\n{NEW}")
    capsys.readouterr()
    code = main(["--format", "json", "--select", "JL101", "docs/page.md", "--diff", "main"])
    captured = capsys.readouterr()
    found = [f["line"] for f in json.loads(captured.out)["files"][0]["findings"]]
    assert code == 1 and found == [6]
    assert "--diff REF is deprecated: use --changed-since REF" in captured.err
