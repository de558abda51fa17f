"""What a clause's predicate says: self-regard, the reader's outcome, and candidate words."""

from __future__ import annotations

from .hero_clauses import Clause
from .hero_lexicon import COMPANY_PRONOUNS, READER_PRONOUNS, Lexicon
from .inflection import word_forms

OUTCOME_MARKS = frozenset({"so", "that"})


def company_reason(clause: Clause, lex: Lexicon) -> str | None:
    """Return the word that makes a company clause self-regarding, or None for a promise.

    Decided from the predicate and its objects: a self verb (announce, found), a self noun as
    attribute (leader, provider), a self adjective (proud, thrilled), a self topic (mission,
    funding) as subject, object or prepositional object.
    """
    subject = clause.subject
    if (
        subject is not None
        and subject.lemma_.lower() in lex.self_topics
        and (clause.hero in ("company", "name") or any(c.dep_ == "poss" for c in subject.children))
    ):
        return subject.text
    if clause.hero == "company" and clause.lemma in lex.capability_verbs - lex.weak_verbs:
        # "We enable banks to deploy AI": the company's capability, not the reader's outcome.
        return clause.verb.text
    if (
        clause.subject is None
        and clause.main
        and clause.verb.tag_ == "VBG"
        and (clause.lemma in lex.self_verbs)
    ):
        return clause.verb.text  # a headline: "Announcing our Series A"
    if clause.hero == "name" and clause.lemma not in lex.strong_self_verbs:
        # An unknown name may be the product: "Acme launched v2" is news, "Acme believes" odd.
        pass
    elif clause.lemma in lex.self_verbs:
        return clause.verb.text
    for obj in clause.objects:
        lemma = obj.lemma_.lower()
        if obj.dep_ in ("attr", "oprd") and lemma in lex.self_nouns:
            return obj.text
        if obj.dep_ == "acomp" and (
            lemma in lex.self_adjectives or obj.lower_ in lex.self_adjectives
        ):
            return obj.text
        if obj.dep_ in ("dobj", "attr") and lemma in lex.self_topics:
            return obj.text
        # "We're happy to announce": a plain adjective governing a self verb.
        for child in obj.children:
            if child.dep_ == "xcomp" and child.lemma_.lower() in lex.self_verbs:
                return child.text
    if clause.complement is not None and clause.complement.lemma_.lower() in lex.self_verbs:
        return clause.complement.text if clause.hero == "company" else None
    for prep in (c for c in clause.verb.children if c.dep_ == "prep"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if pobj.lemma_.lower() in lex.self_topics:
                return pobj.text
    return None


def serves_reader(clause: Clause) -> bool:
    """Return True when the reader is in the predicate ("to help you", "for your team")."""
    skip = {t.i for t in clause.subject.subtree} if clause.subject is not None else set()
    return any(t.lower_ in READER_PRONOUNS for t in clause.verb.subtree if t.i not in skip)


def self_fragment(doc, lex: Lexicon) -> str | None:
    """Return the noun of a verbless self-topic fragment ("Our passion for privacy."), or None."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if (
        root is None
        or root.pos_ not in ("NOUN", "PROPN")
        or root.lemma_.lower() not in (lex.self_topics)
    ):
        return None
    owners = {c.lower_ for c in root.children if c.dep_ == "poss"}
    return root.text if owners & COMPANY_PRONOUNS else None


def reader_outcome(items: list[Clause], lex: Lexicon) -> bool:
    """Return True when some clause gives the reader a concrete outcome.

    That is a reader clause introduced by "so (that)", or the complement of an outcome verb
    ("lets you", "helps you"), whose own verb is not another capability.
    """
    for clause in items:
        if clause.hero != "reader" or clause.lemma in lex.capability_verbs:
            continue
        marks = {c.lower_ for c in clause.verb.children if c.dep_ == "mark"}
        if marks & OUTCOME_MARKS:
            return True
        head = clause.verb.head
        if clause.verb.dep_ in ("ccomp", "xcomp") and head.lemma_.lower() in lex.outcome_verbs:
            return True
    # "enables you to send": the reader is the object and does the complement.
    for clause in items:
        if clause.lemma not in lex.outcome_verbs or clause.complement is None:
            continue
        doers = [c for c in clause.objects if c.dep_ in ("dobj", "dative")]
        doers += [c for c in clause.complement.children if c.dep_ == "nsubj"]
        if any(d.lower_ in READER_PRONOUNS for d in doers) and (
            clause.complement.lemma_.lower() not in lex.capability_verbs
        ):
            return True
    return False


def trigger_words(lex: Lexicon) -> frozenset[str]:
    """Return the lower-case words that make a sentence a candidate for the parse."""
    words: set[str] = set(COMPANY_PRONOUNS)
    for verb in lex.capability_verbs | lex.self_verbs:
        words.update(word_forms(verb))
    for noun in lex.tech_nouns | lex.self_topics | lex.company_nouns:
        words.update(word_forms(noun) if " " not in noun else noun.split()[-1:])
    words.update(lex.self_adjectives)
    for modifier in lex.tech_modifiers:
        # The tokenizer splits "AI-powered" at the hyphen; its last part is the word seen.
        words.add(modifier.split("-")[-1])
    for name in lex.product_names | lex.company_names:
        words.update(name.split()[:1])
    words.discard("")
    return frozenset(words)
