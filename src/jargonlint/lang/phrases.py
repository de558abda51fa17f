"""Phrase matching: spaCy Matcher patterns for the word lists of the packs."""

from __future__ import annotations

from ..nlp import light_pipeline
from .inflection import word_forms


def phrase_pattern(phrase: str, every_form: bool = False) -> list[dict]:
    """Return a Matcher pattern for a phrase: one LOWER spec per token (every inflection of
    its words when ``every_form``)."""
    pattern: list[dict] = []
    for token in light_pipeline().tokenizer(phrase):
        if every_form and token.is_alpha:
            pattern.append({"LOWER": {"IN": sorted(word_forms(token.text))}})
        else:
            pattern.append({"LOWER": token.lower_})
    return pattern
