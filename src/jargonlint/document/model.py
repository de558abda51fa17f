"""The document model every reader produces: prose blocks with source maps, and comments."""

from __future__ import annotations

from dataclasses import dataclass, field

from .sourcemap import LineIndex, SourceMap


@dataclass(frozen=True)
class InlineCode:
    """A code span the reader left out of the prose (Markdown `` `max_guests` ``).

    Checks never see it as words; the tech-term rule judges it from here.
    """

    at: int
    """The prose offset where the code stood (block-relative)."""
    text: str
    """The code as written, without its backticks."""
    source_start: int
    source_end: int
    """The file span of the code itself, inside its backticks."""


@dataclass(frozen=True)
class Block:
    """One unit of prose as a reader reads it: a heading, paragraph, list item, cell, alt text.

    ``text`` is the prose (markup removed, entities and escapes decoded, soft line breaks kept
    as ``\\n``); ``source_map`` maps its offsets back to the file.
    """

    text: str
    source_map: SourceMap
    kind: str = "paragraph"
    """heading, paragraph, list-item, table-cell, blockquote, alt, title, front-matter or text."""
    code: tuple[InlineCode, ...] = ()
    """The inline code spans left out of ``text``, in order (Markdown only)."""


@dataclass(frozen=True)
class Comment:
    """A comment in the source that may hold a suppression directive."""

    text: str
    """The comment body without its delimiters (``<!--``/``-->`` or the leading ``#``)."""
    line: int
    """1-based line where the comment starts."""
    end_line: int
    """1-based line where the comment ends."""


@dataclass
class Document:
    """A file's text, the prose blocks found in it in reading order, and its comments."""

    path: str
    text: str
    """The file's text after decoding (a UTF-8 BOM removed); offsets refer to it."""
    blocks: list[Block] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    format: str = "text"
    """markdown | html | text"""
    _lines: LineIndex | None = field(default=None, repr=False)

    @property
    def lines(self) -> LineIndex:
        """Return the (cached) line index of the file text."""
        if self._lines is None:
            self._lines = LineIndex(self.text)
        return self._lines
