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
- an outcome participle leads: "The engine plans your routes, helping drivers finish
  earlier." -> "Drivers finish earlier with the engine, which plans your routes."; "..., saving
  you an hour a day" -> "You save an hour a day with ..., which ..."
- the reader gets what the product gives (``gifts``): "The platform offers a free trial." ->
  "You get a free trial from the platform."
- the reader can do what the product gives the ability to do (``abilities``): "The app gives
  bakers the option to take deposits." -> "Bakers can take deposits with the app."
- news leads (``news``): "We're excited to announce our new loyalty card." -> "New: our
  loyalty card."
The product keeps its own work in every shape; the reader is never told to do it.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...findings import Suggestion
from .abilities import reader_can
from .advice import company_advice, tech_advice
from .clauses import Clause, classify
from .feelings import helped_by_us
from .fidelity import SAVE_VERBS
from .frames import Lead, hero_after, joiner, served
from .gifts import reader_gets, we_give
from .lexicon import Lexicon
from .news import news_rewrite
from .phrasing import (
    conjoined_verbs,
    has_inner_clause,
    is_plural,
    subtree_ids,
    tokens_text,
    trim,
    verb_form,
)

NEGATIVE_MODALS = frozenset({"can't", "cannot", "won't", "wouldn't", "couldn't", "shouldn't"})
"""Modals that carry their own "not": the rewrite would have to keep it, so it is not made."""
TIME_PREPOSITIONS = frozenset({"since", "until"})
"""Prepositions of a fronted time phrase that may move after the rewrite's hero."""
OUTCOME_MARKS = frozenset({"so"})
"""The conjunction that introduces what the work is for ("..., so drivers spend less time")."""


def tech_suggestions(clause: Clause, lex: Lexicon) -> tuple[Suggestion, ...]:
    """Return candidate rewrites of a tech-as-hero clause, then the advice (the fallback)."""
    texts = (
        _people_served(clause, lex),
        _outcome_first(clause, lex),
        _helped_purpose(clause, lex),
        _participle_outcome(clause, lex),
        reader_gets(clause, lex),
        reader_can(clause, lex),
    )
    return _suggestions(texts, tech_advice(clause, _outcome(clause, lex)))


def company_suggestions(clause: Clause, reason: str, lex: Lexicon) -> tuple[Suggestion, ...]:
    """Return a candidate "New: ..." rewrite of an announcement, "You get N from us" for
    "We're proud to offer N", or "P V ... with X" for a company boasting of whom it helps
    ("Since 2010 Acme has helped millions of shops to sell online"), then the advice."""
    own = clause.subject is not None and clause.subject.lemma_.lower() in lex.self_topics
    # "Our team's passion enables hotels to V" -> "Hotels V with our team's passion": the
    # company's feeling, mission or funding is no tool the people can V with.
    served_text = "" if own else _people_served(clause, lex)
    texts = (news_rewrite(clause, lex), we_give(clause, lex), served_text, _we_help(clause, lex))
    return _suggestions(texts, company_advice(clause, reason, lex, _outcome(clause, lex)))


def _suggestions(texts, advice: str) -> tuple[Suggestion, ...]:
    unique = dict.fromkeys(_sentence(t) for t in texts if t)
    rewrites = [Suggestion(text, "rewrite", False) for text in unique if text]
    return (*rewrites, Suggestion(advice, "advice", False))


def _sentence(text: str) -> str:
    text = text.strip().rstrip(",;:")
    return text[0].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")


def _outcome(clause: Clause, lex: Lexicon) -> str | None:
    """Return the reader's outcome the sentence states ("drivers spend less time on the road",
    "clinics book patients online", "you save an hour a day"), for the advice to quote."""
    complement = _controlled(clause, lex)
    lead = None if complement is None else _people_clause(clause.verb, complement, lex)
    if lead is not None:
        return lead.text
    outcome = _so_clause(clause)
    if outcome is not None:
        return _so_lead(*outcome).text
    participle = _participle(clause)
    lead = None if participle is None else _helped(participle, lex) or _saved(participle, lex)
    return None if lead is None else lead.text


# --- the people served do what the product lets them do ----------------------------------


def _people_served(clause: Clause, lex: Lexicon) -> str:
    """Return "P V ... with X" for "X enables P to V ...", with the tense kept ("X will enable
    P to V" -> "P will V ... with X"; "X has helped P to V" -> "P have V-ed ... with X"), a
    time phrase fronted on the verb after it ("Since 2015 X has helped ..."), and ", which
    V-s O" after it for a "By V-ing O," that says how."""
    complement = _controlled(clause, lex)
    tense = _tense(clause.verb)
    if complement is None or tense is None:
        return ""
    lead = _people_clause(clause.verb, complement, lex, tense)
    if lead is None or has_inner_clause(lead.verb, set()):
        return ""
    how = _by_phrase(clause.verb, clause.subject)
    taken = {clause.verb.i} | (how[1] if how else set()) | {a.i for a in tense}
    tail, moved = ("", set()) if how else _tail(clause)
    text = hero_after(clause, lead, joiner(lead.verb, lex), taken | moved, how[0] if how else "")
    return f"{text}{tail}" if text else ""


def _tail(clause: Clause) -> tuple[str, set[int]]:
    """Return what follows the hero from before the subject (" since 2015", ", built for
    busy kitchens") and the ids it moves."""
    fronted = _fronted_time(clause)
    if fronted:
        ids = {i for p in fronted for i in subtree_ids(p)}
        return "".join(f" {_mid_sentence(trim(list(p.subtree)))}" for p in fronted), ids
    described = _fronted_description(clause)
    if described is None:
        return "", set()
    return f", {_mid_sentence(trim(list(described.subtree)))}", subtree_ids(described)


def _fronted_description(clause: Clause) -> Token | None:
    """Return a past participle fronted before the subject that describes it ("Built for busy
    kitchens, the app ..."): it may follow the hero, which it still describes ("... with the
    app, built for busy kitchens")."""
    subject = clause.subject
    if subject is None:
        return None
    return next(
        (
            c
            for c in clause.verb.lefts
            if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i < subject.left_edge.i
        ),
        None,
    )


def _tense(verb: Token) -> list[Token] | None:
    """Return the auxiliaries that carry the verb's tense: none, one modal ("will", "can") or
    the perfect's "has"/"have"; None for anything else ("does not", "is enabling")."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    if not auxiliaries:
        return []
    if len(auxiliaries) != 1 or auxiliaries[0].dep_ != "aux":
        return None
    aux = auxiliaries[0]
    modal = aux.tag_ == "MD" and aux.lower_ not in NEGATIVE_MODALS
    perfect = aux.lemma_.lower() == "have" and verb.tag_ == "VBN"
    return [aux] if modal or perfect else None


def _mid_sentence(tokens: list[Token]) -> str:
    """Return a fronted phrase as it reads mid-sentence ("Since 2015" -> "since 2015")."""
    text = tokens_text(tokens)
    first = tokens[0] if tokens else None
    if first is None or first.pos_ == "PROPN" or first.text.isupper() and len(first.text) > 1:
        return text
    return text[0].lower() + text[1:]


def _fronted_time(clause: Clause) -> list[Token]:
    """Return the time phrases fronted before the subject on the verb ("Since 2015", "Since
    launch"): they say when, and may follow the rewrite's hero instead."""
    subject = clause.subject
    if subject is None:
        return []
    return [
        c
        for c in clause.verb.lefts
        if c.dep_ == "prep" and c.lower_ in TIME_PREPOSITIONS and c.i < subject.left_edge.i
    ]


def _controlled(clause: Clause, lex: Lexicon) -> Token | None:
    """Return what an outcome verb lets its object do: "enables clinics TO BOOK patients",
    however the parser hung the infinitive (as a complement or as a purpose)."""
    if clause.lemma not in lex.outcome_verbs:
        return None
    if clause.complement is not None:
        return clause.complement
    purpose = clause.purpose
    objects = [c for c in clause.verb.children if c.dep_ in ("dobj", "dative")]
    if purpose is None or not objects:
        return None
    # "enables cafes to take orders": on the verb, or read as a clause on its object.
    return purpose if purpose.head == clause.verb or purpose.head in objects else None


def _doer_of(verb: Token, complement: Token) -> Token | None:
    """Return who does the complement: its own subject, or the verb's object."""
    doer = next((c for c in complement.children if c.dep_ == "nsubj"), None)
    return doer or next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)


def _people_clause(
    verb: Token, complement: Token, lex: Lexicon, tense: list[Token] | None = None
) -> Lead | None:
    """Return "small bakeries take orders online" for "enables small bakeries to take orders
    online" ("will take", "have taken" when ``tense`` holds the outcome verb's modal or
    perfect); None when the doer is the technology, the company or no noun at all."""
    doer = _doer_of(verb, complement)
    if doer is None or not served(doer, lex, frozenset(subtree_ids(complement))):
        return None
    if any(c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX") for c in complement.children):
        return None  # "to reconcile and file expenses" with "file" read as a noun
    people = subtree_ids(doer) - subtree_ids(complement)
    subject = "" if doer.lower_ == "you" else tokens_text(t for t in doer.subtree if t.i in people)
    form = _form(verb, complement, is_plural(doer), tense)
    if form is None or form[1] and not subject:
        return None  # "Take orders" cannot carry "will" or "have": that needs a subject
    tag, auxiliary = form
    predicate = _predicate(complement, people, tag)
    text = " ".join(w for w in (subject, auxiliary, predicate) if w)
    return Lead(text, people | subtree_ids(complement), complement)


def _form(
    verb: Token, complement: Token, plural: bool, tense: list[Token] | None
) -> tuple[str, str] | None:
    """Return the Penn tag of the people's verb and the auxiliary before it, in the tense of
    the outcome verb: present, past, a modal ("will take") or the perfect ("have taken");
    None for the singular past of "be" (left to the advice)."""
    if tense:
        aux = tense[0]
        if aux.lemma_.lower() == "have":
            return "VBN", "have" if plural else "has"
        return "VB", aux.lower_
    if verb.tag_ == "VBD":
        return None if not plural and complement.lemma_.lower() == "be" else ("VBD", "")
    return ("VBP" if plural else "VBZ"), ""


def _predicate(complement: Token, people: set[int], tag: str) -> str:
    """Return the complement without its "to", its verbs in the form of ``tag``."""
    verbs = conjoined_verbs(complement)
    drop = {c.i for v in verbs for c in v.children if c.dep_ == "aux" and c.lower_ == "to"}
    words = [t for t in complement.subtree if t.i not in people | drop]
    replace = {_finite_word(v).i: verb_form(_finite_word(v), tag) for v in verbs}
    return tokens_text(trim(words), replace)


def _finite_word(verb: Token) -> Token:
    """Return the word that agrees with the subject: "get" in "get paid", else the verb."""
    auxiliary = next((c for c in verb.children if c.dep_ == "auxpass"), None)
    return auxiliary if auxiliary is not None else verb


def _by_phrase(verb: Token, subject: Token | None) -> tuple[str, set[int]] | None:
    """Return "syncs your till" for "By syncing your till," on the verb, with its token ids."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    gerund = None if prep is None else next((c for c in prep.children if c.dep_ == "pcomp"), None)
    if gerund is None or gerund.tag_ != "VBG" or subject is None:
        return None
    tag = "VBP" if is_plural(subject) else "VBZ"
    replace = {v.i: verb_form(v, tag) for v in conjoined_verbs(gerund, ("VBG",))}
    return tokens_text(trim(list(gerund.subtree)), replace), subtree_ids(prep)


# --- an outcome or a helped purpose leads --------------------------------------------------


def _so_clause(clause: Clause) -> tuple[Token, set[int]] | None:
    """Return the "so" clause on the clause's verb ("... so drivers spend less time") and the
    ids of its "so (that)", however the parser hung the "so"."""
    for child in clause.verb.children:
        if child.dep_ not in ("advcl", "ccomp") or child.i < clause.verb.i:
            continue
        marks = {c.i for c in child.children if c.lower_ in OUTCOME_MARKS or c.dep_ == "mark"}
        before = child.doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
        if before is not None and before.lower_ in OUTCOME_MARKS and before.head == clause.verb:
            marks.add(before.i)  # "so" read as an adverb of the main verb
        if any(child.doc[i].lower_ in OUTCOME_MARKS for i in marks):
            return child, marks
    return None


def _so_lead(outcome: Token, marks: set[int]) -> Lead:
    """Return the "so" clause without its "so (that)"."""
    words = trim([t for t in outcome.subtree if t.i not in marks])
    return Lead(tokens_text(words), subtree_ids(outcome) | marks, outcome)


def _outcome_first(clause: Clause, lex: Lexicon) -> str:
    """Return "Drivers spend less time with our engine, which plans your routes" for "Our
    engine plans your routes so drivers spend less time"."""
    found = _so_clause(clause)
    subject = None
    if found is not None:
        subject = next((c for c in found[0].children if c.dep_ == "nsubj"), None)
    if subject is None or classify(subject, lex) in ("technology", "company"):
        return ""
    return _with_work(clause, lex, _so_lead(*found), set())


def _helped_purpose(clause: Clause, lex: Lexicon) -> str:
    """Return "Bakers plan stock with our engine, which reads your sales" for "Our engine
    reads your sales to help bakers plan stock"."""
    purpose = clause.purpose
    if purpose is None or purpose.lemma_.lower() not in lex.outcome_verbs:
        return ""
    complement = next(
        (c for c in purpose.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"), None
    )
    lead = None if complement is None else _people_clause(purpose, complement, lex)
    return "" if lead is None else _with_work(clause, lex, lead, subtree_ids(purpose))


def _with_work(clause: Clause, lex: Lexicon, lead: Lead, taken: set[int]) -> str:
    """Return the lead, "with" the hero, and ", which" the hero's own work after it."""
    subject = clause.subject
    if subject is None or has_inner_clause(lead.verb, set()):
        return ""
    skip = taken | lead.ids | subtree_ids(subject)
    words = trim([t for t in clause.verb.subtree if t.i not in skip and t.i > subject.i])
    if not words:
        return ""
    used = taken | {t.i for t in words}
    return hero_after(clause, lead, joiner(lead.verb, lex), used, tokens_text(words))


def _participle_outcome(clause: Clause, lex: Lexicon) -> str:
    """Return "P V ... with X, which W" for "X W, helping (enabling, letting) P (to) V ...",
    and "You save N with X, which W" for "X W, saving you N"."""
    participle = _participle(clause)
    if participle is None:
        return ""
    lead = _helped(participle, lex) or _saved(participle, lex)
    return "" if lead is None else _with_work(clause, lex, lead, subtree_ids(participle))


def _participle(clause: Clause) -> Token | None:
    """Return the "-ing" clause after the verb ("..., helping drivers finish earlier")."""
    return next(
        (
            c
            for c in clause.verb.children
            if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > clause.verb.i and not c.n_lefts
        ),
        None,
    )


def _helped(participle: Token, lex: Lexicon) -> Lead | None:
    """Return "drivers finish earlier" for "helping drivers finish earlier"."""
    if participle.lemma_.lower() not in lex.outcome_verbs:
        return None
    complement = next(
        (c for c in participle.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"),
        None,
    )
    return None if complement is None else _people_clause(participle, complement, lex)


def _saved_things(participle: Token) -> list[Token]:
    """Return what is saved: the objects, else a noun the parser hung as an adverb ("hours")."""
    objects = [c for c in participle.children if c.dep_ == "dobj"]
    return objects or [c for c in participle.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN"]


def _saved(participle: Token, lex: Lexicon) -> Lead | None:
    """Return "you save an hour a day" for "saving you an hour a day" (the reader, or the
    people named, keep what is saved)."""
    dative = next((c for c in participle.children if c.dep_ == "dative"), None)
    if participle.lemma_.lower() not in SAVE_VERBS or dative is None:
        return None
    if len(_saved_things(participle)) != 1 or not served(dative, lex):
        return None
    if has_inner_clause(participle, set()):
        return None
    people = subtree_ids(dative)
    rest = [t for t in participle.subtree if t.i not in people | {participle.i}]
    verb = verb_form(participle, "VBP" if is_plural(dative) else "VBZ")
    text = f"{tokens_text(dative.subtree)} {verb} {tokens_text(trim(rest))}"
    return Lead(text, subtree_ids(participle), participle)


def _we_help(clause: Clause, lex: Lexicon) -> str:
    """Return "P V ... with us" for "We're proud to help P V ..." (``feelings``)."""
    found = helped_by_us(clause, lex)
    lead = None if found is None else _people_clause(found[0], found[1], lex)
    if found is None or lead is None or has_inner_clause(lead.verb, set()):
        return ""
    used = found[2] | lead.ids
    if any(t.i not in used and not t.is_punct for t in clause.verb.doc):
        return ""
    return f"{lead.text} with us"
