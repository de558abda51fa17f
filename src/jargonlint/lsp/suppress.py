"""Where a "suppress on this line" comment goes, and what it says, for each file format.

The comment has to be invisible where the copy is published and must not change how the page
renders. In Markdown a comment on a line of its own can end a paragraph or a list, so when the
line before the finding holds prose (or, for a list item, the last line of the item before)
the comment goes at the end of that line instead (an inline HTML comment); otherwise it goes on
a new line above. HTML takes a comment line anywhere prose
is; plain text has `# jargonlint-disable-next-line` lines. Front matter has no comments that
jargonlint reads, so findings there get no suppression action.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document.model import Document
from ..document.sourcemap import line_spans

FRONT_MATTER = "front-matter"
LIST_ITEM = re.compile(r"\s{0,3}(?:[-+*]|\d{1,9}[.)])(?:\s|$)")


@dataclass(frozen=True)
class Insertion:
    """Insert ``text`` at code-point ``offset`` of the document."""

    offset: int
    text: str


def prose_lines(document: Document) -> dict[int, str]:
    """Return the kind of block (paragraph, heading, front-matter...) on each 1-based line."""
    kinds: dict[int, str] = {}
    for block in document.blocks:
        for index, char in enumerate(block.text):
            if not char.isspace():
                line = document.lines.line_of(block.source_map.source_offset(index))
                kinds.setdefault(line, block.kind)
    return kinds


def directive(fmt: str, code: str) -> str:
    """Return the suppression comment for one rule in a format (no line ending)."""
    if fmt == "text":
        return f"# jargonlint-disable-next-line {code}"
    return f"<!-- jargonlint-disable-next-line {code} -->"


def suppression(document: Document, line: int, code: str) -> Insertion | None:
    """Return the insertion that suppresses ``code`` on 1-based ``line``, or None if none can."""
    kinds = prose_lines(document)
    if kinds.get(line) == FRONT_MATTER:
        return None
    text = document.text
    spans = line_spans(text)
    start, end = spans[line - 1]
    ending = text[end : spans[line][0]] if line < len(spans) else "\n"
    comment = directive(document.format, code)
    if document.format == "markdown":
        before = _previous_nonblank(text, spans, line)
        # Across a blank line only a list item needs this: a comment line there ends the list.
        adjacent = before == line - 1 or LIST_ITEM.match(text[start:end])
        if before is not None and adjacent and kinds.get(before) not in (None, FRONT_MATTER):
            return Insertion(spans[before - 1][1], f" {comment}")
    indent = text[start:end][: len(text[start:end]) - len(text[start:end].lstrip())]
    if document.format == "markdown":
        indent = ""  # four spaces would make the comment an indented code block
    return Insertion(start, f"{indent}{comment}{ending or chr(10)}")


def _previous_nonblank(text: str, spans: list[tuple[int, int]], line: int) -> int | None:
    for previous in range(line - 1, 0, -1):
        start, end = spans[previous - 1]
        if text[start:end].strip():
            return previous
    return None
