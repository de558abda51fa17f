"""The copy with every finding highlighted in place, as HTML that escapes everything.

Findings may nest ("platform leverages" holds "leverages") or cross; each becomes one or more
`<mark data-f=ID>` elements whose text, joined in document order, is exactly the finding's span.
A mark that crosses another is closed and reopened around it, so the markup stays well formed.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Span:
    """One highlight: file offsets, the element id, and its classes and tooltip."""

    start: int
    end: int
    ident: str
    classes: str
    title: str


def display_text(text: str) -> str:
    """Return text as the page shows it: line endings as LF, control characters as U+FFFD.

    Browsers turn CRLF and CR into LF and NUL into U+FFFD when they parse a page; doing it here
    keeps every highlight's text equal to what its span holds as the reader sees it.
    """
    return _CONTROL.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))


def _open(span: Span) -> str:
    return (
        f'<mark class="{html.escape(span.classes)}" data-f="{html.escape(span.ident)}" '
        f'title="{html.escape(span.title)}" tabindex="0">'
    )


def _piece(text: str, start: int, end: int) -> str:
    return html.escape(display_text(text[start:end]), quote=False)


def highlighted(text: str, spans: list[Span]) -> str:
    """Return ``text`` escaped, with a mark around every span (nested, or split where crossed)."""
    starts: dict[int, list[Span]] = {}
    for span in spans:
        starts.setdefault(span.start, []).append(span)
    boundaries = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans})
    out: list[str] = []
    stack: list[Span] = []
    for index, position in enumerate(boundaries):
        _close_at(position, stack, out)
        opening = sorted(starts.get(position, []), key=lambda s: (-s.end, s.ident))
        for span in opening:
            out.append(_open(span))
            if span.end == position:  # an empty span: a mark with nothing inside
                out.append("</mark>")
            else:
                stack.append(span)
        if index + 1 < len(boundaries):
            out.append(_piece(text, position, boundaries[index + 1]))
    return "".join(out)


def _close_at(position: int, stack: list[Span], out: list[str]) -> None:
    """Close the marks ending here; marks above them close too and reopen after."""
    if not any(span.end == position for span in stack):
        return
    reopen: list[Span] = []
    while any(span.end == position for span in stack):
        span = stack.pop()
        out.append("</mark>")
        if span.end != position:
            reopen.append(span)
    for span in reversed(reopen):
        out.append(_open(span))
        stack.append(span)
