"""Inflection tables from lemminflect, remembered on disk so start-up need not load them.

Loading lemminflect's inflection table costs about a second, and every run needs the forms of
the same few hundred pack words. The forms looked up are kept in a small JSON file in the
user's cache folder (``$JARGONLINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/jargonlint``, else
``~/.cache/jargonlint``), one file per lemminflect version. A missing, unreadable or corrupt
cache only costs time; an unwritable cache folder is skipped silently.
"""

from __future__ import annotations

import atexit
import json
import os
from importlib import metadata
from pathlib import Path

from ..atomicfile import write_atomically

Forms = dict[str, tuple[str, ...]]
"""Penn tag → spellings, as lemminflect's getAllInflections returns them."""

_table: dict[str, Forms] | None = None
_dirty = False


def cache_file() -> Path | None:
    """Return the cache file for this lemminflect version, or None when there is no home."""
    folder = os.environ.get("JARGONLINT_CACHE_DIR")
    if not folder:
        base = os.environ.get("XDG_CACHE_HOME") or (
            str(Path.home() / ".cache") if Path.home() != Path("/") else ""
        )
        if not base:
            return None
        folder = str(Path(base) / "jargonlint")
    try:
        version = metadata.version("lemminflect")
    except metadata.PackageNotFoundError:
        version = "unknown"
    return Path(folder) / f"inflections-lemminflect-{version}.json"


def _load() -> dict[str, Forms]:
    global _table
    if _table is None:
        _table = {}
        path = cache_file()
        try:
            raw = json.loads(path.read_text("utf-8")) if path else {}
            if isinstance(raw, dict):
                _table = {
                    key: {tag: tuple(forms) for tag, forms in value.items()}
                    for key, value in raw.items()
                    if isinstance(value, dict)
                }
        except (OSError, ValueError, AttributeError, TypeError):
            _table = {}
    return _table


def _remember(key: str, forms: Forms) -> Forms:
    global _dirty
    table = _load()
    table[key] = forms
    if not _dirty:
        _dirty = True
        atexit.register(save)
    return forms


def inflections(word: str) -> Forms:
    """Return lemminflect's dictionary inflections of a lower-case lemma ({} when unknown)."""
    key = f"d:{word}"
    table = _load()
    if key not in table:
        from lemminflect import getAllInflections

        found = getAllInflections(word)
        return _remember(key, {tag: tuple(values) for tag, values in found.items()})
    return table[key]


def oov_inflections(word: str, upos: str) -> Forms:
    """Return lemminflect's rule-based inflections of a word it does not know, for a POS."""
    key = f"o:{upos}:{word}"
    table = _load()
    if key not in table:
        from lemminflect import getAllInflectionsOOV

        found = getAllInflectionsOOV(word, upos)
        return _remember(key, {tag: tuple(values) for tag, values in found.items()})
    return table[key]


def lemmas(word: str, upos: str | None = None) -> Forms:
    """Return lemminflect's lemmas of a word form ({upos: lemmas}), remembered on disk.

    The first lemma lookup loads lemminflect's lemma table (most of a second); remembering the
    few thousand forms a site uses lets later runs skip the table entirely.
    """
    key = f"l:{upos or ''}:{word}"
    table = _load()
    if key not in table:
        from lemminflect import getAllLemmas

        found = getAllLemmas(word, upos=upos) if upos else getAllLemmas(word)
        return _remember(key, {tag: tuple(values) for tag, values in found.items()})
    return table[key]


def save() -> None:
    """Write the table back when this process learned new words (atomically; never raises)."""
    global _dirty
    path = cache_file()
    if not _dirty or _table is None or path is None:
        return
    data = {k: {t: list(f) for t, f in v.items()} for k, v in _table.items()}
    try:
        write_atomically(path, json.dumps(data).encode("utf-8"))
        _dirty = False
    except OSError:
        pass
