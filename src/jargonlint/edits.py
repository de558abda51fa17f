"""Text edits a finding's suggestions make: replacements of the match, rewrites of the sentence.

Reporters and the language server offer these as one-click changes, so an edit is only made
where it is exact: a replacement needs the file's text at the span to be the matched prose (no
markup or entity inside, which the edit would destroy), and a rewrite needs the sentence to be
found in the file as written, around the finding, with nothing but whitespace differing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .findings import Finding

SENTENCE_SEARCH_MARGIN = 2000
"""How far before and after a finding the file is searched for its sentence (characters)."""


@dataclass(frozen=True)
class Edit:
    """Replace the file's text between code-point offsets ``start`` and ``end`` with ``text``."""

    start: int
    end: int
    text: str
    kind: str
    """replace | rewrite"""
    safe: bool = False


def span_is_exact(finding: Finding, source: str) -> bool:
    """Return True when the file's text at the finding's span is exactly its matched prose."""
    return source[finding.offset : finding.end_offset] == finding.match and bool(finding.match)


def replacement_edits(finding: Finding, source: str) -> list[Edit]:
    """Return an Edit per `replace` suggestion, safe ones first; none when the span is inexact."""
    if not span_is_exact(finding, source):
        return []
    edits = [
        Edit(finding.offset, finding.end_offset, s.text, "replace", s.safe)
        for s in finding.suggestions
        if s.kind == "replace"
    ]
    return sorted(edits, key=lambda edit: not edit.safe)


def sentence_span(finding: Finding, source: str) -> tuple[int, int] | None:
    """Return the file span of the sentence the finding sits in, or None when not found as-is."""
    words = finding.context.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(word) for word in words))
    low = max(0, finding.offset - len(finding.context) - SENTENCE_SEARCH_MARGIN)
    high = min(len(source), finding.end_offset + len(finding.context) + SENTENCE_SEARCH_MARGIN)
    for match in pattern.finditer(source, low, high):
        if match.start() <= finding.offset and finding.end_offset <= match.end():
            return match.start(), match.end()
    return None


def rewrite_edits(finding: Finding, source: str) -> list[Edit]:
    """Return an Edit per `rewrite` suggestion, replacing the whole sentence it rewrites."""
    rewrites = [s for s in finding.suggestions if s.kind == "rewrite"]
    span = sentence_span(finding, source) if rewrites else None
    if span is None:
        return []
    return [Edit(span[0], span[1], s.text, "rewrite", False) for s in rewrites]
