"""Candidate rewrites that put the reader or the reader's outcome first, and the advice after them.

The candidates are built from the parse and offered only if the gate (``gate.py``) finds them
grammatical, faithful, customer-first and clean; the advice that follows them in a finding's
suggestions is what the writer gets otherwise. Shapes:

- the people served do the complement: "Our platform enables small bakeries to take orders
  online." -> "Small bakeries take orders online with our platform."; with a "by V-ing" that
  says how: "By syncing your till, the app enables shops to count stock in minutes." ->
  "Shops count stock in minutes with the app, which syncs your till."
- an outcome clause leads: "Our engine plans your routes so drivers spend less time on the
  road." -> "Drivers spend less time on the road with our engine, which plans your routes."
- a helped purpose leads: "The app reads your sales to help bakers plan stock." -> "Bakers plan
  stock with the app, which reads your sales."
- news leads: "We're excited to announce our new loyalty card." -> "New: our loyalty card."
The product keeps its own work in every shape; the reader is never told to do it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ...findings import Suggestion
from .advice import company_advice, tech_advice
from .clauses import Clause, classify
from .lexicon import Lexicon
from .news import news_rewrite
from .phrasing import (
    conjoined_verbs,
    has_inner_clause,
    is_plural,
    lower_first,
    noun_phrase_tokens,
    subtree_ids,
    tokens_text,
    trim,
    verb_form,
)

OUTCOME_MARKS = frozenset({"so"})
"""Conjunctions that introduce what the work is for ("..., so drivers spend less time")."""


def tech_suggestions(clause: Clause, lex: Lexicon) -> tuple[Suggestion, ...]:
    """Return candidate rewrites of a tech-as-hero clause, then the advice (the fallback)."""
    texts = (
        _people_served(clause, lex),
        _outcome_first(clause, lex),
        _helped_purpose(clause, lex),
        _reader_gets(clause, lex),
    )
    return _suggestions(texts, tech_advice(clause, _outcome(clause, lex)))


def _outcome(clause: Clause, lex: Lexicon) -> str | None:
    """Return the reader's outcome the sentence states ("drivers spend less time on the road",
    "clinics book patients online"), for the advice to quote."""
    complement = _controlled(clause, lex)
    if complement is not None:
        lead = _people_clause(clause.verb, complement, lex)
        if lead is not None:
            return lead.text
    outcome = _so_clause(clause)
    if outcome is not None:
        return _so_lead(outcome).text
    return None


def company_suggestions(clause: Clause, reason: str, lex: Lexicon) -> tuple[Suggestion, ...]:
    """Return a candidate "New: ..." rewrite of an announcement, then the advice."""
    return _suggestions((news_rewrite(clause, lex),), company_advice(clause, reason, lex))


def _suggestions(texts, advice: str) -> tuple[Suggestion, ...]:
    unique = dict.fromkeys(_sentence(t) for t in texts if t)
    rewrites = [Suggestion(text, "rewrite", False) for text in unique if text]
    return (*rewrites, Suggestion(advice, "advice", False))


def _sentence(text: str) -> str:
    text = text.strip().rstrip(",;:")
    return text[0].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")


# --- the people served, or the outcome, lead; the product follows with "with" ------------


@dataclass(frozen=True)
class _Lead:
    """What opens a rewrite: its text, the tokens it used and its verb."""

    text: str
    ids: set[int]
    verb: Token


def _people_served(clause: Clause, lex: Lexicon) -> str | None:
    """Return "P V ... with X" for "X enables P to V ...", and ", which V-s O" after it for a
    "By V-ing O," that says how."""
    complement = _controlled(clause, lex)
    if complement is None:
        return None
    if any(c.dep_ in ("aux", "neg") for c in clause.verb.children):
        return None  # "will enable", "does not let": the tense or the "not" would be lost
    lead = _people_clause(clause.verb, complement, lex)
    if lead is None:
        return None
    how = _by_phrase(clause.verb, clause.subject)
    taken = lead.ids | {clause.verb.i} | (how[1] if how else set())
    return _with_hero(clause, lex, lead, taken, how[0] if how else None)


def _so_clause(clause: Clause) -> Token | None:
    """Return the "so" clause on the clause's verb ("... so drivers spend less time")."""
    return next(
        (
            c
            for c in clause.verb.children
            if c.dep_ == "advcl" and any(m.lower_ in OUTCOME_MARKS for m in c.children)
        ),
        None,
    )


def _so_lead(outcome: Token) -> _Lead:
    """Return the "so" clause without its "so (that)"."""
    marks = {c.i for c in outcome.children if c.lower_ in OUTCOME_MARKS or c.dep_ == "mark"}
    words = trim([t for t in outcome.subtree if t.i not in marks])
    return _Lead(tokens_text(words), subtree_ids(outcome), outcome)


def _outcome_first(clause: Clause, lex: Lexicon) -> str | None:
    """Return "Drivers spend less time with our engine, which plans your routes" for "Our
    engine plans your routes so drivers spend less time"."""
    outcome = _so_clause(clause)
    subject = None
    if outcome is not None:
        subject = next((c for c in outcome.children if c.dep_ == "nsubj"), None)
    if subject is None or classify(subject, lex) in ("technology", "company"):
        return None
    lead = _so_lead(outcome)
    return _with_work(clause, lex, lead, lead.ids)


def _helped_purpose(clause: Clause, lex: Lexicon) -> str | None:
    """Return "Bakers plan stock with our engine, which reads your sales" for "Our engine
    reads your sales to help bakers plan stock"."""
    purpose = clause.purpose
    if purpose is None or purpose.lemma_.lower() not in lex.outcome_verbs:
        return None
    complement = next(
        (c for c in purpose.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"), None
    )
    lead = None if complement is None else _people_clause(purpose, complement, lex)
    if lead is None:
        return None
    return _with_work(clause, lex, lead, lead.ids | subtree_ids(purpose))


def _with_work(clause: Clause, lex: Lexicon, lead: _Lead, taken: set[int]) -> str | None:
    """Return the lead, "with" the hero, and ", which" the hero's own work."""
    subject = clause.subject
    if subject is None:
        return None
    skip = taken | subtree_ids(subject)
    words = trim([t for t in clause.verb.subtree if t.i not in skip and t.i > subject.i])
    if not words:
        return None
    work = tokens_text(words)
    return _with_hero(clause, lex, lead, taken | {t.i for t in words}, work)


def _with_hero(
    clause: Clause, lex: Lexicon, lead: _Lead, taken: set[int], work: str | None
) -> str | None:
    """Return "lead with the hero[, which work]", or None when words of the sentence are
    left over or "with" would attach to a clause inside the lead."""
    subject = clause.subject
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None  # "with it, which ...": a pronoun needs the sentence before
    hero = noun_phrase_tokens(subject)
    label, rest = _label(clause.verb.doc, hero[0].i)
    used = taken | {t.i for t in hero} | {t.i for t in label}
    if any(t.i not in used and not t.is_punct for t in rest):
        return None
    if has_inner_clause(lead.verb, set()):
        return None
    joiner = "using" if _partner(lead.verb, lex) else "with"
    text = f"{lead.text} {joiner} {lower_first(tokens_text(hero), hero[0])}"
    return _labelled(label, f"{text}, which {work}" if work else text)


def _controlled(clause: Clause, lex: Lexicon) -> Token | None:
    """Return what an outcome verb lets its object do: "enables clinics TO BOOK patients",
    however the parser hung the infinitive (as a complement or as a purpose)."""
    if clause.lemma not in lex.outcome_verbs:
        return None
    if clause.complement is not None:
        return clause.complement
    purpose = clause.purpose
    has_object = any(c.dep_ in ("dobj", "dative") for c in clause.verb.children)
    return purpose if purpose is not None and purpose.head == clause.verb and has_object else None


def _people_clause(verb: Token, complement: Token, lex: Lexicon) -> _Lead | None:
    """Return "small bakeries take orders online" for "enables small bakeries to take orders
    online"; None when the doer is the technology, the company or no noun at all."""
    doer = next((c for c in complement.children if c.dep_ == "nsubj"), None)
    if doer is None:
        doer = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    if doer is None or not _served(doer, lex):
        return None
    if any(c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX") for c in complement.children):
        return None  # "to reconcile and file expenses" with "file" read as a noun
    verbs = conjoined_verbs(complement)
    people = subtree_ids(doer)
    tag = "VBP" if is_plural(doer) else "VBZ"
    drop = {c.i for v in verbs for c in v.children if c.dep_ == "aux" and c.lower_ == "to"}
    words = [t for t in complement.subtree if t.i not in people | drop]
    replace = {v.i: verb_form(v, tag) for v in verbs}
    subject = "" if doer.lower_ == "you" else tokens_text(doer.subtree)
    text = f"{subject} {tokens_text(trim(words), replace)}".strip()
    return _Lead(text, people | subtree_ids(complement), complement)


def _served(doer: Token, lex: Lexicon) -> bool:
    """Return True for you or a noun the product serves (teams, bakeries, your website):
    not the technology, not the company (whether it leads well is the gate's question)."""
    if doer.lower_ == "you":
        return True
    if doer.pos_ != "NOUN" or classify(doer, lex) in ("technology", "company"):
        return False
    return not has_inner_clause(doer, set())


def _partner(verb: Token, lex: Lexicon) -> bool:
    """Return True when "with X" after this verb would name a partner, or "with" is taken."""
    if any(v.lemma_.lower() in lex.partner_verbs for v in conjoined_verbs(verb)):
        return True
    return any(t.lower_ == "with" for t in verb.subtree)


def _by_phrase(verb: Token, subject: Token | None) -> tuple[str, set[int]] | None:
    """Return "syncs your till" for "By syncing your till," on the verb, with its token ids."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    gerund = None if prep is None else next((c for c in prep.children if c.dep_ == "pcomp"), None)
    if gerund is None or gerund.tag_ != "VBG" or subject is None:
        return None
    tag = "VBP" if is_plural(subject) else "VBZ"
    replace = {v.i: verb_form(v, tag) for v in conjoined_verbs(gerund, ("VBG",))}
    return tokens_text(trim(list(gerund.subtree)), replace), subtree_ids(prep)


def _label(doc, start: int) -> tuple[list[Token], list[Token]]:
    """Split "Smart reminders: the app ..." into the label (with its colon) and the rest."""
    colon = next((t for t in doc[:start] if t.text == ":"), None)
    if colon is None:
        return [], list(doc)
    return list(doc[: colon.i + 1]), list(doc[colon.i + 1 :])


def _labelled(label: list[Token], text: str) -> str:
    if not label:
        return text
    return f"{tokens_text(label)} {text[0].upper()}{text[1:]}"


# --- the reader gets what the product gives ------------------------------------------------

THEY = frozenset({"they", "them", "their", "theirs", "themselves"})
"""Third-person words that would no longer fit once "you" is the one who gets."""


def _reader_gets(clause: Clause, lex: Lexicon) -> str | None:
    """Return "You get N from X" for "X provides N", "Developers get N from X" for "X
    provides developers N" (or "N to developers", "developers with N")."""
    verb, subject = clause.verb, clause.subject
    if clause.lemma not in lex.give_verbs or subject is None or clause.passive:
        return None
    if any(c.dep_ in ("aux", "neg") for c in verb.children):
        return None
    roles = _gift_and_recipient(verb, lex)
    if roles is None:
        return None
    gift, recipient, used = roles
    extras = [
        c for c in verb.rights if c.i not in used and c.dep_ in ("prep", "advmod", "npadvmod")
    ]
    if has_inner_clause(gift, set()) or any(has_inner_clause(e, set()) for e in extras):
        return None
    if recipient is None and any(t.lower_ in THEY for e in (gift, *extras) for t in e.subtree):
        return None  # "offers teams control of their data": "you" would not fit "their"
    if recipient is None:
        who, tag = "you", "VBP"
    else:
        who, tag = tokens_text(recipient.subtree), "VBP" if is_plural(recipient) else "VBZ"
    get = "get" if tag == "VBP" else "gets"
    words = [tokens_text(gift.subtree)] + [tokens_text(trim(list(e.subtree))) for e in extras]
    lead = _Lead(
        f"{who} {get} {' '.join(words)}", used | {i for e in extras for i in subtree_ids(e)}, verb
    )
    return _from_hero(clause, lead)


def _gift_and_recipient(verb: Token, lex: Lexicon) -> tuple[Token, Token | None, set[int]] | None:
    """Return what is given, to whom (None: the reader) and the ids of both (with their
    prepositions); None when the object is a person or a pronoun."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    dative = next((c for c in verb.children if c.dep_ == "dative"), None)
    preps = {c.lower_: c for c in verb.children if c.dep_ == "prep"}
    recipient, gift, used = dative, obj, set()
    if obj is not None and "with" in preps and _served(obj, lex):
        recipient, gift = obj, _pobj(preps["with"])  # "provides bakers with a till"
        used = subtree_ids(preps["with"])
    elif recipient is None:
        for word in ("to", "for"):
            person = _pobj(preps[word]) if word in preps else None
            if person is not None and _served(person, lex):
                recipient, used = person, subtree_ids(preps[word])
                break
    if gift is None or gift.pos_ not in ("NOUN", "PROPN"):
        return None
    if recipient is not None and not _served(recipient, lex):
        return None
    used |= subtree_ids(gift) | (subtree_ids(recipient) if recipient is not None else set())
    return gift, recipient, used | {verb.i}


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _from_hero(clause: Clause, lead: _Lead) -> str | None:
    """Return "lead from the hero", or None when words of the sentence are left over."""
    subject = clause.subject
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    hero = noun_phrase_tokens(subject)
    label, rest = _label(clause.verb.doc, hero[0].i)
    used = lead.ids | {t.i for t in hero} | {t.i for t in label}
    if any(t.i not in used and not t.is_punct for t in rest):
        return None
    return _labelled(label, f"{lead.text} from {lower_first(tokens_text(hero), hero[0])}")
