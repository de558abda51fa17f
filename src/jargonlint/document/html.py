"""HTML reader: text nodes grouped into Blocks at block-level elements, plus alt/title values."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ..errors import InputError
from .html_elements import (
    BLOCK_ELEMENTS,
    IMPLIED_END,
    INLINE_SKIPPED,
    KIND_OF,
    SEPARATING_VOIDS,
    SKIPPED_ELEMENTS,
    VOID_ELEMENTS,
)
from .html_prose import append_decoded, attribute_blocks
from .model import Block, Comment
from .sourcemap import LineIndex, SourceMapBuilder

__all__ = ["append_decoded", "read_html"]


RESCAN_BUDGET_PER_CHAR = 4
"""How many characters the parser may scan again (per character of the file, plus a floor)
for constructs that turn out unfinished, before the file counts as too complex to read."""
RESCAN_FLOOR = 2_000_000


def read_html(text: str) -> tuple[list[Block], list[Comment]]:
    """Return the prose Blocks (in reading order) and comments of an HTML text.

    Raises InputError when the markup is too tangled to read in linear time (thousands of
    tags or comments left open, each of which the standard parser would scan to the end).
    """
    reader = _HtmlReader(text)
    try:
        reader.feed(reader.parsed_text)
        reader.close()
    except _TooComplexError:
        raise InputError(
            "too complex to read as HTML (thousands of unclosed tags or comments); "
            "check that it is really an HTML page"
        ) from None
    reader.finish()
    blocks = sorted(reader.blocks, key=lambda block: block.source_map.pieces[0].source_start)
    return blocks, reader.comments


class _TooComplexError(Exception):
    """The parser has rescanned more text than the budget allows."""


def _neutral_tail(text: str) -> str:
    """Return ``text`` with each ``<`` that can open nothing made plain (same length).

    After the last ``>`` no tag, comment or declaration can end, and after the last comment
    close no comment can; yet the standard parser would scan to the end of the file once per
    such ``<`` before giving it up as text: quadratic time. Those characters are text either
    way, so the parser is shown a stand-in and the reader takes the real ones from the file.
    """
    cut = text.find("<", text.rfind(">") + 1)
    head, tail = (text, "") if cut < 0 else (text[:cut], text[cut:].replace("<", _STAND_IN))
    last_close = -1
    for last_close_match in _COMMENT_CLOSE.finditer(head):
        last_close = last_close_match.start()
    opener = head.find("<!--", max(last_close - 3, 0))
    if opener >= 0:
        head = head[:opener] + head[opener:].replace("<!--", _STAND_IN + "!--")
    return head + tail


_COMMENT_CLOSE = re.compile(r"--\s*>")
_STAND_IN = "\0"  # decoded copy never holds NUL (the reader refuses it), so it stands out


class _HtmlReader(HTMLParser):
    """Collects prose blocks and comments from HTMLParser's events, with file offsets."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)
        self.source = text
        self.parsed_text = _neutral_tail(text)
        self.text = self.parsed_text
        self._rescanned = 0
        self._budget = RESCAN_BUDGET_PER_CHAR * len(text) + RESCAN_FLOOR
        # HTMLParser counts lines by "\n" only, whatever the file's line endings are.
        self._newline_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self._index = LineIndex(text)
        self.blocks: list[Block] = []
        self.comments: list[Comment] = []
        self._open: list[str] = []
        self._skipping: list[str] = []
        self._skip_start = 0
        self._builder = SourceMapBuilder()
        self._kind = "paragraph"
        self._cursor = 0

    # Positions.

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._newline_starts[line - 1] + column

    def _locate(self, raw: str) -> int:
        """Return where ``raw`` (the current event's source text) starts in the file."""
        offset = self._offset()
        if not self.text.startswith(raw, offset):
            found = self.text.find(raw, self._cursor)
            offset = found if found >= 0 else offset
        self._cursor = max(self._cursor, offset + len(raw))
        return offset

    # Blocks.

    def _start_text(self) -> None:
        if self._builder.length == 0:
            self._kind = "paragraph"
            for name in reversed(self._open):
                if name in KIND_OF:
                    self._kind = KIND_OF[name]
                    break

    def _flush(self) -> None:
        prose, source_map = self._builder.build()
        if prose.strip():
            self.blocks.append(Block(prose, source_map, self._kind))
        self._builder = SourceMapBuilder()

    def finish(self) -> None:
        """Keep the last block of prose; returns None."""
        self._flush()

    # Bounding the standard parser's rescans of unfinished constructs.

    def _bounded(self, end: int, start: int) -> int:
        if end < 0:  # unfinished: the parser scanned to the end and will try again further on
            self._rescanned += len(self.rawdata) - start
            if self._rescanned > self._budget:
                raise _TooComplexError
        return end

    def parse_starttag(self, i: int) -> int:
        return self._bounded(super().parse_starttag(i), i)

    def parse_endtag(self, i: int) -> int:
        return self._bounded(super().parse_endtag(i), i)

    def parse_comment(self, i: int, report: int = 1) -> int:
        return self._bounded(super().parse_comment(i, report), i)

    def parse_bogus_comment(self, i: int, report: int = 1) -> int:
        return self._bounded(super().parse_bogus_comment(i, report), i)

    def parse_pi(self, i: int) -> int:
        return self._bounded(super().parse_pi(i), i)

    def parse_html_declaration(self, i: int) -> int:
        return self._bounded(super().parse_html_declaration(i), i)

    # Parser events.

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, closes=True)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, closes=False)

    def _start(self, tag: str, closes: bool) -> None:
        raw = self.get_starttag_text() or ""
        start = self._locate(raw)
        end = start + len(raw)
        if self._skipping:
            if tag in SKIPPED_ELEMENTS and closes and tag not in VOID_ELEMENTS:
                self._skipping.append(tag)
            return
        self.blocks.extend(attribute_blocks(raw, start))
        if tag in SKIPPED_ELEMENTS:
            if closes:
                self._skipping.append(tag)
                self._skip_start = start
            else:
                self._builder.gap(start, end - start)
            return
        if tag in BLOCK_ELEMENTS:
            self._flush()
            if tag in IMPLIED_END:
                self._close_implied(IMPLIED_END[tag])
            if closes and tag not in VOID_ELEMENTS:
                self._open.append(tag)
        elif tag == "br":
            self._start_text()
            self._builder.replaced("\n", start, end - start)
        elif tag in SEPARATING_VOIDS:
            self._builder.gap(start, end - start)

    def _close_implied(self, family: set[str]) -> None:
        if self._open and self._open[-1] in family:
            self._open.pop()

    def handle_endtag(self, tag: str) -> None:
        start = self._offset()
        close = self.text.find(">", start)
        end = close + 1 if close >= 0 else len(self.text)
        self._cursor = max(self._cursor, end)
        if self._skipping:
            if tag in self._skipping:
                while self._skipping.pop() != tag:
                    pass
            elif tag in BLOCK_ELEMENTS and all(t in INLINE_SKIPPED for t in self._skipping):
                # "<p><code>x</p>": the paragraph's end closes the unclosed code.
                self._skipping.clear()
            else:
                return
            if self._skipping:
                return
            self._builder.gap(self._skip_start, end - self._skip_start)
            if tag not in BLOCK_ELEMENTS:
                return
        if tag in BLOCK_ELEMENTS:
            self._flush()
            if tag in self._open:
                while self._open.pop() != tag:
                    pass

    def handle_data(self, data: str) -> None:
        if self._skipping or not data:
            return
        start = self._locate(data)
        self._start_text()
        self._builder.verbatim(self.source[start : start + len(data)], start)

    def _reference(self, raw: str) -> None:
        if self._skipping:
            return
        start = self._offset()
        if self.text.startswith(raw + ";", start):
            raw += ";"
        start = self._locate(raw)
        self._start_text()
        append_decoded(self._builder, raw, start)

    def handle_entityref(self, name: str) -> None:
        self._reference("&" + name)

    def handle_charref(self, name: str) -> None:
        self._reference("&#" + name)

    def handle_comment(self, data: str) -> None:
        start = self._offset()
        end = start + len(data) + 7
        self._cursor = max(self._cursor, end)
        line = self._index.line_of(start)
        self.comments.append(Comment(data.strip(), line, self._index.line_of(max(end - 1, start))))
