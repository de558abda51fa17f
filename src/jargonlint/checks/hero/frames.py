"""What every reader-first rewrite shares: a lead (what opens it) and the hero put after it.

"Small bakeries take orders online" + "with" + "our platform"; "You get a free trial" +
"from" + "the platform". The hero keeps its own words; a label the sentence opens with
("Smart reminders: ...") stays in front; and no word of the sentence may be left over.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .clauses import Clause, classify
from .lexicon import Lexicon
from .phrasing import (
    conjoined_verbs,
    has_inner_clause,
    lower_first,
    noun_phrase_tokens,
    tokens_text,
)


@dataclass(frozen=True)
class Lead:
    """What opens a rewrite: its text, the ids of the tokens it used, and its verb."""

    text: str
    ids: set[int]
    verb: Token


def served(noun: Token, lex: Lexicon, skip: frozenset[int] = frozenset()) -> bool:
    """Return True for you or a noun the product serves (teams, bakeries, your website):
    not the technology, not the company (whether it leads well is the gate's question).
    A clause inside the noun's phrase (outside ``skip``) would not survive being moved."""
    if noun.lower_ == "you":
        return True
    if noun.pos_ != "NOUN" or classify(noun, lex) in ("technology", "company"):
        return False
    return not has_inner_clause(noun, set(skip))


def is_person(noun: Token, lex: Lexicon) -> bool:
    """Return True for "you" or a noun the packs list as the reader or the people a product
    serves ("your door" is the reader's, but no one who can get something)."""
    lemma = noun.lemma_.lower()
    return noun.lower_ == "you" or lemma in lex.people_nouns or lemma in lex.reader_nouns


def joiner(verb: Token, lex: Lexicon) -> str:
    """Return "using" when "with X" after this verb would name a partner or "with" is taken."""
    partner = any(v.lemma_.lower() in lex.partner_verbs for v in conjoined_verbs(verb))
    return "using" if partner or any(t.lower_ == "with" for t in verb.subtree) else "with"


def hero_after(clause: Clause, lead: Lead, joiner: str, taken: set[int], work: str = "") -> str:
    """Return "lead joiner hero[, which work]", or "" when a word of the sentence is left out
    or the hero is a pronoun ("with it" needs the sentence before; "we" becomes "us")."""
    subject = clause.subject
    we = subject is not None and subject.lower_ == "we"
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") and not we or we and work:
        return ""  # "with us, which plan ...": a relative clause on "us" reads badly
    hero = noun_phrase_tokens(subject)
    label, rest = split_label(clause.verb.doc, hero[0].i)
    used = taken | lead.ids | {t.i for t in hero} | {t.i for t in label}
    if any(t.i not in used and not t.is_punct for t in rest):
        return ""
    # "we" needs no sentence before it: the writer is "us" wherever the sentence goes.
    named = "us" if we else lower_first(tokens_text(hero), hero[0])
    text = f"{lead.text} {joiner} {named}"
    return labelled(label, f"{text}, which {work}" if work else text)


def split_label(doc: Doc, start: int) -> tuple[list[Token], list[Token]]:
    """Split "Smart reminders: the app ..." into the label (with its colon) and the rest; an
    answer word the sentence opens with ("Yes, the app ...") stays in front the same way."""
    colon = next((t for t in doc[:start] if t.text == ":"), None)
    if colon is None:
        if start >= 2 and doc[0].pos_ == "INTJ" and doc[1].text == ",":
            return list(doc[:2]), list(doc[2:])
        return [], list(doc)
    return list(doc[: colon.i + 1]), list(doc[colon.i + 1 :])


def labelled(label: list[Token], text: str) -> str:
    """Return the text after the label: capitalised as a sentence after a colon, as the
    sentence goes on after an answer word and its comma ("Yes, you ...")."""
    if not label:
        return text
    if label[-1].text == ",":
        return f"{tokens_text(label)} {text}"
    return f"{tokens_text(label)} {text[0].upper()}{text[1:]}"
