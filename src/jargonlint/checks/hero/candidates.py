"""Which sentences the hero rules need parsed: a possible hero with a possible predicate.

The parse is the expensive step, so a sentence is a candidate only when its cheap tokens show
both halves of a finding: a word that could head the hero (a technology noun, "we", a company
noun, the document's own names, "it"/"they" opening the sentence, a line's label, a feature
line opening on its verb, a made-up capitalised word opening it) and a word that could make
the predicate one (a capability, giving, self, history, outcome or reach verb, an abstraction,
a rank, praise, size or pride word, or a relative pronoun that may define the product: "X is a
platform that…"). A self topic ("Our mission…") or a company-only verb ("was founded") is
enough on its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Span

from ...lang.frequency import zipf
from ...lang.inflection import word_forms
from ...lang.labels import label_length
from .lexicon import CARRY_PRONOUNS, COMPANY_PRONOUNS, NAME_ZIPF, Lexicon

RELATIVE_WORDS = frozenset({"that", "which", "who"})


def _forms(words: Iterable[str]) -> set[str]:
    """Return every inflected form of single words, and the last word of phrases."""
    found: set[str] = set()
    for word in words:
        found.update(word_forms(word) if " " not in word else word.split()[-1:])
    found.discard("")
    return found


@dataclass(frozen=True)
class Triggers:
    """The lower-case words that make a sentence worth parsing for the hero rules."""

    heroes: frozenset[str]
    predicates: frozenset[str]
    topics: frozenset[str]
    lex: Lexicon

    @classmethod
    def of(cls, lex: Lexicon) -> Triggers:
        """Return the triggers of a lexicon."""
        heroes = set(COMPANY_PRONOUNS) | _forms(lex.tech_nouns | lex.company_nouns)
        # The tokenizer splits "AI-powered" at the hyphen; its last part is the word seen.
        heroes.update(m.split("-")[-1] for m in lex.tech_modifiers if m.split("-")[-1])
        for name in lex.product_names | lex.company_names:
            heroes.update(name.split()[:1])
        verbs = lex.capability_verbs | lex.giving_verbs | lex.self_verbs | lex.history_verbs
        verbs |= lex.award_verbs
        predicates = _forms(verbs | lex.outcome_verbs | lex.scale_verbs | lex.abstract_nouns)
        predicates.update(lex.self_adjectives | lex.rank_words | lex.praise_words)
        predicates.update(lex.size_words | lex.self_nouns | RELATIVE_WORDS)
        alone = _forms(lex.self_topics | lex.strong_self_verbs)
        return cls(frozenset(heroes), frozenset(predicates), frozenset(alone), lex)

    def wants(self, tokens: Span, names: frozenset[str] = frozenset()) -> bool:
        """Return True when a sentence's cheap tokens may hold a hero finding."""
        words = [t.lower_ for t in tokens]
        if self.topics.intersection(words):
            return True
        if not any(self._predicate(w) for w in words):
            return False
        if self.heroes.intersection(words) or names.intersection(words):
            return True
        return label_length(tokens) > 0 or self._opening(tokens)

    def _predicate(self, word: str) -> bool:
        return word in self.predicates or self.lex.has_suffix(word, self.lex.abstract_suffixes)

    def _opening(self, tokens: Span) -> bool:
        """Return True for "It …"/"They …", a line opening on its verb ("Streamlines…",
        "Recognized as…"), or a made-up name opening the sentence ("Ledgerly automates…")."""
        first = next((t for t in tokens if t.is_alpha), None)
        if first is None:
            return False
        capital = first.text[:1].isupper()
        # "Syncs every till", "Announcing…", "Recognized as…": a line opening on its verb.
        verb_line = capital and first.lower_ in self.predicates
        made_up = capital and zipf(first.lower_) < NAME_ZIPF
        return first.lower_ in CARRY_PRONOUNS or verb_line or made_up
