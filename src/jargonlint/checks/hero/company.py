"""Company-centric from the clause: the company (or its product) describing itself.

A clause is company-centric when its hero is the company (we, our team, the company's name,
"it" or "they" standing for it), or for status claims also its product, and the predicate is
self-description. ``REASONS`` is the decision table: each row names the kind of
self-description, which heroes it applies to, whether a reader in the predicate ("proud to
serve you") makes it a promise instead, and the test that finds the word that shows it:

- topic: a self topic as subject ("Our mission is…", "This funding lets us…");
- maker: the company as maker or joiner ("run by a team of nurses", "welcomed X to the team");
- capability: the company's capability over others ("We enable banks to deploy AI");
- headline: a verbless self-news headline ("Announcing our Series A");
- news / history: a self verb (announce, hire, found, celebrate, grow);
- status: a self noun as attribute ("a leading provider"), a rank word ("the first app",
  "the only garage"), praise ("is outstanding"), scale ("is used by millions"), an award
  ("recognized as the best…");
- pride: a self adjective ("proud", "thrilled", "a bootstrapped team");
- object topic: a self topic as object ("We raised funding", "celebrate our anniversary").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from .clauses import Clause
from .lexicon import COMPANY_PRONOUNS, READER_PRONOUNS, Lexicon
from .predicates import company_gain, serves_reader
from .subjects import Reading, technology_noun

POINTING_DETERMINERS = frozenset({"the", "this", "these"})
FOUNDERS = frozenset({"founder", "cofounder", "co-founder"})
MANY = 5
"""From this many offices or staff a count is the company's size, not a practical note."""
COMPANY_HEROES = frozenset({"company", "name"})
STATUS_HEROES = frozenset({"company", "name", "technology"})
Finder = Callable[[Clause, Reading], "Token | None"]


@dataclass(frozen=True)
class Reason:
    """One row of the decision table: a kind of self-description and how to find it."""

    kind: str
    heroes: frozenset[str]
    find: Finder
    reader_cancels: bool = True
    """A reader in the predicate turns it into a promise ("proud to serve you")."""


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _topic_subject(clause: Clause, reading: Reading) -> Token | None:
    """ "Our mission is…", "This funding lets us…": a self topic the company owns as subject."""
    subject = clause.subject
    if subject is None or _lemma(subject) not in reading.lex.self_topics:
        return None
    owned = any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in POINTING_DETERMINERS
        for c in subject.children
    )
    return subject if owned or clause.hero in COMPANY_HEROES else None


def _maker(clause: Clause, reading: Reading) -> Token | None:
    """ "X is run by a team of bakers", "We hired Sam to the team": the company as maker."""
    for prep in (c for c in clause.verb.children if c.dep_ in ("agent", "prep")):
        if prep.dep_ == "prep" and (clause.hero != "company" or prep.lower_ != "to"):
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if _lemma(pobj) in reading.lex.company_nouns and pobj != clause.subject:
                return pobj
    return None


def _capability(clause: Clause, reading: Reading) -> Token | None:
    """ "We enable banks to deploy AI": the company's capability, not the reader's outcome.

    With no object ("We deliver on Fridays") the sentence is a promise about service.
    """
    lex = reading.lex
    verbs = lex.capability_verbs - lex.weak_verbs - lex.service_verbs
    has_object = any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in clause.verb.children)
    if clause.hero == "company" and clause.lemma in verbs and has_object:
        return clause.verb
    return None


def _headline(clause: Clause, reading: Reading) -> Token | None:
    """ "Announcing our Series A": a verbless headline on a self verb."""
    verb = clause.verb
    if clause.subject is None and clause.main and verb.tag_ == "VBG":
        return verb if clause.lemma in reading.lex.self_verbs else None
    return None


def _self_verb(clause: Clause, reading: Reading) -> Token | None:
    """A self verb (announce, hire, believe); an unknown name only with a company-only verb
    ("Acme launched v2" may be product news; "Acme was founded" is the company)."""
    lex = reading.lex
    verbs = lex.strong_self_verbs if clause.hero == "name" else lex.self_verbs
    # "Founded in 2012, Acme…": a company-only verb is news even as a bare participle.
    bare = _bare_participle(clause.verb) and clause.lemma not in lex.strong_self_verbs
    if clause.lemma in verbs and not bare:
        return clause.verb
    complement = clause.complement
    if clause.hero == "company" and complement is not None and _lemma(complement) in verbs:
        return complement
    return None


def _bare_participle(verb: Token) -> bool:
    """Return True for a participle with no auxiliary ("as announced last week"): an aside."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _history(clause: Clause, reading: Reading) -> Token | None:
    """ "X has grown into…", "X celebrates its tenth birthday": the subject's own story."""
    if clause.lemma not in reading.lex.history_verbs:
        return None
    # "We grew frustrated": a linking verb with an adjective is no story of growth.
    return None if any(c.dep_ == "acomp" for c in clause.verb.children) else clause.verb


def _modifiers(noun: Token) -> list[Token]:
    return [c for c in noun.children if c.dep_ in ("amod", "det", "nummod", "compound")]


def _status(clause: Clause, reading: Reading) -> Token | None:
    """A self noun or a ranked, praised noun as attribute: "a leading provider", "the first
    app to…", "the only garage that…", "the perfect way to…"."""
    lex = reading.lex
    for obj in clause.objects:
        if obj.dep_ not in ("attr", "oprd", "appos"):
            continue
        if _lemma(obj) in lex.self_nouns:
            return obj
        found = ranked(obj, reading) or _praised(obj, reading)
        if found is not None:
            return found
    return None


def ranked(noun: Token, reading: Reading) -> Token | None:
    """Return the rank word of "the first app to…", "the only garage in town that…".

    A rank word ranks only after "the" or a possessive and with a qualifier that sets the
    field (a relative clause, an infinitive, a participle, "in town"); "the first plugin of
    the project" only counts, and "an append-only platform" ranks nothing.
    """
    # The parser may hang the rank on a compound ("the first [booking] app").
    heads = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    rank = next(
        (
            m
            for h in heads
            for m in h.children
            if m.dep_ == "amod" and m.lower_ in reading.lex.rank_words
        ),
        None,
    )
    if rank is None:
        return None
    pointed = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children)
    qualified = any(
        c.dep_ in ("relcl", "acl") or c.dep_ == "prep" and c.lower_ != "of" for c in noun.children
    )
    return rank if pointed and qualified else None


def _praised(noun: Token, reading: Reading) -> Token | None:
    return next(
        (m for m in noun.children if m.dep_ == "amod" and m.lower_ in reading.lex.praise_words),
        None,
    )


def _praise(clause: Clause, reading: Reading) -> Token | None:
    """ "X is outstanding", "X is second to none": praise as the predicate itself."""
    for obj in clause.objects:
        if obj.dep_ == "acomp" and obj.lower_ in reading.lex.praise_words:
            return obj
    return None


def _scale(clause: Clause, reading: Reading) -> Token | None:
    """ "X is used by millions of teams", "X has helped thousands of shops": scale as status.

    The size word is in the agent of a passive, or in the object of a verb of reach (help,
    serve, trust, use).
    """
    lex = reading.lex
    if clause.lemma not in lex.scale_verbs:
        return None
    for child in clause.verb.children:
        if child.dep_ in ("agent", "dobj", "dative"):
            agent = child.dep_ == "agent"
            found = next((t for t in child.subtree if _sized(t, lex, agent)), None)
            if found is not None:
                return found
    return None


def _sized(token: Token, lex: Lexicon, agent: bool = False) -> bool:
    """Return True for a size word ("thousands") or a number counting people or firms
    ("used by 4,000 shops"); "uses 3 sensors" counts things, not reach. In the agent of a
    passive ("trusted by 2,000 writers") whatever is counted does the trusting: people."""
    if token.lower_ in lex.size_words:
        return True
    people = lex.people_nouns | lex.reader_nouns | lex.company_nouns
    counted = token.dep_ == "nummod" and token.head.tag_ in ("NNS", "NNPS")
    return counted and (agent or token.head.lemma_.lower() in people)


def _participle_adjective(verb: Token, adjectives: frozenset[str]) -> bool:
    """Return True for "are dedicated", "is committed": a listed adjective tagged a passive."""
    be = any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in verb.children)
    return be and verb.tag_ == "VBN" and verb.lower_ in adjectives


def _recognition(clause: Clause, reading: Reading) -> Token | None:
    """ "We were featured in the Evening Gazette", "praised by Bake Weekly": recognition by a
    named outlet, in the passive, is status ("featured on your home screen" is a place)."""
    if not clause.passive or clause.lemma not in reading.lex.recognition_verbs:
        return None
    for prep in (c for c in clause.verb.children if c.dep_ in ("agent", "prep")):
        if any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in prep.children):
            return clause.verb
    return None


def _counts_company(noun: Token, parts: frozenset[str], lex: Lexicon) -> bool:
    """Return True for a noun the company's size is counted in: a company part ("40
    employees"), or whatever a company noun is made of ("a team of 40 bakers")."""
    if noun.lemma_.lower() in parts:
        return True
    of = noun.head
    return of.lower_ == "of" and of.head.lemma_.lower() in lex.company_nouns


def _is_year(token: Token) -> bool:
    return token.like_num and len(token.text) == 4 and token.text[:2] in ("18", "19", "20")


def _tenure(clause: Clause, reading: Reading) -> Token | None:
    """ "We have been baking since 1987", "for over thirty years", "We opened in 1998", "was
    born out of…": the company's history told by how long it has been at it."""
    origin = clause.lemma in reading.lex.origin_verbs
    if origin and clause.verb.lower_ == "born":
        return clause.verb  # "Acme was born out of frustration with paper forms"
    for prep in (c for c in clause.verb.children if c.dep_ == "prep"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if _how_long(prep.lower_, pobj, origin):
                return pobj
    return None


def _how_long(preposition: str, pobj: Token, origin: bool) -> bool:
    """Return True for "since 1987", "in 1998" after a verb of origin, "for thirty years"."""
    if _is_year(pobj):
        return preposition == "since" or origin and preposition == "in"
    counted = any(c.dep_ == "nummod" for c in pobj.children)
    return preposition in ("for", "over") and pobj.lemma_ in ("year", "decade") and counted


def _people_past(clause: Clause, reading: Reading) -> Token | None:
    """ "Our founders previously built two companies", "Our cofounder has run kitchens for
    years": the founders' past, a biography, not the reader's gain. "Our team fixed the export
    bug" (a release note) is not one: only the founders' past is the company's story."""
    subject = clause.subject
    if subject is None or _lemma(subject) not in FOUNDERS:
        return None
    verb = clause.verb
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    if clause.lemma == "be" or clause.passive or not (verb.tag_ == "VBD" or perfect):
        return None
    return verb


def _size(clause: Clause, reading: Reading) -> Token | None:
    """ "Our team of 40 engineers…", "We have offices in five cities", "We employ 200
    people": the company's size, counted in people or premises."""
    lex = reading.lex
    parts = lex.company_parts | lex.people_nouns
    subject = clause.subject
    if subject is not None:
        for token in subject.subtree:
            if token.dep_ == "nummod" and _counts_company(token.head, parts, lex):
                return token
    for obj in clause.objects:
        parts_of = obj.dep_ == "dobj" and obj.lemma_.lower() in lex.company_parts
        if parts_of and _many(obj, clause.verb):
            return obj
    return None


def _many(noun: Token, verb: Token) -> bool:
    """Return True for more premises or people than a shop's practical note gives ("two
    locations: one on Mill Lane…"): a number from five, or places listed ("offices in London,
    Paris and Rome", "in twelve countries")."""
    for child in (*noun.children, *verb.children):
        if child.dep_ == "nummod" and child.head == noun:
            return not child.like_num or _number(child) >= MANY
        if child.dep_ == "prep" and child.lower_ in ("in", "across"):
            places = [g for g in child.children if g.dep_ == "pobj"]
            if any(p.conjuncts or p.tag_ == "NNS" for p in places):
                return True
    return False


def _number(token: Token) -> float:
    """Return the value of a number word or figure ("12", "twelve"), 0 when unknown."""
    words = {"one": 1, "two": 2, "three": 3, "four": 4}
    text = token.lower_.replace(",", "")
    if text in words:
        return words[text]
    try:
        return float(text)
    except ValueError:
        return MANY  # "twelve", "dozens": a number word past the first few


def _pride(clause: Clause, reading: Reading) -> Token | None:
    """ "We are proud", "a bootstrapped, independent team", "happy to announce"."""
    adjectives = reading.lex.self_adjectives
    if _participle_adjective(clause.verb, adjectives):
        return clause.verb  # "We are dedicated to…": the tagger reads the adjective as passive
    for obj in clause.objects:
        if obj.dep_ == "acomp" and (_lemma(obj) in adjectives or obj.lower_ in adjectives):
            return obj
        if obj.dep_ == "attr":
            proud = [m for m in obj.children if m.dep_ == "amod" and m.lower_ in adjectives]
            if proud:
                return proud[0]
        for child in obj.children:
            # "We're happy to announce": a plain adjective governing a self verb.
            if child.dep_ == "xcomp" and _lemma(child) in reading.lex.self_verbs:
                return child
    return None


def _object_topic(clause: Clause, reading: Reading) -> Token | None:
    """A self topic as object or as the object of a preposition ("We raised funding")."""
    topics = reading.lex.self_topics
    if clause.hero != "company" and clause.lemma in reading.lex.working_verbs:
        # "Acme streamlines collaboration": a name doing a product's work on the topic; only
        # its own topic ("elevates its mission") makes it the company's story.
        topics = {t for t in topics if _owned_object(clause, t)}
    for obj in clause.objects:
        if obj.dep_ in ("dobj", "attr") and _lemma(obj) in topics:
            return obj
    for prep in (c for c in clause.verb.children if c.dep_ == "prep"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if _lemma(pobj) in topics:
                return pobj
    return None


def _owned_object(clause: Clause, topic: str) -> bool:
    """Return True when the verb's object is ``topic`` owned by a possessive ("its story")."""
    return any(
        _lemma(obj) == topic and any(c.dep_ == "poss" for c in obj.children)
        for obj in clause.objects
    )


def _award(clause: Clause, reading: Reading) -> Token | None:
    """ "Recognized as the best stock app by…", "was named the top bakery": an award is the
    company's status, whoever gives it (no evidence makes it about the reader)."""
    if clause.lemma not in reading.lex.award_verbs:
        return None
    titles = [c for c in clause.verb.children if c.dep_ in ("oprd", "attr")]
    for prep in (c for c in clause.verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        titles += [c for c in prep.children if c.dep_ == "pobj"]
    for title in titles:
        if any(m.tag_ == "JJS" or m.lower_ in reading.lex.rank_words for m in title.children):
            return clause.verb
    return None


REASONS: tuple[Reason, ...] = (
    Reason("topic", STATUS_HEROES | {"other", "reader"}, _topic_subject),
    Reason("maker", STATUS_HEROES, _maker),
    Reason("capability", COMPANY_HEROES, _capability),
    Reason("headline", frozenset({"other"}), _headline),
    Reason("news", COMPANY_HEROES, _self_verb),
    Reason("history", STATUS_HEROES, _history, reader_cancels=False),
    Reason("history", COMPANY_HEROES, _tenure),
    Reason("history", frozenset({"company"}), _people_past),
    Reason("scale", COMPANY_HEROES, _size),
    Reason("award", STATUS_HEROES, _recognition, reader_cancels=False),
    Reason("status", STATUS_HEROES, _status, reader_cancels=False),
    Reason("award", STATUS_HEROES | {"other"}, _award, reader_cancels=False),
    Reason("praise", STATUS_HEROES, _praise, reader_cancels=False),
    Reason("scale", STATUS_HEROES, _scale, reader_cancels=False),
    Reason("pride", COMPANY_HEROES, _pride),
    Reason("object topic", COMPANY_HEROES, _object_topic),
)
"""The decision table of ``company_reason``, in order: the first row that finds a word wins."""


def _ours(clause: Clause) -> bool:
    """Return True for the company's own thing as subject ("Our app won...")."""
    subject = clause.subject
    return subject is not None and any(
        c.dep_ == "poss" and c.lower_ in COMPANY_PRONOUNS for c in subject.children
    )


def _hero_for_reasons(clause: Clause, reading: Reading) -> str:
    """Return the hero class the table is read with: "our app" speaks for the company, and a
    product known only by its name may be the company's name too ("Acme partners with…")."""
    if clause.hero != "technology":
        return clause.hero
    if _ours(clause):
        return "company"
    subject = clause.subject
    by_name = (
        subject is not None
        and subject.pos_ in ("PROPN", "NOUN")
        and technology_noun(subject, reading) is None
    )
    return "name" if by_name else clause.hero


def company_reason(clause: Clause, reading: Reading) -> tuple[str, Token] | None:
    """Return (kind, word) showing the clause is the company talking about itself, or None."""
    hero = _hero_for_reasons(clause, reading)
    reader = None
    for row in REASONS:
        if hero not in row.heroes:
            continue
        found = row.find(clause, reading)
        if found is None:
            continue
        if row.reader_cancels:
            reader = _reader_in_sentence(clause) if reader is None else reader
            if reader:
                continue
        return row.kind, found
    return None


def _reader_in_sentence(clause: Clause) -> bool:
    """Return True when the reader is in the sentence outside the subject: "We'd be delighted
    to introduce ourselves and show you around" is a promise to the reader ("thank you" is a
    formula, not the reader getting something)."""
    if serves_reader(clause):
        return True
    skip = {t.i for t in clause.subject.subtree} if clause.subject is not None else set()
    return any(
        t.lower_ in READER_PRONOUNS and t.i not in skip and t.head.lemma_.lower() != "thank"
        for t in clause.verb.doc
    )


def company_clause(items: list[Clause], reading: Reading) -> tuple[Clause, str] | None:
    """Return the first clause where the company talks about itself, with the word that shows it."""
    for clause in items:
        found = company_reason(clause, reading)
        if found is not None:
            return clause, found[1].text
        gain = None if reading.quoted else company_gain(clause, reading.lex)
        if gain is not None and not serves_reader(clause):
            return clause, gain.text
    return None


def _self_topic_root(root: Token, reading: Reading, heading: bool) -> Token | None:
    """ "Our passion for privacy.": a self topic the company owns; in a heading it needs no
    "our" ("A Commitment to Quality" heads the company's page)."""
    if _lemma(root) not in reading.lex.self_topics:
        return None
    owners = {c.lower_ for c in root.children if c.dep_ == "poss"}
    return root if owners & COMPANY_PRONOUNS or heading and not owners else None


THANKS = frozenset({"thank", "thanks"})


def _public_thanks(doc) -> tuple[Token, Token] | None:
    """ "A big thank you to everyone who came", "Huge thanks to our partners": thanks as the
    line itself, to someone other than the reader ("Thank you for your order" thanks the
    reader; "Thanks to offline mode, you can…" is a cause, not a line of thanks)."""
    for sentence in doc.sents:
        root = sentence.root
        if root.lower_ not in THANKS:
            continue
        for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "to"):
            if any(g.dep_ == "pobj" and g.lower_ not in READER_PRONOUNS for g in prep.children):
                return root, root
    return None


def _introduced(doc) -> tuple[Token, Token] | None:
    """ "Meet Sam, our new head baker": a name given a new role in the company, news of a
    hire."""
    for token in doc:
        if token.pos_ != "PROPN":
            continue
        for role in (c for c in token.children if c.dep_ == "appos"):
            ours = any(c.dep_ == "poss" and c.lower_ == "our" for c in role.children)
            new = next((c for c in role.children if c.dep_ == "amod" and c.lower_ == "new"), None)
            if ours and new is not None:
                return token, new
    return None


def fragment_span(root: Token, word: Token) -> tuple[Token, Token]:
    """Return the first and last token a fragment finding covers: the head's noun phrase,
    the whole line of thanks ("A big thank you to everyone"), or the person and their new
    role ("Sam, our new head baker")."""
    if root.lower_ in THANKS:
        to = [g for c in root.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        return root.left_edge, to[0] if to else root
    appos = next((c for c in root.children if c.dep_ == "appos" and word in c.subtree), None)
    start = root.doc[root.left_edge.i : root.i + 1]
    first = next((t for t in start if t.pos_ in ("PROPN", "NOUN", "ADJ", "DET")), root)
    if appos is not None:
        return first, appos.right_edge
    return root.left_edge, root


def self_fragment(doc, reading: Reading, heading: bool = False) -> tuple[Token, Token] | None:
    """Return (head noun, telling word) of a verbless line about the company, or None.

    A line (or the text after its label) with no verb whose head is a self topic ("Our
    passion for privacy.") or a ranked noun ("Acme: the first stock app you can run
    anywhere", "The only garage in town that collects your car"), or company news said
    without a verb of its own: public thanks ("Huge thanks to our volunteers") or a person
    introduced in a new role ("Meet Sam, our new head baker").
    """
    news = _public_thanks(doc) or _introduced(doc)
    if news is not None:
        return news
    for sentence in doc.sents:
        root = sentence.root
        if root.pos_ not in ("NOUN", "PROPN"):
            continue
        found = _self_topic_root(root, reading, heading) or ranked(root, reading)
        if found is not None:
            return root, found
    return None
