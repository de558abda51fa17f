"""Bounded pieces: long prose blocks cut at sentence ends so no stage sees unbounded text.

spaCy refuses texts over ``nlp.max_length`` (1,000,000 characters, error E088) and its memory
grows with the text, while a file may hold 10 MB in one paragraph. A block longer than
``PIECE_CHARS`` becomes several blocks of the same kind, each cut where a sentence ends (else at a
line break, else at a space), so the sentencizer finds the same sentences in the pieces as in
the whole and no finding is lost at a seam. Each piece keeps an exact SourceMap into the file.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from .document.model import Block, Document
from .document.sourcemap import Piece, SourceMap

PIECE_CHARS = 100_000
"""Longest block the cheap stage sees; far above any real paragraph, far below spaCy's limit."""

LOOKBACK = 20_000
"""How far back from the limit a cut looks for a sentence end before it settles for less."""

_CUTS = (
    re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+"),  # a sentence end and the space after it
    re.compile(r"\n+"),  # a line break
    re.compile(r"\s+"),  # any space
)


def bounded_document(document: Document, limit: int | None = None) -> Document:
    """Return the document itself when every block fits, else a copy with long blocks cut."""
    limit = limit or PIECE_CHARS
    if all(len(block.text) <= limit for block in document.blocks):
        return document
    blocks = [piece for block in document.blocks for piece in bounded_blocks(block, limit)]
    return replace(document, blocks=blocks)


def bounded_blocks(block: Block, limit: int = PIECE_CHARS) -> list[Block]:
    """Return the block cut into pieces of at most ``limit`` characters, at the best places."""
    text = block.text
    if len(text) <= limit:
        return [block]
    pieces: list[Block] = []
    start = 0
    while len(text) - start > limit:
        cut = _cut_point(text, start, start + limit, block.source_map)
        pieces.append(_slice(block, start, cut))
        start = cut
    pieces.append(_slice(block, start, len(text)))
    return pieces


def _cut_point(text: str, start: int, end: int, source_map: SourceMap) -> int:
    """Return where to end the piece that starts at ``start`` and may reach ``end``."""
    low = max(start + 1, end - LOOKBACK)
    for pattern in _CUTS:
        last = None
        for match in pattern.finditer(text, low, end):
            if _clean_cut(source_map, match.end()):
                last = match.end()
        if last is not None and last > start:
            return last
    # One token longer than the window: cut it, but never inside a replaced run.
    piece = source_map._piece_at(end)
    if _clean_cut(source_map, end) or piece.start <= start:
        return end if _clean_cut(source_map, end) else piece.start + piece.length
    return piece.start


def _clean_cut(source_map: SourceMap, offset: int) -> bool:
    """Return True when ``offset`` does not split a prose run that stands for one construct."""
    piece = source_map._piece_at(offset)
    return piece.start == offset or piece.length == piece.source_length


def _slice(block: Block, start: int, end: int) -> Block:
    """Return the part ``start``..``end`` of a block, with its own SourceMap."""
    pieces = []
    source_pieces = block.source_map.pieces
    first_index = max(bisect_right(block.source_map._starts, start) - 1, 0)
    for piece in source_pieces[first_index:]:
        if piece.start >= end:
            break
        piece_end = piece.start + piece.length
        if piece_end <= start:
            continue
        if piece.length != piece.source_length:  # a replaced run is never cut (see _clean_cut)
            pieces.append(Piece(piece.start - start, piece.length, *_source(piece)))
            continue
        first, last = max(piece.start, start), min(piece_end, end)
        skip = first - piece.start
        pieces.append(Piece(first - start, last - first, piece.source_start + skip, last - first))
    code = tuple(
        replace(item, at=item.at - start)
        for item in block.code
        if start <= item.at < end or item.at == end == len(block.text)
    )
    return Block(block.text[start:end], SourceMap(pieces), block.kind, code)


def _source(piece: Piece) -> tuple[int, int]:
    return piece.source_start, piece.source_length
