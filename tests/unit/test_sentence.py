"""A sentence maps between its two offset systems in one place (cheap tokens and the parse)."""

from __future__ import annotations

from spacy.tokens import Doc

from jargonlint.checks.base import Sentence
from jargonlint.nlp import light_pipeline

BLOCK = "Open daily. We bake bread at four."


def second_sentence(parsed: bool) -> Sentence:
    """Return the block's second sentence; its 'parse' is a Doc of the sentence text alone."""
    light = light_pipeline()(BLOCK)
    span = light[3:]
    assert span.text == "We bake bread at four."
    sentence = Sentence(1, 0, span.start_char, span.end_char, span)
    if parsed:
        words = [t.text for t in span]
        spaces = [bool(t.whitespace_) for t in span]
        sentence.parsed = Doc(light.vocab, words=words, spaces=spaces)
    return sentence


def test_block_offsets_of_light_and_parsed_tokens_agree() -> None:
    sentence = second_sentence(parsed=True)
    for light_token, parsed_token in zip(sentence.light, sentence.parsed, strict=True):
        offset = sentence.block_offset(light_token)
        assert offset == sentence.block_offset(parsed_token)
        assert BLOCK[offset : offset + len(light_token)] == light_token.text
        assert sentence.parsed_token_at(offset) is not None
        assert sentence.parsed_token_at(offset).i == parsed_token.i


def test_no_parsed_token_between_tokens_or_without_a_parse() -> None:
    sentence = second_sentence(parsed=True)
    inside_bake = BLOCK.index("bake") + 1
    assert sentence.parsed_token_at(inside_bake) is None
    assert sentence.parsed_token_at(len(BLOCK) + 5) is None
    assert second_sentence(parsed=False).parsed_token_at(BLOCK.index("bake")) is None
