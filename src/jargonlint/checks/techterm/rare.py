"""Rare words that look technical: the frequency half of the `tech-term` kind.

A word is a candidate when it is rarer in general English than the reader's threshold
(``max-zipf``, one number or one per audience) and its shape or parts show it is technical
(``lang.frequency.technical_shape``). Capitalised words inside a sentence are names and left
alone, unless they are camelCase with a technical part (TypeScript, WebAssembly): a
third-party technical name stops a lay reader as surely as a term does.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ...lang.frequency import is_camel_case, is_initialism, technical_shape, word_zipf
from ..acronym.names import is_title_case

DEFAULT_MIN_LENGTH = 4


def _lowered(options: dict, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in options.get(key, ()))


def threshold(max_zipf: float | dict, audience: str) -> float:
    """Return the rarity threshold for the audience (0 when the pack sets none for it)."""
    if isinstance(max_zipf, dict):
        return float(max_zipf.get(audience, 0.0))
    return float(max_zipf)


@dataclass(frozen=True)
class RareWords:
    """What the frequency rule knows: its threshold and the parts that show technicality."""

    max_zipf: float
    min_length: int
    stems: frozenset[str]
    prefixes: frozenset[str]
    strong_prefixes: frozenset[str]
    suffixes: frozenset[str]
    known: frozenset[str]
    names: frozenset[str]

    @classmethod
    def from_options(
        cls, options: dict, audience: str, extra_stems: frozenset[str], names
    ) -> RareWords:
        """Return the rule's settings for the audience, with extra stems (glossary words)."""
        return cls(
            max_zipf=threshold(options.get("max-zipf", 0.0), audience),
            min_length=int(options.get("min-length", DEFAULT_MIN_LENGTH)),
            stems=_lowered(options, "stems") | extra_stems,
            prefixes=_lowered(options, "prefixes"),
            strong_prefixes=_lowered(options, "strong-prefixes"),
            suffixes=_lowered(options, "suffixes"),
            known=_lowered(options, "known-words"),
            names=frozenset(names),
        )

    def technical(self, word: str) -> bool:
        """Return True when the word's shape or parts show it is technical."""
        shape = technical_shape(
            word, self.stems, self.prefixes, self.suffixes, self.strong_prefixes
        )
        return shape is not None

    def plausible(self, token) -> bool:
        """Return True for a prose word that could be a tech term (not a name, number, code)."""
        text = token.text
        if not token.is_alpha or len(text) < self.min_length:
            return False
        if token.like_url or token.like_email or is_initialism(text):
            return False
        lower = token.lower_
        return lower not in self.names and lower not in self.known

    def candidates(self, span, taken: set[int]) -> Iterator:
        """Yield the tokens of the sentence that are rare in general English and look technical."""
        first_word = next((t.i for t in span if t.is_alpha), span.start)
        # In a title-case heading every word is capitalised: capitals show no name there.
        title = is_title_case(span.text)
        for token in span:
            if token.i in taken or not self.plausible(token):
                continue
            if not title and _is_name(token, first_word) and not is_camel_case(token.text):
                continue
            if word_zipf(token.text) >= self.max_zipf:
                continue
            if self.technical(token.text):
                yield token


def _is_name(token, first_word: int) -> bool:
    """Return True for a capitalised word inside a sentence (a product, a town), or a
    capitalised label before a colon at the head of a list item ("Breadwise: ...")."""
    text = token.text
    if not text[0].isupper():
        return False
    if token.i != first_word:
        return True
    following = token.nbor(1).text if token.i + 1 < len(token.doc) else ""
    return following == ":"
