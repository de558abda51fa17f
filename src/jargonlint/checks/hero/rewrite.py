"""Customer-outcome suggestions built from the parse: a rewrite when the shape allows, else advice.

Shapes (tech as hero, ``clause`` from ``clauses``):
- controlled complement: "Our platform enables teams to collaborate" -> "Your team collaborates."
- purpose clause: "Our AI analyzes your invoices to flag late payers" -> "Flag late payers."
- reader action: "Our engine automatically optimizes your pricing" -> "Automatically optimize
  your pricing." (only for verbs a reader can do themselves, the pack's `reader-verbs`)
Company as hero: "We're excited to announce our new X" -> "You can now use the new X."
Everything else gets advice that names the hero, the capability and the question to answer.
"""

from __future__ import annotations

from lemminflect import getInflection
from spacy.tokens import Token

from ...findings import Suggestion
from .clauses import Clause, noun_phrase
from .lexicon import Lexicon

QUESTION = "What can the reader do now that they couldn't before?"
TEAM_WORDS = frozenset({"team", "teams", "staff", "crew"})
ANNOUNCE_VERBS = frozenset({"announce", "introduce", "launch", "release", "unveil"})
# Words whose removal from a copied subtree keeps the reader's sentence grammatical.
DROP_DEPS = frozenset({"punct", "cc", "mark", "neg"})


def tech_suggestion(clause: Clause, lex: Lexicon) -> Suggestion:
    """Return a reader-as-hero rewrite of a tech-as-hero clause, or advice when none fits."""
    text = _controlled(clause, lex) or _purpose(clause) or _reader_action(clause, lex)
    if text:
        return Suggestion(text, "rewrite", False)
    return Suggestion(tech_advice(clause), "advice", False)


def tech_advice(clause: Clause) -> str:
    """Return advice naming the hero, the capability and the question to answer."""
    hero = _phrase(clause.subject) if clause.subject is not None else "the technology"
    return (
        f"The hero here is \u201c{hero}\u201d and its capability is \u201c{clause.verb.text}\u201d;"
        f" the reader is missing. {QUESTION} Make the reader the subject."
    )


def company_suggestion(clause: Clause, reason: str, lex: Lexicon) -> Suggestion:
    """Return a rewrite of an announcement, or advice naming what the company says of itself."""
    text = _announcement(clause, lex)
    if text:
        return Suggestion(text, "rewrite", False)
    hero = _phrase(clause.subject) if clause.subject is not None else "the company"
    return Suggestion(
        f"\u201c{hero}\u201d is the hero here, talking about itself (\u201c{reason}\u201d). "
        f"What does the reader get from this? Say that, with the reader as the subject, "
        f"or cut the sentence.",
        "advice",
        False,
    )


def _phrase(token: Token) -> str:
    return " ".join(noun_phrase(token).text.split())


def _controlled(clause: Clause, lex: Lexicon) -> str | None:
    """Return "Your team collaborates." for "X enables teams to collaborate": the reader acts."""
    verb = clause.complement
    if verb is None or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if doer is None:
        doer = next((o for o in clause.objects if o.dep_ in ("dobj", "dative")), None)
    if doer is None or doer.pos_ not in ("NOUN", "PRON", "PROPN"):
        return None
    people = lex.people_nouns | lex.reader_nouns | TEAM_WORDS
    if doer.pos_ == "PRON" and doer.lower_ not in ("you", "they"):
        return None
    if doer.pos_ != "PRON" and doer.lemma_.lower() not in people:
        return None  # "uses photos to sort receipts": the photos are not the reader
    subject, tag = ("Your team", "VBZ") if doer.lemma_.lower() in TEAM_WORDS else ("You", "VBP")
    skip = set(_subtree_ids(doer))
    words = _words(verb, skip, inflect_tag=tag)
    if not words:
        return None
    return _sentence(f"{subject} {words}")


def _purpose(clause: Clause) -> str | None:
    """Return the purpose clause as an imperative ("to flag late payers" -> "Flag late payers.")."""
    verb = clause.purpose
    if verb is None:
        return None
    # Only what follows "to": a misparse can hang the whole sentence under the purpose verb.
    start = min(
        (c.i for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), default=verb.i
    )
    words = _words(verb, {t.i for t in verb.subtree if t.i < start}, inflect_tag="VB")
    return _sentence(words) if words else None


def _reader_action(clause: Clause, lex: Lexicon) -> str | None:
    """Return "Automate your invoicing." for "X automates your invoicing" (reader verbs only)."""
    if clause.lemma not in lex.reader_verbs or clause.passive:
        return None
    if not any(o.dep_ == "dobj" for o in clause.objects):
        return None
    skip: set[int] = set(_subtree_ids(clause.subject)) if clause.subject is not None else set()
    for child in clause.verb.children:
        if (
            child.dep_
            in ("nsubj", "nsubjpass", "aux", "auxpass", "advcl", "conj", "cc", "ccomp", "parataxis")
            or child.i < clause.verb.i
            and child.dep_ != "advmod"
        ):
            skip.update(_subtree_ids(child))
    words = _words(clause.verb, skip, inflect_tag="VB", root_lemma=clause.lemma)
    return _sentence(words) if words else None


def _announcement(clause: Clause, lex: Lexicon) -> str | None:
    """Return "You can now use the new X." for "We're excited to announce our new X"."""
    verbs = [clause.verb, *(c for o in clause.objects for c in o.children if c.dep_ == "xcomp")]
    if clause.complement is not None:
        verbs.append(clause.complement)
    for verb in verbs:
        if verb.lemma_.lower() not in ANNOUNCE_VERBS:
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() in lex.self_topics:
            return None
        if any(t.lemma_.lower() in lex.self_topics for t in obj.subtree):
            return None
        words = []
        for token in obj.subtree:
            if token.dep_ == "punct" and token.i in (obj.left_edge.i, obj.right_edge.i):
                continue
            text = "the" if token.lower_ == "our" and token.dep_ == "poss" else token.text
            words.append(text + token.whitespace_)
        return _sentence("You can now use " + "".join(words).strip())
    return None


def _subtree_ids(token: Token) -> list[int]:
    return [t.i for t in token.subtree]


def _words(verb: Token, skip: set[int], inflect_tag: str, root_lemma: str | None = None) -> str:
    """Return the verb's subtree as text, without "to", the skipped tokens and edge punctuation,
    with the verb and the verbs conjoined to it inflected for ``inflect_tag``."""
    if any(c.dep_ == "conj" and c.pos_ != "VERB" for c in verb.children):
        # "to reconcile and file expenses" parsed as a noun conjunct: inflecting only the
        # first verb would give "reconciles and file"; advice is better than bad grammar.
        return ""
    conjoined = {verb.i} | {c.i for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"}
    tokens = [t for t in verb.subtree if t.i not in skip]
    tokens = [
        t
        for t in tokens
        if not (t.dep_ == "aux" and t.lower_ == "to" and t.head.i in conjoined)
        and not (t.dep_ == "aux" and t.head.i in conjoined)
    ]
    while tokens and (tokens[-1].dep_ in DROP_DEPS or tokens[-1].is_punct):
        tokens.pop()
    while tokens and (tokens[0].dep_ in DROP_DEPS or tokens[0].is_punct):
        tokens.pop(0)
    if not tokens:
        return ""
    parts = []
    for token in tokens:
        text = token.text
        if token.i in conjoined:
            lemma = root_lemma if token.i == verb.i and root_lemma else token.lemma_.lower()
            forms = getInflection(lemma, tag=inflect_tag) if inflect_tag != "VB" else (lemma,)
            text = forms[0] if forms else text
        elif token.lower_ in ("their", "its") and token.dep_ == "poss":
            text = "your"
        parts.append(text + token.whitespace_)
    return "".join(parts).strip()


def _sentence(text: str) -> str:
    """Return text as a sentence: one space between words, a capital first and a full stop."""
    text = " ".join(text.split())
    text = text.rstrip(" ,;:-")
    if not text:
        return ""
    return text[0].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")
