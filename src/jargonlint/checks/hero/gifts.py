"""The reader gets what the product gives: "The platform offers a free trial." -> "You get a
free trial from the platform."; "Our app provides bakers with a till." -> "Bakers get a till
from our app." "Get" is the converse of a verb of giving (the pack's `give-verbs`), so who
gives and what is given stay as the writer said; only who leads changes."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .clauses import Clause
from .feelings import FACTIVE_FEELINGS
from .frames import Lead, hero_after, is_person, served
from .grammar import article_for
from .lexicon import Lexicon
from .phrasing import has_inner_clause, is_plural, subtree_ids, tokens_text, trim

THEY = frozenset({"they", "them", "their", "theirs", "themselves"})
"""Third-person words that would no longer fit once "you" is the one who gets."""
EXTRA_DEPS = frozenset({"prep", "advmod", "npadvmod"})
"""What may follow the gift after the verb: "in six languages", "every morning"."""
OFFER_FEELINGS = FACTIVE_FEELINGS | {"excited"}
"""Feelings whose "to offer N" says the offer is made ("proud to offer", "excited to offer",
read like "excited to announce"); "eager", "keen" or "committed to offer" say what the company
wants to do, and a rewrite saying the reader gets N would add a fact."""
ABSTRACT_ENDINGS = frozenset({"-ics"})
"""Endings of abstract nouns beside the lexicon's (-ity, -tion, -ness, -ment): "analytics",
"logistics" name a field of work, not a thing the reader is handed."""


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
    words = _with_extras(verb, gift)
    if not _fits(words, gift.recipient):
        return ""
    adverbs = _adverbs_before(verb)
    when = "".join(f" {a.text}" for a in adverbs)
    text = f"{_gets(gift, when)} {tokens_text(words)}"
    lead = Lead(text, gift.ids | {t.i for t in words + adverbs}, verb)
    return hero_after(clause, lead, "from", {verb.i})


def _adverbs_before(verb: Token) -> list[Token]:
    """Return the one-word adverbs between the subject and the verb of giving ("now" in "The
    app now offers N"): they say when or how the reader gets it, so they stay before "get"
    ("You now get N from the app")."""
    return [
        c
        for c in verb.lefts
        if c.dep_ == "advmod" and c.pos_ == "ADV" and not list(c.children) and c.i == verb.i - 1
    ]


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
        return _made(objects[1], objects[0], subtree_ids(objects[0]), set(), lex)
    if not objects:
        return None
    obj = objects[0]
    with_prep = _prep(verb, "with")
    if with_prep is not None and served(obj, lex):
        thing = _pobj(with_prep)  # "provides bakers with a till"
        return _made(thing, obj, subtree_ids(with_prep) | subtree_ids(obj), set(), lex)
    return _given_to(verb, obj, lex)


def _given_to(verb: Token, obj: Token, lex: Lexicon) -> Gift | None:
    """Return the gift of "gives N", "gives P N" or "gives N to P"."""
    dative = next((c for c in verb.children if c.dep_ == "dative"), None)
    prep = _recipient_prep(verb, lex) or _recipient_prep(obj, lex)
    if dative is not None and dative.pos_ == "ADP":
        # "offers two lessons to new students", the "to" read as the dative: its noun gets.
        person = _pobj(dative)
        dative = person if person is not None and is_person(person, lex) else None
        prep = None if dative is None else dative.head
    recipient = dative or (_pobj(prep) if prep is not None else None)
    skip = subtree_ids(prep) if prep is not None else set()
    ids = skip | (subtree_ids(dative) if dative is not None else set())
    return _made(obj, recipient, ids, skip, lex)


def _made(thing: Token | None, recipient: Token | None, ids: set[int], skip: set[int], lex):
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") or has_inner_clause(thing, set()):
        return None
    if abstract_gift(thing, lex):
        return None
    words = trim([t for t in thing.subtree if t.i not in skip])
    return Gift(words, recipient, ids | subtree_ids(thing))


def abstract_gift(thing: Token, lex: Lexicon) -> bool:
    """Return True when what is given, or a noun joined to it, is an abstraction ("instant
    insights", "deep visibility", "security analytics and threat intelligence"): "You get
    insights from X" keeps the abstraction and names no outcome, unlike a concrete
    deliverable ("a PDF export", "a weekly report"). Abstract: a listed abstract noun, or an
    abstract ending (-ity, -tion, -ness, -ment, -ics) on a noun not listed as concrete,
    counted or not."""
    nouns = [thing] + [t for t in thing.subtree if t.dep_ == "conj" and t.pos_ == "NOUN"]
    return any(_abstract_noun(t, lex) for t in nouns)


def _abstract_noun(noun: Token, lex: Lexicon) -> bool:
    lemma, lower = noun.lemma_.lower(), noun.lower_
    if lemma in lex.abstract_nouns or lower in lex.abstract_nouns or lex.is_abstract(noun):
        return True
    if lemma in lex.concrete_nouns or lower in lex.concrete_nouns:
        return False
    suffixes = lex.abstract_suffixes | ABSTRACT_ENDINGS
    return any(lex.has_suffix(w, suffixes) for w in (lemma, lower))


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


def we_give(clause: Clause, lex: Lexicon) -> str:
    """Return "You get N from us" for "We're proud to offer N" (or "New students get N from
    us" for "We're happy to offer N to new students"): how the company feels about giving is
    its own frame and goes; who gives, what and to whom stay. "" when the sentence says
    anything else."""
    frame = _proud_to_give(clause, lex)
    gift = None if frame is None else _gift(frame[-1], lex)
    if frame is None or gift is None:
        return ""
    verb = frame[-1]
    words = _with_extras(verb, gift)
    used = {t.i for t in frame} | gift.ids | {t.i for t in words}
    used |= {c.i for c in verb.children if c.dep_ == "aux"}
    if not _fits(words, gift.recipient) or _left_over(verb.doc, used):
        return ""
    new = [t for t in words if _says_new(t, gift)]
    if new:
        return "" if gift.recipient is not None else f"New: {_without(words, new[0])}"
    return f"{_gets(gift, '')} {tokens_text(words)} from us"


def _says_new(token: Token, gift: Gift) -> bool:
    """Return True for the "new" of "a new evening class": the offer is news, and "New:" says
    it (an offer of something new is an announcement, not a thing handed over)."""
    return token.dep_ == "amod" and token.lower_ == "new" and token in gift.words


def _without(words: list[Token], new: Token) -> str:
    """Return the words without "new", the article before it made to fit the next word
    ("a new evening class" -> "an evening class")."""
    kept = [t for t in words if t.i != new.i]
    replace = {}
    before = new.doc[new.i - 1] if new.i > 0 else None
    following = new.doc[new.i + 1] if new.i + 1 < len(new.doc) else None
    if before is not None and following is not None and before.lower_ in ("a", "an"):
        article = article_for(following.text)
        replace[before.i] = article if before.text.islower() else article.capitalize()
    return tokens_text(kept, replace)


def _with_extras(verb: Token, gift: Gift) -> list[Token]:
    """Return the gift's words and the phrases after the verb that go with it."""
    extras = [c for c in verb.rights if c.i not in gift.ids and c.dep_ in EXTRA_DEPS]
    return gift.words + [t for e in extras for t in trim(list(e.subtree))]


def _left_over(doc, used: set[int]) -> bool:
    return any(t.i not in used and not t.is_punct for t in doc)


def _gets(gift: Gift, when: str) -> str:
    """Return "you get", "new students get", "every member now gets"."""
    who = "you" if gift.recipient is None else tokens_text(gift.recipient.subtree)
    plural = gift.recipient is None or is_plural(gift.recipient)
    return f"{who}{when} {'get' if plural else 'gets'}"


def _proud_to_give(clause: Clause, lex: Lexicon) -> tuple[Token, ...] | None:
    """Return "We", "are", "proud" and "offer" of "We are proud to offer ...", or None."""
    subject, be = clause.subject, clause.verb
    if subject is None or subject.lower_ != "we" or be.lemma_.lower() != "be":
        return None
    feeling = next((c for c in be.children if c.dep_ == "acomp"), None)
    if feeling is None or feeling.lower_ not in OFFER_FEELINGS:
        return None
    verb = _give_complement(feeling, lex)
    if verb is None or any(c.dep_ == "neg" for t in (be, verb) for c in t.children):
        return None
    return subject, be, feeling, verb


def _give_complement(feeling: Token, lex: Lexicon) -> Token | None:
    """Return the verb of giving a feeling word controls ("offer" in "proud to offer")."""
    return next(
        (c for c in feeling.children if c.dep_ == "xcomp" and c.lemma_.lower() in lex.give_verbs),
        None,
    )
