"""Reading a parsed sentence as clauses: who the hero is (subject or agent) and what it does."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from wordfreq import zipf_frequency

from .lexicon import (
    CARRY_PRONOUNS,
    COMPANY_PRONOUNS,
    NAME_ZIPF,
    READER_PRONOUNS,
    Lexicon,
    contains_name,
    is_label,
    is_tech,
    misread_name,
    verb_lemma,
    verb_lemmas,
)

# The hero classes are reader, company, technology and other; "name" (an unknown proper name)
# is kept apart until its predicate decides which it is.

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
CLAUSE_DEPS = ("ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "parataxis")
RELATIVE_WORDS = frozenset({"that", "which", "who"})


@dataclass
class Clause:
    """One predicate of a sentence with the noun that does it and what it does it to."""

    verb: Token
    subject: Token | None
    """Head of the hero noun phrase: the subject, or the agent of a passive verb."""
    hero: str
    """reader | company | technology | name | other (name: an unknown proper name)."""
    objects: list[Token] = field(default_factory=list)
    """Direct objects, attributes, adjectival complements and datives of the verb."""
    complement: Token | None = None
    """An infinitive or bare clause the verb controls ("enables teams TO COLLABORATE")."""
    purpose: Token | None = None
    """A purpose clause ("... to FLAG late payers"), on the verb or on its object."""
    passive: bool = False
    main: bool = False

    @property
    def lemma(self) -> str:
        """Return the verb's lemma, lower-cased."""
        return verb_lemma(self.verb)


def noun_phrase(token: Token) -> Doc | object:
    """Return the span of a noun's left modifiers and the noun (no relative clauses, no commas)."""
    return token.doc[token.left_edge.i : token.i + 1]


def classify(token: Token | None, lex: Lexicon, previous: str = "other") -> str:
    """Return the hero class of a noun: reader, company, technology, name or other.

    ``previous`` is the hero of the sentence before, which "it", "this" and "they" carry on.
    """
    if token is None:
        return "other"
    lower, lemma = token.lower_, token.lemma_.lower()
    phrase = " ".join(noun_phrase(token).text.lower().split())
    if lower in READER_PRONOUNS:
        return "reader"
    if lower in COMPANY_PRONOUNS:
        return "company"
    if lower in RELATIVE_WORDS and token.head.dep_ in ("relcl", "acl"):
        return classify(token.head.head, lex, previous)
    if contains_name(phrase, lex.product_names):
        return "technology"
    if contains_name(phrase, lex.company_names):
        return "company"
    owners = {c.lower_ for c in token.children if c.dep_ == "poss"}
    if owners & READER_PRONOUNS:
        return "reader"
    if is_tech(token, lex):
        return "technology"
    if lemma in lex.reader_nouns or lower in lex.reader_nouns:
        return "reader"
    if owners & COMPANY_PRONOUNS:
        return "company"
    determiners = {c.lower_ for c in token.children if c.dep_ == "det"}
    if lemma in lex.company_nouns and (owners or determiners & {"the", "this"}):
        return "company"  # "the company", "the Acme team"; bare "startups" are not us
    if lower in CARRY_PRONOUNS:
        return previous if previous in ("technology", "company") else "other"
    if _looks_like_name(token):
        return "name"
    return "other"


def _looks_like_name(token: Token) -> bool:
    """Return True for a proper name: tagged NNP, or a capitalised word rare in English."""
    if token.tag_ in ("NNP", "NNPS") or token.i == 0 and misread_name(token):
        return True
    # The tagger reads an unknown brand at the start of a sentence as a common noun.
    return (
        token.text[:1].isupper()
        and token.pos_ in ("NOUN", "PROPN")
        and zipf_frequency(token.lower_, "en") < NAME_ZIPF
    )


def _subject(verb: Token, lex: Lexicon) -> tuple[Token | None, bool]:
    """Return the hero noun of a verb and passivity.

    For a passive verb the agent is the hero when it is the technology or the company ("is
    analyzed by our AI"); otherwise the grammatical subject is ("Acme was founded by two
    brothers").
    """
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects and classify(objects[0], lex) in ("technology", "company"):
                return objects[0], True
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not is_label(c, verb)]
    if subjects:
        return subjects[0], passive
    # A configured name the tagger misread ("Ledgerly/RB automates") is still the subject.
    names = {n.split()[0] for n in lex.product_names | lex.company_names}
    named = [c for c in verb.lefts if c.lower_ in names and not is_label(c, verb)]
    if named:
        return named[-1], passive
    # An unknown brand opening the sentence is often tagged as an adverb ("Tidyup/RB is").
    first = verb.doc[0]
    if (
        verb.dep_ == "ROOT"
        and first.head.i == verb.i
        and misread_name(first)
        and not is_label(first, verb)
        and first.i < verb.i
    ):
        return first, passive
    # The small model sometimes reads "Our platform leverages" as a compound of the verb.
    if verb.dep_ == "ROOT":
        before = [
            c
            for c in verb.lefts
            if c.dep_ in ("compound", "nmod")
            and c.pos_ in ("NOUN", "PROPN")
            and not is_label(c, verb)
        ]
        if before:
            return before[-1], False
    return None, passive


def _after_label(verb: Token) -> bool:
    """Return True for a clause hung on a label noun across a colon ("Backups: X copies...")."""
    head = verb.head
    return (
        head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and head.i < verb.i
        and is_label(head, verb)
        and any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


def _implied_product(verb: Token) -> bool:
    """Return True for a feature line whose product subject is left out ("Syncs every till.").

    That is a capitalised third-person "-s" verb opening the sentence or its text after a
    label colon, with no subject of its own.
    """
    if not verb.text[:1].isupper() or not verb.lower_.endswith("s"):
        return False
    if verb.tag_ != "VBZ" and verb_lemma(verb) == verb.lower_:
        return False
    before = [t for t in verb.doc[: verb.i] if not t.is_punct and not t.is_space]
    if not before:
        return True
    return verb.i > 0 and verb.doc[verb.i - 1].text == ":"


def _is_verb(token: Token) -> bool:
    if token.pos_ in ("VERB", "AUX"):
        return True
    # A verb tagged as a plural noun at the root, after its subject read as a compound
    # ("Our AI-powered platform leverages/NNS machine learning").
    return (
        token.dep_ == "ROOT"
        and token.tag_ == "NNS"
        and token.lower_.endswith("s")
        and bool(verb_lemmas(token.lower_))
        and any(c.dep_ in ("compound", "nmod", "nsubj") and c.i < token.i for c in token.children)
    )


def _to_clause(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )


def clauses(doc: Doc, lex: Lexicon, previous: str = "other") -> list[Clause]:
    """Return the clauses of a parsed sentence in order, each with its hero class."""
    found: dict[int, Clause] = {}
    for token in doc:
        if token.dep_ not in CLAUSE_DEPS or not _is_verb(token):
            continue
        if token.dep_ == "conj" and not _is_verb(token.head):
            continue
        subject, passive = _subject(token, lex)
        inherited = None
        if subject is None and token.dep_ != "ROOT" and token.head.i in found:
            inherited = found[token.head.i]
        if inherited is not None and token.dep_ in ("conj", "advcl", "xcomp"):
            hero, subject = inherited.hero, inherited.subject
        elif subject is None and token.dep_ == "ROOT" and _implied_product(token):
            hero = "technology"
        else:
            hero = classify(subject, lex, previous)
        main = token.dep_ == "ROOT" or _after_label(token)
        clause = Clause(token, subject, hero, passive=passive, main=main)
        for child in token.children:
            if child.dep_ in ("dobj", "attr", "acomp", "dative", "oprd", "appos"):
                clause.objects.append(child)
            elif child.dep_ in ("ccomp", "xcomp") and child.pos_ in ("VERB", "AUX"):
                clause.complement = child
            elif child.dep_ == "advcl" and _to_clause(child):
                clause.purpose = child
        if clause.purpose is None:
            for obj in clause.objects:
                clause.purpose = (
                    next(
                        (c for c in obj.children if c.dep_ in ("acl", "relcl") and _to_clause(c)),
                        None,
                    )
                    or clause.purpose
                )
        if (
            clause.complement is not None
            and _to_clause(clause.complement)
            and not any(c.dep_ in SUBJECT_DEPS for c in clause.complement.children)
            and not clause.objects
            and clause.purpose is None
        ):
            # "leverages AI to help" with no object: the infinitive is the purpose.
            clause.purpose, clause.complement = clause.complement, None
        found[token.i] = clause
    repaired = _repair(doc, lex, found, previous)
    if repaired is not None:
        found[repaired.verb.i] = repaired
    return [found[i] for i in sorted(found)]


def _repair(doc: Doc, lex: Lexicon, found: dict[int, Clause], previous: str) -> Clause | None:
    """Return a clause for a capability verb the parser missed, or None.

    The small model sometimes reads "Tidyup leverages machine learning" as one noun phrase.
    When a third-person "-s" form of a capability verb follows a noun and no clause of the
    parse is headed there, the noun before it is taken as its subject.
    """
    for token in doc:
        if token.i in found or not token.lower_.endswith("s") or token.i == 0:
            continue
        if token.tag_ == "VBZ" and token.dep_ in CLAUSE_DEPS:
            continue
        lemma = verb_lemma(token)
        if lemma not in lex.capability_verbs or lemma == token.lower_:
            continue  # "Process" is a base form (a heading or an imperative), not "-s"
        words = [t for t in doc[: token.i] if not is_label(t, token)]
        before = [t for t in words if t.pos_ in ("NOUN", "PROPN", "PRON")]
        if any(t.pos_ in ("VERB", "AUX") for t in words):
            return None
        if not before:
            if not _implied_product(token):
                return None
            clause = Clause(token, None, "technology", main=True)
        else:
            subject = before[-1]
            clause = Clause(token, subject, classify(subject, lex, previous), main=True)
        clause.purpose = next((t for t in doc[token.i + 1 :] if _to_clause(t)), None)
        return clause
    return None


def sentence_hero(items: list[Clause]) -> str:
    """Return the hero class of the sentence: its main clause's hero (imperatives: the reader)."""
    main = next((c for c in items if c.main), None)
    if main is None:
        return "other"
    if main.subject is None and main.verb.tag_ == "VB":
        return "reader"
    return "other" if main.hero == "name" else main.hero
