"""The result cache: a file whose inputs have not changed gets its findings back from disk.

Like ruff's and black's caches, an entry is found by a key that hashes everything a file's
findings depend on: the file's bytes and format, the configuration (every setting that shapes
findings), the content of every rule pack, the spaCy pipeline's name and version, the versions of
the libraries whose data the checks read, and jargonlint's own version and code. Change any of
them and the key changes, so a stale entry is never read; nothing has to be invalidated.

Entries live in ``<cache folder>/results/`` (``$JARGONLINT_CACHE_DIR``, else
``$XDG_CACHE_HOME/jargonlint``, else ``~/.cache/jargonlint``), one JSON file per key, written to
a temporary file and renamed into place, so concurrent writers never leave a half-written entry.
Every entry is validated before use (its own key, its shape, every offset inside the file); a
corrupt, foreign or unreadable entry, a FIFO or anything but a regular file is ignored and
replaced. An unwritable cache folder only costs time. This module imports no NLP code.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import tempfile
from dataclasses import asdict, fields
from importlib import metadata, util
from pathlib import Path

from .cachedir import cache_root
from .document.sourcemap import LineIndex
from .findings import CATEGORIES, LEVELS, Finding, Suggestion
from .results import FileResult

CACHE_FORMAT = 1
"""Bumped whenever an entry's layout changes."""
MAX_ENTRY_BYTES = 16 * 1024 * 1024
"""An entry larger than this is not one jargonlint wrote."""
MAX_PACK_BYTES = 64 * 1024 * 1024
"""Packs larger than this are not hashed (the catalogue refuses them anyway)."""
LIBRARIES = ("spacy", "wordfreq", "lemminflect", "markdown-it-py", "PyYAML")
"""Libraries whose behaviour or data shape findings; their versions are part of every key."""
NOT_IN_KEY = frozenset({"source", "root", "origins", "packs", "include", "exclude", "fail_level"})
"""Config fields that never change a file's findings (packs count by their content instead)."""
SUGGESTION_KINDS = frozenset({"replace", "rewrite", "advice"})


def cache_folder() -> Path | None:
    """Return the folder of the result cache, or None when there is no place for it."""
    root = cache_root()
    return root / "results" if root else None


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "absent"


def _code_stamp() -> str:
    """Return jargonlint's version and a stamp of its installed code (editable installs too)."""
    package = Path(__file__).resolve().parent
    parts = [_version("jargonlint")]
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".json", ".yaml"):
            info = path.stat()
            parts.append(f"{path.relative_to(package)}:{info.st_size}:{info.st_mtime_ns}")
    return "\n".join(parts)


def model_stamp(model: str) -> str:
    """Return the identity of a spaCy pipeline (name and version, or its folder's meta)."""
    path = Path(model)
    if path.is_dir():
        meta = path / "meta.json"
        try:
            return f"path:{path.resolve()}:{meta.read_text('utf-8')}"
        except OSError:
            return f"path:{path.resolve()}:no-meta"
    if util.find_spec(model) is None:
        return f"missing:{model}"
    return f"package:{model}:{_version(model)}"


def pack_stamp(pack_paths: list[Path]) -> str:
    """Return a hash of the content of every pack file (shipped and configured)."""
    digest = hashlib.sha256()
    for path in pack_paths:
        digest.update(str(path).encode("utf-8", "surrogateescape") + b"\0")
        # Only a regular file is read (a FIFO or /dev/zero named as a pack must not hang or
        # fill memory here); anything else is the catalogue's to report.
        data = read_regular_file(path, MAX_PACK_BYTES)
        digest.update(data if data is not None else b"\0not a readable regular file\0")
        digest.update(b"\0")
    return digest.hexdigest()


def config_stamp(config) -> str:
    """Return the settings of a config that shape findings, in a stable text form."""
    values = {f.name: getattr(config, f.name) for f in fields(config) if f.name not in NOT_IN_KEY}
    return repr(sorted(values.items()))


def run_key(config, model: str, pack_paths: list[Path]) -> str:
    """Return the key of everything but the file: config, packs, model, libraries, code."""
    digest = hashlib.sha256()
    for part in (
        f"format {CACHE_FORMAT}",
        _code_stamp(),
        config_stamp(config),
        pack_stamp(pack_paths),
        model_stamp(model),
        *(f"{name} {_version(name)}" for name in LIBRARIES),
    ):
        digest.update(part.encode("utf-8", "surrogateescape") + b"\0\0")
    return digest.hexdigest()


def file_key(run: str, fmt: str, data: bytes) -> str:
    """Return the key of one file's findings under a run key."""
    digest = hashlib.sha256(f"{run}\0{fmt}\0".encode())
    digest.update(data)
    return digest.hexdigest()


class ResultCache:
    """Reads and writes validated result entries in one folder."""

    def __init__(self, folder: Path | None):
        self.folder = folder

    def _path(self, key: str) -> Path | None:
        if self.folder is None:
            return None
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str, path: str, text: str) -> FileResult | None:
        """Return the cached result of a file with this key and text, or None."""
        entry = self._read(key)
        if entry is None:
            return None
        try:
            return _result(entry, key, path, text)
        except (KeyError, TypeError, ValueError):
            return None

    def has(self, key: str) -> bool:
        """Return True when a readable entry exists for the key (not yet validated)."""
        entry_path = self._path(key)
        return entry_path is not None and entry_path.is_file()

    def put(self, key: str, result: FileResult) -> None:
        """Store a file's result under its key; errors are never stored, failures ignored."""
        entry_path = self._path(key)
        if entry_path is None or result.error is not None:
            return
        entry = {
            "format": CACHE_FORMAT,
            "key": key,
            "findings": [_finding_entry(f) for f in result.findings],
            "measures": result.measures,
        }
        try:
            data = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            entry_path.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(prefix=".jargonlint-cache-", dir=entry_path.parent)
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(data)
                os.replace(temp, entry_path)
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
        except (OSError, TypeError, ValueError):
            return  # an unwritable cache, or measures that are not JSON: only costs time

    def _read(self, key: str) -> dict | None:
        entry_path = self._path(key)
        data = read_regular_file(entry_path) if entry_path is not None else None
        try:
            entry = json.loads(data.decode("utf-8")) if data is not None else None
        except ValueError:
            return None
        return entry if isinstance(entry, dict) else None


def read_regular_file(path: Path, limit: int = MAX_ENTRY_BYTES) -> bytes | None:
    """Return a regular file's bytes (at most ``limit``), or None for anything else or errors."""
    try:
        # O_NONBLOCK: a FIFO planted in the cache opens at once and is then refused.
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(handle, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks) if size <= limit else None
    except OSError:
        return None
    finally:
        os.close(handle)


def _finding_entry(finding: Finding) -> dict:
    data = asdict(finding)
    for name in ("path", "line", "column", "end_line", "end_column"):
        data.pop(name)  # the path is the caller's; positions are recomputed from offsets
    data["suggestions"] = [s.to_dict() for s in finding.suggestions]
    return data


def _result(entry: dict, key: str, path: str, text: str) -> FileResult:
    """Return the FileResult an entry holds, or raise ValueError/TypeError/KeyError."""
    if entry.get("format") != CACHE_FORMAT or entry.get("key") != key:
        raise ValueError("not this entry")
    measures = entry["measures"]
    if not isinstance(measures, dict) or not isinstance(entry["findings"], list):
        raise TypeError("bad entry")
    lines = LineIndex(text) if entry["findings"] else None
    findings = [_finding(item, path, text, lines) for item in entry["findings"]]
    return FileResult(path, findings, None, measures)


def _finding(item: dict, path: str, text: str, lines: LineIndex) -> Finding:
    strings = ("code", "name", "category", "level", "message", "match", "context")
    if not all(isinstance(item[name], str) for name in strings):
        raise TypeError("bad finding")
    offset, end = item["offset"], item["end_offset"]
    if type(offset) is not int or type(end) is not int or not 0 <= offset <= end <= len(text):
        raise ValueError("offsets outside the file")
    if item["level"] not in LEVELS or item["category"] not in CATEGORIES:
        raise ValueError("unknown level or category")
    suggestions = tuple(_suggestion(s) for s in item["suggestions"])
    line, column = lines.position(offset)
    end_line, end_column = lines.position(end)
    return Finding(
        path=path,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        offset=offset,
        end_offset=end,
        code=item["code"],
        name=item["name"],
        category=item["category"],
        level=item["level"],
        message=item["message"],
        match=item["match"],
        suggestions=suggestions,
        context=item["context"],
    )


def _suggestion(item: dict) -> Suggestion:
    text, kind, safe = item["text"], item["kind"], item["safe"]
    if not isinstance(text, str) or kind not in SUGGESTION_KINDS or type(safe) is not bool:
        raise ValueError("bad suggestion")
    return Suggestion(text, kind, safe)
