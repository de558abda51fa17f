"""Targeted advice for a tech-hero or company-centric sentence no rewrite could fix safely.

Advice names the hero and what it does, quotes the reader's outcome when the sentence has
one, asks the question the writer must answer and gives a fill-in template, for example:
"“Our algorithm” is the hero here and “analyzes your biometrics” its capability; the reader is
missing. What do your customers get when our algorithm analyzes their biometrics? Fill in:
“You ___ — our algorithm analyzes your biometrics for you.”"
"""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import Clause
from .lexicon import Lexicon
from .news import announcing, news_body
from .phrasing import lower_first, noun_phrase_tokens, tokens_text, trim, verb_form

MAX_OBJECT_WORDS = 8
"""An object longer than this is cut to its noun phrase, so the advice stays readable."""
OBJECT_DEPS = frozenset({"dobj", "attr", "dative", "prt", "oprd", "xcomp", "ccomp"})
RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})
"""A relative clause's subject stands for the noun the clause hangs on."""
OWN_TO_THEIR = {"your": "their", "yours": "theirs", "you": "them", "yourself": "themselves"}
"""The writer asks about the customer, so the reader's words turn third person in questions."""


def tech_advice(clause: Clause, outcome: str | None = None) -> str:
    """Return advice naming the hero and its capability, with a question and a template.

    ``outcome`` is the reader's outcome the sentence already states ("drivers spend less
    time on the road"), if any.
    """
    hero = _hero(clause.subject, "the product", verb=clause.verb)
    capability = _capability(clause.verb)
    named = _hero(clause.subject, "The product", False, clause.verb)
    text = (
        f"\u201c{named}\u201d is the hero here and \u201c{capability}\u201d its capability; "
        "the reader is missing."
    )
    if outcome:
        return (
            f"{text} The outcome is already here, \u201c{outcome}\u201d: open with it. "
            f"How does {hero} get them there, in words they use? "
            f"Fill in: \u201c{outcome[:1].upper()}{outcome[1:]} \u2014 ___ (what {hero} does, "
            "in plain words).\u201d"
        )
    question = _third_person(f"{hero} {capability}")
    return (
        f"{text} What do your customers get when {question}? "
        f"Fill in: \u201cYou ___ \u2014 {hero} {capability} for you.\u201d"
    )


def company_advice(clause: Clause, reason: str, lex: Lexicon, outcome: str | None = None) -> str:
    """Return advice naming what the company says of itself, with a question and a template;
    ``outcome`` is the reader's outcome the sentence states, if any ("shops sell online")."""
    hero = _hero(clause.subject, "the company", lower=False)
    text = f"\u201c{hero}\u201d is the hero here, talking about itself (\u201c{reason}\u201d)."
    if outcome:
        return (
            f"{text} The outcome is already here, \u201c{outcome}\u201d: open with it. "
            "How do you get them there, in words they use? "
            f"Fill in: \u201c{outcome[:1].upper()}{outcome[1:]} \u2014 ___ (what you do, in "
            "plain words).\u201d"
        )
    news = _announced(clause, lex)
    if news:
        return (
            f"{text} What can your customers do with {news} that they could not do before? "
            f"Fill in: \u201cNew: {news} \u2014 you ___.\u201d"
        )
    return (
        f"{text} {_company_question(reason, lex)} Say that, with the reader as the subject, or "
        "cut the sentence. Fill in: \u201cYou ___.\u201d (what the reader gets, in their words)"
    )


def _company_question(reason: str, lex: Lexicon) -> str:
    """Return the question a company sentence leaves open, by what it says of the company."""
    word = reason.lower()
    if word in lex.self_adjectives:
        return f"\u201c{reason}\u201d is how the company feels: what changes for the customer?"
    if word in lex.self_topics:
        return f"What will a customer notice because of this {word}?"
    if word in lex.self_nouns | lex.company_nouns:
        return "What does a customer get from you that they would not get elsewhere?"
    return "Why would a customer care, and what do they get from it?"


def _hero(
    subject: Token | None, fallback: str, lower: bool = True, verb: Token | None = None
) -> str:
    """Return the hero's words; for a feature line with no subject, the label that names the
    feature ("Stock sync: Leverages your till data ..."), else the fallback."""
    if subject is None:
        label = _label_before(verb) if verb is not None else ""
        return label or fallback
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        subject = subject.head.head  # "a tool that streamlines ...": the tool is the hero
    words = noun_phrase_tokens(subject)
    text = tokens_text(words)
    return lower_first(text, words[0]) if lower else text


def _label_before(verb: Token) -> str:
    colon = next((t for t in verb.doc[: verb.i] if t.text == ":"), None)
    return tokens_text(verb.doc[: colon.i]) if colon is not None and colon.i > 0 else ""


def _capability(verb: Token) -> str:
    """Return "analyzes your biometrics": the verb in the -s form and its object."""
    word = verb.text if verb.tag_ == "VBZ" else verb_form(verb, "VBZ")
    parts = [word.lower() if word[:1].isupper() and word[1:].islower() else word]
    for child in verb.children:
        if child.dep_ not in OBJECT_DEPS or child.i < verb.i:
            continue
        words = trim(list(child.subtree))
        if len(words) > MAX_OBJECT_WORDS:
            words = noun_phrase_tokens(child)
        parts.append(tokens_text(words))
    shared = _shared_object_verb(verb) if len(parts) == 1 else None
    if shared is not None:  # "streamlines and accelerates the lifecycle"
        parts.append(f"and {_capability(shared)}")
    elif len(parts) == 1:  # a misparsed feature line: the words up to the next clause
        parts.append(tokens_text(_next_words(verb)))
    return " ".join(p for p in parts if p)


def _shared_object_verb(verb: Token) -> Token | None:
    """Return the verb conjoined after this one that carries the object both share."""
    conjoined = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if conjoined is None or not any(c.dep_ in OBJECT_DEPS for c in conjoined.children):
        return None
    return conjoined


def _next_words(verb: Token) -> list[Token]:
    words = []
    for token in verb.doc[verb.i + 1 : verb.i + 1 + MAX_OBJECT_WORDS]:
        if token.is_punct or token.lower_ == "to" or token.dep_ in ("mark", "cc"):
            break
        words.append(token)
    return words


def _announced(clause: Clause, lex: Lexicon) -> str | None:
    """Return what an announcement presents ("our loyalty card"), when it is something a
    customer can use (not a person, funding or the company itself)."""
    verb = announcing(clause, lex)
    obj = None if verb is None else next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or news_body(verb, lex) is None:
        return None
    words = trim(list(obj.subtree))  # "the launch of our app", not just "the launch"
    return tokens_text(words if len(words) <= MAX_OBJECT_WORDS else noun_phrase_tokens(obj))


def _third_person(text: str) -> str:
    return " ".join(OWN_TO_THEIR.get(w.lower(), w) for w in text.split())
