"""The reader gets what the product gives: "The platform offers a free trial." -> "You get a
free trial from the platform."; "Our app provides bakers with a till." -> "Bakers get a till
from our app." "Get" is the converse of a verb of giving (the pack's `give-verbs`), so who
gives and what is given stay as the writer said; only who leads changes."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .clauses import Clause
from .frames import Lead, hero_after, is_person, served
from .lexicon import Lexicon
from .phrasing import has_inner_clause, is_plural, subtree_ids, tokens_text, trim

THEY = frozenset({"they", "them", "their", "theirs", "themselves"})
"""Third-person words that would no longer fit once "you" is the one who gets."""
EXTRA_DEPS = frozenset({"prep", "advmod", "npadvmod"})
"""What may follow the gift after the verb: "in six languages", "every morning"."""


@dataclass(frozen=True)
class Gift:
    """What a verb of giving gives, to whom (None: the reader), and every id it used."""

    words: list[Token]
    recipient: Token | None
    ids: set[int]


def reader_gets(clause: Clause, lex: Lexicon) -> str:
    """Return "You get N from X" for "X provides N", "Developers get N from X" for "X
    provides developers N" (or "N to developers", "developers with N"); "" when it does not fit."""
    verb = clause.verb
    gift = _gift(verb, lex) if _gives(clause, lex) else None
    if gift is None:
        return ""
    extras = [c for c in verb.rights if c.i not in gift.ids and c.dep_ in EXTRA_DEPS]
    words = gift.words + [t for e in extras for t in trim(list(e.subtree))]
    if not _fits(words, gift.recipient):
        return ""
    who = "you" if gift.recipient is None else tokens_text(gift.recipient.subtree)
    plural = gift.recipient is None or is_plural(gift.recipient)
    text = f"{who} {'get' if plural else 'gets'} {tokens_text(words)}"
    lead = Lead(text, gift.ids | {t.i for t in words}, verb)
    return hero_after(clause, lead, "from", {verb.i})


def _gives(clause: Clause, lex: Lexicon) -> bool:
    """Return True for an active verb of giving with a subject, no auxiliary and no "not"
    ("will offer", "does not provide": the tense or the "not" would be lost)."""
    if clause.lemma not in lex.give_verbs or clause.subject is None or clause.passive:
        return False
    return not any(c.dep_ in ("aux", "neg") for c in clause.verb.children)


def _fits(words: list[Token], recipient: Token | None) -> bool:
    """Return True when "from X" can follow the words and "you" can be the one who gets."""
    if any(t.dep_ in ("relcl", "acl", "advcl", "ccomp") for t in words):
        return False  # "from X" after a clause would attach to the clause
    if any(t.lower_ == "to" and t.dep_ == "prep" for t in words):
        return False  # "delivers N to your door": a place, and "get N to your door" is not it
    # "offers teams control of their data": "you" would not fit "their".
    return recipient is not None or not any(t.lower_ in THEY for t in words)


def _gift(verb: Token, lex: Lexicon) -> Gift | None:
    """Return what the verb gives and to whom, or None when its object is no thing to get."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) == 2 and is_person(objects[0], lex):
        # "offers shoppers a size guide", read as two objects: the first one gets.
        return _made(objects[1], objects[0], subtree_ids(objects[0]), set())
    if not objects:
        return None
    obj = objects[0]
    with_prep = _prep(verb, "with")
    if with_prep is not None and served(obj, lex):
        thing = _pobj(with_prep)  # "provides bakers with a till"
        return _made(thing, obj, subtree_ids(with_prep) | subtree_ids(obj), set())
    return _given_to(verb, obj, lex)


def _given_to(verb: Token, obj: Token, lex: Lexicon) -> Gift | None:
    """Return the gift of "gives N", "gives P N" or "gives N to P"."""
    dative = next((c for c in verb.children if c.dep_ == "dative"), None)
    prep = _recipient_prep(verb, lex) or _recipient_prep(obj, lex)
    recipient = dative or (_pobj(prep) if prep is not None else None)
    skip = subtree_ids(prep) if prep is not None else set()
    ids = skip | (subtree_ids(dative) if dative is not None else set())
    return _made(obj, recipient, ids, skip)


def _made(thing: Token | None, recipient: Token | None, ids: set[int], skip: set[int]):
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") or has_inner_clause(thing, set()):
        return None
    words = trim([t for t in thing.subtree if t.i not in skip])
    return Gift(words, recipient, ids | subtree_ids(thing))


def _recipient_prep(head: Token, lex: Lexicon) -> Token | None:
    """Return "to every owner" / "for your managers" on a verb or its object: the people who
    get (a person, not a thing: "an invoice for each order" names no one)."""
    for word in ("to", "for"):
        prep = _prep(head, word)
        person = _pobj(prep) if prep is not None else None
        if person is not None and is_person(person, lex):
            return prep
    return None


def _prep(head: Token, word: str) -> Token | None:
    return next((c for c in head.children if c.dep_ == "prep" and c.lower_ == word), None)


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)
