"""Markdown reader: the prose of a Markdown file as Blocks whose offsets point into the file.

markdown-it gives block tokens line ranges but inline tokens no positions, and it normalises
line endings first. So positions are recovered in two steps:

1. Align: each inline token's ``content`` (exactly the string markdown-it's inline parser read)
   is paired character by character with the original file text, using the token's lines.
2. Walk: the inline children are located inside ``content`` with a cursor that only moves
   forward, decoding escapes and entities the way markdown-it does, and stepping over link
   destinations, code spans, autolinks and raw HTML so later text cannot match inside them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .frontmatter import DEFAULT_FRONT_MATTER_FIELDS, find_front_matter, front_matter_blocks
from .model import Block, Comment
from .sourcemap import LineIndex, SourceMapBuilder, line_spans

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

__all__ = ["DEFAULT_FRONT_MATTER_FIELDS", "read_markdown"]

# Characters a backslash escapes in CommonMark (ASCII punctuation).
_ESCAPABLE = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
# The same entity patterns markdown-it's entity rule uses.
_DIGITAL_ENTITY = re.compile(r"&#((?:x[a-f0-9]{1,6}|[0-9]{1,7}));", re.IGNORECASE)
_NAMED_ENTITY = re.compile(r"&([a-z][a-z0-9]{1,31});", re.IGNORECASE)
_HTML_COMMENT = re.compile(r"<!--(.*?)(?:-->|\Z)", re.DOTALL)
_BREAK_TAG = re.compile(r"<br\s*/?>\Z", re.IGNORECASE)
_CONTAINERS = {"blockquote_open": "blockquote", "list_item_open": "list-item"}
_MARKUP_PAIRS = ("em_", "strong_", "s_")


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"linkify": True}).enable(["table", "strikethrough", "linkify"])


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
    tokens = _parser().parse("\n" * skipped_lines + text[parse_from:])
    reader = _BlockWalker(text, lines)
    reader.walk(tokens)
    blocks.extend(reader.blocks)
    blocks.sort(key=lambda block: block.source_map.pieces[0].source_start)
    return blocks, reader.comments


class _BlockWalker:
    """Walks block tokens, tracking which container each inline token sits in."""

    def __init__(self, text: str, lines: list[tuple[int, int]]):
        self.text = text
        # markdown-it turns NUL into U+FFFD; align against a copy that does the same.
        self.match_text = text.replace("\0", "\ufffd") if "\0" in text else text
        self.lines = lines
        self.index = LineIndex(text)
        self.blocks: list[Block] = []
        self.comments: list[Comment] = []
        self._row_cursor = 0

    def walk(self, tokens: list[Token]) -> None:
        """Collect blocks and comments from the block token stream."""
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
                self._row_cursor = self.lines[token.map[0]][0]
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
                aligned = self._align_atx(content, token.map[0])
            else:
                aligned = self._align_lines(content, token.map[0])
        elif leaf.type in ("th_open", "td_open"):
            kind = "table-cell"
            aligned = self._align_cell(content, token.map[0])
        else:
            kind = containers[-1] if containers else "paragraph"
            aligned = self._align_lines(content, token.map[0])
        if aligned is None:
            aligned = self._align_greedy(content, token.map)
        starts, ends = aligned
        walker = _InlineWalker(self, content, starts, ends)
        builder = SourceMapBuilder()
        walker.walk(token.children or [], builder)
        self.add_block(builder, kind)

    def add_block(self, builder: SourceMapBuilder, kind: str) -> None:
        """Keep the built prose as a Block unless it is only whitespace."""
        prose, source_map = builder.build()
        if prose.strip():
            self.blocks.append(Block(prose, source_map, kind))

    def add_comment(self, body: str, start: int, end: int) -> None:
        """Record an HTML comment spanning file offsets ``[start, end)``."""
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

    # Step 1: pair each content character with its source span (start and end offsets).

    def _align_lines(self, content: str, first_line: int) -> tuple[list[int], list[int]] | None:
        """Align paragraph-like content: each content line is the tail of its source line."""
        parts = content.split("\n")
        if first_line + len(parts) > len(self.lines):
            return None
        starts: list[int] = []
        ends: list[int] = []
        for k, part in enumerate(parts):
            line_start, line_end = self.lines[first_line + k]
            line = self.match_text[line_start:line_end]
            # The content line is the line's tail, minus trimmed trailing whitespace on the last
            # line, so its rightmost occurrence is the right one.
            at = line.rfind(part) if part else len(line)
            lead = 0
            if at < 0:
                # Tabs partly consumed by indentation come back as spaces that are not in the file.
                core = part.lstrip(" ")
                lead = len(part) - len(core)
                at = line.rfind(core) if core else -1
                if at < 0:
                    return None
            origin = line_start + at
            starts.extend([origin] * lead)
            ends.extend([origin] * lead)
            size = len(part) - lead
            starts.extend(range(origin, origin + size))
            ends.extend(range(origin + 1, origin + size + 1))
            if k + 1 < len(parts):
                starts.append(line_end)
                ends.append(self.lines[first_line + k + 1][0])
        return starts, ends

    def _align_atx(self, content: str, line_number: int) -> tuple[list[int], list[int]] | None:
        if "\n" in content or line_number >= len(self.lines):
            return None
        line_start, line_end = self.lines[line_number]
        marker = self.match_text.find("#", line_start, line_end)
        if marker < 0:
            return None
        while marker < line_end and self.match_text[marker] == "#":
            marker += 1
        at = self.match_text.find(content, marker, line_end)
        if at < 0:
            return None
        return list(range(at, at + len(content))), list(range(at + 1, at + len(content) + 1))

    def _align_cell(self, content: str, line_number: int) -> tuple[list[int], list[int]] | None:
        if "\n" in content or line_number >= len(self.lines):
            return None
        line_end = self.lines[line_number][1]
        # Inside a cell a pipe is always written escaped; markdown-it drops the backslash.
        pattern = "".join(r"\\?\|" if ch == "|" else re.escape(ch) for ch in content)
        match = re.compile(pattern).search(self.match_text, self._row_cursor, line_end)
        if match is None:
            return None
        starts: list[int] = []
        ends: list[int] = []
        q = match.start()
        for ch in content:
            width = 2 if ch == "|" and self.match_text[q] == "\\" else 1
            starts.append(q)
            ends.append(q + width)
            q += width
        self._row_cursor = match.end()
        return starts, ends

    def _align_greedy(self, content: str, line_range: list[int]) -> tuple[list[int], list[int]]:
        """Fallback: match content characters in order anywhere in the block's lines."""
        first = min(line_range[0], len(self.lines) - 1)
        last = min(max(line_range[1] - 1, first), len(self.lines) - 1)
        q = self.lines[first][0]
        region_end = self.lines[last][1]
        starts: list[int] = []
        ends: list[int] = []
        for ch in content:
            if ch == "\n":
                line = self.index.line_of(q) - 1
                if line + 1 < len(self.lines) and self.lines[line][1] <= region_end:
                    starts.append(self.lines[line][1])
                    q = self.lines[line + 1][0]
                    ends.append(q)
                    continue
                found = -1
            else:
                found = self.match_text.find(ch, q, region_end)
            if found < 0:
                starts.append(q)
                ends.append(q)
            else:
                starts.append(found)
                ends.append(found + 1)
                q = found + 1
        return starts, ends


class _InlineWalker:
    """Step 2: locate inline children inside ``content`` and emit prose with file offsets."""

    def __init__(self, owner: _BlockWalker, content: str, starts: list[int], ends: list[int]):
        self.owner = owner
        self.text = owner.text
        self.content = content
        self.starts = starts
        self.ends = ends
        self.pos = 0

    def walk(self, tokens: list[Token], builder: SourceMapBuilder) -> None:
        """Emit the prose of ``tokens`` into ``builder``, advancing the cursor past each one."""
        i = 0
        while i < len(tokens):
            token = tokens[i]
            kind = token.type
            if kind in ("text", "text_special"):
                self._text(token.content, builder)
            elif kind in ("softbreak", "hardbreak"):
                self._line_break(builder)
            elif kind == "code_inline":
                self._code(token.markup, builder)
            elif kind == "link_open" and token.info == "auto":
                close = i + 1
                while close < len(tokens) and tokens[close].type != "link_close":
                    close += 1
                self._auto_link(token.markup, tokens[i + 1 : close], builder)
                i = close
            elif kind == "link_open":
                self._skip_to("[", 1)
            elif kind == "link_close":
                close = self.content.find("]", self.pos)
                if close >= 0:
                    self.pos = self._after_destination(close + 1)
            elif kind == "image":
                self._image(token, builder)
            elif kind == "html_inline":
                self._html(token.content, builder)
            elif kind.startswith(_MARKUP_PAIRS) and token.markup:
                self._skip_to(token.markup, len(token.markup))
            i += 1

    # Emitting prose: content offsets become file offsets here.

    def _span(self, cs: int, ce: int) -> tuple[int, int]:
        n = len(self.content)
        if n == 0:
            return 0, 0
        start = self.starts[cs] if cs < n else self.ends[n - 1]
        if ce <= cs:
            return start, start
        # A line break stands for the line ending plus the container prefix after it.
        if ce < n and self.content[ce - 1] == "\n":
            return start, self.starts[ce]
        return start, self.ends[ce - 1]

    def _verbatim(self, builder: SourceMapBuilder, cs: int, ce: int) -> None:
        if ce <= cs:
            return
        piece = self.content[cs:ce]
        start = self.starts[cs]
        if self.ends[ce - 1] - start == ce - cs and self.text[start : start + ce - cs] == piece:
            builder.verbatim(piece, start)
            return
        for i in range(cs, ce):
            start, end = self.starts[i], self.ends[i]
            if end - start == 1 and self.text[start] == self.content[i]:
                builder.verbatim(self.content[i], start)
            else:
                builder.replaced(self.content[i], start, end - start)

    def _replaced(self, builder: SourceMapBuilder, prose: str, cs: int, ce: int) -> None:
        start, end = self._span(cs, ce)
        builder.replaced(prose, start, end - start)

    def _gap(self, builder: SourceMapBuilder, cs: int, ce: int) -> None:
        start, end = self._span(cs, ce)
        builder.gap(start, end - start)

    # Locating tokens.

    def _skip_to(self, marker: str, length: int) -> int:
        found = self.content.find(marker, self.pos)
        if found >= 0:
            self.pos = found + length
        return found

    def _decode_at(self, q: int) -> tuple[str, int]:
        """Return what the text starting at ``q`` reads as, and how many characters it takes."""
        content = self.content
        ch = content[q]
        if ch == "\\" and q + 1 < len(content):
            following = content[q + 1]
            if following in _ESCAPABLE:
                return following, 2
            return ch, 1
        if ch == "&":
            match = _DIGITAL_ENTITY.match(content, q) or _NAMED_ENTITY.match(content, q)
            if match is not None:
                decoded = _decode_entity(match)
                if decoded is not None:
                    return decoded, match.end() - q
        return ch, 1

    def _match_text(self, at: int, prose: str) -> list[tuple[str, int, int]] | None:
        """Return the (prose, start, end) units if ``prose`` reads from ``at``, else None."""
        units: list[tuple[str, int, int]] = []
        i, q, n = 0, at, len(self.content)
        while i < len(prose):
            if q >= n:
                return None
            decoded, width = self._decode_at(q)
            if not prose.startswith(decoded, i):
                return None
            units.append((decoded, q, q + width))
            i += len(decoded)
            q += width
        return units

    def _text(self, prose: str, builder: SourceMapBuilder) -> None:
        if not prose:
            return
        content = self.content
        segment = content[self.pos : self.pos + len(prose)]
        if segment == prose and "\\" not in segment and "&" not in segment:
            # The usual case: the text sits right at the cursor with nothing to decode.
            self._verbatim(builder, self.pos, self.pos + len(prose))
            self.pos += len(prose)
            return
        first = prose[0]
        at = self.pos
        units = None
        while at < len(content):
            if content[at] in (first, "\\", "&"):
                units = self._match_text(at, prose)
                if units is not None:
                    break
            at += 1
        if units is None:
            # Never drop words: if the text cannot be found, pin it to the cursor.
            start, _ = self._span(self.pos, self.pos)
            builder.replaced(prose, start, 0)
            return
        run_start = -1
        for decoded, start, end in units:
            literal = end - start == len(decoded) and content[start:end] == decoded
            if literal:
                if run_start < 0:
                    run_start = start
                continue
            if run_start >= 0:
                self._verbatim(builder, run_start, start)
                run_start = -1
            self._replaced(builder, decoded, start, end)
        if run_start >= 0:
            self._verbatim(builder, run_start, units[-1][2])
        self.pos = units[-1][2]

    def _line_break(self, builder: SourceMapBuilder) -> None:
        newline = self.content.find("\n", self.pos)
        if newline < 0:
            return
        end = newline + 1
        while end < len(self.content) and self.content[end] in " \t":
            end += 1
        self._replaced(builder, "\n", self.pos, end)
        self.pos = end

    def _backtick_run(self, start: int, length: int) -> tuple[int, int]:
        """Return the first run of exactly ``length`` backticks at or after ``start``."""
        content = self.content
        q = start
        while True:
            q = content.find("`", q)
            if q < 0:
                return -1, -1
            end = q
            while end < len(content) and content[end] == "`":
                end += 1
            if end - q == length:
                return q, end
            q = end

    def _code(self, markup: str, builder: SourceMapBuilder) -> None:
        opening, body = self._backtick_run(self.pos, len(markup))
        if opening < 0:
            return
        _, closing_end = self._backtick_run(body, len(markup))
        if closing_end < 0:
            return
        self._gap(builder, opening, closing_end)
        self.pos = closing_end

    def _auto_link(self, markup: str, inner: list[Token], builder: SourceMapBuilder) -> None:
        content = self.content
        if markup == "autolink":
            start = content.find("<", self.pos)
            end = content.find(">", start) + 1 if start >= 0 else 0
            if start < 0 or end <= 0:
                return
        else:
            start = self.pos
            label = "".join(token.content for token in inner)
            if label and content.startswith(label, start):
                end = start + len(label)
            else:
                end = self._linkified_end(start)
        self._gap(builder, start, end)
        self.pos = end

    def _linkified_end(self, start: int) -> int:
        match = _parser().linkify.match_at_start(self.content[start:])
        if match:
            end = start + match.last_index
            # markdown-it leaves trailing asterisks to emphasis.
            while end > start and self.content[end - 1] == "*":
                end -= 1
            return end
        end = start
        while end < len(self.content) and not self.content[end].isspace():
            end += 1
        return end

    def _after_destination(self, pos: int) -> int:
        """Return the offset after a link's ``(destination "title")`` or ``[label]``, if any."""
        from markdown_it.helpers import parseLinkDestination, parseLinkTitle

        content = self.content
        n = len(content)
        if pos < n and content[pos] == "(":
            q = _skip_blanks(content, pos + 1)
            if q < n:
                destination = parseLinkDestination(content, q, n)
                if destination.ok:
                    q = destination.pos
                    before_title = q
                    q = _skip_blanks(content, q)
                    title = parseLinkTitle(content, q, n)
                    if q < n and before_title != q and title.ok:
                        q = _skip_blanks(content, title.pos)
                if q < n and content[q] == ")":
                    return q + 1
        if pos < n and content[pos] == "[":
            q = pos + 1
            while q < n and content[q] not in "[]":
                q += 2 if content[q] == "\\" else 1
            if q < n and content[q] == "]":
                return q + 1
        return pos

    def _image(self, token: Token, builder: SourceMapBuilder) -> None:
        start = self.content.find("![", self.pos)
        if start < 0:
            return
        self.pos = start + 2
        alt = SourceMapBuilder()
        self.walk(token.children or [], alt)
        self.owner.add_block(alt, "alt")
        close = self.content.find("]", self.pos)
        end = self._after_destination(close + 1) if close >= 0 else self.pos
        self._gap(builder, start, end)
        self.pos = end

    def _html(self, raw: str, builder: SourceMapBuilder) -> None:
        start = self.content.find(raw, self.pos)
        if start < 0:
            return
        end = start + len(raw)
        if raw.startswith("<!--"):
            body = raw[4:-3] if raw.endswith("-->") else raw[4:]
            source_start, source_end = self._span(start, end)
            self.owner.add_comment(body, source_start, source_end)
        elif _BREAK_TAG.match(raw):
            self._replaced(builder, "\n", start, end)
        # Other tags are markup around words, like emphasis: they leave nothing behind.
        self.pos = end


def _skip_blanks(content: str, q: int) -> int:
    while q < len(content) and content[q] in " \t\n":
        q += 1
    return q


def _decode_entity(match: re.Match[str]) -> str | None:
    """Return the text an entity stands for, as markdown-it decodes it, or None if it is not one."""
    from markdown_it.common.entities import entities
    from markdown_it.common.utils import fromCodePoint, isValidEntityCode

    if match.re is _NAMED_ENTITY:
        return entities.get(match.group(1))
    number = match.group(1)
    code = int(number[1:], 16) if number[0] in "xX" else int(number, 10)
    return fromCodePoint(code) if isValidEntityCode(code) else "\ufffd"
