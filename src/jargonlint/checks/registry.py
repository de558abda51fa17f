"""What rule kinds read from packs, declared without importing the checks (no spaCy here).

Lexicons are the shared vocabulary of a pack (its top-level ``lexicons:`` block): every pack's
lexicons are merged by name and always loaded, whatever rules a run selects, so turning one rule
off never changes what another rule knows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import WORD_LIST

if TYPE_CHECKING:
    from ..packs.model import Rule

HERO_LEXICONS = (
    "tech-nouns",
    "tech-modifiers",
    "capability-verbs",
    "outcome-verbs",
    "reader-verbs",
    "weak-verbs",
    "service-verbs",
    "reader-nouns",
    "people-nouns",
    "company-nouns",
    "self-nouns",
    "self-adjectives",
    "self-verbs",
    "strong-self-verbs",
    "self-topics",
)
"""The word lists every `hero` rule reads (tech, reader and company heroes share them)."""

TECH_GLOSSARY = "tech-glossary"
"""The `tech-term` kind's glossary: reported by the glossary rule, and its single words are
technical stems for the frequency rule."""

_AUDIENCES = {
    "type": "array",
    "items": {"enum": ["general", "business", "developer"]},
    "minItems": 1,
    "uniqueItems": True,
}
GLOSSARY = {
    "type": "array",
    "items": {
        "type": "object",
        "additionalProperties": False,
        "required": ["term", "plain"],
        "properties": {
            "term": {"type": "string", "minLength": 1},
            "plain": {"type": "string", "minLength": 1},
            "audiences": _AUDIENCES,
        },
    },
}
"""JSON Schema of a glossary lexicon: terms with the plain words a lay reader understands."""

LEXICONS: dict[str, dict] = {
    **{name: WORD_LIST for name in HERO_LEXICONS},
    TECH_GLOSSARY: GLOSSARY,
}
"""Every lexicon a pack may declare, with the JSON Schema of its entries."""

MESSAGE_FIELDS: dict[str, frozenset[str]] = {
    "phrase": frozenset({"match", "replacement"}),
    "token": frozenset({"match"}),
    "dependency": frozenset({"match"}),
    "acronym": frozenset({"match"}),
    "tech-term": frozenset({"match"}),
    "hero": frozenset({"hero", "match"}),
    "claim": frozenset({"match"}),
    "audience-scope": frozenset({"match", "reach"}),
    "meta": frozenset({"match"}),
}
"""The placeholders each kind fills in its rules' messages (`{match}`: the flagged text)."""
DOCUMENT_MESSAGE_FIELDS = frozenset({"figures"})
"""What a document-level hero rule fills: the figures behind it (shares, you-to-we ratio)."""
GLOSSARY_ADVICE_FIELDS = frozenset({"term", "plain"})
"""What the glossary rule fills in its advice: the glossary term and its plain explanation."""


def message_fields(rule: Rule) -> frozenset[str]:
    """Return the placeholders the rule's kind fills in its message."""
    if rule.kind == "hero" and str(rule.options.get("role", "")).endswith("-document"):
        return DOCUMENT_MESSAGE_FIELDS
    return MESSAGE_FIELDS.get(rule.kind, frozenset())


def advice_fields(rule: Rule) -> frozenset[str]:
    """Return the placeholders the rule's kind fills in its advice (most fill none)."""
    if rule.kind == "tech-term" and rule.options.get("source") == "glossary":
        return GLOSSARY_ADVICE_FIELDS
    return frozenset()
