"""What a sentence is parsed as: the same offsets, Title Case headings in sentence case."""

from __future__ import annotations

import pytest
import spacy

from jargonlint.lang.parse_input import is_title_case, parse_input, sentence_case

TOKENIZER = spacy.blank("en")


@pytest.mark.parametrize(
    ("heading", "parsed"),
    [
        ("Built For Teams That Ship Every Day", "Built for teams that ship every day"),
        (
            "Quorvo Cloud: the First Stock Counter You Can Run Anywhere",
            "Quorvo Cloud: the first stock counter you can run anywhere",
        ),
        ("About Plumbwell Heating Services Ltd", "About Plumbwell Heating Services Ltd"),
        ("Why Teams Choose SSO And AI", "Why teams choose SSO and AI"),
    ],
)
def test_title_case_is_lowered_except_names_and_initialisms(heading: str, parsed: str) -> None:
    assert sentence_case(heading) == parsed
    assert len(sentence_case(heading)) == len(heading)


def test_only_title_case_lines_count() -> None:
    assert is_title_case("Built For Teams That Ship Every Day")
    assert not is_title_case("Built for teams that ship every day")
    assert not is_title_case("Pricing")


def test_parse_input_keeps_offsets_and_marks_labels() -> None:
    text = "Smart Sync:\nKeeps Every Branch Up To Date"
    doc = parse_input(TOKENIZER.make_doc, text, heading=True)
    assert len(doc.text) == len(text)
    assert [t.idx for t in doc] == [t.idx for t in TOKENIZER(text.replace("\n", " "))]
    assert doc[3].is_sent_start
    assert parse_input(TOKENIZER.make_doc, text).text == text.replace("\n", " ")
