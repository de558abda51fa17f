"""Reading Markdown source the way markdown-it does: backslash escapes and entities decoded.

markdown-it hands over text tokens already decoded, so to find one in the inline source the
source has to be read through the same decoding, one unit (a character, an escape or an
entity) at a time.
"""

from __future__ import annotations

import re

# Characters a backslash escapes in CommonMark (ASCII punctuation).
_ESCAPABLE = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
# The same entity patterns markdown-it's entity rule uses.
_DIGITAL_ENTITY = re.compile(r"&#((?:x[a-f0-9]{1,6}|[0-9]{1,7}));", re.IGNORECASE)
_NAMED_ENTITY = re.compile(r"&([a-z][a-z0-9]{1,31});", re.IGNORECASE)

# One decoded unit: the prose it reads as, and the source span [start, end) it takes.
DecodedUnit = tuple[str, int, int]


def decode_at(content: str, q: int) -> tuple[str, int]:
    """Return what ``content`` starting at ``q`` reads as, and how many characters it takes."""
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


def match_decoded(content: str, at: int, prose: str) -> list[DecodedUnit] | None:
    """Return the decoded units of ``content`` that read as ``prose`` from ``at``, else None."""
    units: list[DecodedUnit] = []
    i, q, n = 0, at, len(content)
    while i < len(prose):
        if q >= n:
            return None
        decoded, width = decode_at(content, q)
        if not prose.startswith(decoded, i):
            return None
        units.append((decoded, q, q + width))
        i += len(decoded)
        q += width
    return units


def _decode_entity(match: re.Match[str]) -> str | None:
    """Return the text an entity stands for, as markdown-it decodes it, or None if it is not one."""
    from markdown_it.common.entities import entities
    from markdown_it.common.utils import fromCodePoint, isValidEntityCode

    if match.re is _NAMED_ENTITY:
        return entities.get(match.group(1))
    number = match.group(1)
    code = int(number[1:], 16) if number[0] in "xX" else int(number, 10)
    return fromCodePoint(code) if isValidEntityCode(code) else "\ufffd"
