"""Plain-text reader: paragraphs are verbatim blocks; # jargonlint- lines are comments."""

from __future__ import annotations

from jargonlint.document.model import Block
from jargonlint.document.text import read_text


def assert_identity(text: str, block: Block) -> None:
    start, end = block.source_map.source_span(0, len(block.text))
    assert text[start:end] == block.text


def test_paragraphs_are_runs_of_non_blank_lines() -> None:
    text = "Your invoice is ready.\nPay it online.\n\n  \nThanks for choosing us.\n"
    blocks, comments = read_text(text)
    assert [b.text for b in blocks] == [
        "Your invoice is ready.\nPay it online.",
        "Thanks for choosing us.",
    ]
    assert all(b.kind == "text" for b in blocks)
    assert comments == []
    for block in blocks:
        assert_identity(text, block)


def test_line_endings_stay_as_they_are() -> None:
    text = "We fix phones\r\nand tablets.\r\rSame day.\r"
    blocks, _ = read_text(text)
    assert [b.text for b in blocks] == ["We fix phones\r\nand tablets.", "Same day."]
    for block in blocks:
        assert_identity(text, block)
    assert blocks[1].source_map.source_span(0, 4) == (text.index("Same"), text.index("Same") + 4)


def test_directive_lines_are_comments_and_end_a_paragraph() -> None:
    text = "Fresh bread daily.\n  # jargonlint-disable buzzwords\nOur oven is hot.\n"
    blocks, comments = read_text(text)
    assert [b.text for b in blocks] == ["Fresh bread daily.", "Our oven is hot."]
    assert len(comments) == 1
    assert comments[0].text == "jargonlint-disable buzzwords"
    assert (comments[0].line, comments[0].end_line) == (2, 2)


def test_other_hash_lines_are_prose() -> None:
    text = "# Opening hours\n#1 bakery in town\n#jargonlint-enable\n"
    blocks, comments = read_text(text)
    assert [b.text for b in blocks] == ["# Opening hours\n#1 bakery in town"]
    assert [c.text for c in comments] == ["jargonlint-enable"]


def test_whitespace_and_non_ascii_are_kept_verbatim() -> None:
    text = "\tCafé crème — 日本 🍞  \n"
    blocks, _ = read_text(text)
    assert blocks[0].text == "\tCafé crème — 日本 🍞  "
    assert_identity(text, blocks[0])


def test_empty_text_has_no_blocks() -> None:
    assert read_text("") == ([], [])
    assert read_text("\n \n\t\n") == ([], [])
