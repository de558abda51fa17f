"""From the paths a user names to the files to lint: recursion, git-ignored files, globs."""

from __future__ import annotations

import fnmatch
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .document.reader import format_for_path


@dataclass(frozen=True)
class Target:
    """A file to lint, or a named path that failed before reading (error set)."""

    path: str
    error: str | None = None


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


def glob_match(relative: str, pattern: str) -> bool:
    """Return True when a slash-separated relative path matches a gitignore-like glob."""
    pattern = pattern.rstrip("/")
    if "/" not in pattern:
        return any(fnmatch.fnmatch(part, pattern) for part in relative.split("/"))
    if pattern.startswith("**/"):
        return glob_match(relative, pattern[3:]) or fnmatch.fnmatch(relative, pattern)
    return fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(relative, pattern + "/*")


def _selected(path: Path, root: Path, include: tuple[str, ...], exclude: tuple[str, ...]) -> bool:
    try:
        relative = path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        relative = path.as_posix()
    if any(glob_match(relative, p) for p in exclude):
        return False
    return not include or any(glob_match(relative, p) for p in include)


def _walk(folder: Path) -> list[Path]:
    found = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and format_for_path(name) is not None:
                found.append(Path(dirpath) / name)
    return found


def discover(paths: list[str], root: Path, include=(), exclude=()) -> list[Target]:
    """Return the targets for the named paths, in the order named, files sorted within folders.

    Files named directly are always linted (whatever their extension); folders contribute
    their supported files that are not hidden, not git-ignored and pass include/exclude.
    """
    targets: list[Target] = []
    for name in paths:
        path = Path(name)
        if not path.exists():
            targets.append(Target(name, "no such file or directory"))
        elif path.is_dir():
            files = [f for f in _walk(path) if _selected(f, root, include, exclude)]
            ignored = _git_ignored(files, path)
            files = [f for f in files if f not in ignored]
            if not files:
                targets.append(Target(name, "no Markdown, HTML or text files in this directory"))
            targets.extend(Target(str(f)) for f in files)
        else:
            targets.append(Target(name))
    seen: set[str] = set()
    unique = []
    for target in targets:
        if target.path not in seen or target.error:
            seen.add(target.path)
            unique.append(target)
    return unique
