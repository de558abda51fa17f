"""What the acronym check knows: the glossary, who knows what, and the words that are not acronyms.

Everything here is built from one rule's options (the pack's data) plus the run's config, once
per run. Keys are normalized (upper case, no spaces, hyphens, dots or semicolons) so that
``SaaS``/``SAAS``, ``PCI DSS``/``PCI-DSS`` and ``Wi-Fi``/``WiFi`` are one entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .definitions import DefinitionCues

if TYPE_CHECKING:
    from ...config import Config

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

    cues: DefinitionCues = field(default_factory=lambda: DefinitionCues.from_lists((), ()))
    """The words that tie an acronym to its expansion ("also called", "short for")."""

    @classmethod
    def from_options(cls, options: dict, config: Config) -> Lexicon:
        """Return the lexicon of a rule's options, for the config's audience and settings."""
        audience = config.audience
        glossary = _glossary(options)
        cue_lists = options.get("definition-cues", {})
        return cls(
            glossary=glossary,
            known=_known(options, glossary, audience, config),
            brands=_keys(options.get("brands", ())) | _config_brands(config),
            units=_keys(options.get("units", ())),
            ordinary=_keys(options.get("ordinary-words", ())),
            ambiguous=_ambiguous(options),
            allowed=_keys(config.allow),
            multiword=_multiword(glossary),
            cues=DefinitionCues.from_lists(
                cue_lists.get("naming", ()), cue_lists.get("expanding", ())
            ),
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


def _keys(words) -> frozenset[str]:
    """Return the lookup keys of a list of acronyms."""
    return frozenset(acronym_key(w) for w in words)


def _glossary(options: dict) -> dict[str, GlossaryEntry]:
    """Return the glossary entries by key."""
    glossary: dict[str, GlossaryEntry] = {}
    for raw in options.get("glossary", ()):
        entry = GlossaryEntry(
            raw["acronym"], raw["expansion"], raw["plain"], tuple(raw.get("known-by", ()))
        )
        glossary[acronym_key(entry.acronym)] = entry
    return glossary


def _known(options: dict, glossary: dict[str, GlossaryEntry], audience: str, config) -> frozenset:
    """Return the keys this reader knows: the general list and the audience's own list (everyone
    knows what general readers know), the glossary's known-by, and the config's additions."""
    known_lists = options.get("known", {})
    known = {
        acronym_key(w) for reader in {"general", audience} for w in known_lists.get(reader, ())
    }
    known |= {key for key, entry in glossary.items() if audience in entry.known_by}
    known |= _keys(config.known_acronyms)
    return frozenset(known)


def _config_brands(config) -> frozenset[str]:
    """Return the one-word product and company names of the config, as keys."""
    names = (*config.product_names, *config.company_names)
    return _keys(name for name in names if " " not in name.strip())


def _ambiguous(options: dict) -> dict[str, Ambiguity]:
    """Return the context cues of each ambiguous key (IT, US)."""
    return {
        acronym_key(word): Ambiguity(
            *(frozenset(w.lower() for w in cues.get(key, ())) for key in _CUE_KEYS)
        )
        for word, cues in options.get("ambiguous", {}).items()
    }


def _multiword(glossary: dict[str, GlossaryEntry]) -> dict[str, str]:
    """Return first word key → full key for glossary acronyms written as two words."""
    multiword = {}
    for entry in glossary.values():
        parts = entry.acronym.split()
        if len(parts) == 2:
            multiword[acronym_key(parts[0])] = acronym_key(entry.acronym)
    return multiword
