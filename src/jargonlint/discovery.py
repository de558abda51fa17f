"""From the paths a user names to the files to lint: recursion, git-ignored files, globs."""

from __future__ import annotations

import errno
import fnmatch
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .document.reader import format_for_path
from .safeio import is_regular


@dataclass(frozen=True)
class Target:
    """A file to lint, or a named path that failed before reading (error set)."""

    path: str
    error: str | None = None


def _real_parent(path: Path) -> str:
    """Return ``path`` with its folder resolved but not itself: a symlink keeps its own name.

    Never raises, even for a symlink loop (os.path.realpath does not follow the last part).
    """
    return os.path.join(os.path.realpath(os.path.dirname(os.path.abspath(path))), path.name)


def _git_ignored(paths: list[Path], cwd: Path) -> set[Path]:
    """Return the subset of paths that git ignores (empty outside a git work tree)."""
    if not paths:
        return set()
    try:
        proc = subprocess.run(
            ["git", "check-ignore", "--stdin", "-z"],
            cwd=cwd,
            capture_output=True,
            input=b"\0".join(os.fsencode(_real_parent(p)) for p in paths),
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return set()
    if proc.returncode not in (0, 1):
        return set()
    ignored = {os.fsdecode(p) for p in proc.stdout.split(b"\0") if p}
    return {p for p in paths if _real_parent(p) in ignored}


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
        relative = Path(_real_parent(path)).relative_to(os.path.realpath(root)).as_posix()
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


def link_problem(path: Path, tree: Path) -> str | None:
    """Return why the symlink ``path`` is not followed (loop, broken, leads out of ``tree``).

    Returns None for a path that is not a symlink, or one whose target stays inside ``tree``:
    a link in a pull request must not make CI print a file from elsewhere on the machine.
    """
    if not path.is_symlink():
        return None
    try:
        target = Path(os.path.realpath(path, strict=True))
    except (OSError, RuntimeError) as error:
        loop = getattr(error, "errno", None) == errno.ELOOP or isinstance(error, RuntimeError)
        return "symbolic link loop; not followed" if loop else "broken symbolic link"
    inside = os.path.realpath(tree)
    if target != Path(inside) and Path(inside) not in target.parents:
        return (
            f"symbolic link to a file outside {tree}; not followed "
            "(name the file itself to lint it)"
        )
    return None


def _folder_targets(name: str, root: Path, include, exclude) -> list[Target]:
    path = Path(name)
    files = [f for f in _walk(path) if _selected(f, root, include, exclude)]
    ignored = _git_ignored(files, path)
    targets = []
    for file in files:
        if file in ignored:
            continue
        problem = link_problem(file, path)
        if problem:
            targets.append(Target(str(file), problem))
        elif is_regular(file):  # FIFOs, devices and sockets are not copy: skipped
            targets.append(Target(str(file)))
    if not targets:
        targets.append(Target(name, "no Markdown, HTML or text files in this directory"))
    return targets


def discover(paths: list[str], root: Path, include=(), exclude=()) -> list[Target]:
    """Return the targets for the named paths, in the order named, files sorted within folders.

    Files named directly are always linted (whatever their extension); folders contribute
    their supported regular files that are not hidden, not git-ignored and pass
    include/exclude. Symlinks are followed only while they stay inside the folder (for a
    file named directly, the current folder); any other is that path's error.
    """
    targets: list[Target] = []
    for name in paths:
        path = Path(name)
        problem = link_problem(path, Path.cwd())
        if problem:
            targets.append(Target(name, problem))
        elif not path.exists():
            targets.append(Target(name, "no such file or directory"))
        elif path.is_dir():
            targets.extend(_folder_targets(name, root, include, exclude))
        else:
            targets.append(Target(name))
    seen: set[str] = set()
    unique = []
    for target in targets:
        if target.path not in seen or target.error:
            seen.add(target.path)
            unique.append(target)
    return unique
