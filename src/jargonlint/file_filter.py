"""Which files a configuration lints: include/exclude with gitignore rules, and non-copy files.

``include`` and ``exclude`` are gitignore patterns relative to the config file's folder
(matched by pathspec, as git matches .gitignore): `docs/*.md` matches `docs/a.md` but not
`docs/a/b.md`, `a/**/c.md` matches `a/c.md`, a pattern without a slash matches at any depth,
and `!pattern` re-includes. Well-known files that are not customer-facing copy (licences,
change logs, robots.txt, requirements.txt…) are skipped unless ``skip-non-copy`` is false.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import pathspec

if TYPE_CHECKING:
    from .config import Config

_EXTENSION = r"(?:\.(?:md|markdown|txt|html?))?"
NON_COPY_ANY_CASE = re.compile(
    r"""(?ix)
    (?: licen[cs]e(?:[-_.][\w.-]*)? | copying(?:\.lesser)? | third[-_]party[-_]notices?
      | changelog ) """
    + _EXTENSION
    + r"""
    | (?: robots | humans | security | ads | app-ads | llms(?:-full)? ) \.txt
    | [\w.-]*requirements[\w.-]* \.txt | constraints[\w.-]* \.txt | cmakelists\.txt
    """
)
NON_COPY_UPPER_CASE = re.compile(
    r"(?:AUTHORS|CONTRIBUTORS|CHANGES|HISTORY|NEWS|NOTICE)" + _EXTENSION
)
"""Repository records by convention only in capitals: "history.md" may be an about page."""


def is_non_copy(name: str) -> bool:
    """Return True when a file name is a well-known non-copy file (LICENSE, robots.txt...).

    Legal texts (licences, notices) must keep their exact wording; change logs, author lists
    and dependency lists are records for developers; robots.txt and its kin are read by
    machines.
    """
    return bool(NON_COPY_ANY_CASE.fullmatch(name) or NON_COPY_UPPER_CASE.fullmatch(name))


@lru_cache(maxsize=256)
def _spec(patterns: tuple[str, ...]) -> pathspec.GitIgnoreSpec:
    return pathspec.GitIgnoreSpec.from_lines(patterns)


def glob_match(relative: str, pattern: str) -> bool:
    """Return True when a slash-separated relative path matches one gitignore pattern."""
    return _spec((pattern,)).match_file(relative)


def patterns_match(relative: str, patterns: tuple[str, ...]) -> bool:
    """Return True when the patterns, read in order as one .gitignore (`!` re-includes),
    match a slash-separated relative path."""
    return bool(patterns) and _spec(tuple(patterns)).match_file(relative)


def relative_to_root(path: Path, root: Path) -> str:
    """Return ``path`` relative to ``root`` with slashes (as given when it lies outside).

    The folders are resolved but not the file itself: a symlink is matched by its own name.
    """
    real = os.path.join(os.path.realpath(os.path.dirname(os.path.abspath(path))), path.name)
    try:
        return Path(real).relative_to(os.path.realpath(root)).as_posix()
    except ValueError:
        return path.as_posix()


def config_selects(config: Config, path: Path) -> bool:
    """Return True when the config lints ``path`` found in a folder (or named with
    --force-exclude): not a non-copy file it skips, not excluded, and included."""
    if config.skip_non_copy and is_non_copy(path.name):
        return False
    return selected(relative_to_root(path, config.root), config.include, config.exclude)


def selected(relative: str, include: tuple[str, ...], exclude: tuple[str, ...]) -> bool:
    """Return True when a relative path is not excluded and is included (or include is empty)."""
    if patterns_match(relative, exclude):
        return False
    return not include or patterns_match(relative, include)
