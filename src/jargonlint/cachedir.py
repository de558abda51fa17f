"""Where jargonlint keeps its caches, and reading a cache's JSON file without trusting it."""

from __future__ import annotations

import json
import os
from importlib import metadata
from pathlib import Path

from .safeio import read_regular


def cache_root() -> Path | None:
    """Return the cache folder, or None when there is no place for one.

    ``$JARGONLINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/jargonlint``, else
    ``~/.cache/jargonlint`` (None when the home folder is the file system's root).
    """
    folder = os.environ.get("JARGONLINT_CACHE_DIR")
    if folder:
        return Path(folder)
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        home = Path.home()
        if home == Path("/"):
            return None
        base = str(home / ".cache")
    return Path(base) / "jargonlint"


def versioned_file(stem: str, package: str) -> Path | None:
    """Return ``<cache folder>/<stem>-jargonlint-<version>-<package>-<its version>.json``.

    Keyed by both versions, so a table written by another jargonlint or another release of the
    package it remembers is never read. None when there is no cache folder.
    """
    from . import __version__

    root = cache_root()
    if root is None:
        return None
    try:
        version = metadata.version(package)
    except metadata.PackageNotFoundError:
        version = "unknown"
    return root / f"{stem}-jargonlint-{__version__}-{package}-{version}.json"


def read_json_object(path: Path | None, max_bytes: int) -> dict:
    """Return the JSON object in ``path``; an empty dict when it is missing, odd or corrupt.

    The file is read only when it is a regular file (a FIFO would hang) no larger than
    ``max_bytes``; the caller still checks every entry's shape.
    """
    try:
        raw = json.loads(read_regular(path, max_bytes)) if path else {}
    except (OSError, ValueError, RecursionError):
        return {}
    return raw if isinstance(raw, dict) else {}
