"""The baseline file: today's findings recorded, so later runs report only new ones.

The file is JSON, sorted and indented so that its diffs review well::

    {"jargonlint_baseline": 1, "generated_by": "jargonlint 0.1.0",
     "files": {"docs/index.md": [{"code": "JL101", "match": "utilize",
                                  "fingerprint": "…", "count": 2}]}}

File paths are relative to the folder that holds the baseline, so the baseline works from any
working directory and in any clone. Entries are counted: two identical findings need two.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import replace
from pathlib import Path

from . import __version__
from .atomicfile import write_atomically
from .errors import BaselineError
from .fingerprint import FINGERPRINT_VERSION, fingerprint
from .results import FileResult, RunResult
from .safeio import read_regular

BASELINE_FORMAT = FINGERPRINT_VERSION
"""The format version written; a file with any other version is stale."""
FORMAT_KEY = "jargonlint_baseline"
MAX_BASELINE_BYTES = 256 * 1024 * 1024
"""A baseline past this size is refused rather than read (it would not be a baseline)."""

Entries = dict[str, Counter[str]]
"""Per baseline-relative path: how many findings of each fingerprint are accepted."""


def _key(path: str, folder: Path) -> str:
    """Return a finding's path as the baseline records it: relative to the baseline's folder."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(folder).as_posix()
    except ValueError:
        return Path(os.path.relpath(absolute, folder)).as_posix()


def _folder(baseline: Path) -> Path:
    return Path(os.path.abspath(baseline)).parent


def read_baseline(path: Path) -> Entries:
    """Return the accepted fingerprint counts per file, or raise BaselineError saying why not."""
    label = str(path)
    files = _files_section(_baseline_json(path, label), label)
    return {file: _file_counts(file, items, label) for file, items in files.items()}


def _baseline_json(path: Path, label: str) -> object:
    """Return the baseline file's parsed JSON, or raise BaselineError if unreadable or invalid."""
    try:
        text = read_regular(path, MAX_BASELINE_BYTES).decode("utf-8")
    except FileNotFoundError:
        raise BaselineError(
            f"{label}: baseline file not found (create it with --write-baseline)"
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or error
        raise BaselineError(f"{label}: cannot read the baseline: {reason}") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise BaselineError(
            f"{label}:{error.lineno}: not a valid baseline (invalid JSON: {error.msg})"
        ) from None


def _files_section(data: object, label: str) -> dict:
    """Return the ``files`` object of a current-format baseline, or raise BaselineError."""
    if not isinstance(data, dict) or FORMAT_KEY not in data:
        raise BaselineError(f"{label}: not a jargonlint baseline (no {FORMAT_KEY!r} key)")
    if data[FORMAT_KEY] != BASELINE_FORMAT:
        raise BaselineError(
            f"{label}: stale baseline: format {data[FORMAT_KEY]!r}, this jargonlint reads "
            f"format {BASELINE_FORMAT}; write it again with --write-baseline"
        )
    files = data.get("files")
    if not isinstance(files, dict):
        raise BaselineError(f"{label}: not a valid baseline ('files' must be an object)")
    return files


def _file_counts(file: str, items: object, label: str) -> Counter[str]:
    """Return one file's accepted count per fingerprint, or raise BaselineError on a bad entry."""
    if not isinstance(items, list):
        raise BaselineError(f"{label}: not a valid baseline ({file!r} must hold a list)")
    counts: Counter[str] = Counter()
    for item in items:
        entry = _accepted_entry(item)
        if entry is None:
            raise BaselineError(
                f"{label}: not a valid baseline (bad entry under {file!r}: {item!r})"
            )
        identity, count = entry
        counts[identity] += count
    return counts


def _accepted_entry(item: object) -> tuple[str, int] | None:
    """Return an entry's fingerprint and count (default 1), or None when it is malformed.

    A well-formed entry is an object with a string ``fingerprint`` and, when given, a
    positive integer ``count`` (``true`` is not a count).
    """
    if not isinstance(item, dict) or not isinstance(item.get("fingerprint"), str):
        return None
    count = item.get("count", 1)
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        return None
    return item["fingerprint"], count


def filter_baseline(result: RunResult, path: Path, entries: Entries | None = None) -> RunResult:
    """Return the run with the findings the baseline accepts removed (counted, in order).

    ``entries`` is the baseline already read from ``path`` (read here when not given).
    """
    entries = read_baseline(path) if entries is None else entries
    folder = _folder(path)
    files = []
    for file in result.files:
        remaining = Counter(entries.get(_key(file.path, folder), Counter()))
        kept = []
        for finding in file.findings:
            identity = fingerprint(finding)
            if remaining[identity] > 0:
                remaining[identity] -= 1
            else:
                kept.append(finding)
        files.append(replace(file, findings=kept))
    return replace(result, files=files)


def baseline_document(result: RunResult, path: Path) -> dict:
    """Return the baseline for this run, keeping entries of files this run did not lint.

    Files that no longer exist lose their entries, so a baseline does not grow forever.
    """
    folder = _folder(path)
    files: dict[str, list[dict]] = {}
    try:
        old = read_baseline(path) if Path(path).exists() else {}
    except BaselineError:
        old = {}  # the user asked to write it anew: an unreadable old file is replaced
    linted = {_key(file.path, folder) for file in result.files}
    for key in old:
        if key not in linted and (folder / key).is_file():
            files[key] = [
                {"fingerprint": fp, "count": n} for fp, n in sorted(old[key].items()) if n > 0
            ]
    for file in result.files:
        if file.findings:
            files[_key(file.path, folder)] = _entries(file)
    return {
        FORMAT_KEY: BASELINE_FORMAT,
        "generated_by": f"jargonlint {__version__}",
        "files": dict(sorted(files.items())),
    }


def _entries(file: FileResult) -> list[dict]:
    counts: Counter[str] = Counter()
    first: dict[str, tuple[str, str]] = {}
    for finding in file.findings:
        identity = fingerprint(finding)
        counts[identity] += 1
        first.setdefault(identity, (finding.code, finding.match))
    items = [
        {"code": first[fp][0], "match": first[fp][1], "fingerprint": fp, "count": n}
        for fp, n in counts.items()
    ]
    return sorted(items, key=lambda item: (item["code"], item["match"], item["fingerprint"]))


def write_baseline(result: RunResult, path: Path) -> int:
    """Write the run's findings as the baseline atomically; return how many it records."""
    document = baseline_document(result, path)
    text = json.dumps(document, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
    try:
        write_atomically(Path(path), text.encode("utf-8"))
    except OSError as error:
        raise BaselineError(f"{path}: cannot write the baseline: {error}") from None
    return sum(item["count"] for items in document["files"].values() for item in items)
