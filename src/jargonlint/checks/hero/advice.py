"""Targeted advice for a tech-hero or company-centric sentence no rewrite could fix safely.

Advice names the hero and what it does, quotes the outcome clause when the sentence has one,
asks the question the writer must answer and gives a fill-in template, for example:
"“Our algorithm” is the hero here and “analyzes your biometrics” its capability; the reader is
missing. What do your customers get when our algorithm analyzes their biometrics? Fill in:
“You ___ — our algorithm analyzes your biometrics for you.”"
"""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import Clause
from .phrasing import lower_first, noun_phrase_tokens, tokens_text, trim, verb_form

MAX_OBJECT_WORDS = 8
"""An object longer than this is cut to its noun phrase, so the advice stays readable."""
OBJECT_DEPS = frozenset({"dobj", "attr", "dative", "prt", "xcomp", "ccomp"})
OWN_TO_THEIR = {"your": "their", "yours": "theirs", "you": "them", "yourself": "themselves"}
"""The writer asks about the customer, so the reader's words turn third person in questions."""


def tech_advice(clause: Clause, lex) -> str:
    """Return advice naming the hero and its capability, with a question and a template."""
    hero = _hero(clause.subject, "the product")
    capability = _capability(clause.verb)
    outcome = _outcome(clause, lex)
    text = (
        f"\u201c{_hero(clause.subject, 'The product', lower=False)}\u201d is the hero here and "
        f"\u201c{capability}\u201d its capability; the reader is missing."
    )
    if outcome:
        text += (
            f" The outcome is already here, \u201c{outcome}\u201d: open with it, "
            "with the reader or their people as its subject."
        )
    question = _third_person(f"{hero} {capability}")
    return (
        f"{text} What do your customers get when {question}? "
        f"Fill in: \u201cYou ___ \u2014 {hero} {capability} for you.\u201d"
    )


def company_advice(clause: Clause, reason: str, lex) -> str:
    """Return advice naming what the company says of itself, with a question and a template."""
    hero = _hero(clause.subject, "the company", lower=False)
    text = f"\u201c{hero}\u201d is the hero here, talking about itself (\u201c{reason}\u201d)."
    news = _announced(clause, lex)
    if news:
        return (
            f"{text} What can your customers do with {news} that they could not do before? "
            f"Fill in: \u201cNew: {news} \u2014 you ___.\u201d"
        )
    return (
        f"{text} What does the reader get from this? Say that, with the reader as the subject, "
        "or cut the sentence. Fill in: \u201cYou ___ (what the reader gets, in their words).\u201d"
    )


def _hero(subject: Token | None, fallback: str, lower: bool = True) -> str:
    if subject is None:
        return fallback
    words = noun_phrase_tokens(subject)
    text = tokens_text(words)
    return lower_first(text, words[0]) if lower else text


def _capability(verb: Token) -> str:
    """Return "analyzes your biometrics": the verb in the -s form and its object."""
    word = verb.text if verb.tag_ == "VBZ" else verb_form(verb, "VBZ")
    parts = [word]
    for child in verb.children:
        if child.dep_ not in OBJECT_DEPS or child.i < verb.i:
            continue
        words = trim(list(child.subtree))
        if len(words) > MAX_OBJECT_WORDS:
            words = noun_phrase_tokens(child)
        parts.append(tokens_text(words))
    return " ".join(parts)


def _outcome(clause: Clause, lex) -> str | None:
    """Return the sentence's own outcome for the reader, if any: a "so" clause ("so drivers
    spend less time") or what an outcome verb lets people do ("to take orders online")."""
    for child in clause.verb.children:
        if child.dep_ == "advcl" and any(c.lower_ == "so" for c in child.children):
            return tokens_text(trim(list(child.subtree)))
    if clause.lemma in lex.outcome_verbs and clause.complement is not None:
        return tokens_text(trim(list(clause.complement.subtree)))
    return None


def _announced(clause: Clause, lex) -> str | None:
    """Return what an announcement presents ("our loyalty card"), if the clause announces."""
    verbs = [clause.verb, *(c for o in clause.objects for c in o.children if c.dep_ == "xcomp")]
    if clause.complement is not None:
        verbs.append(clause.complement)
    for verb in verbs:
        if verb.lemma_.lower() not in lex.announce_verbs:
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return tokens_text(trim(noun_phrase_tokens(obj)))
    return None


def _third_person(text: str) -> str:
    return " ".join(OWN_TO_THEIR.get(w.lower(), w) for w in text.split())
