"""A hard wrap inside a paragraph never hides a phrase: words are read as the reader reads them."""

from __future__ import annotations

import pytest

from jargonlint.lang.phrases import as_read, match_words
from jargonlint.nlp import light_pipeline

from ..conftest import lint_text


def _matches(text: str, phrase: str) -> list[str]:
    from spacy.matcher import PhraseMatcher

    nlp = light_pipeline()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("p", [nlp.make_doc(phrase)])
    doc = nlp(text)
    return [doc[s:e].text for _, s, e in match_words(matcher, doc[:])]


def test_a_phrase_is_matched_across_a_line_break() -> None:
    assert _matches("Please reach\nout today.", "reach out") == ["reach\nout"]


def test_a_phrase_is_matched_without_a_line_break_too() -> None:
    assert _matches("Please reach out today.", "reach out") == ["reach out"]


def test_words_split_by_a_line_break_are_not_glued_to_other_words() -> None:
    assert _matches("We reach\ndaily out of habit.", "reach out") == []


def test_messages_read_the_phrase_on_one_line() -> None:
    assert as_read("encryption at\n  rest") == "encryption at rest"


@pytest.mark.parametrize(
    ("text", "code", "overrides"),
    [
        ("Our desk is happy to help, so please reach\nout to the front desk.\n", "JL205", {}),
        ("Fill in the form in order\nto book a table.\n", "JL102", {}),
        ("Your notes are kept safe with encryption at\nrest on our servers.\n", "JL401", {}),
        ("Sell to customers around the\nworld from your shop.\n", "JL701", {"reach": "local"}),
    ],
)
def test_rules_fire_on_wrapped_markdown(text: str, code: str, overrides: dict) -> None:
    findings = lint_text(text, fmt="markdown", audience="general", **overrides)
    wrapped = [f for f in findings if f.code == code]
    assert wrapped, [f.code for f in findings]
    assert "\n" not in wrapped[0].message
    assert wrapped[0].line == 1 and wrapped[0].end_line == 2


def test_exceptions_look_past_a_line_break() -> None:
    # "reach out and" is literal; the word after the phrase is on the next line.
    findings = lint_text("Reach out\nand take a leaflet from the stand.\n", fmt="markdown")
    assert "JL205" not in [f.code for f in findings]
