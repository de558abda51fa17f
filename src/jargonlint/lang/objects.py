"""The object of a word, read from plain tokens: what a verb acts on, or the noun a modifier
qualifies ("optimize your photos" → photos, "unlock new opportunities" → opportunities,
"optimized operations" → operations).

Used to tell a literal use from a figurative one by what the word is about: optimizing photos
is a concrete job, optimizing "operations" is a promise with nothing in it. Works on the cheap
stage's tokens (no tagger): after the word, determiners and possessives are skipped, then the
head is the last content word before a function word or punctuation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .inflection import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DETERMINERS = frozenset(
    ["a", "an", "the", "this", "that", "these", "those", "my", "your", "our", "their", "his"]
    + ["her", "its", "every", "each", "all", "any", "some", "more", "most", "many", "much"]
    + ["several", "few", "no", "own", "whole", "entire", "even"]
)
"""Determiners, possessives and quantifiers before a noun: a closed class, so in code."""
TIME_WORDS = frozenset(
    ["today", "tonight", "tomorrow", "yesterday", "now", "daily", "weekly", "monthly", "yearly"]
    + ["instantly", "automatically", "again", "too", "anytime", "everywhere"]
)
"""Adverbs of time and manner that end a noun phrase (a closed set, so in code)."""
MAX_OBJECT_WORDS = 4
"""Content words read as one noun phrase ("your online booking calendar")."""


def _is_function_word(token: Token) -> bool:
    """Return True for a function word or a time adverb, except inside a hyphenated compound
    ("day-to-day operations")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    if (
        token.i > 0
        and token.doc[token.i - 1].text == "-"
        and not token.doc[token.i - 1].whitespace_
    ):
        return False
    return token.lower_ in STOP_WORDS or token.lower_ in TIME_WORDS


def _is_adverb(word: str) -> bool:
    """Return True for an -ly adverb ("unlock silently", "optimize carefully"), which is no
    object; nouns in -ly (supply, family) stand before a head and are skipped only there."""
    return word.endswith("ly") and len(word) > 4


def object_head(doc: Doc, end: int) -> Token | None:
    """Return the head of the noun phrase right after ``doc[end - 1]``, or None when a function
    word, punctuation or the end of the sentence comes first (no object)."""
    i = end
    while i < len(doc) and (doc[i].is_space or doc[i].lower_ in DETERMINERS):
        i += 1
    head = None
    words = 0
    while i < len(doc) and words < MAX_OBJECT_WORDS:
        token = doc[i]
        if token.is_space or token.text in ("'s", "’s", "-"):
            i += 1
            continue
        if not token.is_alpha or _is_function_word(token):
            break
        if _is_adverb(token.lower_) and head is None:
            i += 1
            continue
        head = token
        words += 1
        i += 1
    return head


def word_keys(word: str) -> frozenset[str]:
    """Return a word and its lemma, lower case (operations → operations, operation)."""
    lower = word.lower()
    return frozenset({lower, lemma_of(lower)})


def is_vague(word: str, vague: frozenset[str], suffixes: tuple[str, ...]) -> bool:
    """Return True for an abstract noun: one of the ``vague`` words (growth, potential,
    workflow), or a noun made abstract by a suffix (-ity, -ness, -ance) with a stem of its own."""
    keys = word_keys(word)
    if keys & vague:
        return True
    return any(k.endswith(s) and len(k) >= len(s) + 4 for k in keys for s in suffixes)
