"""What a clause's predicate says that both hero judgments ask: does the reader get something,
who receives the work, and which words make a sentence worth parsing."""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import Clause
from .lexicon import COMPANY_PRONOUNS, READER_PRONOUNS, Lexicon

OUTCOME_MARKS = frozenset({"so", "that"})
IDLE_VERBS = frozenset({"be", "have"})
"""Verbs that do no work: "an app that has a calendar" defines nothing the product does."""


def subtree_without_subject(clause: Clause) -> list[Token]:
    """Return the verb's subtree minus the subject's (the predicate's words)."""
    skip = {t.i for t in clause.subject.subtree} if clause.subject is not None else set()
    return [t for t in clause.verb.subtree if t.i not in skip]


def serves_reader(clause: Clause) -> bool:
    """Return True when the reader is in the predicate ("to help you", "for your team")."""
    return any(t.lower_ in READER_PRONOUNS for t in subtree_without_subject(clause))


def _outcome_clause(clause: Clause, lex: Lexicon) -> bool:
    """Return True for a reader clause introduced by "so (that)" or governed by an outcome verb
    ("lets you", "helps you") whose own verb is not another capability."""
    if clause.hero != "reader" or clause.lemma in lex.capability_verbs:
        return False
    subject = clause.subject
    if subject is not None and subject.dep_ in ("dobj", "dative"):
        # "enables shop owners to accept…": the product's work, unless it names the reader
        # ("lets you…"), which the reader_does test decides.
        return False
    marks = {c.lower_ for c in clause.verb.children if c.dep_ == "mark"}
    if marks & OUTCOME_MARKS:
        return True
    head = clause.verb.head
    return clause.verb.dep_ in ("ccomp", "xcomp") and head.lemma_.lower() in lex.outcome_verbs


def _reader_does(clause: Clause, lex: Lexicon) -> bool:
    """Return True for "enables you to send": the reader is the object and does the complement."""
    if clause.lemma not in lex.outcome_verbs or clause.complement is None:
        return False
    doers = [c for c in clause.objects if c.dep_ in ("dobj", "dative")]
    doers += [c for c in clause.complement.children if c.dep_ == "nsubj"]
    return any(d.lower_ in READER_PRONOUNS for d in doers)


def reader_outcome(items: list[Clause], lex: Lexicon) -> bool:
    """Return True when some clause gives the reader a concrete outcome.

    That is a reader clause introduced by "so (that)", the complement of an outcome verb
    ("lets you", "helps you") whose own verb is not another capability, or the reader as the
    doer of an outcome verb's complement ("lets you automate": the reader does it).
    """
    return any(_outcome_clause(c, lex) or _reader_does(c, lex) for c in items)


def serves_people(clause: Clause, lex: Lexicon) -> bool:
    """Return True when people (you, teams, shops) receive the work or do the complement."""
    doers = [o for o in clause.objects if o.dep_ in ("dobj", "dative")]
    for child in clause.verb.children:
        if child.dep_ in ("ccomp", "xcomp"):
            doers += [c for c in child.children if c.dep_ == "nsubj"]
    if clause.lemma in lex.outcome_verbs and clause.complement is not None and doers:
        return True  # "helps bakers track orders": someone can now do something
    people = lex.people_nouns | lex.reader_nouns
    return any(d.lower_ in READER_PRONOUNS or d.lemma_.lower() in people for d in doers)


def owned_by_company(token: Token) -> bool:
    """Return True for a noun the company owns or points at ("our mission", "this vision")."""
    return any(
        c.dep_ == "poss" and c.lower_ in COMPANY_PRONOUNS or c.lower_ in ("this", "these")
        for c in token.children
    )


def owned_topic(clause: Clause, lex: Lexicon) -> Token | None:
    """Return a self topic the company owns or points at in the predicate, or None."""
    for token in subtree_without_subject(clause):
        if token.lemma_.lower() in lex.self_topics and owned_by_company(token):
            return token  # "our mission", "building on this vision"
    return None


def _gaining_doers(clause: Clause) -> list[Token]:
    doers = [o for o in clause.objects if o.dep_ in ("dobj", "dative")]
    if clause.complement is not None:
        doers += [c for c in clause.complement.children if c.dep_ == "nsubj"]
    return doers


def _company_doer(doer: Token, lex: Lexicon) -> bool:
    if doer.lower_ in ("us", "ourselves"):
        return True
    if doer.lemma_.lower() in lex.reader_nouns:
        return False  # "our customers" are the reader's people
    return any(c.dep_ == "poss" and c.lower_ in COMPANY_PRONOUNS for c in doer.children)


def company_gain(clause: Clause, lex: Lexicon) -> Token | None:
    """Return the word showing the company is the one who gains, or None.

    "The new oven lets us bake twice as much", "Their support helped us start the shop",
    "The partnership strengthens our range": the work is done for the company, so the clause
    is the company talking about itself. Objects that are the reader's people ("our
    customers") do not count, and a clause needs its own subject (an imperative is the reader).
    """
    if clause.hero == "reader":
        return None
    if clause.subject is None:
        # "This week marks our anniversary": a finite verb whose subject the parser missed.
        return owned_topic(clause, lex) if clause.verb.tag_ in ("VBZ", "VBD") else None
    if clause.lemma in lex.capability_verbs | lex.outcome_verbs:
        doer = next((d for d in _gaining_doers(clause) if _company_doer(d, lex)), None)
        if doer is not None:
            return doer
    return owned_topic(clause, lex)


def company_context(doc, lex: Lexicon) -> bool:
    """Return True when a sentence speaks of backers, funding or mission: its names are firms."""
    return any(
        t.lemma_.lower() in lex.self_topics
        and not any(c.lower_ in READER_PRONOUNS for c in t.children)
        for t in doc
    )
