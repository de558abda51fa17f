"""From the paths a user names to the files to lint: recursion, git-ignored files, globs."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .document.reader import format_for_path
from .file_filter import glob_match, relative_to_root, selected

__all__ = ["Target", "discover", "glob_match"]


@dataclass(frozen=True)
class Target:
    """A file to lint, a named path that failed before reading (error set), or a named folder
    with nothing to lint (warning set: not an error, as in ruff)."""

    path: str
    error: str | None = None
    warning: str | None = None


def _git_ignored(paths: list[Path], cwd: Path) -> set[Path]:
    """Return the subset of paths that git ignores (empty outside a git work tree)."""
    if not paths:
        return set()
    try:
        proc = subprocess.run(
            ["git", "check-ignore", "--stdin", "-z"],
            cwd=cwd,
            capture_output=True,
            input=b"\0".join(str(p.resolve()).encode() for p in paths),
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return set()
    if proc.returncode not in (0, 1):
        return set()
    ignored = {p.decode() for p in proc.stdout.split(b"\0") if p}
    return {p for p in paths if str(p.resolve()) in ignored}


def _patterns(root: Path, include: tuple[str, ...], exclude: tuple[str, ...]):
    """Return a test of a found file against include/exclude (gitignore rules) from ``root``."""
    spec_root = Path(root)

    def selects(path: Path) -> bool:
        return selected(relative_to_root(path, spec_root), include, exclude)

    return selects


def _walk(folder: Path) -> list[Path]:
    found = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and format_for_path(name) is not None:
                found.append(Path(dirpath) / name)
    return found


def discover(
    paths: list[str],
    root: Path | None = None,
    include=(),
    exclude=(),
    selects: Callable[[Path], bool] | None = None,
) -> list[Target]:
    """Return the targets for the named paths, in the order named, files sorted within folders.

    Files named directly are always linted (whatever their extension); folders contribute
    their supported files that are not hidden, not git-ignored and that ``selects`` keeps (by
    default: include/exclude relative to ``root``). A folder with nothing to lint is a
    warning, not an error.
    """
    if selects is None:
        selects = _patterns(Path(root or Path.cwd()), tuple(include), tuple(exclude))
    targets: list[Target] = []
    for name in paths:
        path = Path(name)
        if not path.exists():
            targets.append(Target(name, "no such file or directory"))
        elif path.is_dir():
            targets.extend(_folder_targets(name, path, selects))
        else:
            targets.append(Target(name))
    seen: set[str] = set()
    unique = []
    for target in targets:
        if target.path not in seen or target.error or target.warning:
            seen.add(target.path)
            unique.append(target)
    return unique


def _folder_targets(name: str, folder: Path, selects: Callable[[Path], bool]) -> list[Target]:
    """Return the folder's files to lint, or one warning Target when there are none."""
    found = _walk(folder)
    files = [f for f in found if selects(f)]
    ignored = _git_ignored(files, folder)
    files = [f for f in files if f not in ignored]
    if not files:
        return [Target(name, warning=_nothing_to_lint(len(found)))]
    return [Target(str(f)) for f in files]


def _nothing_to_lint(found: int) -> str:
    if not found:
        return "no Markdown, HTML or text files in this folder"
    noun = "file is" if found == 1 else "files are"
    return f"nothing to lint: its {found} Markdown, HTML or text {noun} excluded or ignored"
