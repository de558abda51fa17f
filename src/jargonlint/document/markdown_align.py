"""Step 1 of reading Markdown: pair each character of an inline token's content with the file.

markdown-it gives block tokens line ranges but inline tokens no positions, and it normalises
line endings (and NUL) first. An inline token's ``content`` is exactly the string its inline
parser read, so it can be paired character by character with the file text on its lines. The
result is an :data:`Alignment`: for content character ``i``, the file span
``[starts[i], ends[i])`` it came from.
"""

from __future__ import annotations

import re

from .sourcemap import LineIndex

Alignment = tuple[list[int], list[int]]


class SourceAligner:
    """Aligns inline content with the file, one block kind at a time."""

    def __init__(self, text: str, lines: list[tuple[int, int]], index: LineIndex):
        # markdown-it turns NUL into U+FFFD; align against a copy that does the same.
        self.match_text = text.replace("\0", "\ufffd") if "\0" in text else text
        self.lines = lines
        self.index = index
        # Cells of one table row share a line, so each cell is searched for after the last.
        self._row_cursor = 0

    def start_row(self, line_number: int) -> None:
        """Start matching table cells at the beginning of line ``line_number``; returns None."""
        self._row_cursor = self.lines[line_number][0]

    def align_lines(self, content: str, first_line: int) -> Alignment | None:
        """Return the alignment of paragraph-like content, or None if its lines do not match.

        Each content line is the tail of its source line.
        """
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

    def align_atx(self, content: str, line_number: int) -> Alignment | None:
        """Return the alignment of an ATX (``#``) heading's content, or None if not found."""
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

    def align_cell(self, content: str, line_number: int) -> Alignment | None:
        """Return the alignment of a table cell's content in the current row, or None."""
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

    def align_greedy(self, content: str, line_range: list[int]) -> Alignment:
        """Return a fallback alignment that always succeeds.

        Content characters are matched in order anywhere in the block's lines; one that cannot
        be found is pinned, empty, to where matching has got to.
        """
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
