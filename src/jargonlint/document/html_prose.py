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
# Attributes whose values readers see as prose; each becomes a Block of that kind.
_PROSE_ATTRIBUTES = ("alt", "title")


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


def attribute_blocks(start_tag: str, start: int) -> list[Block]:
    """Return a Block for each non-blank alt or title value in ``start_tag``, in source order.

    ``start_tag`` is the tag's source text exactly as written, and ``start`` its file offset.
    """
    blocks: list[Block] = []
    name = _TAG_NAME.match(start_tag)
    position = name.end() if name else 0
    for match in _ATTRIBUTE.finditer(start_tag, position):
        attribute = match.group(1).lower()
        if attribute not in _PROSE_ATTRIBUTES:
            continue
        # Groups 2, 3 and 4 are the double-quoted, single-quoted and unquoted value.
        for group in (2, 3, 4):
            if match.group(group) is not None:
                builder = SourceMapBuilder()
                append_decoded(builder, match.group(group), start + match.start(group))
                prose, source_map = builder.build()
                if prose.strip():
                    blocks.append(Block(prose, source_map, attribute))
                break
    return blocks
