"""The alignment fallback: when a paragraph's content does not start on its first line.

markdown-it counts a line holding only a form feed as part of the next paragraph (its map
starts there) but trims it from the content, so the line-by-line alignment fails and
`align_greedy` pairs the content with the file character by character.
"""

from __future__ import annotations

from jargonlint.document import markdown_align
from jargonlint.document.markdown_align import SourceAligner
from jargonlint.document.reader import read_document
from jargonlint.document.sourcemap import LineIndex, line_spans

from ..conftest import lint_text

FORM_FEED_FIRST = "\x0c\nPlease utilize the side door.\n"


def aligner(text: str) -> SourceAligner:
    return SourceAligner(text, line_spans(text), LineIndex(text))


def test_form_feed_line_makes_the_reader_fall_back_to_greedy(monkeypatch) -> None:
    calls = []
    original = SourceAligner.align_greedy

    def spy(self, content, line_range):
        calls.append(content)
        return original(self, content, line_range)

    monkeypatch.setattr(markdown_align.SourceAligner, "align_greedy", spy)
    document = read_document("a.md", data=FORM_FEED_FIRST.encode(), fmt="markdown")
    assert calls == ["Please utilize the side door."]
    (block,) = document.blocks
    start, end = block.source_map.source_span(0, len(block.text))
    assert FORM_FEED_FIRST[start:end] == block.text


def test_findings_after_the_fallback_sit_at_exact_spans() -> None:
    (finding,) = [f for f in lint_text(FORM_FEED_FIRST, "markdown") if f.code == "JL101"]
    assert FORM_FEED_FIRST[finding.offset : finding.end_offset] == "utilize"
    assert (finding.line, finding.column) == (2, 8)


def test_greedy_pairs_characters_in_order_across_lines() -> None:
    text = "ab\ncd\n"
    starts, ends = aligner(text).align_greedy("ab\ncd", [0, 2])
    assert [text[s:e] for s, e in zip(starts, ends, strict=True)] == ["a", "b", "\n", "c", "d"]


def test_greedy_pins_a_character_it_cannot_find_and_goes_on() -> None:
    text = "one two\n"
    starts, ends = aligner(text).align_greedy("one\u00a0two", [0, 1])
    assert len(starts) == len(ends) == len("one\u00a0two")
    assert (starts[3], ends[3]) == (3, 3)  # the no-break space is not in the file: empty span
    assert [text[s:e] for s, e in zip(starts[4:], ends[4:], strict=True)] == ["t", "w", "o"]
    assert starts == sorted(starts)


def test_greedy_keeps_inside_the_block_lines() -> None:
    text = "abc\nxyz\n"
    starts, ends = aligner(text).align_greedy("xa", [1, 2])  # only the second line
    assert [text[s:e] for s, e in zip(starts, ends, strict=True)] == ["x", ""]
    assert starts[1] == ends[1] == 5  # "a" is only on the first line: pinned after "x"
