"""Git plumbing for `--diff`: the repository root and the lines changed since a ref."""

from __future__ import annotations

import os
import re
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .errors import JargonlintError

GIT_TIMEOUT = 120
"""Seconds a git command may take (diffs of large repositories can be slow)."""

_HUNK = re.compile(r"^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")
_ESCAPES = {"a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13, '"': 34, "\\": 92}


class GitError(JargonlintError):
    """git is missing, this is not a repository, or a ref cannot be resolved."""


def _git(args: list[str], cwd: Path, what: str) -> str:
    """Return git's stdout, or raise GitError naming ``what`` failed with git's own reason."""
    try:
        proc = subprocess.run(
            ["git", "-c", "core.quotePath=false", *args],
            cwd=cwd,
            capture_output=True,
            timeout=GIT_TIMEOUT,
            check=False,
        )
    except FileNotFoundError:
        raise GitError(f"{what}: git is not installed or not on PATH") from None
    except (OSError, subprocess.SubprocessError) as error:
        raise GitError(f"{what}: git failed: {error}") from None
    if proc.returncode != 0:
        reason = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(f"{what}: {reason[-1] if reason else f'git exited {proc.returncode}'}")
    return proc.stdout.decode("utf-8", "surrogateescape")


def git_toplevel(cwd: Path | None = None) -> Path | None:
    """Return the root folder of the git work tree around ``cwd``, or None outside one."""
    try:
        return Path(_git(["rev-parse", "--show-toplevel"], Path(cwd or Path.cwd()), "git").strip())
    except GitError:
        return None


def repository_root(cwd: Path | None = None) -> Path:
    """Return the git top level around ``cwd``, else ``cwd`` itself (report paths start here)."""
    cwd = Path(cwd or Path.cwd()).absolute()
    return git_toplevel(cwd) or cwd


def relative_path(path: str, root: Path) -> str | None:
    """Return ``path`` relative to ``root`` with forward slashes, or None when it is outside."""
    # Resolve the folder but not the file: a symlinked document keeps its own name.
    absolute = Path(os.path.realpath(os.path.dirname(os.path.abspath(path)))) / Path(path).name
    try:
        return absolute.relative_to(Path(os.path.realpath(root))).as_posix()
    except ValueError:
        return None


@dataclass
class ChangedLines:
    """The lines added or changed since a ref, per file relative to the repository root."""

    root: Path
    lines: dict[str, set[int]] = field(default_factory=dict)
    """Changed 1-based line numbers of each file that the diff touches."""
    tracked: set[str] = field(default_factory=set)
    """Files in git's index; a known file missing from the diff did not change, and a file
    git does not know (untracked, ignored) is new from its first line to its last."""

    def changed(self, path: str, first_line: int, last_line: int) -> bool:
        """Return True when a line in ``first_line..last_line`` of ``path`` is new."""
        relative = relative_path(path, self.root)
        if relative is None:
            return True  # outside the repository: nothing to compare with, so all of it counts
        if relative not in self.tracked and relative not in self.lines:
            return True
        changed = self.lines.get(relative, set())
        return any(line in changed for line in range(first_line, last_line + 1))


def unquote_path(text: str) -> str:
    """Return a path from a diff header, undoing git's C-style quoting when it is quoted."""
    if not (len(text) >= 2 and text[0] == '"' and text[-1] == '"'):
        return text
    out = bytearray()
    body = text[1:-1].encode("utf-8", "surrogateescape")
    index = 0
    while index < len(body):
        char = body[index]
        if char == 92 and index + 1 < len(body):  # backslash
            following = chr(body[index + 1])
            if following in "01234567":
                out.append(int(body[index + 1 : index + 4], 8))
                index += 4
                continue
            out.append(_ESCAPES.get(following, body[index + 1]))
            index += 2
            continue
        out.append(char)
        index += 1
    return out.decode("utf-8", "surrogateescape")


def _header_path(text: str, prefix: str) -> str | None:
    """Return the path of a ``--- a/x`` or ``+++ b/x`` header (None for /dev/null)."""
    path = unquote_path(text.rstrip("\t"))
    if path == "/dev/null":
        return None
    return path[len(prefix) :] if path.startswith(prefix) else path


def parse_diff(diff: str) -> dict[str, set[int]]:
    """Return the added line numbers per new-side path of a ``git diff -U0`` patch.

    An added line whose text (spacing aside) was deleted elsewhere in the same diff was moved,
    not written: it does not count, so reordering paragraphs or splitting a page is not new
    copy. Blank lines never count as moved, and each deleted line excuses one added line.
    """
    reader = _DiffReader()
    # Split on newlines only: str.splitlines() would also split copy at U+2028 and friends.
    for line in diff.split("\n"):
        reader.read(line)
    return reader.new_lines()


@dataclass
class _DiffReader:
    """Reads a ``-U0`` patch line by line: which file it is in and what its hunk has left."""

    changed: dict[str, set[int]] = field(default_factory=dict)
    """Every new-side path the diff names, with its new lines once :meth:`new_lines` ran."""
    added: list[tuple[str, int, str]] = field(default_factory=list)
    """Added lines in order: (path, 1-based new line number, text)."""
    deleted: Counter[str] = field(default_factory=Counter)
    """How often each deleted text (by :func:`_moved_key`) occurs anywhere in the diff."""
    current: str | None = None
    """The new-side path of the file being read (None before its ``+++`` line or for deletions)."""
    old_left: int = 0
    """Deleted lines the current hunk still owes."""
    new_left: int = 0
    """Added lines the current hunk still owes."""
    next_line: int = 0
    """The new-side line number the next added line has."""

    def read(self, line: str) -> None:
        """Take one line of the patch; returns None."""
        if self._in_hunk() and self._hunk_content(line):
            return
        self._header(line)

    def _in_hunk(self) -> bool:
        """Return True while the current hunk still owes old or new lines."""
        return bool(self.old_left or self.new_left)

    def _hunk_content(self, line: str) -> bool:
        """Count one line inside a hunk; return False (closing the hunk) when it is not content.

        Inside a hunk lines are content whatever they start with: a ``+++ x`` or ``--- x``
        line there is an added or deleted line, not a header.
        """
        if line.startswith("-") and self.old_left:
            self.old_left -= 1
            self.deleted[_moved_key(line[1:])] += 1
            return True
        if line.startswith("+") and self.new_left:
            self.new_left -= 1
            if self.current is not None:
                self.added.append((self.current, self.next_line, line[1:]))
            self.next_line += 1
            return True
        if line.startswith("\\"):  # "\ No newline at end of file" is not content
            return True
        self.old_left = self.new_left = 0  # a short hunk (should not happen): read on as a header
        return False

    def _header(self, line: str) -> None:
        """Follow a line outside hunks: a new file, its new-side path, a rename or a hunk start."""
        if line.startswith("diff --git "):
            self.current = None
        elif line.startswith("+++ "):
            self.current = _header_path(line[4:], "b/")
            if self.current is not None:
                self.changed.setdefault(self.current, set())
        elif line.startswith("rename to ") and self.current is None:
            # a pure rename has no ---/+++ lines: the file is known, none of its lines is new
            self.changed.setdefault(unquote_path(line[len("rename to ") :]), set())
        elif match := _HUNK.match(line):
            self._start_hunk(match)

    def _start_hunk(self, match: re.Match[str]) -> None:
        """Begin a hunk from its ``@@ -a,b +c,d @@`` header (a missing count means 1)."""
        self.old_left = int(match[1] if match[1] is not None else 1)
        self.next_line = int(match[2])
        self.new_left = int(match[3] if match[3] is not None else 1)

    def new_lines(self) -> dict[str, set[int]]:
        """Return the added lines per path, leaving out each one a deleted line excuses as moved."""
        for path, number, text in self.added:
            key = _moved_key(text)
            if key and self.deleted[key] > 0:
                self.deleted[key] -= 1
                continue
            self.changed.setdefault(path, set()).add(number)
        return self.changed


def _moved_key(text: str) -> str:
    """Return ``text`` with its spacing normalised: the identity of a moved line."""
    return " ".join(text.split())


def changed_lines(ref: str, cwd: Path | None = None) -> ChangedLines:
    """Return the lines added or changed since the merge base of ``ref`` and HEAD.

    The diff runs against the work tree, so staged and unstaged edits count as changes, and
    files git does not track count as new from their first line to their last.
    """
    cwd = Path(cwd or Path.cwd()).absolute()
    root = git_toplevel(cwd)
    if root is None:
        raise GitError(f"--diff {ref}: {cwd} is not inside a git repository")
    try:
        _git(
            ["rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"], root, ""
        )
    except GitError:
        raise GitError(
            f"--diff {ref}: unknown git ref (not a branch, tag or commit here)"
        ) from None
    base = _git(
        ["merge-base", "--end-of-options", ref, "HEAD"],
        root,
        f"--diff {ref}: no merge base with HEAD",
    ).strip()
    diff = _git(
        [
            "diff", "-U0", "--no-color", "--no-ext-diff", "--no-textconv", "--find-renames",
            "--src-prefix=a/", "--dst-prefix=b/", base, "--",
        ],
        root,
        f"--diff {ref}",
    )  # fmt: skip
    listing = _git(["ls-files", "-z", "--cached"], root, "git ls-files")
    return ChangedLines(root, parse_diff(diff), {p for p in listing.split("\0") if p})
