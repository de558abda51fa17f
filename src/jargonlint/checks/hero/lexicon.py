"""The word lists the hero rules read from their packs, merged per check; token tests on them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token
from wordfreq import zipf_frequency

from ...lang.wordforms import lemmas
from ...packs.model import Rule

HERO_LISTS = (
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
    "announce-verbs",
    "partner-verbs",
    "give-verbs",
)
"""Lexicon options of the `hero` kind (each rule carries the lists its role needs)."""

READER_PRONOUNS = frozenset({"you", "your", "yours", "yourself", "yourselves"})
COMPANY_PRONOUNS = frozenset({"we", "us", "our", "ours", "ourselves"})
# Why not data: these are closed-class words of English, not judgments a pack should tune.
# "This" is left out: it usually points back at a whole idea, not at the product.
CARRY_PRONOUNS = frozenset({"it", "they"})
NAME_ZIPF = 3.0
"""A capitalised noun rarer than this (Zipf) is read as a name (Tidyup, Plumbwell)."""


@dataclass(frozen=True)
class Lexicon:
    """Every word list of the hero kind, lower-cased, as sets (phrases keep their spaces)."""

    tech_nouns: frozenset[str] = frozenset()
    tech_modifiers: frozenset[str] = frozenset()
    capability_verbs: frozenset[str] = frozenset()
    outcome_verbs: frozenset[str] = frozenset()
    reader_verbs: frozenset[str] = frozenset()
    weak_verbs: frozenset[str] = frozenset()
    service_verbs: frozenset[str] = frozenset()
    """Capability verbs that, with the company as subject, describe an ordinary service."""
    reader_nouns: frozenset[str] = frozenset()
    people_nouns: frozenset[str] = frozenset()
    """People a product serves (teams, developers, shops): as its object, they are the reader."""
    company_nouns: frozenset[str] = frozenset()
    self_nouns: frozenset[str] = frozenset()
    self_adjectives: frozenset[str] = frozenset()
    self_verbs: frozenset[str] = frozenset()
    strong_self_verbs: frozenset[str] = frozenset()
    self_topics: frozenset[str] = frozenset()
    announce_verbs: frozenset[str] = frozenset()
    """Verbs (and their nouns) that present news: a rewrite may open "New:" instead."""
    partner_verbs: frozenset[str] = frozenset()
    """Verbs whose "with" names a partner ("share with"): a rewrite says "using X" instead."""
    give_verbs: frozenset[str] = frozenset()
    """Verbs of giving: "X provides N" says the reader gets N, which a rewrite may lead with."""
    product_names: frozenset[str] = frozenset()
    company_names: frozenset[str] = frozenset()

    @classmethod
    def from_rules(cls, rules: Iterable[Rule], config) -> Lexicon:
        """Return the union of the lists of all these rules, plus the config's names."""
        merged: dict[str, set[str]] = {name: set() for name in HERO_LISTS}
        for rule in rules:
            for name in HERO_LISTS:
                merged[name].update(w.lower() for w in rule.options.get(name, ()))
        fields = {name.replace("-", "_"): frozenset(words) for name, words in merged.items()}
        return cls(
            **fields,
            product_names=_names(getattr(config, "product_names", ())),
            company_names=_names(getattr(config, "company_names", ())),
        )

    def is_tech_modifier(self, word: str) -> bool:
        """Return True when a hyphenated pre-modifier marks technology (AI-powered, cloud-based).

        Entries starting with "-" are suffixes, so "-powered" covers every "X-powered".
        """
        word = word.lower()
        if word in self.tech_modifiers:
            return True
        return any(
            m.startswith("-") and word.endswith(m) and len(word) > len(m)
            for m in self.tech_modifiers
        )


def _names(names: Iterable[str]) -> frozenset[str]:
    return frozenset(" ".join(n.lower().split()) for n in names if n.strip())


def contains_name(phrase: str, names: frozenset[str]) -> bool:
    """Return True when a lower-case phrase holds one of the names (or its possessive)."""
    padded = f" {phrase} "
    return any(f" {name} " in padded or f" {name}'s " in padded for name in names)


def is_tech(token: Token, lex: Lexicon) -> bool:
    """Return True when a noun names technology: a lexicon head, compound or marked modifier."""
    if token.lemma_.lower() in lex.tech_nouns or token.lower_ in lex.tech_nouns:
        return True
    for child in token.lefts:
        if child.dep_ == "compound" and (
            child.lower_ in lex.tech_nouns or child.lemma_.lower() in lex.tech_nouns
        ):
            return True
        if child.dep_ in ("amod", "compound", "npadvmod", "nmod"):
            # "AI-powered" arrives as AI / - / powered: rejoin the hyphenated modifier.
            text = child.doc[child.left_edge.i : child.i + 1].text.replace(" ", "")
            if lex.is_tech_modifier(text) or lex.is_tech_modifier(child.lower_):
                return True
    return False


@lru_cache(maxsize=8192)
def verb_lemmas(lower: str) -> tuple[str, ...]:
    """Return the verb lemmas of a lower-case word form (cached: the lookup is slow)."""
    return tuple(lemma.lower() for lemma in lemmas(lower, "VERB").get("VERB", ()))


def verb_lemma(token: Token) -> str:
    """Return a token's verb lemma, even when the tagger took an "-s" verb for a noun."""
    if not token.tag_.startswith("VB") and token.lower_.endswith("s"):
        lemmas = verb_lemmas(token.lower_)
        if lemmas:
            return lemmas[0]
    return token.lemma_.lower()


def is_label(noun: Token, verb: Token) -> bool:
    """Return True when a colon stands between a noun and a later verb.

    In "Smart reminders: the app texts your clients" the words before the colon label the
    clause; the parser often takes them for its subject.
    """
    return noun.i < verb.i and any(t.text == ":" for t in noun.doc[noun.i + 1 : verb.i])


def misread_name(token: Token) -> bool:
    """Return True for a capitalised word unknown to English and to the verb lexicon."""
    return (
        token.is_alpha
        and token.text[:1].isupper()
        and token.pos_ not in ("VERB", "AUX", "PRON", "DET")
        and zipf_frequency(token.lower_, "en") < NAME_ZIPF
        and not verb_lemmas(token.lower_)
    )
