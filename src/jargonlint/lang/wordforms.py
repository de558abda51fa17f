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
import re
from pathlib import Path

from ..atomicfile import write_atomically
from ..cachedir import read_json_object, versioned_file

MAX_CACHE_BYTES = 32 * 1024 * 1024
"""A cache file past this size is ignored (and rewritten)."""
_WORD = re.compile(r"[a-z0-9][a-z0-9'.-]{0,60}")
_SUPPLETIVE = frozenset(
    {"bad", "be", "eat", "empanel", "gel", "gell", "go", "good", "ill", "impanel", "jell"}
    | {"old", "well"}
)
"""The lemmas whose dictionary forms start with another letter (was, went, ate, better...)."""
_TAG = re.compile(r"[A-Z$]{2,5}")
"""A Penn tag (VBZ, PRP$) or, in a lemma entry, a universal part of speech (VERB, PROPN)."""

Forms = dict[str, tuple[str, ...]]
"""Penn tag → spellings, as lemminflect's getAllInflections returns them."""

_table: dict[str, Forms] | None = None
_dirty = False


def cache_file() -> Path | None:
    """Return the cache file for this lemminflect version, or None when there is no home."""
    return versioned_file("inflections", "lemminflect")


def _read(path: Path | None) -> dict[str, Forms]:
    """Return the valid entries of the cache file (none when it is missing or corrupt)."""
    raw = read_json_object(path, MAX_CACHE_BYTES)
    # Keep only entries of the exact shape written; anything else is dropped.
    # An empty entry is a word lemminflect does not know: remembered too.
    return {
        key: forms for key, value in raw.items() if (forms := _valid_entry(key, value)) is not None
    }


def _load() -> dict[str, Forms]:
    global _table
    if _table is None:
        _table = _read(cache_file())
    return _table


def _valid_form(word: str, spelling: object, lemma: bool = False) -> bool:
    if not isinstance(spelling, str) or not _WORD.fullmatch(spelling):
        return False
    # A form keeps its lemma's first letter (was/be, went/go aside); a lemma entry maps the
    # other way, so there the suppletive word is the spelling.
    return spelling[:1] == word[:1] or (spelling if lemma else word) in _SUPPLETIVE


def _valid_entry(key: object, value: object) -> Forms | None:
    """Return a cache entry as Forms when it has the shape ``save`` writes, else None.

    The key names the word (``d:word``, ``o:POS:word`` or, for lemmas, ``l:POS:word``) and
    every form must be a plain word that keeps the word's first letter, as English inflection
    does outside a few suppletive words: a poisoned entry cannot swap "door" for "use".
    """
    if not isinstance(key, str) or not isinstance(value, dict):
        return None
    word = key.rsplit(":", 1)[-1]
    if not key.startswith(("d:", "o:", "l:")) or not _WORD.fullmatch(word):
        return None
    lemma = key.startswith("l:")
    forms: Forms = {}
    for tag, spellings in value.items():
        if not isinstance(tag, str) or not _TAG.fullmatch(tag) or not isinstance(spellings, list):
            return None
        if not all(_valid_form(word, spelling, lemma) for spelling in spellings):
            return None
        forms[tag] = tuple(spellings)
    return forms


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
    if not any(c.isalpha() for c in word):
        return {}  # as lemmas(): no dictionary entry without a letter
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
    if not any(c.isalpha() for c in word):
        return {}  # no entry of lemminflect's holds no letter ("." or "42"): nothing to load
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
    # Another process (a worker beside this one) may have saved words this one lacks.
    _table.update({k: v for k, v in _read(path).items() if k not in _table})
    data = {k: {t: list(f) for t, f in v.items()} for k, v in _table.items()}
    try:
        write_atomically(path, json.dumps(data).encode("utf-8"))
        _dirty = False
    except OSError:
        pass
