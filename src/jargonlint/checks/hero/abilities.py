"""The reader can do what the product gives the ability to do: "The app gives you the ability
to track every parcel." -> "You can track every parcel with the app."; "Our app gives bakers
the option to take deposits." -> "Bakers can take deposits with our app."

English says the same thing both ways: to give someone the ability (the option, the chance)
to V is for them to be able to V, and "can" says that. Who gives stays (after "with"), who is
able stays (the reader when the sentence names no one), and what they can do keeps every word.
"""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import Clause
from .frames import Lead, hero_after, joiner, served
from .lexicon import Lexicon
from .phrasing import subtree_ids, tokens_text, trim

ABILITY_NOUNS = frozenset(
    {"ability", "capability", "chance", "opportunity", "option", "possibility"}
)
"""Nouns that, with "to V" after them, say someone is able to V."""
CAN = "can"
"""The modal that says what an ability noun said."""


def reader_can(clause: Clause, lex: Lexicon) -> str:
    """Return "You can V O with X" for "X gives (P) the ability to V O" ("P can V O with X"),
    or "" when the sentence says anything more or the ability is qualified ("a limited
    option": the qualifier would be lost)."""
    verb = clause.verb
    if not _plain_giving(clause, lex):
        return ""
    found = _ability(verb, lex)
    if found is None:
        return ""
    noun, action, recipient, ids = found
    who = "you" if recipient is None else tokens_text(recipient.subtree)
    words = [t for t in action.subtree if not (t.dep_ == "aux" and t.head == action)]
    lead = Lead(f"{who} {CAN} {tokens_text(trim(words))}", ids | subtree_ids(noun), action)
    return hero_after(clause, lead, joiner(action, lex), {verb.i})


def _plain_giving(clause: Clause, lex: Lexicon) -> bool:
    """Return True for an active, present verb of giving with a subject and no auxiliary."""
    verb = clause.verb
    if clause.lemma not in lex.give_verbs or clause.subject is None or clause.passive:
        return False
    return verb.tag_ == "VBZ" and not any(c.dep_ in ("aux", "neg") for c in verb.children)


def _ability(verb: Token, lex: Lexicon):
    """Return (ability noun, its "to V" clause, who gets it or None, ids used), or None."""
    noun, recipient, ids = _given(verb, lex)
    if noun is None or noun.lemma_.lower() not in ABILITY_NOUNS:
        return None
    action = _action(noun)
    if action is None or recipient is not None and not _bare_person(recipient, lex):
        return None
    if recipient is not None:
        ids |= subtree_ids(recipient)
    return noun, action, recipient, ids


def _given(verb: Token, lex: Lexicon) -> tuple[Token | None, Token | None, set[int]]:
    """Return what the verb gives, to whom (None: no one named) and the ids of a "with":
    "gives N", "gives P N", "provides P with N"."""
    objects = _children(verb, ("dobj",))
    dative = next(iter(_children(verb, ("dative",))), None)
    with_prep = next((c for c in _children(verb, ("prep",)) if c.lower_ == "with"), None)
    if len(objects) == 1 and with_prep is not None and served(objects[0], lex):
        noun = next((c for c in with_prep.children if c.dep_ == "pobj"), None)
        return noun, objects[0], subtree_ids(with_prep)
    if len(objects) == 2 and served(objects[0], lex):
        return objects[1], objects[0], set()
    if len(objects) == 1 and with_prep is None:
        return objects[0], dative, set()
    return None, None, set()


def _children(token: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _action(noun: Token) -> Token | None:
    """Return the "to V" clause of "the ability to V", when "the" is all else the noun has."""
    action = None
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VB" and _has_to(child):
            action = child
        elif not (child.dep_ == "det" and child.lower_ in ("the", "an", "a")):
            return None
    return action


def _has_to(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _bare_person(recipient: Token, lex: Lexicon) -> bool:
    """Return True for you or people with no clause of their own ("bakers", "shop owners")."""
    return recipient.lower_ == "you" or (
        served(recipient, lex) and all(t.dep_ not in ("relcl", "acl") for t in recipient.subtree)
    )
