"""Phrase matching: spaCy Matcher patterns for the word lists of the packs, and matching that
reads across line breaks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from ..nlp import light_pipeline
from .inflection import word_forms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


NUMBER_SLOT = "#"
"""In a pack phrase, ``#`` stands for any number ("# countries": 190 countries, 50+ countries,
fifty countries)."""


def phrase_pattern(phrase: str, every_form: bool = False) -> list[dict]:
    """Return a Matcher pattern for a phrase: one LOWER spec per token (every inflection of
    its words when ``every_form``); ``#`` matches a number, with an optional "+" after it."""
    pattern: list[dict] = []
    for token in light_pipeline().tokenizer(phrase):
        if token.text == NUMBER_SLOT:
            pattern.extend([{"LIKE_NUM": True}, {"TEXT": "+", "OP": "?"}])
        elif every_form and token.is_alpha:
            pattern.append({"LOWER": {"IN": sorted(word_forms(token.text))}})
        else:
            pattern.append({"LOWER": token.lower_})
    return pattern


def word_positions(span: Span) -> list[int]:
    """Return the doc indexes of the span's tokens that are not whitespace (line breaks)."""
    return [token.i for token in span if not token.is_space]


def match_words(matcher: Callable[..., list], span: Span) -> Iterator[tuple[int, int, int]]:
    """Yield ``(match_id, start, end)`` of a Matcher or PhraseMatcher over a span's words.

    A hard wrap inside a paragraph ("reach\\nout", "in order\\nto") gives the tokenizer a
    whitespace token between the words, which no phrase pattern expects; the words are matched
    as the reader reads them, without those tokens. ``start`` and ``end`` are token indexes of
    ``span.doc`` (the match may then hold a line-break token inside it).
    """
    positions = word_positions(span)
    if len(positions) == len(span):  # no line break inside: match the span itself
        for found in matcher(span, as_spans=True):
            yield found.label, found.start, found.end
        return
    from spacy.tokens import Doc

    doc = span.doc
    words = Doc(doc.vocab, words=[doc[i].text for i in positions])
    for match_id, start, end in matcher(words):
        yield match_id, positions[start], positions[end - 1] + 1


def word_before(doc: Doc, index: int) -> Token | None:
    """Return the nearest token before ``index`` that is not whitespace (None at the start)."""
    for i in range(index - 1, -1, -1):
        if not doc[i].is_space:
            return doc[i]
    return None


def word_after(doc: Doc, index: int) -> Token | None:
    """Return the first token at or after ``index`` that is not whitespace (None at the end)."""
    for i in range(index, len(doc)):
        if not doc[i].is_space:
            return doc[i]
    return None


def as_read(text: str) -> str:
    """Return text with each run of whitespace (a hard wrap too) as one space, for messages."""
    return " ".join(text.split())
