"""Which sentences the hero rules need parsed: a possible hero with a possible predicate.

The parse is the expensive step, so a sentence is a candidate only when its cheap tokens show
both halves of a finding: a word that could head the hero (a technology noun, "we", a company
noun, the document's own names, "it"/"they" opening the sentence, a line's label, a feature
line opening on its verb, a made-up capitalised word opening it, or the reader before the
predicate word, since the document's hero shares count the reader's sentences too) and a
word that could make the predicate one (a capability, giving, tool, self, history,
recognition, outcome or reach verb, an abstraction, a rank, praise, size or pride word, a
company part, a word of tenure or news, or a relative pronoun that may define the product: "X is a
platform that…"). A self topic ("Our mission…") or a company-only verb ("was founded") is
enough on its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span

from ...lang.frequency import zipf
from ...lang.inflection import word_forms
from ...lang.labels import label_length
from ..names import COMPANY, PRODUCT, DocumentNames
from .lexicon import CARRY_PRONOUNS, COMPANY_PRONOUNS, NAME_ZIPF, READER_PRONOUNS, Lexicon

RELATIVE_WORDS = frozenset({"that", "which", "who"})
TENURE_WORDS = frozenset({"since", "decades", "years"})
"""How long the company has been at it ("since 1987", "for thirty years"): its history."""
FOUNDERS = frozenset({"founder", "founders", "cofounder", "cofounders"})
"""A sentence about the founders is about the company: worth parsing on its own."""
NEWS_WORDS = frozenset({"thank", "thanks", "welcome", "welcoming"})
"""Company news without a listed verb: public thanks, a person in a new role."""
NAME_CLASSES = {PRODUCT: "technology", COMPANY: "company"}


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
    readers: frozenset[str]
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
        verbs |= lex.award_verbs | lex.recognition_verbs | lex.tool_verbs
        predicates = _forms(verbs | lex.outcome_verbs | lex.scale_verbs | lex.abstract_nouns)
        # A company's size is counted in plural parts ("offices in five cities", "staff").
        predicates.update(w for w in _forms(lex.company_parts) if w.endswith("s"))
        predicates.update(TENURE_WORDS | NEWS_WORDS)
        predicates.update(lex.self_adjectives | lex.rank_words | lex.praise_words)
        predicates.update(lex.size_words | lex.self_nouns | RELATIVE_WORDS)
        alone = _forms(lex.self_topics | lex.strong_self_verbs) | FOUNDERS
        readers = set(READER_PRONOUNS) | _forms(lex.reader_nouns)
        return cls(
            frozenset(heroes), frozenset(readers), frozenset(predicates), frozenset(alone), lex
        )

    def wants(self, tokens: Span, names: frozenset[str] = frozenset()) -> bool:
        """Return True when a sentence's cheap tokens may hold a hero finding."""
        words = [t.lower_ for t in tokens]
        if self.topics.intersection(words) or _new_role(words):
            return True
        first = next((i for i, w in enumerate(words) if self._predicate(w)), None)
        if first is None:
            return False
        if self.heroes.intersection(words) or names.intersection(words):
            return True
        if self.readers.intersection(words[:first]):
            return True  # "customers utilize the booking page": the reader's sentence
        return label_length(tokens) > 0 or self._opening(tokens)

    def _predicate(self, word: str) -> bool:
        if word in self.predicates or _year(word):
            return True
        return self.lex.has_suffix(word, self.lex.abstract_suffixes)

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


def _year(word: str) -> bool:
    """Return True for a year ("in 2015", "since 1987"): with a hero, maybe its history."""
    return len(word) == 4 and word.isdigit() and word[:2] in ("18", "19", "20")


def _new_role(words: list[str]) -> bool:
    """Return True for "our new …" after a name ("Meet Sam, our new head baker"): news."""
    return any(words[i : i + 3] == [",", "our", "new"] for i in range(len(words) - 2))


OPENERS = frozenset(
    {"a", "an", "each", "every", "its", "our", "that", "the", "these", "this", "your"}
)
# Why not data: determiners and possessives are closed-class.


@lru_cache(maxsize=8)
def _word_classes(lex: Lexicon) -> dict[str, str]:
    """Return hero classes by word form: technology, reader and company nouns and pronouns."""
    classes = dict.fromkeys(_forms(lex.company_nouns) | {"we", "us"}, "company")
    classes.update(dict.fromkeys(_forms(lex.reader_nouns) | READER_PRONOUNS, "reader"))
    classes.update(dict.fromkeys(_forms(lex.tech_nouns), "technology"))
    return classes


def light_hero(tokens: Span, lex: Lexicon, names: DocumentNames) -> str:
    """Return the hero of an unparsed sentence from its opening noun phrase.

    "The app saves…" → technology, "Customers get…" → reader, "Our team…" → company, the
    document's name → its kind; "your X" is the reader's, "our X" the company's.
    """
    words = [t for t in tokens if t.is_alpha][:4]
    if not words:
        return "other"
    first = words[0].lower_
    head = words[1:] if first in OPENERS else words
    for word in head[:3]:
        found = _word_classes(lex).get(word.lower_)
        if found is not None:
            return found
        name = names.find([word.text])
        if name is not None:
            return NAME_CLASSES.get(name.kind, "other")
    return {"your": "reader", "our": "company"}.get(first, "other")
