"""One owner for offset arithmetic: prose offsets to file offsets, file offsets to lines."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_LINE_END = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Piece:
    """A run of prose that came from one place in the file.

    When ``source_length == length`` the run is verbatim (prose char i is file char
    ``source_start + i``). Otherwise it is one prose character (or a few) that stands for a
    longer source construct, such as an entity ``&amp;`` or an escape ``\\*``.
    """

    start: int
    length: int
    source_start: int
    source_length: int


class SourceMap:
    """Maps offsets in a block's prose text to offsets in the original file text."""

    def __init__(self, pieces: list[Piece]):
        self.pieces = pieces
        self._starts = [p.start for p in pieces]

    def _piece_at(self, offset: int) -> Piece:
        index = max(bisect_right(self._starts, offset) - 1, 0)
        return self.pieces[index]

    def source_offset(self, offset: int) -> int:
        """Return the file offset where the prose character at ``offset`` starts."""
        piece = self._piece_at(offset)
        delta = offset - piece.start
        if piece.length == piece.source_length:
            return piece.source_start + delta
        return (
            piece.source_start if delta < piece.length else piece.source_start + piece.source_length
        )

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Return the file span ``[start, end)`` covering prose ``[start, end)``."""
        if end <= start:
            at = self.source_offset(start)
            return at, at
        last = self._piece_at(end - 1)
        delta = end - 1 - last.start
        if last.length == last.source_length:
            source_end = last.source_start + delta + 1
        else:
            source_end = last.source_start + last.source_length
        return self.source_offset(start), source_end


class SourceMapBuilder:
    """Builds prose text and its SourceMap piece by piece while a reader extracts prose."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pieces: list[Piece] = []
        self._length = 0
        self._gap: tuple[int, int] | None = None

    @property
    def length(self) -> int:
        """Return the prose length so far."""
        return self._length

    def verbatim(self, text: str, source_start: int) -> None:
        """Append text that stands in the file exactly as it is, starting at ``source_start``."""
        if not text:
            return
        self._add(text, source_start, len(text))

    def replaced(self, text: str, source_start: int, source_length: int) -> None:
        """Append prose standing for ``source_length`` file characters (entity, escape, break)."""
        if not text:
            return
        self._add(text, source_start, source_length)

    def gap(self, source_start: int, source_length: int) -> None:
        """Note removed source (inline code, a URL) here; it only becomes prose when needed.

        The next appended prose gets one space standing for the removed source first, but only
        if words on both sides would otherwise touch; at the start or end of the prose, or next
        to whitespace, the removed source leaves nothing behind.
        """
        if self._gap is None:
            self._gap = (source_start, source_start + source_length)
        else:
            self._gap = (
                min(self._gap[0], source_start),
                max(self._gap[1], source_start + source_length),
            )

    def _flush_gap(self, next_text: str) -> None:
        gap, self._gap = self._gap, None
        if gap is None or not self._parts:
            return
        if self._parts[-1][-1].isspace() or next_text[0].isspace():
            return
        self._add(" ", gap[0], gap[1] - gap[0])

    def _add(self, text: str, source_start: int, source_length: int) -> None:
        if self._gap is not None:
            self._flush_gap(text)
        last = self._pieces[-1] if self._pieces else None
        verbatim = len(text) == source_length
        if (
            last is not None
            and verbatim
            and last.length == last.source_length
            and last.source_start + last.source_length == source_start
        ):
            self._pieces[-1] = Piece(
                last.start,
                last.length + len(text),
                last.source_start,
                last.source_length + len(text),
            )
        else:
            self._pieces.append(Piece(self._length, len(text), source_start, source_length))
        self._parts.append(text)
        self._length += len(text)

    def build(self) -> tuple[str, SourceMap]:
        """Return the prose text and its SourceMap."""
        return "".join(self._parts), SourceMap(list(self._pieces))


class LineIndex:
    """Turns file offsets into 1-based (line, column) pairs; CRLF, LF and CR end lines."""

    def __init__(self, text: str):
        # One regex pass (CRLF before CR) is linear and far faster than a loop over characters.
        self.line_starts = [0] + [match.end() for match in _LINE_END.finditer(text)]

    def position(self, offset: int) -> tuple[int, int]:
        """Return the 1-based line and column of a file offset."""
        line = bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def line_of(self, offset: int) -> int:
        """Return the 1-based line number of a file offset."""
        return bisect_right(self.line_starts, offset)


def line_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every line without its ending; CRLF, LF and CR end lines.

    Lines agree with LineIndex: line ``k`` (0-based) starts at ``LineIndex.line_starts[k]``.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _LINE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans
