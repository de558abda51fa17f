"""Prose from raw HTML source: character references decoded, alt and title values located.

Both the text between tags and attribute values may hold character references, and both must
map back to the exact source characters, so decoding here keeps every offset.
"""

from __future__ import annotations

import re
from html import unescape

from .model import Block
from .sourcemap import SourceMapBuilder

_ATTRIBUTE = re.compile(
    r"""([^\s/>=][^\s/>=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>][^\s>]*)))?"""
)
_TAG_NAME = re.compile(r"<[^\s/>]*")
_CHARREF = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")
# Attributes whose values readers see (or hear, from a screen reader) as prose; each becomes a
# Block of that kind.
_PROSE_ATTRIBUTES = ("alt", "title", "aria-label", "placeholder")
# <meta name|property=…> whose content is customer-facing: the search-result snippet and the
# title and text of a link preview on social networks and in chat apps.
_PROSE_META = frozenset(
    {"description", "og:title", "og:description", "twitter:title", "twitter:description"}
)


def append_decoded(builder: SourceMapBuilder, raw: str, source_start: int) -> None:
    """Append ``raw`` HTML text with character references decoded, mapped to ``source_start``.

    Returns None; the prose goes into ``builder``.
    """
    last = 0
    for match in _CHARREF.finditer(raw):
        reference = match.group()
        decoded = unescape(reference)
        if decoded == reference:
            continue
        builder.verbatim(raw[last : match.start()], source_start + last)
        # Legacy references may end without ";" ("&copy2024" reads "©2024"): the text after the
        # name stays verbatim.
        tail = 0
        while (
            tail < len(decoded) - 1
            and tail < len(reference) - 1
            and decoded[-1 - tail] == reference[-1 - tail]
        ):
            tail += 1
        head = len(reference) - tail
        builder.replaced(decoded[: len(decoded) - tail], source_start + match.start(), head)
        builder.verbatim(reference[head:], source_start + match.start() + head)
        last = match.end()
    builder.verbatim(raw[last:], source_start + last)


def _attributes(start_tag: str) -> list[tuple[str, int, str]]:
    """Return (lower-case name, value offset in the tag, raw value) of each valued attribute."""
    found = []
    name = _TAG_NAME.match(start_tag)
    position = name.end() if name else 0
    for match in _ATTRIBUTE.finditer(start_tag, position):
        # Groups 2, 3 and 4 are the double-quoted, single-quoted and unquoted value.
        for group in (2, 3, 4):
            if match.group(group) is not None:
                found.append((match.group(1).lower(), match.start(group), match.group(group)))
                break
    return found


def attribute_blocks(start_tag: str, start: int) -> list[Block]:
    """Return a Block for each non-blank prose attribute value in ``start_tag``, in source order.

    Prose attributes are alt, title, aria-label and placeholder on any element, and content of
    a <meta> whose name or property is a description or a link-preview title.
    ``start_tag`` is the tag's source text exactly as written, and ``start`` its file offset.
    """
    attributes = _attributes(start_tag)
    tag = _TAG_NAME.match(start_tag)
    is_meta = tag is not None and tag.group()[1:].lower() == "meta"
    meta_kind = next(
        (
            unescape(value).strip().lower()
            for name, _, value in attributes
            if is_meta and name in ("name", "property")
        ),
        "",
    )
    blocks: list[Block] = []
    for name, offset, value in attributes:
        if name in _PROSE_ATTRIBUTES:
            kind = name
        elif name == "content" and meta_kind in _PROSE_META:
            kind = "meta"
        else:
            continue
        builder = SourceMapBuilder()
        append_decoded(builder, value, start + offset)
        prose, source_map = builder.build()
        if prose.strip():
            blocks.append(Block(prose, source_map, kind))
    return blocks
