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
from .frames import is_person
from .grammar import RELATIVE_PRONOUNS, Part, is_imperative
from .lexicon import Lexicon

NEWS_OPENING = "new"
FRAME_WORDS = frozenset({"with", "using", "which", NEWS_OPENING})
"""The only words a rewrite frame may add: "V ... with X, which ...", "using X", "New: X"."""
UNITS = frozenset({"%", "$", "\u20ac", "\u00a3", "\u00a5"})
"""Symbols that are part of a figure: "30%" without its "%" is another fact."""
CONTENT_POS = frozenset({"NOUN", "PROPN", "NUM", "ADJ", "ADV", "VERB"})
FACT_PARTICIPLES = frozenset(
    {
        "accredited",
        "approved",
        "audited",
        "certified",
        "endorsed",
        "insured",
        "licensed",
        "patented",
        "pending",
        "registered",
        "regulated",
        "verified",
        "winning",
    }
)
"""Participles of a record someone else keeps (a certificate, a patent, an award won):
"certified", "ISO-certified", "patent-pending", "award-winning" say a fact a reader can check."""
FACT_WORDS = frozenset({"open-source", "open source", "opensource"})
"""Modifiers that state a checkable licence or make-up of a product."""
SAVE_VERBS = frozenset({"save", "spare"})
"""Verbs whose "X saves you N" is "you save N": the one saved for is a doer too (a converse,
like "X gives you N" and "you get N")."""


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


def checkable(phrase: str, lex: Lexicon) -> bool:
    """Return True for a modifier that states a fact the reader could check (a number,
    "award-winning", "certified", "patented", "open-source", "AI-powered"), unlike an
    unprovable superlative ("world-class", "unmatched", "cutting-edge"). A rewrite may drop
    the superlative; dropping the fact loses something the writer said."""
    lower = " ".join(phrase.lower().split())
    if any(ch.isdigit() for ch in lower) or lower in FACT_WORDS:
        return True
    last = lower.replace("-", " ").split()[-1] if lower.strip("- ") else ""
    return last in FACT_PARTICIPLES or lex.is_tech_modifier(lower)


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

    The subject of a "so" clause ("so drivers spend less time"); the people an outcome verb
    enables to act on something ("enables small bakeries to take orders": someone who acts;
    "enables data to flow" names no one); the people a verb of giving gives to.
    """
    found: set[str] = set()
    for token in original:
        found |= _so_subjects(token) | _enabled(token, lex)
        if token.lemma_.lower() in lex.give_verbs:
            found |= _recipients(token, lex)
    return found


def _so_subjects(clause: Token) -> set[str]:
    """Return the subject of a clause opened by "so", however the parser hung the "so"."""
    if clause.dep_ not in ("advcl", "ccomp"):
        return set()
    start = clause.left_edge.i
    before = clause.doc[start - 1].lower_ if start > 0 else ""
    if before != "so" and not any(c.lower_ == "so" for c in clause.children):
        return set()
    return {c.lemma_.lower() for c in clause.children if c.dep_ == "nsubj"}


def _enabled(verb: Token, lex: Lexicon) -> set[str]:
    """Return who an outcome verb enables to act on something."""
    if verb.lemma_.lower() not in lex.outcome_verbs:
        return set()
    found: set[str] = set()
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    complements = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "advcl")]
    complements += [c for o in objects for c in o.children if c.dep_ == "acl"]  # parser's reading
    for complement in complements:
        if any(c.dep_ == "dobj" for c in complement.children):
            doers = objects + [c for c in complement.children if c.dep_ == "nsubj"]
            found |= {d.lemma_.lower() for d in doers}
    return found


def _recipients(verb: Token, lex: Lexicon) -> set[str]:
    """Return who a verb of giving gives to: "provides developers N" (however the parser
    read the first object), "developers with N",
    "N to (or for) your managers" (people only: "an invoice for each order" names no one)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    found = {c.lemma_.lower() for c in verb.children if c.dep_ == "dative"}
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        found |= {o.lemma_.lower() for o in objects}
    if len(objects) == 2 and objects[0].pos_ == "NOUN":
        found.add(
            objects[0].lemma_.lower()
        )  # "provides landlords the ability", read as two objects
    for head in [verb, *objects]:
        found |= _people_after_to(head, lex)
    return found


def _people_after_to(head: Token, lex: Lexicon) -> set[str]:
    """Return the people in "to X" or "for X" on a word."""
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("to", "for")]
    pobjs = [c for p in preps for c in p.children if c.dep_ == "pobj"]
    return {p.lemma_.lower() for p in pobjs if is_person(p, lex)}


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
            if token.lower_ == "an" or token.lower_ == "a":
                continue  # "an unbeatable range" -> "a range": the article follows the next word
            if token.is_alpha and not _kept(token, before) and token.lower_ not in allowed:
                problems.append(f"added {token.text!r}")
    return problems + _role_problems(original, parts, licence, lex.outcome_verbs)


def _words(docs: Iterable[Doc]) -> set[str]:
    """Return every word's form and lemma; a capital the tokenizer glued to the full stop
    ("Series A.", "Plan B.") counts without its stop."""
    forms = {w for doc in docs for t in doc for w in (t.lower_, t.lemma_.lower())}
    return forms | {w[:-1] for w in forms if len(w) == 2 and w.endswith(".")}


def _must_keep(token: Token, droppable: frozenset[str]) -> bool:
    """Return True for a number, a name or a content word the frame does not own."""
    if token.lower_ in droppable or token.lemma_.lower() in droppable:
        return False
    if any(ch.isdigit() for ch in token.text) or token.like_num or token.text in UNITS:
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
    on; a relative clause's "which" is the noun it follows.
    """
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        relative = subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl"
        return (verb.head if relative else subject).lemma_.lower()
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None  # passive: the doer is the agent, if named at all
    if verb.head.i == verb.i:
        return "you" if is_imperative(verb) else None
    return _inherited_doer(verb, control)


def _inherited_doer(verb: Token, control: frozenset[str]) -> str | None:
    """Return the doer a verb without a subject takes from the verb it hangs on."""
    head = verb.head
    obj = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
    controlled = verb.dep_ == "advcl" and head.lemma_.lower() in control
    if verb.dep_ in ("xcomp", "ccomp") or controlled:
        return obj.lemma_.lower() if obj is not None else doer(head, control)
    if verb.dep_ in ("conj", "advcl") and head.pos_ in ("VERB", "AUX"):
        return doer(head, control)
    if verb.dep_ == "pcomp" and head.lower_ == "by":
        return doer(head.head, control)
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
            if part is None and token.lemma_.lower() in SAVE_VERBS:
                found.setdefault(token.lemma_.lower(), set()).update(_datives(token))
    return found


def _datives(verb: Token) -> set[str]:
    """Return who a verb is done for, as its dative ("you" in "saves you an hour")."""
    return {c.lemma_.lower() for c in verb.children if c.dep_ == "dative"}


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
