"""Which words make a sentence a candidate for a pattern rule, so only candidates are parsed."""

from __future__ import annotations

from collections.abc import Iterable

from ...lang.inflection import word_forms

TOKEN_ONLY_ATTRS = {
    "ORTH",
    "TEXT",
    "LOWER",
    "NORM",
    "LENGTH",
    "SHAPE",
    "PREFIX",
    "SUFFIX",
    "OP",
    "IS_ALPHA",
    "IS_ASCII",
    "IS_DIGIT",
    "IS_LOWER",
    "IS_UPPER",
    "IS_TITLE",
    "IS_PUNCT",
    "IS_SPACE",
    "IS_STOP",
    "LIKE_NUM",
    "LIKE_URL",
    "LIKE_EMAIL",
    "IS_SENT_START",
    "IS_BRACKET",
    "IS_QUOTE",
    "IS_LEFT_PUNCT",
    "IS_RIGHT_PUNCT",
    "IS_CURRENCY",
}


def _literal_values(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and isinstance(value.get("IN"), list):
        return [v for v in value["IN"] if isinstance(v, str)]
    return []


def spec_words(spec: dict) -> set[str] | None:
    """Return the lower-case words one token spec can match, or None when it matches any word."""
    words: set[str] = set()
    for attr in ("LOWER", "ORTH", "TEXT", "NORM"):
        words.update(v.lower() for v in _literal_values(spec.get(attr)))
    for lemma in _literal_values(spec.get("LEMMA")):
        words.update(word_forms(lemma))
    return words or None


def pattern_triggers(patterns: Iterable[list[dict]], key: str | None = None) -> set[str] | None:
    """Return words of which a sentence must contain one for any pattern to match.

    Each pattern contributes the words of its most selective literal token spec; a pattern with
    no literal spec makes every sentence a candidate (None). ``key`` picks the attribute dict
    inside each spec (``RIGHT_ATTRS`` for dependency patterns).
    """
    triggers: set[str] = set()
    for pattern in patterns:
        best: set[str] | None = None
        for spec in pattern:
            attrs = spec.get(key, {}) if key else spec
            if key is None and attrs.get("OP") in ("?", "*", "!"):
                continue
            words = spec_words(attrs)
            if words is not None and (best is None or len(words) < len(best)):
                best = words
        if best is None:
            return None
        triggers |= best
    return triggers


def needs_tags(patterns: Iterable[list[dict]], key: str | None = None) -> bool:
    """Return True when any token spec uses an attribute that only the trained pipeline sets."""
    for pattern in patterns:
        for spec in pattern:
            attrs = spec.get(key, {}) if key else spec
            if set(attrs) - TOKEN_ONLY_ATTRS:
                return True
    return False


def sentence_has_trigger(sentence_span, triggers: set[str] | None) -> bool:
    """Return True when the sentence contains a trigger word (always, when triggers is None)."""
    if triggers is None:
        return True
    return any(token.lower_ in triggers for token in sentence_span)
