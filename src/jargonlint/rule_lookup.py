"""Finding the rule a user meant: `explain leverag` points at the rule that flags "leverage"."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import Any

from .packs.catalog import Catalog
from .packs.model import Rule

_TERM_KEYS = ("phrase", "term", "word")
"""Keys whose string value, in a rule's options, is a word or phrase the rule flags."""
_TERM_LISTS = ("terms", "words", "phrases")
"""Keys whose list of strings, in a rule's options, are words or phrases the rule flags."""


def _strings(value: Any, key: str = "") -> Iterator[str]:
    if isinstance(value, str):
        if key in _TERM_KEYS or key in _TERM_LISTS:
            yield value
    elif isinstance(value, dict):
        for inner_key, inner in value.items():
            yield from _strings(inner, str(inner_key))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item, key)


def flagged_terms(rule: Rule) -> set[str]:
    """Return the words and phrases a rule names as what it flags."""
    terms = set(_strings(rule.options))
    terms |= {match for example in rule.bad for match in example.match}
    return terms


def suggestion(catalog: Catalog, key: str) -> str:
    """Return a " (did you mean …?)" hint for an unknown rule ``key``, or "" when none is near.

    A near code or name comes first; otherwise a word the user may have meant that one rule
    flags ("leverag" → the rule that flags "leverage").
    """
    names = {rule.code.lower(): rule for rule in catalog.rules}
    names |= {rule.name.lower(): rule for rule in catalog.rules}
    close = difflib.get_close_matches(key.lower(), list(names), n=1, cutoff=0.6)
    if close:
        rule = names[close[0]]
        return f" (did you mean {rule.code} {rule.name}?)"
    by_term: dict[str, tuple[Rule, str]] = {}
    for rule in catalog.rules:
        for term in flagged_terms(rule):
            by_term.setdefault(term.lower(), (rule, term))
    word = key.lower()
    starts = sorted(t for t in by_term if len(word) >= 4 and t.startswith(word))
    close = starts[:1] or difflib.get_close_matches(word, list(by_term), n=1, cutoff=0.75)
    if close:
        rule, term = by_term[close[0]]
        return f" (did you mean {rule.code} {rule.name}, which flags “{term}”?)"
    return ""
