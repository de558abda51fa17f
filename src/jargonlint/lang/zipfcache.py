"""wordfreq's Zipf values, remembered on disk so a run over known words need not load wordfreq.

Importing wordfreq and reading its English table costs a few tenths of a second, more than
linting a short file; a site's pages reuse the same words from run to run. The values looked
up are kept in a JSON file in the cache folder (``$JARGONLINT_CACHE_DIR``, else
``$XDG_CACHE_HOME/jargonlint``, else ``~/.cache/jargonlint``), one file per jargonlint and
wordfreq version. A missing, unreadable or corrupt file only costs time; entries of any other
shape are dropped; an unwritable folder is skipped silently.
"""

from __future__ import annotations

import atexit
import json
import math
from pathlib import Path

from ..atomicfile import write_atomically
from ..cachedir import read_json_object, versioned_file

MAX_CACHE_BYTES = 16 * 1024 * 1024
"""A cache file past this size is ignored (and rewritten)."""
MAX_WORDS = 200_000
"""Words remembered at most; past this, new words are looked up but not kept."""
MAX_WORD = 60
"""Longer strings are looked up every time (they are rare and would bloat the file)."""
MAX_ZIPF = 9.0
"""No English word is this frequent (wordfreq's "the" is about 7.7)."""

_table: dict[str, float] | None = None
_dirty = False


def cache_file() -> Path | None:
    """Return the cache file for this wordfreq version, or None when there is no home."""
    return versioned_file("zipf", "wordfreq")


def _valid(word: object, value: object) -> bool:
    return (
        isinstance(word, str)
        and 0 < len(word) <= MAX_WORD
        and word == word.lower()
        and isinstance(value, float | int)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and 0.0 <= value <= MAX_ZIPF
    )


def _read(path: Path | None) -> dict[str, float]:
    """Return the valid entries of the cache file (none when it is missing or corrupt)."""
    raw = read_json_object(path, MAX_CACHE_BYTES)
    return {word: float(value) for word, value in raw.items() if _valid(word, value)}


def _load() -> dict[str, float]:
    global _table
    if _table is None:
        _table = _read(cache_file())
    return _table


def zipf_of(lower: str) -> float:
    """Return wordfreq's English Zipf value of a lower-case word, remembered on disk."""
    global _dirty
    table = _load()
    found = table.get(lower)
    if found is not None:
        return found
    from wordfreq import zipf_frequency  # only for a word not seen before

    value = zipf_frequency(lower, "en")
    if len(lower) <= MAX_WORD and len(table) < MAX_WORDS:
        table[lower] = value
        if not _dirty:
            _dirty = True
            atexit.register(save)
    return value


def save() -> None:
    """Write the table back when this process learned new words (atomically; never raises)."""
    global _dirty
    path = cache_file()
    if not _dirty or _table is None or path is None:
        return
    # Another process (a worker beside this one) may have saved words this one lacks.
    for word, value in _read(path).items():
        if len(_table) >= MAX_WORDS:
            break
        _table.setdefault(word, value)
    try:
        write_atomically(path, json.dumps(_table).encode("utf-8"))
        _dirty = False
    except OSError:
        pass
