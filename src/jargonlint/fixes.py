"""`--fix`: apply the replacements marked safe, in place, and nothing else.

What a fix run guarantees (see the README's "Safety" section):

* a file is only rewritten if it is still byte for byte what was linted (compare-and-swap);
  otherwise it is left alone with a message, as git refuses to clobber a changed file;
* read-only files are refused; symlinks are fixed through to their target; hard links,
  permissions and ownership are kept (``atomicfile.replace_checked``);
* a second run changes nothing: the fixed text is linted again before it is written, and a
  fix that would invite a further fix (the edit changed how its neighbours read) is held back,
  so the result is stable, as black checks that its output formats to itself.
"""

from __future__ import annotations

import codecs
import errno
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .atomicfile import FileChangedError, read_with_state, replace_checked
from .findings import Finding
from .results import RunResult

BOM = "\ufeff"
Edit = tuple[int, int, str]
"""(start, end, replacement) in file-text offsets."""
Relint = Callable[[str, str], list[Finding]]
"""Lints ``text`` as the file at ``path`` would be linted: (path, text) -> findings."""
MAX_ROUNDS = 8
"""Re-lints per file while holding back unstable fixes; past it, the file is left as it is."""


@dataclass
class FixReport:
    """What `--fix` did: fixes applied, files changed, and files it refused to touch (why)."""

    fixes: int = 0
    files: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)


def safe_edits(text: str, findings: Iterable[Finding]) -> list[Edit]:
    """Return ``(start, end, replacement)`` edits for the findings that carry a safe fix.

    A fix is applied only where the file's text at the span is exactly the matched prose (no
    markup or entity inside it) and it does not overlap an earlier fix (of overlapping fixes,
    the one that starts first wins; at the same start, the longer one).
    """
    edits: list[Edit] = []
    last_end = -1
    for finding in sorted(findings, key=lambda f: (f.offset, -f.end_offset)):
        fix = next((s for s in finding.suggestions if s.kind == "replace" and s.safe), None)
        if fix is None or finding.offset < last_end or finding.end_offset <= finding.offset:
            continue
        if text[finding.offset : finding.end_offset] != finding.match:
            continue
        edits.append((finding.offset, finding.end_offset, fix.text))
        last_end = finding.end_offset
    return edits


def apply_edits(text: str, edits: list[Edit]) -> str:
    """Return ``text`` with non-overlapping, sorted edits applied."""
    parts, cursor = [], 0
    for start, end, replacement in edits:
        parts.append(text[cursor:start])
        parts.append(replacement)
        cursor = end
    parts.append(text[cursor:])
    return "".join(parts)


def _shifted(edits: list[Edit], applied: list[Edit]) -> set[Edit]:
    """Return ``edits`` (not applied) as they stand in the text after ``applied`` were made."""
    moved = set()
    for start, end, replacement in edits:
        delta = sum(len(r) - (e - s) for s, e, r in applied if e <= start)
        moved.add((start + delta, end + delta, replacement))
    return moved


def _nearest(edits: list[Edit], applied: list[Edit], position: int) -> int:
    """Return the index in ``edits`` of the applied edit nearest to ``position`` (fixed text)."""
    best, best_distance = -1, None
    delta = 0
    for start, end, replacement in applied:
        new_start, new_end = start + delta, start + delta + len(replacement)
        distance = max(new_start - position, position - new_end, 0)
        if best_distance is None or distance < best_distance:
            best, best_distance = edits.index((start, end, replacement)), distance
        delta += len(replacement) - (end - start)
    return best


def stable_fix(path: str, text: str, findings: list[Finding], relint: Relint) -> tuple[str, int]:
    """Return the fixed text and the number of fixes in it, decided in one pass.

    The chosen fixes are applied and the result linted again. Any safe fix found there that
    was not already known (a cascade: "At this point in time endeavour" -> "Now endeavour",
    where "endeavour" now reads as a verb) means the nearest applied edit changed how its
    neighbours read, so that edit is held back and the rest tried again. What is written
    therefore offers no new fix to a second run.
    """
    edits = safe_edits(text, findings)
    held: set[int] = set()
    for _ in range(MAX_ROUNDS):
        applied = [edit for index, edit in enumerate(edits) if index not in held]
        if not applied:
            return text, 0
        fixed = apply_edits(text, applied)
        known = _shifted([edits[i] for i in sorted(held)], applied)
        cascades = [edit for edit in safe_edits(fixed, relint(path, fixed)) if edit not in known]
        if not cascades:
            return fixed, len(applied)
        held.update(_nearest(edits, applied, start) for start, _, _ in cascades)
    return text, 0


def fix_files(result: RunResult, sources: dict[str, str], relint: Relint) -> FixReport:
    """Write the safe fixes into each file; return what was fixed and what was refused.

    Each file keeps its encoding (UTF-8), BOM, line endings, permissions, owner, hard links
    and symlinks; a file that changed since it was linted, or is read-only, is refused.
    """
    report = FixReport()
    for file in result.files:
        text = sources.get(file.path)
        if file.error or text is None or not safe_edits(text, file.findings):
            continue
        try:
            count = _fix_file(Path(file.path), text, file.findings, relint)
        except OSError as error:
            report.refused.append((file.path, _reason(error)))
            continue
        if count:
            report.fixes += count
            report.files += 1
    return report


class ReadOnlyFileError(OSError):
    """The file is read-only: --fix refuses it rather than replace it."""


def _reason(error: OSError) -> str:
    if isinstance(error, FileChangedError):
        return f"{error.strerror or 'it changed'}; not fixed (run --fix again)"
    if isinstance(error, ReadOnlyFileError):
        return "read-only; not fixed (make it writable to fix it)"
    return f"not fixed: {error.strerror or error}"


def _fix_file(path: Path, text: str, findings: list[Finding], relint: Relint) -> int:
    """Fix one file; return the number of fixes written (raises OSError to refuse it)."""
    raw, before = read_with_state(path)
    bom = BOM if raw.startswith(codecs.BOM_UTF8) else ""
    if raw.decode("utf-8", "replace") != bom + text:
        raise FileChangedError(errno.EAGAIN, "it changed since it was read")
    if not before.st_mode & 0o222 or not os.access(path, os.W_OK):
        raise ReadOnlyFileError(13, "read-only")
    fixed, count = stable_fix(str(path), text, findings, relint)
    if count:
        replace_checked(path, (bom + fixed).encode("utf-8"), raw, before)
    return count
