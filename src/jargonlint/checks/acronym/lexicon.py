"""What the acronym check knows: the glossary, who knows what, and the words that are not acronyms.

Everything here is built from one rule's options (the pack's data) plus the run's config, once
per run. Keys are normalized (upper case, no spaces, hyphens, dots or semicolons) so that
``SaaS``/``SAAS``, ``SOC 2``/``SOC2`` and ``Wi-Fi``/``WiFi`` are one entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...config_schema import AUDIENCES

_WORDS = {"type": "array", "items": {"type": "string", "minLength": 1}, "uniqueItems": True}
_AUDIENCE_LIST = {"type": "array", "items": {"enum": list(AUDIENCES)}, "uniqueItems": True}

OPTIONS_SCHEMA: dict = {
    "properties": {
        "glossary": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["acronym", "expansion", "plain"],
                "properties": {
                    "acronym": {"type": "string", "minLength": 2},
                    "expansion": {"type": "string", "minLength": 2},
                    "plain": {"type": "string", "minLength": 2},
                    "known-by": _AUDIENCE_LIST,
                },
            },
        },
        "known": {
            "type": "object",
            "additionalProperties": False,
            "properties": {audience: _WORDS for audience in AUDIENCES},
        },
        "brands": _WORDS,
        "units": _WORDS,
        "ordinary-words": _WORDS,
        "ambiguous": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "acronym-after": _WORDS,
                    "acronym-before": _WORDS,
                    "word-after": _WORDS,
                    "word-before": _WORDS,
                },
            },
        },
    },
    "required": ["glossary"],
}
"""JSON Schema of the `acronym` kind's rule options (see rules/acronyms.yaml)."""

_KEY_DROP = re.compile(r"[\s\-‐–.;]")


def acronym_key(text: str) -> str:
    """Return the lookup key of an acronym as written: upper case, no spaces, hyphens or dots."""
    return _KEY_DROP.sub("", text).upper()


@dataclass(frozen=True)
class GlossaryEntry:
    """One acronym the pack can explain: its expansion, a plain alternative, who knows it."""

    acronym: str
    expansion: str
    plain: str
    known_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class Ambiguity:
    """Context cues that tell an acronym (IT, US) from the same letters used as a word."""

    acronym_after: frozenset[str] = frozenset()
    """Previous words that mean the acronym (``your IT``)."""
    acronym_before: frozenset[str] = frozenset()
    """Next words that mean the acronym (``IT department``)."""
    word_after: frozenset[str] = frozenset()
    """Previous words that mean the ordinary word (``contact US``)."""
    word_before: frozenset[str] = frozenset()
    """Next words that mean the ordinary word (``IT happen``)."""


@dataclass
class Lexicon:
    """The data one acronym rule works with, for one audience and one config."""

    glossary: dict[str, GlossaryEntry]
    known: frozenset[str]
    """Keys this run's reader already knows (audience lists, glossary known-by, config)."""
    brands: frozenset[str]
    units: frozenset[str]
    ordinary: frozenset[str]
    ambiguous: dict[str, Ambiguity]
    allowed: frozenset[str] = field(default_factory=frozenset)
    multiword: dict[str, str] = field(default_factory=dict)
    """First word key → full key of glossary entries written as two words (``SOC 2``)."""

    @classmethod
    def from_options(cls, options: dict, config) -> Lexicon:
        """Return the lexicon of a rule's options, for the config's audience and settings."""
        audience = getattr(config, "audience", "general") or "general"
        glossary: dict[str, GlossaryEntry] = {}
        for raw in options.get("glossary", ()):
            entry = GlossaryEntry(
                raw["acronym"], raw["expansion"], raw["plain"], tuple(raw.get("known-by", ()))
            )
            glossary[acronym_key(entry.acronym)] = entry
        known_lists = options.get("known", {})
        # Everyone knows what general readers know; each audience adds its own list.
        readers = {"general", audience}
        known = {acronym_key(w) for reader in readers for w in known_lists.get(reader, ())}
        known |= {key for key, entry in glossary.items() if audience in entry.known_by}
        known |= {acronym_key(w) for w in getattr(config, "known_acronyms", ())}
        names = (*getattr(config, "product_names", ()), *getattr(config, "company_names", ()))
        brands = {acronym_key(w) for w in options.get("brands", ())}
        brands |= {acronym_key(name) for name in names if " " not in name.strip()}
        ambiguous = {
            acronym_key(word): Ambiguity(
                *(frozenset(w.lower() for w in cues.get(key, ())) for key in _CUE_KEYS)
            )
            for word, cues in options.get("ambiguous", {}).items()
        }
        multiword = {}
        for entry in glossary.values():
            parts = entry.acronym.split()
            if len(parts) == 2:
                multiword[acronym_key(parts[0])] = acronym_key(entry.acronym)
        return cls(
            glossary=glossary,
            known=frozenset(known),
            brands=frozenset(brands),
            units=frozenset(acronym_key(w) for w in options.get("units", ())),
            ordinary=frozenset(acronym_key(w) for w in options.get("ordinary-words", ())),
            ambiguous=ambiguous,
            allowed=frozenset(acronym_key(w) for w in getattr(config, "allow", ())),
            multiword=multiword,
        )

    def listed(self, key: str) -> bool:
        """Return True when the pack or the config says anything about this key."""
        return key in self.glossary or self.exempt(key) or key in self.ambiguous

    def exempt(self, key: str) -> bool:
        """Return True when a key is never reported: known, allowed, a brand, unit or word."""
        return (
            key in self.known
            or key in self.allowed
            or key in self.brands
            or key in self.units
            or key in self.ordinary
        )


_CUE_KEYS = ("acronym-after", "acronym-before", "word-after", "word-before")
