"""Who a noun is: the reader, the company, the technology, an unknown name, or someone else.

``classify`` walks a decision table (``CLASS_TESTS``): the first test with an answer decides.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from ...lang.frequency import zipf
from ..names import COMPANY, LEGAL_FORMS, PRODUCT, DocumentNames
from .lexicon import (
    CARRY_PRONOUNS,
    COMPANY_PRONOUNS,
    NAME_ZIPF,
    READER_PRONOUNS,
    Lexicon,
    contains_name,
    is_tech,
    misread_name,
    verb_lemma,
)

RELATIVE_WORDS = frozenset({"that", "which", "who"})
POINTING = frozenset({"the", "this", "these"})
HEROES = ("reader", "company", "technology")
NAME_KINDS = {PRODUCT: "technology", COMPANY: "company"}


@dataclass(frozen=True)
class Reading:
    """What the hero rules know while reading one sentence."""

    lex: Lexicon
    names: DocumentNames = DocumentNames()
    """The document's own product and company names (``checks.names``)."""
    previous: str = "other"
    """The hero of the sentence before, which "it" and "they" carry on."""
    quoted: bool = False
    """Quoted speech (a testimonial): its "we" is the speaker, not the company."""
    block: str = ""
    """The kind of block the sentence is in (heading, blockquote, list-item…)."""
    text: str = ""
    """The sentence as written: the parse may have lower-cased a Title Case heading."""

    def written(self, token: Token) -> str:
        """Return a parsed token's word as the document writes it."""
        if not self.text:
            return token.text
        return self.text[token.idx : token.idx + len(token.text)] or token.text


def noun_phrase(token: Token):
    """Return the span of a noun's left modifiers and the noun (no relative clauses, no commas)."""
    return token.doc[token.left_edge.i : token.i + 1]


def _pronoun(token: Token, reading: Reading) -> str | None:
    """you → reader; we → company, unless quoted or inclusive ("together we")."""
    if token.lower_ in READER_PRONOUNS:
        return "reader"
    if token.lower_ not in COMPANY_PRONOUNS:
        return None
    if reading.quoted or inclusive(token, reading.lex):
        return "other"
    return "company"


def inclusive(token: Token, lex: Lexicon) -> bool:
    """Return True for a "we" that holds the reader too ("together we can", "all of us")."""
    head = token.head
    nearby = list(head.children) + list(token.children)
    return any(t.lower_ in lex.inclusive_words for t in nearby if t.i != token.i)


def _relative(token: Token, reading: Reading) -> str | None:
    """that/which/who in a relative clause → whoever the noun it hangs on is."""
    if token.lower_ in RELATIVE_WORDS and token.head.dep_ in ("relcl", "acl"):
        return classify(token.head.head, reading)
    return None


def _legal_form(token: Token, reading: Reading) -> str | None:
    """A legal form in the noun phrase ("Acme GmbH", "Acme Ltd.") → the company."""
    phrase = [t for t in token.subtree if t.i <= token.i + 2]
    return "company" if any(t.lower_ in LEGAL_FORMS for t in phrase) else None


def _named(token: Token, reading: Reading) -> str | None:
    """A name of the document (or the config) in the noun phrase → its kind.

    A possessor is not the head: "Acme's booking engine" is technology, whatever Acme is.
    """
    owned = {t.i for c in token.children if c.dep_ == "poss" for t in c.subtree}
    words = [reading.written(t) for t in noun_phrase(token) if t.i not in owned]
    name = reading.names.find(words)
    if name is not None and token.lower_ not in READER_PRONOUNS:
        return NAME_KINDS.get(name.kind, "name")
    phrase = " ".join(" ".join(w.lower() for w in words).split())
    if contains_name(phrase, reading.lex.product_names):
        return "technology"
    if contains_name(phrase, reading.lex.company_names):
        return "company"
    return None


def _owners(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ == "poss"}


def _reader_owned(token: Token, reading: Reading) -> str | None:
    return "reader" if _owners(token) & READER_PRONOUNS else None


def technology_noun(token: Token, reading: Reading) -> str | None:
    """A technology noun: the lexicon, a marked modifier, or a technology ending (-ware)."""
    lex = reading.lex
    if is_tech(token, lex):
        return "technology"
    lemma = token.lemma_.lower()
    people = lex.people_nouns | lex.reader_nouns | lex.company_nouns
    if token.pos_ == "NOUN" and lemma not in people and lex.has_suffix(lemma, lex.tech_suffixes):
        return "technology"
    return None


def _reader_noun(token: Token, reading: Reading) -> str | None:
    nouns = reading.lex.reader_nouns
    return "reader" if token.lemma_.lower() in nouns or token.lower_ in nouns else None


def _company_owned(token: Token, reading: Reading) -> str | None:
    """ "our story", "the company", "the Acme team"; bare "startups" are not us."""
    owners = _owners(token)
    if owners & COMPANY_PRONOUNS:
        return "other" if reading.quoted else "company"
    determiners = {c.lower_ for c in token.children if c.dep_ == "det"}
    if token.lemma_.lower() in reading.lex.company_nouns and (owners or determiners & POINTING):
        return "company"
    return None


def _carried(token: Token, reading: Reading) -> str | None:
    """ "it"/"they": the hero of the sentence before, else, opening a sentence or as the main
    subject, the document's main product or company."""
    if token.lower_ not in CARRY_PRONOUNS:
        return None
    if expletive(token):
        return "other"
    if token.sent.start > 0:
        # After a line's label ("Smart sync: it…") the pronoun stands for the label.
        label = token.doc[0].sent.root
        return "other" if label.i == token.i else classify(label, reading)
    if reading.previous in ("technology", "company"):
        return reading.previous
    kind = reading.names.pronoun_kind(token.lower_) if _leads(token) else None
    return NAME_KINDS.get(kind or "", "other")


def _leads(token: Token) -> bool:
    """Return True for a pronoun that opens its sentence or is the subject of its main verb."""
    opening = next((t for t in token.sent if t.is_alpha), None)
    return opening is token or token.head.dep_ == "ROOT" and token.dep_ == "nsubj"


EXTRAPOSING_VERBS = frozenset(
    {
        "be",
        "become",
        "cost",
        "feel",
        "happen",
        "help",
        "hurt",
        "look",
        "make",
        "matter",
        "mean",
        "occur",
        "pay",
        "remain",
        "seem",
        "appear",
        "sound",
        "take",
        "turn",
    }
)
"""Verbs an empty "it" stands before ("it takes a minute to…", "it pays to…", "it seems that…")."""
REPORTING_VERBS = frozenset(
    {
        "advise",
        "believe",
        "estimate",
        "expect",
        "hope",
        "know",
        "note",
        "recommend",
        "report",
        "require",
        "say",
        "suggest",
        "think",
    }
)
"""Passive verbs an empty "it" stands before ("it is recommended that…", "it is said to…")."""
# Why not data: which verbs take an extraposed subject is closed-class grammar.


def expletive(token: Token) -> bool:
    """Return True for an "it" that stands for nothing ("it is easy to…", "it was tedious to…",
    "it takes a minute to…"): its verb, one of the few that take an extraposed subject,
    carries the real subject as a later clause. "It leverages AI to…" is the product."""
    if token.lower_ != "it":
        return False
    verb = token.head
    lemma = verb_lemma(verb)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if lemma not in (REPORTING_VERBS if passive else EXTRAPOSING_VERBS):
        return False
    return any(
        c.i > token.i
        and c.dep_ in ("xcomp", "ccomp", "csubj")
        and any(g.lower_ in ("to", "that", "if", "whether") for g in c.children)
        for c in verb.children
    )


def _unknown_name(token: Token, reading: Reading) -> str | None:
    return "name" if looks_like_name(token) else None


CLASS_TESTS: tuple[Callable[[Token, Reading], str | None], ...] = (
    _pronoun,
    _relative,
    _legal_form,
    _named,
    _reader_owned,
    technology_noun,
    _reader_noun,
    _company_owned,
    _carried,
    _unknown_name,
)
"""The decision table of ``classify``, in order: the first answer wins."""


def classify(token: Token | None, reading: Reading | Lexicon, previous: str = "other") -> str:
    """Return the hero class of a noun: reader, company, technology, name or other.

    ``reading`` may be a bare Lexicon (with the hero of the sentence before as ``previous``)
    for callers that know no document names.
    """
    if isinstance(reading, Lexicon):
        reading = Reading(reading, previous=previous)
    if token is None:
        return "other"
    for test in CLASS_TESTS:
        found = test(token, reading)
        if found is not None:
            return found
    return "other"


def looks_like_name(token: Token) -> bool:
    """Return True for a proper name: tagged NNP, or a capitalised word rare in English."""
    if token.tag_ in ("NNP", "NNPS") or token.i == 0 and misread_name(token):
        return True
    # The tagger (en_core_web_sm 3.8.0) reads an unknown brand opening a sentence as a common
    # noun.
    return (
        token.text[:1].isupper()
        and token.pos_ in ("NOUN", "PROPN")
        and zipf(token.lower_) < NAME_ZIPF
    )
