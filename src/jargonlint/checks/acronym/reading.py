"""How one acronym-shaped word is used where it stands: as an acronym, as a name, or otherwise.

``reading`` walks a table of named steps in order; the first step that decides wins. Each step
has one general reason, written on it. The verdicts:

- ``ACRONYM``: letters that stand for words (reported unless the reader knows them);
- ``NAME``: the word itself is a name (TORVALDEX, a spoken word in capitals), so the same
  letters are a name everywhere in the document;
- ``OTHER``: not an acronym here (a word in capitals, a unit, a brand, part of a longer name).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ...lang.frequency import is_english_word
from .lexicon import Lexicon
from .names import (
    after_a_name,
    after_organisation_cue,
    beside_a_name_in_capitals,
    is_model_number,
    is_numbered_name,
    is_spoken_word,
    is_stock_symbol,
    listed_with_names,
)
from .scan import Candidate, looks_like_name

ACRONYM = "acronym"
NAME = "name"
OTHER = "other"


@dataclass(frozen=True)
class Use:
    """One candidate in its context: what the steps of ``reading`` may look at."""

    lexicon: Lexicon
    candidate: Candidate
    """Offsets relative to ``text``."""
    text: str
    """The whole block the candidate stands in."""
    shouting: bool
    """The sentence is written in capitals ("FREE SHIPPING ON ALL ORDERS")."""
    small_words: frozenset[str]
    """Words the document writes with small letters (to tell a name in capitals)."""
    context_reading: Callable[[], str | None]
    """For ambiguous letters (IT, US): "acronym" or "word" from the words around, if they say."""
    tagger_reading: Callable[[], str]
    """For ambiguous letters: "acronym" or "word" from the tagger, asked only when needed."""

    @property
    def key(self) -> str:
        """Return the candidate's lookup key."""
        return self.candidate.key

    @property
    def singular(self) -> str:
        """Return the word as written, without a plural ``s`` (KPIs → KPI)."""
        surface = self.candidate.surface
        return surface[:-1] if self.candidate.plural else surface


def _ambiguous(use: Use) -> str | None:
    """IT, US: the words around decide, and where they do not, the tagger ("make IT happen")."""
    if use.key not in use.lexicon.ambiguous:
        return None
    if use.shouting:
        return OTHER
    found = use.context_reading() or use.tagger_reading()
    return ACRONYM if found == "acronym" else OTHER


def _listed_as_not_acronym(use: Use) -> str | None:
    """Words the pack lists as ordinary words in capitals, brands or units are never acronyms."""
    lexicon = use.lexicon
    key = use.key
    listed = key in lexicon.ordinary or key in lexicon.brands or key in lexicon.units
    return OTHER if listed else None


def _product_line(use: Use) -> str | None:
    """A kind of product the pack knows, singular, as the last word of a name ("Acme CRM",
    "Zorbly OS"), is read as the product's name. Letters the pack does not know, or a plural
    ("Acme IPs"), are still jargon after a name: the name does not explain them."""
    candidate = use.candidate
    lexicon = use.lexicon
    if candidate.plural or not (use.key in lexicon.glossary or use.key in lexicon.known):
        return None
    return OTHER if after_a_name(use.text, candidate.start, candidate.end) else None


def _organisation(use: Use) -> str | None:
    """Capitals on the far end of a relation only an organisation has ("accredited by the
    QRA", "a member of the FCX"), a stock symbol ("(NYSE: QRT)"), or capitals beside a name
    written in capitals ("SAN FRANCISCO") name a place or an organisation: not jargon."""
    candidate = use.candidate
    if after_organisation_cue(use.text, candidate.start) or is_stock_symbol(
        use.text, candidate.start
    ):
        return NAME
    return NAME if beside_a_name_in_capitals(use.text, candidate.start, candidate.end) else None


def _glossary(use: Use) -> str | None:
    """Letters the glossary explains are an acronym, unless the copy shouts them as a word."""
    if use.key not in use.lexicon.glossary:
        return None
    word = use.singular
    shouted_word = use.shouting and word.isupper() and is_english_word(word)
    return OTHER if shouted_word else ACRONYM


def _known(use: Use) -> str | None:
    """Letters the reader is said to know are an acronym (and then exempt)."""
    return ACRONYM if use.key in use.lexicon.known else None


def _shouted(use: Use) -> str | None:
    """Unknown capitals in a shouted sentence are words, not initialisms."""
    return OTHER if use.shouting else None


def _model_number(use: Use) -> str | None:
    """A model number after the maker's name ("Zorbly MX500") is part of the product's name.
    Alone, the same shape is as often a standard or an algorithm the reader must look up."""
    candidate = use.candidate
    if not is_model_number(use.singular):
        return None
    return OTHER if after_a_name(use.text, candidate.start, candidate.end) else None


def _name_by_shape(use: Use) -> str | None:
    """A word that looks like a name: initials, a spoken word in capitals, a trademark, capitals
    with a number inside."""
    candidate = use.candidate
    word = use.singular
    if looks_like_name(word, use.text, candidate.start, candidate.end) or is_spoken_word(word):
        return NAME
    if is_numbered_name(word):
        return NAME
    return None


def _listed_with_names(use: Use) -> str | None:
    """Capitals alone in a list of names ("Alpha, BetaSoft and QRZX") are a name too."""
    candidate = use.candidate
    return NAME if listed_with_names(use.text, candidate.start, candidate.end) else None


def _capitals_or_numbers(use: Use) -> str | None:
    """All capitals (maybe with a number): a word in capitals, a name or an initialism."""
    word = use.singular
    if not (word.isupper() or word[:1].isdigit()):
        return None
    letters = word.rstrip("0123456789")
    # A word in capitals, also with a number (promo code SAVE20, model MAX2).
    numbered_word = letters == word or len(letters) >= 3
    if letters.isalpha() and numbered_word and is_english_word(letters):
        return OTHER
    # A word the document also writes in small letters is a name in capitals, not an
    # initialism (NORTHWIND beside Northwind).
    if word.capitalize() in use.small_words or word.lower() in use.small_words:
        return NAME
    return ACRONYM


def _mixed_case(use: Use) -> str:
    """Unknown mixed case reads as an acronym only with more capitals than small letters."""
    word = use.singular
    upper = sum(ch.isupper() for ch in word)
    lower = sum(ch.islower() for ch in word)
    return ACRONYM if upper > lower else NAME


STEPS: tuple[Callable[[Use], str | None], ...] = (
    _ambiguous,
    _listed_as_not_acronym,
    _product_line,
    _organisation,
    _glossary,
    _known,
    _shouted,
    _model_number,
    _name_by_shape,
    _listed_with_names,
    _capitals_or_numbers,
)
"""The decisions in order: what the pack knows first, then shape, then use."""


def reading(use: Use) -> str:
    """Return how the candidate is used: ``ACRONYM``, ``NAME`` or ``OTHER``."""
    for step in STEPS:
        verdict = step(use)
        if verdict is not None:
            return verdict
    return _mixed_case(use)
