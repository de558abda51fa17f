"""Columns in code units: UTF-16 for the Language Server Protocol, UTF-8 bytes for reviewdog.

jargonlint counts columns in Unicode code points; editors and tools count in code units of an
encoding. A character outside the Basic Multilingual Plane (an emoji, 𝐀) is one code point, two
UTF-16 units and four UTF-8 bytes. Lines end at CRLF, LF or CR, as in LineIndex and the LSP.
"""

from __future__ import annotations

from bisect import bisect_right

from .document.sourcemap import LineIndex

ENCODINGS = ("utf-16", "utf-8", "utf-32")


def units(text: str, encoding: str) -> int:
    """Return the length of ``text`` in code units of ``encoding`` (utf-16, utf-8 or utf-32)."""
    if encoding == "utf-16":
        return len(text.encode("utf-16-le", "surrogatepass")) // 2
    if encoding == "utf-8":
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text)


class UnitColumns:
    """Converts between code-point offsets and (line, unit column) pairs of one text."""

    def __init__(self, text: str, encoding: str = "utf-16"):
        if encoding not in ENCODINGS:
            raise ValueError(f"unknown encoding {encoding!r}")
        self.text = text
        self.encoding = encoding
        self.lines = LineIndex(text)

    def position(self, offset: int) -> tuple[int, int]:
        """Return the 0-based line and 0-based unit column of a code-point offset."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect_right(self.lines.line_starts, offset) - 1
        start = self.lines.line_starts[line]
        return line, units(self.text[start:offset], self.encoding)

    def offset(self, line: int, column: int) -> int:
        """Return the code-point offset of a 0-based line and unit column (clamped to the line).

        A column that falls inside a character (between the two halves of a surrogate pair)
        moves to that character's start.
        """
        starts = self.lines.line_starts
        if line >= len(starts):
            return len(self.text)
        start = starts[max(line, 0)]
        end = starts[line + 1] if line + 1 < len(starts) else len(self.text)
        counted = 0
        for index in range(start, end):
            width = units(self.text[index], self.encoding)
            if counted + width > column or self.text[index] in "\r\n":
                return index
            counted += width
        return end
