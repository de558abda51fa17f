"""Turning chosen tokens of a parse back into text: the pieces every rewrite is built from."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

from ...lang.inflection import inflection

# Closed-class grammar: tokens a piece of text may lose at its edges and stay whole.
EDGE_DEPS = frozenset({"cc", "mark"})
SEPARATORS = frozenset({",", ";", ":", ".", "!", "?", "-", "\u2013", "\u2014", "\u2026"})
PLURAL_PRONOUNS = frozenset({"you", "we", "they", "i"})
"""Pronouns that take the plain verb form ("you take", "they take", "I take")."""
CLAUSE_DEPS = frozenset({"advcl", "relcl", "acl", "ccomp", "csubj", "parataxis"})
"""Dependents that are clauses of their own: a phrase added after them would attach to them."""

_SPACE_BEFORE = re.compile(r"\s+([,.;:!?)\]}])")
_SPACE_AFTER = re.compile(r"([(\[{])\s+")


def tidy(text: str) -> str:
    """Return text with single spaces, no space before closing punctuation or after opening."""
    text = " ".join(text.split())
    text = _SPACE_BEFORE.sub(r"\1", text)
    return _SPACE_AFTER.sub(r"\1", text)


def tokens_text(tokens: Iterable[Token], replace: dict[int, str] | None = None) -> str:
    """Return the tokens as text with their own spacing, some of them replaced by index."""
    replace = replace or {}
    return tidy("".join(replace.get(t.i, t.text) + t.whitespace_ for t in tokens))


def trim(tokens: list[Token]) -> list[Token]:
    """Return the tokens without separators, conjunctions and markers at either edge (a "%"
    or a closing bracket is part of what it closes, and stays)."""
    start, end = 0, len(tokens)
    while start < end and _edge(tokens[start]):
        start += 1
    while end > start and _edge(tokens[end - 1]):
        end -= 1
    return tokens[start:end]


def _edge(token: Token) -> bool:
    return token.dep_ in EDGE_DEPS or token.text in SEPARATORS


def as_sentence(text: str) -> str:
    """Return text as a sentence: a capital first and one closing full stop."""
    text = tidy(text).rstrip(" ,;:-\u2013\u2014")
    if not text:
        return ""
    closing = "" if text.endswith((".", "!", "?")) else "."
    return text[0].upper() + text[1:] + closing


def lower_first(text: str, first: Token) -> str:
    """Return text with its first letter lower-cased when it opens with a determiner or a
    pronoun ("The app", "Our AI"); names and other words keep their case."""
    if not text or first.pos_ not in ("DET", "PRON") or first.text == "I":
        return text
    return text[0].lower() + text[1:]


def is_plural(noun: Token) -> bool:
    """Return True when a subject takes the plain verb form (they, teams, cats and dogs)."""
    if noun.lower_ in PLURAL_PRONOUNS or noun.tag_ in ("NNS", "NNPS"):
        return True
    return any(c.dep_ == "conj" for c in noun.children)


def verb_form(verb: Token, tag: str, lemma: str | None = None) -> str:
    """Return the verb in the form of a Penn tag (VB, VBP, VBZ, VBD, VBN), from its lemma
    ("be" in the past takes "were": the plural and "you" form, the one rewrites lead with)."""
    lemma = lemma or verb.lemma_.lower()
    if lemma == "be":
        return {"VBZ": "is", "VBP": "are", "VBN": "been", "VBD": "were"}.get(tag, "be")
    if tag in ("VB", "VBP"):
        return lemma
    forms = inflection(lemma, tag)  # lemminflect's answer, from the on-disk tables
    return forms[0] if forms else verb.text


def conjoined_verbs(verb: Token, tags: tuple[str, ...] = ("VB",)) -> list[Token]:
    """Return the verb and the verbs of the same form conjoined to it ("track and pay"), in
    order; "teach and get paid" keeps "paid", another form, out."""
    found = [verb]
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and child.tag_ in tags:
            found.extend(conjoined_verbs(child, tags))
    return sorted(found, key=lambda t: t.i)


def subtree_ids(token: Token) -> set[int]:
    """Return the indices of a token's subtree."""
    return {t.i for t in token.subtree}


def has_inner_clause(token: Token, skip: set[int]) -> bool:
    """Return True when the token's subtree (outside ``skip``) holds a clause of its own."""
    return any(t.dep_ in CLAUSE_DEPS for t in token.subtree if t.i not in skip and t != token)


def noun_phrase_tokens(noun: Token) -> list[Token]:
    """Return a noun with its left modifiers (no relative clause, no apposition)."""
    return list(noun.doc[noun.left_edge.i : noun.i + 1])
