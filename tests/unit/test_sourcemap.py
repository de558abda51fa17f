"""SourceMap, SourceMapBuilder (with gaps), LineIndex and line_spans."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from jargonlint.document.sourcemap import LineIndex, Piece, SourceMapBuilder, line_spans


def test_verbatim_runs_merge_into_one_piece() -> None:
    builder = SourceMapBuilder()
    builder.verbatim("Fresh ", 10)
    builder.verbatim("bread", 16)
    prose, source_map = builder.build()
    assert prose == "Fresh bread"
    assert source_map.pieces == [Piece(0, 11, 10, 11)]
    assert source_map.source_span(6, 11) == (16, 21)


def test_replaced_piece_maps_to_the_whole_construct() -> None:
    text = "Tea &amp; cake"
    builder = SourceMapBuilder()
    builder.verbatim("Tea ", 0)
    builder.replaced("&", 4, 5)
    builder.verbatim(" cake", 9)
    prose, source_map = builder.build()
    assert prose == "Tea & cake"
    start, end = source_map.source_span(4, 5)
    assert text[start:end] == "&amp;"
    start, end = source_map.source_span(0, len(prose))
    assert text[start:end] == text
    assert source_map.source_offset(6) == 10


def test_empty_span_is_a_point() -> None:
    builder = SourceMapBuilder()
    builder.verbatim("abc", 5)
    _, source_map = builder.build()
    assert source_map.source_span(2, 2) == (7, 7)


def test_gap_between_words_becomes_one_space() -> None:
    # "Run`make`now": the code span must not glue "Run" and "now" together.
    builder = SourceMapBuilder()
    builder.verbatim("Run", 0)
    builder.gap(3, 6)
    builder.verbatim("now", 9)
    prose, source_map = builder.build()
    assert prose == "Run now"
    assert source_map.source_span(3, 4) == (3, 9)


def test_gap_next_to_whitespace_or_at_the_edges_leaves_nothing() -> None:
    builder = SourceMapBuilder()
    builder.gap(0, 6)
    builder.verbatim("Order ", 6)
    builder.gap(12, 6)
    builder.verbatim("today", 18)
    builder.gap(23, 8)
    prose, _ = builder.build()
    assert prose == "Order today"
    builder = SourceMapBuilder()
    builder.verbatim("Order", 0)
    builder.gap(5, 6)
    builder.verbatim(" today", 11)
    assert builder.build()[0] == "Order today"


def test_consecutive_gaps_merge() -> None:
    builder = SourceMapBuilder()
    builder.verbatim("a", 0)
    builder.gap(1, 3)
    builder.gap(4, 3)
    builder.verbatim("b", 7)
    prose, source_map = builder.build()
    assert prose == "a b"
    assert source_map.source_span(1, 2) == (1, 7)


def test_line_index_counts_crlf_cr_and_lf_as_line_ends() -> None:
    text = "one\r\ntwo\rthree\nfour"
    index = LineIndex(text)
    assert index.line_starts == [0, 5, 9, 15]
    assert index.position(text.index("two")) == (2, 1)
    assert index.position(text.index("three")) == (3, 1)
    assert index.position(text.index("four") + 2) == (4, 3)
    # The "\r" and "\n" of a CRLF both belong to the line they end.
    assert index.line_of(3) == 1 and index.line_of(4) == 1


def test_line_index_columns_count_code_points() -> None:
    text = "Café crème\r\nüber 日本 🍞 bread"
    index = LineIndex(text)
    assert index.position(text.index("crème")) == (1, 6)
    assert index.position(text.index("日本")) == (2, 6)
    assert index.position(text.index("bread")) == (2, 11)


def test_line_spans_exclude_line_endings() -> None:
    text = "a\r\nbb\rc\n\nd"
    assert line_spans(text) == [(0, 1), (3, 5), (6, 7), (8, 8), (9, 10)]
    assert line_spans("") == [(0, 0)]
    assert line_spans("x\n") == [(0, 1), (2, 2)]


@given(st.text(alphabet="ab é\r\n\t", max_size=40))
def test_line_spans_agree_with_line_index(text: str) -> None:
    spans = line_spans(text)
    assert [start for start, _ in spans] == LineIndex(text).line_starts
    for start, end in spans:
        assert "\r" not in text[start:end] and "\n" not in text[start:end]
