"""Markdown reader: the prose of a Markdown file as Blocks whose offsets point into the file.

markdown-it gives block tokens line ranges but inline tokens no positions, and it normalises
line endings first. This module walks the block tokens, deciding each block's kind, and
recovers positions for each inline token in two steps:

1. Align (``markdown_align``): each inline token's ``content`` is paired character by character
   with the original file text, using the token's lines.
2. Walk (``markdown_inline``): the inline children are located inside ``content`` with a cursor
   that only moves forward, and their prose is emitted with file offsets.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..errors import InputError
from .frontmatter import DEFAULT_FRONT_MATTER_FIELDS, find_front_matter, front_matter_blocks
from .markdown_align import SourceAligner
from .markdown_inline import InlineWalker
from .model import Block, Comment, InlineCode
from .sourcemap import LineIndex, SourceMapBuilder, line_spans

if TYPE_CHECKING:
    from linkify_it import LinkifyIt
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

__all__ = ["DEFAULT_FRONT_MATTER_FIELDS", "read_markdown"]

_HTML_COMMENT = re.compile(r"<!--(.*?)(?:-->|\Z)", re.DOTALL)
_CONTAINERS = {"blockquote_open": "blockquote", "list_item_open": "list-item"}


MAX_NESTING = 100
"""Deepest nesting of quotes and lists read; markdown-it would silently skip what is deeper."""
_TOO_DEEP = "jargonlint_too_deep"


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"linkify": True, "maxNesting": MAX_NESTING})
    parser.enable(["table", "strikethrough", "linkify"])
    parser.block.ruler.before("table", "jargonlint_depth", _note_depth)
    return parser


def _note_depth(state, start_line: int, end_line: int, silent: bool) -> bool:
    """Note in ``env`` when the next container would pass MAX_NESTING; never consumes a line."""
    if state.level >= MAX_NESTING - 2:  # a list opens two levels at once (list and item)
        state.env[_TOO_DEEP] = True
    return False


def read_markdown(
    text: str, front_matter_fields: tuple[str, ...] = DEFAULT_FRONT_MATTER_FIELDS
) -> tuple[list[Block], list[Comment]]:
    """Return the prose Blocks (in reading order) and HTML comments of a Markdown text."""
    lines = line_spans(text)
    blocks: list[Block] = []
    skipped_lines = 0
    parse_from = 0
    front_matter = find_front_matter(text, lines)
    if front_matter is not None:
        blocks.extend(front_matter_blocks(text, front_matter, front_matter_fields))
        skipped_lines = front_matter.line_count
        parse_from = front_matter.end
    # Blank lines stand in for the front matter so markdown-it's line numbers stay the file's.
    parser = _parser()
    env: dict = {}
    tokens = parser.parse("\n" * skipped_lines + text[parse_from:], env)
    if env.get(_TOO_DEEP):
        raise InputError(
            f"Markdown quotes or lists nested about {MAX_NESTING // 2} deep or more; not read, "
            "since the deepest part would be skipped"
        )
    reader = _BlockWalker(text, lines, parser.linkify)
    reader.walk(tokens)
    blocks.extend(reader.blocks)
    blocks.sort(key=lambda block: block.source_map.pieces[0].source_start)
    return blocks, reader.comments


class _BlockWalker:
    """Walks block tokens, tracking which container each inline token sits in."""

    def __init__(self, text: str, lines: list[tuple[int, int]], linkify: LinkifyIt):
        self.text = text
        self.lines = lines
        self.index = LineIndex(text)
        self.aligner = SourceAligner(text, lines, self.index)
        self.linkify = linkify
        self.blocks: list[Block] = []
        self.comments: list[Comment] = []

    def walk(self, tokens: list[Token]) -> None:
        """Collect blocks and comments from the block token stream; returns None."""
        containers: list[str] = []
        leaf: Token | None = None
        for token in tokens:
            kind = token.type
            if kind in _CONTAINERS:
                containers.append(_CONTAINERS[kind])
            elif kind in ("blockquote_close", "list_item_close"):
                if containers:
                    containers.pop()
            elif kind in ("paragraph_open", "heading_open", "th_open", "td_open"):
                leaf = token
            elif kind == "tr_open" and token.map:
                self.aligner.start_row(token.map[0])
            elif kind == "inline" and leaf is not None:
                self._inline(token, leaf, containers)
            elif kind == "html_block" and token.map:
                self._html_block_comments(token.map)

    def _inline(self, token: Token, leaf: Token, containers: list[str]) -> None:
        content = token.content
        if not content.strip() or not token.map:
            return
        if leaf.type == "heading_open":
            kind = "heading"
            if leaf.markup.startswith("#"):
                aligned = self.aligner.align_atx(content, token.map[0])
            else:
                aligned = self.aligner.align_lines(content, token.map[0])
        elif leaf.type in ("th_open", "td_open"):
            kind = "table-cell"
            aligned = self.aligner.align_cell(content, token.map[0])
        else:
            kind = containers[-1] if containers else "paragraph"
            aligned = self.aligner.align_lines(content, token.map[0])
        if aligned is None:
            aligned = self.aligner.align_greedy(content, token.map)
        walker = InlineWalker(self, self.text, content, aligned, self.linkify)
        builder = SourceMapBuilder()
        walker.walk(token.children or [], builder)
        self.add_block(builder, kind, walker.code_in(builder))

    def add_block(
        self, builder: SourceMapBuilder, kind: str, code: tuple[InlineCode, ...] = ()
    ) -> None:
        """Keep the built prose as a Block unless it is only whitespace; returns None."""
        prose, source_map = builder.build()
        if prose.strip():
            self.blocks.append(Block(prose, source_map, kind, code))

    def add_comment(self, body: str, start: int, end: int) -> None:
        """Record an HTML comment spanning file offsets ``[start, end)``; returns None."""
        self.comments.append(
            Comment(
                body.strip(), self.index.line_of(start), self.index.line_of(max(end - 1, start))
            )
        )

    def _html_block_comments(self, line_range: list[int]) -> None:
        first, last = line_range[0], min(line_range[1], len(self.lines)) - 1
        if last < first:
            return
        start, end = self.lines[first][0], self.lines[last][1]
        for match in _HTML_COMMENT.finditer(self.text, start, end):
            self.add_comment(match.group(1), match.start(), match.end())
