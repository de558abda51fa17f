"""`--fix`: apply the replacements marked safe, in place, and nothing else."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .atomicfile import write_atomically
from .findings import Finding
from .results import RunResult

BOM = "\ufeff"


def safe_edits(text: str, findings: Iterable[Finding]) -> list[tuple[int, int, str]]:
    """Return ``(start, end, replacement)`` edits for the findings that carry a safe fix.

    A fix is applied only where the file's text at the span is exactly the matched prose (no
    markup or entity inside it) and it does not overlap an earlier fix.
    """
    edits: list[tuple[int, int, str]] = []
    last_end = -1
    for finding in sorted(findings, key=lambda f: (f.offset, f.end_offset)):
        fix = next((s for s in finding.suggestions if s.kind == "replace" and s.safe), None)
        if fix is None or finding.offset < last_end:
            continue
        if text[finding.offset : finding.end_offset] != finding.match:
            continue
        edits.append((finding.offset, finding.end_offset, fix.text))
        last_end = finding.end_offset
    return edits


def apply_edits(text: str, edits: list[tuple[int, int, str]]) -> str:
    """Return ``text`` with non-overlapping, sorted edits applied."""
    parts, cursor = [], 0
    for start, end, replacement in edits:
        parts.append(text[cursor:start])
        parts.append(replacement)
        cursor = end
    parts.append(text[cursor:])
    return "".join(parts)


def fix_files(result: RunResult, sources: dict[str, str]) -> tuple[int, int]:
    """Write the safe fixes into each file; return (fixes applied, files changed).

    The file is rewritten atomically with its encoding (UTF-8), BOM, line endings and
    permissions as they were. Raises OSError when a file cannot be written.
    """
    fixes = files = 0
    for file in result.files:
        text = sources.get(file.path)
        if file.error or text is None or not Path(file.path).is_file():
            continue
        edits = safe_edits(text, file.findings)
        if not edits:
            continue
        path = Path(file.path)
        bom = BOM if path.read_bytes().startswith(BOM.encode("utf-8")) else ""
        write_atomically(path, (bom + apply_edits(text, edits)).encode("utf-8"))
        fixes += len(edits)
        files += 1
    return fixes, files
