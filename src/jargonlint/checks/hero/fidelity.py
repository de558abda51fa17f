"""Whether a rewrite is faithful and customer-first, compared with the original sentence.

Faithful: every number, name and content word kept, nothing added but a frame's own words,
and every verb done by whoever did it in the original (the reader is never handed the
product's work). Customer-first: the reader, the people served or the outcome opens it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .clauses import classify
from .grammar import RELATIVE_PRONOUNS, Part, is_imperative
from .lexicon import Lexicon

NEWS_OPENING = "new"
FRAME_WORDS = frozenset({"with", "using", "which", NEWS_OPENING})
"""The only words a rewrite frame may add: "V ... with X, which ...", "using X", "New: X"."""
CONTENT_POS = frozenset({"NOUN", "PROPN", "NUM", "ADJ", "ADV", "VERB"})


@dataclass(frozen=True)
class Licence:
    """Words a rewrite may drop or add beyond its frame: a cut claim, swapped plain words."""

    dropped: frozenset[str] = field(default_factory=frozenset)
    added: frozenset[str] = field(default_factory=frozenset)
    swapped_verbs: tuple[tuple[str, str], ...] = ()
    """(original lemma, plain lemma) of verbs swapped for plain ones: leverage -> use."""

    def widened(self, dropped: Iterable[str], added: Iterable[str], verbs=()) -> Licence:
        """Return this licence with more words allowed to go and to come."""
        return Licence(
            self.dropped | {w.lower() for w in dropped},
            self.added | {w.lower() for w in added},
            self.swapped_verbs + tuple(verbs),
        )


def customer_first_problems(first: Part, original: Doc, lex: Lexicon) -> list[str]:
    """Return a problem unless the reader, or what the reader gets, opens the rewrite.

    That is an instruction to the reader; "you", "your X", a reader noun or the people a
    product serves as the subject; or the subject the original itself gave the outcome to
    (the people an outcome verb enables, the subject of a "so" clause, who a verb of giving
    gives to). News ("New: X") is checked by the gate, which knows the frame.
    """
    doc = first.doc
    root = next(t for t in doc if t.head.i == t.i)
    if first.instruction or root.pos_ in ("VERB", "AUX") and is_imperative(root):
        return []
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.i == 0 and first.stands_for is not None:
        subject = first.stands_for
    if subject is not None and (
        _is_reader(subject, lex) or subject.lemma_.lower() in beneficiaries(original, lex)
    ):
        return []
    opening = subject.text if subject is not None else root.text
    return [f"opens with \u201c{opening}\u201d, not the reader or what the reader gets"]


def _is_reader(subject: Token, lex: Lexicon) -> bool:
    """Return True for you, your X, a reader noun, or the people a product serves."""
    hero = classify(subject, lex)
    if hero in ("company", "technology"):
        return False  # "our team", "the app": the company and its product
    lemma = subject.lemma_.lower()
    return hero == "reader" or lemma in lex.people_nouns or lemma in lex.reader_nouns


def beneficiaries(original: Doc, lex: Lexicon) -> set[str]:
    """Return who the original sentence gives the outcome to, as lower-case lemmas.

    The subject of a "so" clause ("so drivers spend less time"), and the people an outcome
    verb enables to act: to do something to something ("enables small bakeries to take
    orders"), which takes someone who acts; "enables data to flow" names no one.
    """
    found = set()
    for token in original:
        if token.dep_ == "advcl" and any(c.lower_ == "so" for c in token.children):
            found |= {c.lemma_.lower() for c in token.children if c.dep_ == "nsubj"}
        if token.lemma_.lower() in lex.give_verbs:
            found |= _recipients(token)
        if token.lemma_.lower() not in lex.outcome_verbs:
            continue
        for complement in (c for c in token.children if c.dep_ in ("ccomp", "xcomp", "advcl")):
            if not any(c.dep_ == "dobj" for c in complement.children):
                continue
            doers = [c for c in complement.children if c.dep_ == "nsubj"]
            doers += [c for c in token.children if c.dep_ in ("dobj", "dative")]
            found |= {d.lemma_.lower() for d in doers}
    return found


def _recipients(verb: Token) -> set[str]:
    """Return who a verb of giving gives to: "provides developers N", "N to developers",
    "developers with N"."""
    found = {c.lemma_.lower() for c in verb.children if c.dep_ == "dative"}
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ in ("to", "for"):
            found |= {c.lemma_.lower() for c in prep.children if c.dep_ == "pobj"}
        if prep.lower_ == "with":
            found |= {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
    return found


# --- faithful ---------------------------------------------------------------------


def faithful_problems(
    original: Doc, parts: list[Part], lex: Lexicon, licence: Licence
) -> list[str]:
    """Return what the rewrite dropped, added or handed to someone else.

    Kept: every number, every name and every content word, except the frame's own words
    (lex: outcome verbs, self adjectives, announce verbs) and what the licence lets go.
    Added: nothing but the frame words and swapped plain words. Who does what: a verb kept
    in the rewrite has the same doer as in the original (the reader is never handed the
    product's work).
    """
    words = _words(p.words for p in parts)
    droppable = lex.outcome_verbs | lex.self_adjectives | lex.announce_verbs | licence.dropped
    problems = []
    for token in original:
        if _must_keep(token, droppable) and not _kept(token, words):
            problems.append(f"dropped {token.text!r}")
    before = _words([original])
    allowed = FRAME_WORDS | licence.added
    for part in parts:
        for token in part.words:
            if token.is_alpha and not _kept(token, before) and token.lower_ not in allowed:
                problems.append(f"added {token.text!r}")
    return problems + _role_problems(original, parts, licence, lex.outcome_verbs)


def _words(docs: Iterable[Doc]) -> set[str]:
    return {w for doc in docs for t in doc for w in (t.lower_, t.lemma_.lower())}


def _must_keep(token: Token, droppable: frozenset[str]) -> bool:
    """Return True for a number, a name or a content word the frame does not own."""
    if token.lower_ in droppable or token.lemma_.lower() in droppable:
        return False
    if any(ch.isdigit() for ch in token.text) or token.like_num:
        return True
    if token.pos_ == "PROPN" or token.tag_ in ("NNP", "NNPS"):
        return token.is_alpha or any(ch.isalpha() for ch in token.text)
    return token.pos_ in CONTENT_POS and not token.is_stop and any(c.isalpha() for c in token.text)


def _kept(token: Token, words: set[str]) -> bool:
    return token.lower_ in words or token.lemma_.lower() in words


def doer(verb: Token, control: frozenset[str] = frozenset()) -> str | None:
    """Return who does a verb, as a lower-case lemma ("you" for an instruction), or None.

    English control: after "enable/let/help P to V" (``control``: the outcome verbs) P does V,
    however the parser hung "to V"; a complement with no object before it is done by the
    subject; a conjunct, a purpose clause and "by V-ing" share the doer of the verb they hang
    on.
    """
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            subject = verb.head
        return subject.lemma_.lower()
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None  # passive: the doer is the agent, if named at all
    head = verb.head
    obj = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
    controlled = verb.dep_ == "advcl" and head.lemma_.lower() in control
    if verb.dep_ in ("xcomp", "ccomp") or controlled:
        return obj.lemma_.lower() if obj is not None else doer(head, control)
    if verb.dep_ in ("conj", "advcl") and head.pos_ in ("VERB", "AUX"):
        return doer(head, control)
    if verb.dep_ == "pcomp" and head.lower_ == "by":
        return doer(head.head, control)
    if head.i == verb.i and is_imperative(verb):
        return "you"
    return None


def _doers(
    docs: Iterable[Doc], parts: Iterable[Part] = (), control: frozenset[str] = frozenset()
) -> dict[str, set[str]]:
    """Return each verb's lemma with who does it, in the documents and the parts."""
    readings = [(doc, None) for doc in docs] + [(p.doc, p) for p in parts]
    found: dict[str, set[str]] = {}
    for doc, part in readings:
        for token in doc:
            if token.pos_ != "VERB":
                continue
            who = doer(token, control)
            if part is not None and part.stands_for is not None and who == doc[0].lemma_.lower():
                who = part.stands_for.lemma_.lower()  # "They" stands for "retailers"
            if who is not None:
                found.setdefault(token.lemma_.lower(), set()).add(who)
    return found


def _role_problems(
    original: Doc, parts: list[Part], licence: Licence, control: frozenset[str]
) -> list[str]:
    """Return the verbs whose doer changed between the original and the rewrite."""
    before = _doers([original], (), control)
    for old, new in licence.swapped_verbs:
        if old in before:
            before.setdefault(new, set()).update(before[old])
    problems = []
    for lemma, who in _doers((), parts, control).items():
        if lemma in before and not who & before[lemma]:
            now, then = "/".join(sorted(who)), "/".join(sorted(before[lemma]))
            problems.append(f"{lemma!r} is done by {now}, not {then}")
    return problems
