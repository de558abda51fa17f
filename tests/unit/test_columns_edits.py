"""Code-unit columns (UTF-16, UTF-8), suggestion edits, and where suppression comments go."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jargonlint.columns import UnitColumns, units
from jargonlint.document.reader import read_document
from jargonlint.edits import replacement_edits, rewrite_edits, sentence_span
from jargonlint.findings import Suggestion
from jargonlint.lsp.suppress import suppression

from ..conftest import make_finding


def test_astral_characters_count_two_utf16_units_and_four_utf8_bytes() -> None:
    text = "a𝐀b\r\nc😀d\re"
    utf16 = UnitColumns(text, "utf-16")
    assert utf16.position(text.index("b")) == (0, 3)
    assert utf16.position(text.index("d")) == (1, 3)
    assert utf16.position(text.index("e")) == (2, 0)  # a lone CR ends a line too
    assert UnitColumns(text, "utf-8").position(text.index("b")) == (0, 5)
    assert UnitColumns(text, "utf-32").position(text.index("b")) == (0, 2)
    assert utf16.offset(1, 3) == text.index("d")
    assert utf16.offset(0, 2) == text.index("𝐀")  # inside the pair: the character's start
    assert utf16.offset(0, 99) == text.index("\r")  # past the end: the line's end
    assert utf16.offset(7, 0) == len(text)


@given(st.text(alphabet=st.sampled_from("ab é𝐀😀\n\r\t"), max_size=40))
def test_offsets_survive_a_round_trip_through_units(text: str) -> None:
    for encoding in ("utf-16", "utf-8"):
        columns = UnitColumns(text, encoding)
        for offset in range(len(text) + 1):
            line, column = columns.position(offset)
            if offset < len(text) and text[offset] == "\n" and offset and text[offset - 1] == "\r":
                continue  # between CR and LF: not a position an editor can name
            assert columns.offset(line, column) == offset
            assert column == units(text[columns.lines.line_starts[line] : offset], encoding)


def test_replacements_need_the_exact_span_and_put_safe_ones_first() -> None:
    suggestions = (Suggestion("employ", "replace", False), Suggestion("use", "replace", True))
    finding = make_finding(offset=7, end_offset=14, match="utilize", suggestions=suggestions)
    edits = replacement_edits(finding, "Please utilize it.")
    assert [(e.text, e.safe) for e in edits] == [("use", True), ("employ", False)]
    assert replacement_edits(finding, "Please *utiliz*e it.") == []


def test_a_rewrite_replaces_its_sentence_across_a_line_break() -> None:
    source = "You book online. Our platform leverages\nAI for you. Call us.\n"
    finding = make_finding(
        offset=source.index("platform"),
        end_offset=source.index(" leverages"),
        match="platform",
        context="Our platform leverages AI for you.",
        suggestions=(Suggestion("You get it done.", "rewrite"),),
    )
    start, end = sentence_span(finding, source)
    assert source[start:end] == "Our platform leverages\nAI for you."
    [edit] = rewrite_edits(finding, source)
    assert source[: edit.start] + edit.text + source[edit.end :] == (
        "You book online. You get it done. Call us.\n"
    )
    moved = make_finding(offset=0, end_offset=3, context="Our platform leverages AI for you.")
    assert sentence_span(moved, source) is None  # the sentence does not hold the finding


def insert(text: str, fmt: str, line: int) -> str:
    document = read_document(
        f"page.{ {'markdown': 'md'}.get(fmt, fmt) }", data=text.encode(), fmt=fmt
    )
    where = suppression(document, line, "JL101")
    assert where is not None
    return text[: where.offset] + where.text + text[where.offset :]


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        # The first line of a paragraph: a comment line above it.
        (
            "Intro.\n\nPlease utilize it.\n",
            3,
            "Intro.\n\n<!-- jargonlint-disable-next-line JL101 -->\nPlease utilize it.\n",
        ),
        # Inside a paragraph: at the end of the line before, so the paragraph stays whole.
        (
            "One line\nplease utilize it.\n",
            2,
            "One line <!-- jargonlint-disable-next-line JL101 -->\nplease utilize it.\n",
        ),
        # A loose list item: on the item before, so the list is not split in two.
        (
            "- one\n\n- utilize\n",
            3,
            "- one <!-- jargonlint-disable-next-line JL101 -->\n\n- utilize\n",
        ),
        # After a code fence: a line of its own (text after a fence would break it).
        (
            "```\nx\n```\nPlease utilize it.\n",
            4,
            "```\nx\n```\n<!-- jargonlint-disable-next-line JL101 -->\nPlease utilize it.\n",
        ),
    ],
)
def test_markdown_suppressions_keep_the_rendering(text: str, line: int, expected: str) -> None:
    assert insert(text, "markdown", line) == expected


def test_each_format_gets_its_own_comment_and_front_matter_gets_none() -> None:
    assert insert("Please utilize it.\r\n", "text", 1) == (
        "# jargonlint-disable-next-line JL101\r\nPlease utilize it.\r\n"
    )
    assert insert("<p>\n    Please utilize it.\n</p>\n", "html", 2) == (
        "<p>\n    <!-- jargonlint-disable-next-line JL101 -->\n    Please utilize it.\n</p>\n"
    )
    text = "---\ntitle: Please utilize it\n---\nBody.\n"
    document = read_document("page.md", data=text.encode(), fmt="markdown")
    assert suppression(document, 2, "JL101") is None
