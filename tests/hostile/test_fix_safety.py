"""Issue 12 §2: `--fix` never loses data, never clobbers, and a second run changes nothing."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from jargonlint import atomicfile, check_command, runner
from jargonlint.cli import main

WORDY = "Please utilize the door in order to enter.\n"
FIXED = "Please use the door to enter.\n"


def fix(capsys, *args: str) -> tuple[int, str]:
    code = main(["--fix", "--format", "json", *args])
    return code, capsys.readouterr().err


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if atomicfile.TEMP_MARK in p.name)


def relint_hook(monkeypatch, before_second_look) -> None:
    """Run ``before_second_look(path)`` when --fix re-lints a file it is about to write."""
    real = runner.text_linter

    def text_linter(config):
        relint = real(config)

        def hooked(path, text):
            before_second_look(path)
            return relint(path, text)

        return hooked

    monkeypatch.setattr(check_command, "text_linter", text_linter)


def test_an_edit_made_while_fix_runs_is_kept_and_the_file_refused(folder, capsys, monkeypatch):
    page = folder / "page.md"
    page.write_text(WORDY, encoding="utf-8")
    relint_hook(monkeypatch, lambda path: page.open("a").write("A line the writer added.\n"))
    code, err = fix(capsys, "page.md")
    assert page.read_text(encoding="utf-8") == WORDY + "A line the writer added.\n"
    assert "page.md: it changed since it was read; not fixed" in err
    assert code == 2 and leftovers(folder) == []


def test_an_edit_made_while_linting_is_kept_and_the_file_refused(folder, capsys, monkeypatch):
    page = folder / "page.md"
    page.write_text(WORDY, encoding="utf-8")
    real = check_command.lint_paths
    calls = []

    def lint_then_edit(*args, **kwargs):
        outcome = real(*args, **kwargs)
        if not calls:
            page.write_text(WORDY + "New copy.\n", encoding="utf-8")
        calls.append(1)
        return outcome

    monkeypatch.setattr(check_command, "lint_paths", lint_then_edit)
    code, err = fix(capsys, "page.md")
    assert page.read_text(encoding="utf-8") == WORDY + "New copy.\n"
    assert "not fixed" in err and code == 2


def test_concurrent_fix_runs_never_lose_each_others_fixes(folder, capsys, monkeypatch):
    page = folder / "page.md"
    page.write_text(WORDY, encoding="utf-8")
    other: list = []
    started: list = []

    def other_run(path):
        if not started:  # a second --fix, with another selection, finishes first
            started.append(path)
            other.append(main(["--fix", "--select", "JL102", "page.md"]))

    relint_hook(monkeypatch, other_run)
    code, err = fix(capsys, "--select", "JL101", "page.md")
    assert other == [0]
    assert page.read_text(encoding="utf-8") == "Please utilize the door to enter.\n"
    assert "page.md: it changed since it was read; not fixed" in err and code == 2


def test_a_symlink_is_fixed_through_to_its_target_and_stays_a_link(folder, capsys):
    (folder / "real.md").write_text(WORDY, encoding="utf-8")
    os.symlink("real.md", folder / "link.md")
    fix(capsys, "link.md")
    assert (folder / "link.md").is_symlink()
    assert (folder / "real.md").read_text(encoding="utf-8") == FIXED


def test_hard_links_permissions_and_group_are_kept(folder, capsys):
    page = folder / "page.md"
    page.write_text(WORDY, encoding="utf-8")
    os.link(page, folder / "twin.md")
    page.chmod(0o640)
    groups = os.getgroups()
    other_group = next((g for g in groups if g != os.getgid()), None)
    if other_group is not None:
        os.chown(page, -1, other_group)
    before = page.stat()
    fix(capsys, "page.md")
    after = page.stat()
    assert (folder / "twin.md").read_text(encoding="utf-8") == FIXED
    assert after.st_ino == before.st_ino and after.st_nlink == 2
    assert stat.S_IMODE(after.st_mode) == 0o640
    assert (after.st_uid, after.st_gid) == (before.st_uid, before.st_gid)


def test_ownership_and_mode_are_kept_when_the_file_is_replaced(folder, capsys):
    page = folder / "page.md"
    page.write_text(WORDY, encoding="utf-8")
    page.chmod(0o604)
    if os.geteuid() == 0:  # root can hand the file to someone else, as a shared checkout has
        os.chown(page, 1234, 4321)
    before = page.stat()
    fix(capsys, "page.md")
    after = page.stat()
    assert page.read_text(encoding="utf-8") == FIXED
    assert stat.S_IMODE(after.st_mode) == 0o604
    assert (after.st_uid, after.st_gid) == (before.st_uid, before.st_gid)


def test_a_read_only_file_is_refused_not_rewritten(folder, capsys):
    page = folder / "page.md"
    page.write_text(WORDY, encoding="utf-8")
    page.chmod(0o444)
    inode = page.stat().st_ino
    code, err = fix(capsys, "page.md")
    assert page.read_text(encoding="utf-8") == WORDY and page.stat().st_ino == inode
    assert "page.md: read-only; not fixed" in err and code == 2


@pytest.mark.parametrize("stop", [KeyboardInterrupt, SystemExit])
def test_no_temporary_file_is_left_when_the_write_is_interrupted(folder, capsys, monkeypatch, stop):
    page = folder / "page.md"
    page.write_text(WORDY, encoding="utf-8")

    def interrupted(*args):
        raise stop()

    monkeypatch.setattr(atomicfile.os, "replace", interrupted)
    with pytest.raises(stop):
        atomicfile.replace_checked(page, FIXED.encode(), WORDY.encode(), page.stat())
    assert page.read_text(encoding="utf-8") == WORDY
    assert leftovers(folder) == []


def test_an_interrupted_in_place_write_puts_the_original_back(folder, monkeypatch):
    page = folder / "page.md"
    page.write_text(WORDY, encoding="utf-8")
    os.link(page, folder / "twin.md")
    real = atomicfile._overwrite
    calls = []

    def cut_short(target, data):
        calls.append(data)
        if len(calls) == 1:
            with open(target, "r+b") as out:
                out.write(data[:5])
                out.truncate()
            raise KeyboardInterrupt
        real(target, data)

    monkeypatch.setattr(atomicfile, "_overwrite", cut_short)
    with pytest.raises(KeyboardInterrupt):
        atomicfile.replace_checked(page, FIXED.encode(), WORDY.encode(), page.stat())
    assert page.read_text(encoding="utf-8") == WORDY
    assert leftovers(folder) == []


def test_temporary_files_are_named_for_jargonlint(folder, monkeypatch):
    seen = []
    real = atomicfile.tempfile.mkstemp

    def spy(*args, **kwargs):
        handle, name = real(*args, **kwargs)
        seen.append(Path(name).name)
        return handle, name

    monkeypatch.setattr(atomicfile.tempfile, "mkstemp", spy)
    page = folder / "page.md"
    page.write_text(WORDY, encoding="utf-8")
    atomicfile.replace_checked(page, FIXED.encode(), WORDY.encode(), page.stat())
    assert seen and all(name.startswith("page.md.jargonlint-tmp-") for name in seen)


@pytest.mark.parametrize(
    "text",
    [
        "At this point in time endeavour matters.\n",
        "In order to utilize the van, endeavour to book.\n",
        "Please utilize, leverage and endeavour in order to help prior to noon.\n",
    ],
)
def test_fix_is_idempotent(folder, capsys, text):
    page = folder / "page.md"
    page.write_text(text, encoding="utf-8")
    fix(capsys, "page.md")
    once = page.read_bytes()
    _, err = fix(capsys, "page.md")
    assert page.read_bytes() == once
    assert "applied 0 safe fixes" in err


def test_cascading_fix_is_held_back_in_one_pass(folder, capsys):
    page = folder / "page.md"
    page.write_text("At this point in time endeavour matters. Please utilize it.\n", "utf-8")
    fix(capsys, "page.md")
    fixed = page.read_text(encoding="utf-8")
    assert "try matters" not in fixed and "Please use it." in fixed
