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
    feeling = next((c for c in be.children if c.dep_ == "acomp"), None)
    if feeling is None or feeling.lower_ not in FACTIVE_FEELINGS:
        return None
    helping = next(
        (
            c
            for c in feeling.children
            if c.dep_ == "xcomp" and c.lemma_.lower() in lex.outcome_verbs
        ),
        None,
    )
    if helping is None or any(c.dep_ == "neg" for t in (be, helping) for c in t.children):
        return None
    complement = next(
        (c for c in helping.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"), None
    )
    if complement is None:
        return None
    frame = {subject.i, be.i, feeling.i, helping.i}
    frame |= {c.i for c in helping.children if c.dep_ == "aux"}
    frame |= {c.i for c in be.children if c.dep_ in ("aux", "neg")}
    return helping, complement, frame
