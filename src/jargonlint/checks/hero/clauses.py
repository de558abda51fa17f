"""Reading a parsed sentence as clauses: who the hero is (subject or agent) and what it does."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..names import DocumentNames
from .lexicon import Lexicon, is_label, verb_lemma
from .repairs import (
    CLAUSE_DEPS,
    compound_subject,
    missed_capability_verb,
    named_subject,
    opening_name_subject,
    plural_noun_verb,
)
from .subjects import Reading, classify, noun_phrase

# The hero classes are reader, company, technology and other; "name" (an unknown proper name)
# is kept apart until its predicate decides which it is.

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
OBJECT_DEPS = ("dobj", "attr", "acomp", "dative", "oprd", "appos")
INHERITING_DEPS = ("conj", "advcl", "xcomp")
"""A clause without its own subject shares the subject of the clause it hangs on."""

__all__ = ["Clause", "classify", "clauses", "noun_phrase", "sentence_hero", "Reading"]


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
    repaired: bool = False
    """Built by a parser repair: the verb's dependents are not what the parse gave it."""

    @property
    def lemma(self) -> str:
        """Return the verb's lemma, lower-cased."""
        return verb_lemma(self.verb)


def is_verb(token: Token) -> bool:
    """Return True for a verb, or a verb the tagger took for a plural noun (a repair)."""
    return token.pos_ in ("VERB", "AUX") or plural_noun_verb(token)


def _to_clause(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )


def _technology_agent(verb: Token, reading: Reading) -> Token | None:
    """Return the agent of a passive verb when it is the technology or the company.

    "Your calendar is analyzed by our AI": the agent is the hero; "Acme was founded by two
    brothers": the subject stays the hero.
    """
    for child in verb.children:
        if child.dep_ != "agent":
            continue
        objects = [g for g in child.children if g.dep_ == "pobj"]
        if objects and classify(objects[0], reading) in ("technology", "company"):
            return objects[0]
    return None


def hero_noun(verb: Token, reading: Reading) -> tuple[Token | None, bool]:
    """Return the hero noun of a verb (its subject, or a technology agent) and passivity."""
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    agent = _technology_agent(verb, reading)
    if agent is not None:
        return agent, True
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not is_label(c, verb)]
    if subjects:
        return subjects[0], passive
    repaired = (
        named_subject(verb, reading.lex) or opening_name_subject(verb) or compound_subject(verb)
    )
    if repaired is not None and repaired.dep_ in ("compound", "nmod"):
        passive = False
    return repaired, passive


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


def implied_product(verb: Token) -> bool:
    """Return True for a feature line whose product subject is left out ("Syncs every till.").

    That is a capitalised third-person "-s" verb opening its sentence (or the text after a
    label), with no subject of its own.
    """
    if not verb.text[:1].isupper() or not verb.lower_.endswith("s"):
        return False
    if verb.tag_ != "VBZ" and verb_lemma(verb) == verb.lower_:
        return False
    before = [t for t in verb.doc[verb.sent.start : verb.i] if not t.is_punct and not t.is_space]
    if not before:
        return True
    return verb.i > 0 and verb.doc[verb.i - 1].text == ":"


def _clause_heads(doc: Doc) -> list[Token]:
    """Return the tokens that head a clause: verbs with a clause label (and their conjuncts)."""
    heads = []
    for token in doc:
        if token.dep_ not in CLAUSE_DEPS or not is_verb(token):
            continue
        if token.dep_ == "conj" and not is_verb(token.head):
            continue
        heads.append(token)
    return heads


def _hero_of(
    verb: Token, subject: Token | None, found: dict[int, Clause], reading: Reading
) -> tuple[str, Token | None]:
    """Return the hero class and noun of a clause: its own subject's, the clause it hangs on
    ("…and enables teams" shares the subject), or the product of a subjectless feature line."""
    if subject is None and verb.dep_ in INHERITING_DEPS and verb.head.i in found:
        controller = _object_controller(verb, reading)
        if controller is not None:
            return classify(controller, reading), controller
        inherited = found[verb.head.i]
        return inherited.hero, inherited.subject
    is_root = verb.dep_ == "ROOT" or verb.head.i == verb.i
    if subject is None and is_root and implied_product(verb):
        return "technology", None
    return classify(subject, reading), subject


def _object_controller(verb: Token, reading: Reading) -> Token | None:
    """Return the object that does an infinitive complement of an outcome verb ("enables
    businesses TO GROW": the businesses grow); other verbs' infinitives are their subject's
    purpose ("we started Acme TO BUILD…")."""
    head = verb.head
    if verb.dep_ != "xcomp" or verb_lemma(head) not in reading.lex.outcome_verbs:
        return None
    return next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)


def _object_purpose(objects: list[Token]) -> Token | None:
    """Return an infinitive on an object ("… offers a tool TO FLAG late payers"), or None."""
    found = None
    for obj in objects:
        for child in obj.children:
            if child.dep_ in ("acl", "relcl") and _to_clause(child):
                found = child
    return found


def _bare_infinitive(clause: Clause) -> bool:
    """Return True for an object-less verb's own infinitive ("leverages AI TO HELP"): a purpose."""
    complement = clause.complement
    return (
        complement is not None
        and _to_clause(complement)
        and not any(c.dep_ in SUBJECT_DEPS for c in complement.children)
        and not clause.objects
        and clause.purpose is None
    )


def _attach(clause: Clause) -> None:
    """Fill a clause's objects, complement and purpose from the verb's dependents."""
    for child in clause.verb.children:
        if child.dep_ in OBJECT_DEPS:
            clause.objects.append(child)
        elif child.dep_ in ("ccomp", "xcomp") and child.pos_ in ("VERB", "AUX"):
            clause.complement = child
        elif child.dep_ == "advcl" and _to_clause(child):
            clause.purpose = child
    if clause.purpose is None:
        clause.purpose = _object_purpose(clause.objects)
    if _bare_infinitive(clause):
        clause.purpose, clause.complement = clause.complement, None


def _clause(verb: Token, found: dict[int, Clause], reading: Reading) -> Clause:
    subject, passive = hero_noun(verb, reading)
    hero, subject = _hero_of(verb, subject, found, reading)
    main = verb.dep_ == "ROOT" or _after_label(verb)
    clause = Clause(verb, subject, hero, passive=passive, main=main)
    _attach(clause)
    return clause


def _depth(token: Token) -> int:
    """Return a token's distance from its root (sorting by it keeps the sentence order)."""
    depth = 0
    while token.head.i != token.i and depth < len(token.doc):
        token, depth = token.head, depth + 1
    return depth


def _repaired_clause(doc: Doc, found: dict[int, Clause], reading: Reading) -> Clause | None:
    """Return a main clause for a capability verb the parser missed (see repairs)."""
    missed = missed_capability_verb(doc, reading.lex, set(found))
    if missed is None:
        return None
    verb, subject = missed
    if subject is None and not implied_product(verb):
        return None
    hero = "technology" if subject is None else classify(subject, reading)
    clause = Clause(verb, subject, hero, main=True, repaired=True)
    clause.purpose = next((t for t in doc[verb.i + 1 :] if _to_clause(t)), None)
    return clause


def clauses(
    doc: Doc,
    lex: Lexicon,
    previous: str = "other",
    names: DocumentNames | None = None,
    reading: Reading | None = None,
) -> list[Clause]:
    """Return the clauses of a parsed sentence in order, each with its hero class."""
    if reading is None:
        reading = Reading(lex, names or DocumentNames(), previous)
    found: dict[int, Clause] = {}
    # Heads before their dependents: "Founded in 2012, Acme…" shares the subject of the
    # clause it hangs on, which comes later in the sentence.
    for token in sorted(_clause_heads(doc), key=_depth):
        found[token.i] = _clause(token, found, reading)
    repaired = _repaired_clause(doc, found, reading)
    if repaired is not None:
        found[repaired.verb.i] = repaired
    return [found[i] for i in sorted(found)]


def sentence_hero(items: list[Clause]) -> str:
    """Return the hero class of the sentence: its main clause's hero (imperatives: the reader)."""
    main = next((c for c in items if c.main), None)
    if main is None:
        return "other"
    if main.subject is None and main.verb.tag_ == "VB":
        return "reader"
    return "other" if main.hero == "name" else main.hero
