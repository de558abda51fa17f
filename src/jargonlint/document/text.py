"""Plain-text reader: each paragraph (run of non-blank lines) is one verbatim Block."""

from __future__ import annotations

from .model import Block, Comment
from .sourcemap import LineIndex, SourceMapBuilder, line_spans

_DIRECTIVE_PREFIX = "jargonlint-"


def read_text(text: str) -> tuple[list[Block], list[Comment]]:
    """Return the paragraphs of a plain text as ``text`` Blocks, and its directive comments.

    A line like ``# jargonlint-disable ...`` is a comment, not prose, and ends the paragraph
    around it; any other line starting with ``#`` is ordinary prose.
    """
    blocks: list[Block] = []
    comments: list[Comment] = []
    index: LineIndex | None = None
    paragraph: tuple[int, int] | None = None
    for start, end in line_spans(text):
        line = text[start:end]
        body = _directive(line)
        if body is not None:
            if index is None:
                index = LineIndex(text)
            number = index.line_of(start)
            comments.append(Comment(body, number, number))
        if body is not None or not line.strip():
            if paragraph is not None:
                blocks.append(_block(text, *paragraph))
                paragraph = None
            continue
        paragraph = (start, end) if paragraph is None else (paragraph[0], end)
    if paragraph is not None:
        blocks.append(_block(text, *paragraph))
    return blocks, comments


def _directive(line: str) -> str | None:
    """Return the comment body if ``line`` is a ``# jargonlint-...`` comment, else None."""
    stripped = line.strip()
    if not stripped.startswith("#"):
        return None
    body = stripped[1:].strip()
    return body if body.startswith(_DIRECTIVE_PREFIX) else None


def _block(text: str, start: int, end: int) -> Block:
    builder = SourceMapBuilder()
    builder.verbatim(text[start:end], start)
    prose, source_map = builder.build()
    return Block(prose, source_map, "text")
