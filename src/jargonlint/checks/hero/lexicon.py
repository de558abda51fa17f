"""The hero lexicons (pack-level word lists, shared by every hero rule); token tests on them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ...lang.frequency import zipf
from ...lang.wordforms import lemmas
from ..names import NameCues
from ..registry import HERO_LEXICONS

if TYPE_CHECKING:
    from ...config import Config
    from ...packs.lexicons import Lexicons

HERO_LISTS = HERO_LEXICONS
"""The lexicons (pack-level word lists) the hero rules read, whatever rules are selected."""

READER_PRONOUNS = frozenset({"you", "your", "yours", "yourself", "yourselves"})
COMPANY_PRONOUNS = frozenset({"we", "us", "our", "ours", "ourselves"})
# Why not data: these are closed-class words of English, not judgments a pack should tune.
# "This" is left out: it usually points back at a whole idea, not at the product.
CARRY_PRONOUNS = frozenset({"it", "they"})
NAME_ZIPF = 3.0
"""A capitalised noun rarer than this (Zipf) is read as a name (Tidyup, Plumbwell)."""


@dataclass(frozen=True)
class Lexicon:
    """Every hero lexicon, lower-cased, as sets (phrases keep their spaces), plus the names."""

    tech_nouns: frozenset[str] = frozenset()
    tech_modifiers: frozenset[str] = frozenset()
    tech_suffixes: frozenset[str] = frozenset()
    """Endings of nouns that name technology (-ware, -bot): "the scheduler", "our chatbot"."""
    capability_verbs: frozenset[str] = frozenset()
    giving_verbs: frozenset[str] = frozenset()
    """Verbs that hand something over (provide, give, deliver): a capability only when what
    they give is an abstraction ("delivers visibility", not "provides a PDF export")."""
    abstract_nouns: frozenset[str] = frozenset()
    """Abstractions a product offers instead of an outcome (insight, value, experience)."""
    abstract_suffixes: frozenset[str] = frozenset()
    """Endings of abstract nouns (-ity, -ness): "scalability", "seamlessness"."""
    concrete_nouns: frozenset[str] = frozenset()
    """Nouns with an abstract ending that name a concrete thing (application, notification)."""
    use_verbs: frozenset[str] = frozenset()
    """Verbs whose object is a product (install, download): a cue for the document's names."""
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
    history_verbs: frozenset[str] = frozenset()
    """Verbs of a company's or product's own story (found, grow, celebrate)."""
    award_verbs: frozenset[str] = frozenset()
    """Verbs of recognition ("recognized as", "named", "voted"): an award is status."""
    rank_words: frozenset[str] = frozenset()
    """Rank and exclusivity words that make "the X" a status claim (first, only, leading)."""
    praise_words: frozenset[str] = frozenset()
    """Adjectives of praise a company gives itself or its product (outstanding, superior)."""
    size_words: frozenset[str] = frozenset()
    """Words of scale in a status claim (millions, thousands): "used by millions of teams"."""
    scale_verbs: frozenset[str] = frozenset()
    """Verbs of reach whose object's size is a status claim ("serves thousands of shops")."""
    inclusive_words: frozenset[str] = frozenset()
    """Words that make "we" the writer and the reader together ("together", "all")."""
    announce_verbs: frozenset[str] = frozenset()
    """Verbs (and their nouns) that present news: a rewrite may open "New:" instead."""
    partner_verbs: frozenset[str] = frozenset()
    """Verbs whose "with" names a partner ("share with"): a rewrite says "using X" instead."""
    give_verbs: frozenset[str] = frozenset()
    """Verbs of giving: "X provides N" says the reader gets N, which a rewrite may lead with."""
    tool_verbs: frozenset[str] = frozenset()
    """Verbs of using a tool: with technology as object ("uses machine learning to…") the
    product describes its own machinery, as "leverages" does."""
    recognition_verbs: frozenset[str] = frozenset()
    """Verbs of outside recognition in the passive ("featured in", "certified by"): status."""
    company_parts: frozenset[str] = frozenset()
    """What a company's size is counted in (offices, employees, branches)."""
    origin_verbs: frozenset[str] = frozenset()
    """Verbs of a beginning: with a year ("started in 2015") or as "was born", history."""
    machine_praise: frozenset[str] = frozenset()
    """Adjectives that dress up a machine (intelligent, powerful): a feature line's head so
    dressed, doing something, is the machine as hero."""
    product_names: frozenset[str] = frozenset()
    company_names: frozenset[str] = frozenset()

    @classmethod
    def from_lexicons(cls, lexicons: Lexicons, config: Config) -> Lexicon:
        """Return the packs' hero lexicons, plus the config's product and company names."""
        fields = {name.replace("-", "_"): lexicons.words(name) for name in HERO_LISTS}
        return cls(
            **fields,
            product_names=_names(config.product_names),
            company_names=_names(config.company_names),
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

    def has_suffix(self, word: str, suffixes: frozenset[str]) -> bool:
        """Return True when a lower-case word ends in one of ``suffixes`` ("-ity") and is longer."""
        return any(word.endswith(s.lstrip("-")) and len(word) > len(s) + 1 for s in suffixes)

    @property
    def working_verbs(self) -> frozenset[str]:
        """Return the capability verbs that are capabilities whatever their object."""
        return self.capability_verbs - self.giving_verbs

    def is_abstract(self, token: Token) -> bool:
        """Return True for an abstraction a product offers (visibility, insights, experience).

        The noun is listed, or is a mass noun with an abstract ending ("-ity", "-ness"): not
        plural and not a listed concrete noun ("vulnerabilities", "a community" are things).
        Counted with "a"/"an" it is a thing ("a notification") unless an adjective dresses it
        up ("a solid foundation").
        """
        if token.pos_ not in ("NOUN", "PROPN"):
            return False
        lemma = token.lemma_.lower()
        if lemma in self.abstract_nouns or token.lower_ in self.abstract_nouns:
            return True
        if lemma in self.concrete_nouns or token.tag_ in ("NNS", "NNPS"):
            return False
        counted = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
        dressed = any(c.dep_ == "amod" for c in token.children)
        return (dressed or not counted) and self.has_suffix(lemma, self.abstract_suffixes)

    def name_cues(self) -> NameCues:
        """Return the cue words the document's names are classified with."""
        return NameCues(
            product_nouns=self.tech_nouns,
            company_nouns=self.company_nouns,
            product_verbs=self.capability_verbs - self.giving_verbs,
            company_verbs=self.strong_self_verbs,
            use_verbs=self.use_verbs,
        )


def _names(names: Iterable[str]) -> frozenset[str]:
    return frozenset(" ".join(n.lower().split()) for n in names if n.strip())


def contains_name(phrase: str, names: frozenset[str]) -> bool:
    """Return True when a lower-case phrase holds one of the names (or its possessive)."""
    padded = f" {phrase} "
    return any(f" {name} " in padded or f" {name}'s " in padded for name in names)


def is_tech(token: Token, lex: Lexicon) -> bool:
    """Return True when a noun names technology: a lexicon head, compound or marked modifier.

    A person is not technology whatever modifies them ("an AI engineer", "the platform team").
    """
    lemma = token.lemma_.lower()
    if lemma in lex.tech_nouns or token.lower_ in lex.tech_nouns:
        return True
    if lemma in lex.people_nouns | lex.reader_nouns | lex.company_nouns:
        return False
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
    """Return a token's verb lemma, even when the tagger took an "-s" verb for a noun.

    Repair for en_core_web_sm 3.8.0, which tags "leverages", "automates" after a noun phrase
    as plural nouns (tested in tests/unit/test_repairs.py).
    """
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
    """Return True for a capitalised word unknown to English and to the verb lexicon.

    en_core_web_sm 3.8.0 tags such a word (a made-up brand) as an adverb or adjective when it
    opens a sentence; the repairs in ``repairs`` use this to take it back as a name.
    """
    return (
        token.is_alpha
        and token.text[:1].isupper()
        and token.pos_ not in ("VERB", "AUX", "PRON", "DET")
        and zipf(token.lower_) < NAME_ZIPF
        and not verb_lemmas(token.lower_)
    )
