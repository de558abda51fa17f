"""What a clause's predicate says: self-regard, the reader's outcome, and candidate words."""

from __future__ import annotations

from spacy.tokens import Token

from ...lang.inflection import word_forms
from .clauses import Clause, classify
from .lexicon import COMPANY_PRONOUNS, READER_PRONOUNS, Lexicon

OUTCOME_MARKS = frozenset({"so", "that"})
IDLE_VERBS = frozenset({"be", "have"})
"""Verbs that do no work: "an app that has a calendar" defines nothing the product does."""
POINTING_DETERMINERS = frozenset({"the", "this", "these"})


def _has_direct_object(clause: Clause) -> bool:
    """Return True when the clause's verb takes a direct object or a clause complement."""
    return any(child.dep_ in ("dobj", "xcomp", "ccomp") for child in clause.verb.children)


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
        and (
            clause.hero in ("company", "name")
            or any(
                c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in POINTING_DETERMINERS
                for c in subject.children
            )
        )
    ):
        return subject.text  # "Our mission is...", "This funding lets us..."
    maker = _maker(clause, lex)
    if maker is not None:
        return maker.text
    if (
        clause.hero == "company"
        and clause.lemma in lex.capability_verbs - lex.weak_verbs - lex.service_verbs
        and _has_direct_object(clause)
    ):
        # "We enable banks to deploy AI": the company's capability, not the reader's outcome.
        # With no object ("We deliver on Fridays") the sentence is a promise about service.
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


def _maker(clause: Clause, lex: Lexicon) -> Token | None:
    """Return the company noun in "X is run by a team of bakers" or "We hired Sam to the team"."""
    for prep in (c for c in clause.verb.children if c.dep_ in ("agent", "prep")):
        if prep.dep_ == "prep" and (clause.hero != "company" or prep.lower_ != "to"):
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if pobj.lemma_.lower() in lex.company_nouns and pobj != clause.subject:
                return pobj
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
        if any(d.lower_ in READER_PRONOUNS for d in doers):
            return True  # "lets you automate": the reader does it, whatever the verb
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


def definition(clause: Clause, items: list[Clause], lex: Lexicon) -> Clause | None:
    """Return the product-definition reading of a clause, or None.

    "Tidyup is an app that sorts your receipts", "Our system is the first tool to price a
    job from a photo": the product is the subject of "be", and the attribute (a technology noun
    when the subject is only a name) does the work through a relative clause, a participle or
    an infinitive. The result keeps the working verb with the product as its hero.
    """
    verb = clause.verb
    if verb.dep_ not in ("relcl", "acl") or verb.lemma_.lower() in IDLE_VERBS:
        return None
    if verb.tag_ == "VBN" or _serves_people(clause, lex):
        return None  # "an extension built by...", "a tool that helps shops to...": not its work
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if infinitive and clause.lemma not in lex.capability_verbs:
        return None  # "a kit to bake bread at home": what the reader does with it
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head  # "a platform as a service offering that ..."
    main = next((c for c in items if c.main and c.verb.i == noun.head.i), None)
    if main is None or noun.dep_ not in ("attr", "appos") or main.lemma != "be":
        return None
    if main.hero == "name" and classify(noun, lex) != "technology":
        return None
    if main.hero not in ("technology", "name"):
        return None
    return Clause(
        verb,
        main.subject,
        main.hero,
        objects=clause.objects,
        complement=clause.complement,
        purpose=clause.purpose,
    )


def _serves_people(clause: Clause, lex: Lexicon) -> bool:
    """Return True when people (you, teams, shops) receive the work or do the complement."""
    doers = [o for o in clause.objects if o.dep_ in ("dobj", "dative")]
    for child in clause.verb.children:
        if child.dep_ in ("ccomp", "xcomp"):
            doers += [c for c in child.children if c.dep_ == "nsubj"]
    if clause.lemma in lex.outcome_verbs and clause.complement is not None and doers:
        return True  # "helps bakers track orders": someone can now do something
    people = lex.people_nouns | lex.reader_nouns
    return any(d.lower_ in READER_PRONOUNS or d.lemma_.lower() in people for d in doers)


def company_gain(clause: Clause, lex: Lexicon) -> Token | None:
    """Return the word showing the company is the one who gains, or None.

    "The new oven lets us bake twice as much", "Their support helped us start the shop",
    "The partnership strengthens our range": the work is done for the company, so the clause
    is the company talking about itself. Objects that are the reader's people ("our
    customers") do not count, and a clause needs its own subject (an imperative is the reader).
    """
    if clause.subject is None or clause.hero == "reader":
        return None
    if clause.lemma not in lex.capability_verbs | lex.outcome_verbs:
        return owned_topic(clause, lex)
    doers = [o for o in clause.objects if o.dep_ in ("dobj", "dative")]
    if clause.complement is not None:
        doers += [c for c in clause.complement.children if c.dep_ == "nsubj"]
    for doer in doers:
        if doer.lower_ in ("us", "ourselves"):
            return doer
        if doer.lemma_.lower() in lex.reader_nouns:
            continue
        if any(c.dep_ == "poss" and c.lower_ in COMPANY_PRONOUNS for c in doer.children):
            return doer
    return owned_topic(clause, lex)


def owned_topic(clause: Clause, lex: Lexicon) -> Token | None:
    """Return a self topic the company owns or points at in the predicate, or None."""
    skip = {t.i for t in clause.subject.subtree} if clause.subject is not None else set()
    for token in clause.verb.subtree:
        if token.i in skip or token.lemma_.lower() not in lex.self_topics:
            continue
        if any(
            c.dep_ == "poss" and c.lower_ in COMPANY_PRONOUNS or c.lower_ in ("this", "these")
            for c in token.children
        ):
            return token  # "our mission", "building on this vision"
    return None


def company_context(doc, lex: Lexicon) -> bool:
    """Return True when a sentence speaks of backers, funding or mission: its names are firms."""
    return any(
        t.lemma_.lower() in lex.self_topics
        and not any(c.lower_ in READER_PRONOUNS for c in t.children)
        for t in doc
    )
