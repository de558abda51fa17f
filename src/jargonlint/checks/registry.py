"""What rule kinds read from packs, declared without importing the checks (no spaCy here).

Lexicons are the shared vocabulary of a pack (its top-level ``lexicons:`` block): every pack's
lexicons are merged by name and always loaded, whatever rules a run selects, so turning one rule
off never changes what another rule knows.
"""

from __future__ import annotations

from .base import WORD_LIST

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
