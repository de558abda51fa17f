"""Where links end in Markdown inline source: destinations, titles, labels and autolinks.

markdown-it's link tokens carry the link's target but not where it was written, and none of
a link's destination is prose. The inline walker uses these to step its cursor past them, so
later text cannot be matched inside a URL.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from linkify_it import LinkifyIt


def after_link_destination(content: str, pos: int) -> int:
    """Return the offset after a link's ``(destination "title")`` or ``[label]`` at ``pos``.

    Returns ``pos`` itself when neither follows (a shortcut reference link).
    """
    opener = content[pos] if pos < len(content) else ""
    if opener == "(":
        end = _after_inline_destination(content, pos)
    elif opener == "[":
        end = _after_reference_label(content, pos)
    else:
        end = None
    return pos if end is None else end


def _after_inline_destination(content: str, pos: int) -> int | None:
    """Return the offset after the ``(destination "title")`` opening at ``pos``, or None.

    None means the parenthesis never closes where a destination and title could end.
    """
    q = _skip_blanks(content, pos + 1)
    if q < len(content):
        q = _after_destination_and_title(content, q)
    if q < len(content) and content[q] == ")":
        return q + 1
    return None


def _after_destination_and_title(content: str, q: int) -> int:
    """Return where a destination at ``q`` and its optional title end (``q`` if none is there).

    Blanks after the title are skipped too, so the result is where ``)`` should be.
    """
    from markdown_it.helpers import parseLinkDestination, parseLinkTitle

    n = len(content)
    destination = parseLinkDestination(content, q, n)
    if not destination.ok:
        return q
    before_title = destination.pos
    q = _skip_blanks(content, before_title)
    title = parseLinkTitle(content, q, n)
    # A title must be separated from the destination by whitespace.
    if q < n and before_title != q and title.ok:
        q = _skip_blanks(content, title.pos)
    return q


def _after_reference_label(content: str, pos: int) -> int | None:
    """Return the offset after the ``[label]`` opening at ``pos``, or None if it never closes.

    A backslash escapes the character after it; a nested ``[`` ends the search unclosed.
    """
    q = pos + 1
    while q < len(content) and content[q] not in "[]":
        q += 2 if content[q] == "\\" else 1
    if q < len(content) and content[q] == "]":
        return q + 1
    return None


def autolink_span(
    content: str, pos: int, markup: str, label: str, linkify: LinkifyIt
) -> tuple[int, int] | None:
    """Return the span ``[start, end)`` of the autolink at or after ``pos``, or None if absent.

    ``markup`` is the link token's markup: ``"autolink"`` for ``<...>`` links, otherwise a bare
    URL that linkify found; ``label`` is the link's text as markdown-it read it.
    """
    if markup == "autolink":
        start = content.find("<", pos)
        end = content.find(">", start) + 1 if start >= 0 else 0
        if start < 0 or end <= 0:
            return None
        return start, end
    if label and content.startswith(label, pos):
        return pos, pos + len(label)
    return pos, _linkified_end(content, pos, linkify)


def _linkified_end(content: str, start: int, linkify: LinkifyIt) -> int:
    """Return where the bare URL at ``start`` ends, as linkify (and then emphasis) reads it."""
    match = linkify.match_at_start(content[start:])
    if match:
        end = start + match.last_index
        # markdown-it leaves trailing asterisks to emphasis.
        while end > start and content[end - 1] == "*":
            end -= 1
        return end
    end = start
    while end < len(content) and not content[end].isspace():
        end += 1
    return end


def _skip_blanks(content: str, q: int) -> int:
    """Return the first offset at or after ``q`` that is not a space, tab or line feed."""
    while q < len(content) and content[q] in " \t\n":
        q += 1
    return q
