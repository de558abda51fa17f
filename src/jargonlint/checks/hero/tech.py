"""Tech-as-hero from the clause: technology is the subject and offers an abstract capability.

A clause is a tech-hero clause when
- its hero is technology: a technology noun (lexicon, marked modifier, -ware ending), the
  document's product name, "our/the X" with such a head, "it" standing for the product, a
  subjectless feature line, or the technology agent of a passive;
- it does abstract work: a capability verb (leverage, optimize), or any working verb whose
  object is an abstraction ("delivers visibility", "gives teams insights"), not a concrete
  thing ("provides a PDF export");
- and no clause of the sentence gives the reader a concrete outcome ("so you can…",
  "lets you…") or has the company gain ("lets us…").
A verbless feature line whose head is technology with such a clause on it ("an intelligent
dashboard that streamlines review") counts too, as does a product definition ("Acme is a
platform that automates…").
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lang.frequency import zipf
from .clauses import Clause, is_verb
from .lexicon import NAME_ZIPF
from .predicates import IDLE_VERBS, company_context, company_gain, reader_outcome, serves_people
from .repairs import misread_second_object
from .subjects import RELATIVE_WORDS, Reading, classify, technology_noun

TECH_HEROES = ("technology",)
POINTING = frozenset({"the", "this", "that"})
BARE_DEPS = frozenset({"nsubj", "nsubjpass", "punct", "aux", "auxpass", "advmod", "cc", "dep"})
"""A verb with only these dependents does nothing to anything."""


def _hero_is_tech(
    clause: Clause, names_as_products: bool, firms: bool, reading: Reading | None = None
) -> bool:
    """Return True when the clause's hero is technology, or an unknown name taken for a
    product: a made-up word ("Ledgerly automates…"), an initialism with an article ("the
    CRM enables…"), or the page's main product, named in its title; a common word or a bare
    initialism may be anyone."""
    if clause.hero == "technology":
        return True
    subject = clause.subject
    if subject is None or not names_as_products or clause.hero != "name" or firms:
        return False
    made_up = not subject.text.isupper() and zipf(subject.lower_) < NAME_ZIPF
    return made_up or _pointed_initialism(subject) or _main_product(subject, reading)


def _main_product(subject: Token, reading: Reading | None) -> bool:
    """Return True when the subject's noun phrase names the document's main product."""
    main = reading.names.main_product if reading is not None else None
    if main is None:
        return False
    words = [reading.written(t) for t in subject.doc[subject.left_edge.i : subject.i + 1]]
    return reading.names.find(words) is main


def _pointed_initialism(noun: Token) -> bool:
    """Return True for an initialism used as a common noun ("the CRM", "our API"): a system."""
    pointed = any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in POINTING for c in noun.children
    )
    return pointed and noun.text.isupper() and len(noun.text) > 1


def abstract_object(clause: Clause, reading: Reading) -> Token | None:
    """Return the abstraction the verb hands over ("delivers visibility"), or None.

    The abstraction may be handed to someone ("gives teams unified insight"): a product that
    gives people an abstraction still centres on itself.
    """
    if clause.lemma in IDLE_VERBS or _infinitive(clause.verb):
        return None  # "…to ensure continuity": a purpose, not what the product hands over
    for obj in clause.objects:
        if obj.dep_ != "dobj" or _own_property(obj):
            continue
        for noun in (obj, *obj.conjuncts):
            if reading.lex.is_abstract(noun):
                return noun
    return misread_second_object(clause.verb, reading.lex)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _own_property(noun: Token) -> bool:
    """Return True for the subject's own property ("continues its rapid adoption"): a status,
    not a capability it offers."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in noun.children)


def does_work(clause: Clause, reading: Reading) -> bool:
    """Return True when the clause's verb, or its purpose, is a capability, or the verb hands
    over an abstraction.

    A giving verb (provide, offer, deliver) is a capability only for what it hands over: an
    abstraction ("delivers visibility"), or technology from a technology noun ("our platform
    offers analytics"); "the app provides a PDF export" is a concrete thing for the reader.
    """
    lex = reading.lex
    verbs = {clause.lemma}
    if clause.purpose is not None:
        verbs.add(clause.purpose.lemma_.lower())
    if verbs & lex.working_verbs:
        return True
    if hands_over_abstraction(clause, reading) or gives_technology(clause, reading):
        return True
    return uses_technology(clause, reading)


def uses_technology(clause: Clause, reading: Reading) -> bool:
    """Return True for a hero that uses technology ("uses machine learning to…", "relies on
    AI"): the product describing its own machinery, as "leverages" does."""
    if clause.lemma not in reading.lex.tool_verbs:
        return False
    nouns = [o for o in clause.objects if o.dep_ == "dobj"]
    for prep in (c for c in clause.verb.children if c.dep_ == "prep" and c.lower_ == "on"):
        nouns += [g for g in prep.children if g.dep_ == "pobj"]
    return any(_technology(n, reading) for noun in nouns for n in (noun, *noun.conjuncts))


def _technology(noun: Token, reading: Reading) -> bool:
    """Return True for a technology noun, or a compound the lexicon lists hyphenated
    ("machine learning" as "machine-learning")."""
    if technology_noun(noun, reading) is not None:
        return True
    compound = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    return bool(compound) and reading.lex.is_tech_modifier("-".join([*compound, noun.lower_]))


def hands_over_abstraction(clause: Clause, reading: Reading) -> bool:
    """Return True when the hero hands over an abstraction, both halves abstract enough.

    A technology noun ("the platform", "our architecture") handing over any abstraction is
    the machine as hero. A product's name is a concrete subject: only the abstractions copy
    trades in ("delivers visibility", "gives insights") make it one. A pronoun or a missing
    subject stands for the product less surely and needs a capability verb.
    """
    found = abstract_object(clause, reading)
    if found is None:
        return False
    if _tech_noun(clause.subject, reading):
        return True
    named = clause.subject is not None and clause.subject.pos_ in ("PROPN", "NOUN")
    lex = reading.lex
    return named and (
        found.lemma_.lower() in lex.abstract_nouns or found.lower_ in lex.abstract_nouns
    )


def gives_technology(clause: Clause, reading: Reading) -> bool:
    """Return True for a technology noun handing over more technology ("our platform offers
    analytics", "the suite provides a set of tools"): the machine describing itself."""
    if clause.lemma not in reading.lex.giving_verbs or not _tech_noun(clause.subject, reading):
        return False
    for obj in clause.objects:
        if obj.dep_ != "dobj":
            continue
        nouns = [obj, *(g for p in obj.children if p.lower_ == "of" for g in p.children)]
        if any(technology_noun(n, reading) is not None for n in nouns):
            return True
    return False


def _tech_noun(subject: Token | None, reading: Reading) -> bool:
    """Return True when the hero is a technology noun, not only a name ("our platform")."""
    if subject is None:
        return False
    if subject.lower_ in RELATIVE_WORDS and subject.head.dep_ in ("relcl", "acl"):
        subject = subject.head.head
    return technology_noun(subject, reading) is not None


def passive_subject(clause: Clause) -> bool:
    """Return True for the subject of a passive: what the work is done to ("X is powered by")."""
    by_agent = clause.subject is not None and clause.subject.head.dep_ == "agent"
    return clause.passive and not by_agent


def idle(clause: Clause, reading: Reading) -> bool:
    """Return True for a clause that makes no claim of work: negated ("is not provided by"), a
    bare participle line ("Shortcode enabled."), or company news ("announced…")."""
    verb = clause.verb
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    bare = not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if verb.tag_ == "VBN" and bare and verb.dep_ == "ROOT":
        return True
    if not clause.repaired and all(c.dep_ in BARE_DEPS for c in verb.children):
        return True  # "Shortcode enabled.": a participle line, no work done to anything
    return clause.lemma in reading.lex.self_verbs


def imperative(clause: Clause) -> bool:
    """Return True for a base-form verb with no auxiliary: an imperative the parser misread."""
    verb = clause.verb
    return (
        verb.tag_ == "VB"
        and verb.dep_ == "ROOT"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _base_clause(verb: Token) -> Token:
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _defines_main_subject(verb: Token, items: list[Clause]) -> bool:
    """Return True for a relative clause on the main clause's attribute ("X is a tool that…")."""
    noun = verb.head
    main = next((c for c in items if c.main), None)
    return (
        main is not None
        and noun.dep_ in ("attr", "appos")
        and noun.head.i == main.verb.i
        and main.hero in ("technology", "name")
    )


def counts_for_tech(clause: Clause, items: list[Clause]) -> bool:
    """Return True when a clause speaks of the sentence's own hero.

    Main clauses, their conjuncts and participles count. A relative clause counts only when it
    defines the main subject ("X is a platform that enables..."); a reduced relative
    ("pipelines driven by AI") or an infinitive on a noun ("our mission to provide") does not.
    """
    if clause.main:
        return True
    verb = _base_clause(clause.verb)
    if verb.dep_ in ("ROOT", "advcl"):
        return True
    if verb.dep_ in ("ccomp", "xcomp"):
        # "allows LLMs to incorporate": a complement with its own subject is someone else's.
        return not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return verb.dep_ == "relcl" and _defines_main_subject(verb, items)


def _own_work(clause: Clause, items: list[Clause], reading: Reading) -> bool:
    """Return True when a clause is the hero's own work: it counts for the sentence's hero and,
    as a relative clause, is not work done for people ("a tool which gives developers…")."""
    if not counts_for_tech(clause, items):
        return False
    return clause.verb.dep_ != "relcl" or not _not_its_work(clause, reading)


def _defined_noun(verb: Token) -> Token:
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head  # "a platform as a service offering that ..."
    return noun


def _not_its_work(clause: Clause, reading: Reading) -> bool:
    """Return True for a relative clause that is not the product's own work."""
    verb = clause.verb
    if verb.dep_ not in ("relcl", "acl") or verb.lemma_.lower() in IDLE_VERBS:
        return True
    if verb.tag_ == "VBN" or serves_people(clause, reading.lex):
        return True  # "an extension built by...", "a tool that helps shops to...": not its work
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    # "a kit to bake bread at home": what the reader does with it.
    return infinitive and clause.lemma not in reading.lex.working_verbs


def definition(clause: Clause, items: list[Clause], reading: Reading) -> Clause | None:
    """Return the product-definition reading of a clause, or None.

    "Tidyup is an app that sorts your receipts", "Our system is the first tool to price a
    job from a photo": the product is the subject of "be", and the attribute (a technology noun
    when the subject is only a name) does the work through a relative clause, a participle or
    an infinitive. The result keeps the working verb with the product as its hero.
    """
    if _not_its_work(clause, reading):
        return None
    noun = _defined_noun(clause.verb)
    main = next((c for c in items if c.main and c.verb.i == noun.head.i), None)
    if main is None or noun.dep_ not in ("attr", "appos") or main.lemma != "be":
        return None
    if main.hero not in ("technology", "name") or classify(noun, reading) != "technology":
        return None  # "Acme is a project that aims…": a project is not a piece of technology
    return Clause(
        clause.verb,
        main.subject,
        main.hero,
        objects=clause.objects,
        complement=clause.complement,
        purpose=clause.purpose,
    )


def feature_line(clause: Clause, reading: Reading) -> Clause | None:
    """Return the line's technology doing the work of a verbless feature line, or None.

    "An intelligent dashboard that streamlines review": the line has no verb of its own, its
    head noun is technology, and a finite relative clause on that head does the work (an
    infinitive or a participle on a noun, "AI agents to automate…", only describes it).
    """
    if _not_its_work(clause, reading) or clause.verb.tag_ not in ("VBZ", "VBP", "VBD"):
        return None
    noun = clause.verb.head
    if noun.dep_ != "ROOT" or is_verb(noun) or classify(noun, reading) != "technology":
        return None
    return Clause(
        clause.verb,
        noun,
        "technology",
        objects=clause.objects,
        complement=clause.complement,
        purpose=clause.purpose,
        main=True,
    )


def _special(clause: Clause, items: list[Clause], reading: Reading) -> Clause | None:
    """Return the clause read as the product's work: a definition (which needs no capability
    verb: defining the product by what it does is the habit), or a feature line that works."""
    defined = definition(clause, items, reading)
    if defined is not None:
        return defined
    line = feature_line(clause, reading)
    if line is None:
        return None
    return line if does_work(line, reading) or dressed_machine(line, reading) else None


def dressed_machine(line: Clause, reading: Reading) -> bool:
    """Return True for a feature line praising its machine and saying what it does to
    something ("an intelligent engine that anticipates demand"): the line is all machine,
    whatever the verb. A plain head ("a dashboard that shows each sale") is a description."""
    head = line.subject
    if head is None or not any(o.dep_ == "dobj" for o in line.objects):
        return False
    praise = reading.lex.machine_praise
    return any(c.dep_ == "amod" and c.lower_ in praise for c in head.children)


def tech_clause(items: list[Clause], reading: Reading, names_as_products: bool) -> Clause | None:
    """Return the first clause where technology does the work and the reader is absent."""
    lex = reading.lex
    if not items or reader_outcome(items, lex):
        return None
    if any(company_gain(clause, lex) is not None for clause in items):
        return None  # "The new oven lets us bake more": the company gains, not the reader
    firms = company_context(items[0].verb.doc, lex)
    for clause in items:
        special = _special(clause, items, reading)
        if not _hero_is_tech(special or clause, names_as_products, firms, reading):
            continue
        if passive_subject(clause) or imperative(clause) or idle(clause, reading):
            continue
        if special is not None:
            return special
        if _own_work(clause, items, reading) and does_work(clause, reading):
            return clause
    return None
