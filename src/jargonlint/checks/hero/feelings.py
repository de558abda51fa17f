"""The people the company is proud to help lead: "We're proud to help young families save for
a first home." -> "Young families save for a first home with us."

Only factive feelings qualify: "proud to help", "happy to help" say that the company does help
(the feeling presupposes the act), so the rewrite states nothing the writer did not. "Committed
to helping", "eager to help" say what it wants to do, and keep their advice.
"""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import Clause
from .lexicon import Lexicon

FACTIVE_FEELINGS = frozenset(
    {
        "delighted",
        "glad",
        "grateful",
        "happy",
        "honored",
        "honoured",
        "pleased",
        "privileged",
        "proud",
        "thankful",
        "thrilled",
    }
)
"""Feelings whose "to V" clause is true when the sentence is ("proud to help" = helps)."""


def helped_by_us(clause: Clause, lex: Lexicon) -> tuple[Token, Token, set[int]] | None:
    """Return (the verb of helping, what the people do, the frame's ids) for "We are proud to
    help P V", or None for any other sentence."""
    subject, be = clause.subject, clause.verb
    if subject is None or subject.lower_ != "we" or be.lemma_.lower() != "be":
        return None
    helping = _helping(be, lex)
    if helping is None or _negated(be, helping):
        return None
    complement = _child(helping, ("ccomp", "xcomp"), lambda c: c.pos_ == "VERB")
    if complement is None:
        return None
    frame = {subject.i, be.i, helping.head.i, helping.i}
    frame |= {c.i for c in helping.children if c.dep_ == "aux"}
    frame |= {c.i for c in be.children if c.dep_ == "aux"}
    return helping, complement, frame


def _helping(be: Token, lex: Lexicon) -> Token | None:
    """Return "help" in "are proud to help", when the feeling is factive."""
    feeling = _child(be, ("acomp",), lambda c: c.lower_ in FACTIVE_FEELINGS)
    if feeling is None:
        return None
    return _child(feeling, ("xcomp",), lambda c: c.lemma_.lower() in lex.outcome_verbs)


def _negated(*verbs: Token) -> bool:
    return any(c.dep_ == "neg" for t in verbs for c in t.children)


def _child(head: Token, deps: tuple[str, ...], test) -> Token | None:
    return next((c for c in head.children if c.dep_ in deps and test(c)), None)
