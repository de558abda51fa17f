"""Reading a candidate rewrite against its original: grammar, customer-first and faithfulness.

A rewrite is one sentence, or two parts joined by a colon: a label the original opens with
("Smart reminders: ..."), or the news frame ("New: our loyalty card."). Each part is parsed
on its own. The small parser misreads some whole sentences ("Retailers forecast demand" as
one noun phrase, "Book tours" as a noun), so when a part as written shows a problem the
standard substitution tests are tried: its opening noun phrase replaced by a pronoun of the
same number ("They forecast demand"), an instruction read as "You can book tours". The first
reading with no new problem is the part's.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from ...lang.wordforms import lemmas
from .abilities import ABILITY_NOUNS, CAN
from .fidelity import Licence, customer_first_problems, faithful_problems
from .grammar import Part, grammar_problems, text_problems
from .lexicon import Lexicon
from .phrasing import is_plural

NEWS_OPENINGS = ("New", "New today")
"""What the news frame may open with: "New: X", "New today: X"."""
VAGUE_QUANTIFIERS = frozenset(
    {"various", "many", "multiple", "several", "numerous", "all", "every", "diverse", "different"}
)
"""Quantifiers that leave which ones unsaid ("various aspects")."""
VAGUE_PARTS = frozenset({"aspect", "facet", "dimension", "area", "element", "side"})
"""Nouns that name an unspecified part of something ("aspects of your workflow")."""
INHERITABLE = ("agreement", "broken join", "article")
"""Grammar problems an original sentence may hand down: a misparse is not the rewrite's."""

Parse = Callable[[str], Doc]


def problems_of(
    text: str, original: Doc, licence: Licence, lex: Lexicon, parse: Parse
) -> list[str]:
    """Return why a candidate rewrite of ``original`` is not grammatical, customer-first or
    faithful (empty: it is all three)."""
    pieces, news = split_parts(text)
    inherited = {p.lower() for p in grammar_problems(Part(original)) if p.startswith(INHERITABLE)}
    problems = text_problems(text)
    parts = []
    for index, piece in enumerate(pieces[1:] if news else pieces):
        label = index == 0 and not news and original.text.startswith(piece + ":")
        part, found = reading(piece, label or news and index == 0, original, inherited, parse)
        parts.append(part)
        problems += found
    if not news:
        leading = next((p for p in parts if not is_label(p, original)), parts[0])
        problems += customer_first_problems(leading, original, lex)
    if news:
        licence = licence.widened(pieces[0].lower().split() + _news_feelings(original, lex), ())
        problems += news_problems(parts, lex)
    problems += vague_problems(parts)
    licence = give_licence(licence, original, parts, lex)
    licence = ability_licence(licence, original, parts, lex)
    return problems + faithful_problems(original, parts, lex, licence)


def split_parts(text: str) -> tuple[list[str], bool]:
    """Return the colon-separated pieces of a rewrite and whether it is the news frame."""
    pieces = [p.strip() for p in text.rstrip(".!?").split(": ")]
    return pieces, pieces[0] in NEWS_OPENINGS


def written_texts(text: str) -> list[str]:
    """Return the texts ``problems_of`` parses first for a rewrite (each part as written), so
    a caller can parse many rewrites' parts in one batch beforehand."""
    pieces, news = split_parts(text)
    return [piece + "." for piece in (pieces[1:] if news else pieces)]


def reading(
    piece: str, phrase_ok: bool, original: Doc, inherited: set[str], parse: Parse
) -> tuple[Part, list[str]]:
    """Return the part's best reading and the grammar problems it has that the original has not."""
    written = parse(piece + ".")
    first = Part(written, phrase_ok)
    found = [p for p in grammar_problems(first) if p.lower() not in inherited]
    if not found or phrase_ok:
        return first, found
    for text, stands_for, instruction in variants(piece, original):
        part = Part(parse(text), False, written, stands_for, instruction)
        if not [p for p in grammar_problems(part) if p.lower() not in inherited]:
            return part, []
    return first, found


def variants(piece: str, original: Doc) -> list[tuple[str, Token | None, bool]]:
    """Return substitution readings of a part: (text, the noun a pronoun stands for, whether
    it reads an instruction)."""
    found: list[tuple[str, Token | None, bool]] = []
    lower = piece.lower()
    words = lower.split()
    opening = original[0].lower_ if len(original) else ""
    if words and words[0] == opening and _base_verb(opening):
        # The writer's own instruction, kept ("Book unbeatable tours" -> "Book tours").
        found.append((f"You can {lower[:1]}{piece[1:]}.", None, True))
    nouns = [
        t
        for t in original
        if t.pos_ in ("NOUN", "PROPN") and lower.startswith(_phrase(t).lower() + " ")
    ]
    if nouns:
        noun = max(nouns, key=lambda t: len(_phrase(t)))
        pronoun = "They" if is_plural(noun) else "It"
        found.append((f"{pronoun}{piece[len(_phrase(noun)) :]}.", noun, False))
    return found


def _base_verb(word: str) -> bool:
    return word in lemmas(word, "VERB").get("VERB", ())  # remembered on disk


def _phrase(token: Token) -> str:
    return " ".join(token.doc[token.left_edge.i : token.right_edge.i + 1].text.split())


def news_problems(parts: list[Part], lex: Lexicon) -> list[str]:
    """Return why a news body does not read as one piece of news: it says "new" again after
    "New:" ("New: a host of new features"), or it carries a second announcement ("..., with
    the launch of our plan"), which "New:" cannot frame as well."""
    problems = []
    for part in parts:
        for token in part.words:
            if token.lower_ == "new":
                problems.append("repeats “new” after “New:”")
            elif token.pos_ == "NOUN" and token.lemma_.lower() in lex.announce_verbs:
                problems.append(f"a second announcement ({token.text!r}) in the news")
    return problems


def vague_problems(parts: list[Part]) -> list[str]:
    """Return the vague objects a rewrite keeps: an unnamed part of something with a
    quantifier that leaves which ones unsaid ("various aspects of the workflow", "every area
    of your business"). The reader learns nothing from it, so the rewrite is no better than
    the original; a named part ("the invoices of your shop") says what."""
    return [
        f"vague object “{q.text} {t.text}”"
        for part in parts
        for t in part.words
        if t.lemma_.lower() in VAGUE_PARTS and t.pos_ == "NOUN"
        for q in t.children
        if q.lower_ in VAGUE_QUANTIFIERS and q.dep_ in ("amod", "det", "nummod", "quantmod")
    ]


def is_label(part: Part, original: Doc) -> bool:
    """Return True for a part that is the label the original sentence opens with."""
    return part.phrase_ok and original.text.startswith(part.words.text.rstrip(".") + ":")


def _news_feelings(original: Doc, lex: Lexicon) -> list[str]:
    """Return the words of how the company feels about its news ("happy" in "We're happy to
    announce"), and the verb of giving such a feeling controls ("We're excited to offer a new
    class": the offer of something new is news): the frame "New:" replaces them."""
    verbs = lex.announce_verbs | lex.give_verbs
    offered = [
        t.lemma_.lower()
        for t in original
        if t.lemma_.lower() in lex.give_verbs and t.dep_ == "xcomp" and t.head.pos_ == "ADJ"
    ]
    return _feelings(original, verbs) + offered


def _feelings(original: Doc, verbs: frozenset[str]) -> list[str]:
    """Return the adjectives that say how the company feels about doing one of ``verbs``
    ("proud" in "We're proud to offer"): the company's frame, not a fact for the reader."""
    return [
        t.lower_
        for t in original
        if t.pos_ == "ADJ"
        and any(c.dep_ == "xcomp" and c.lemma_.lower() in verbs for c in t.children)
    ]


def give_licence(licence: Licence, original: Doc, parts: list[Part], lex: Lexicon) -> Licence:
    """Return the licence widened for "You get N from X", the converse of "X provides N": the
    verb of giving may go; "get", "from" and the reader as the one who gets may come."""
    gives = {t.lemma_.lower() for t in original if t.lemma_.lower() in lex.give_verbs}
    gets = any("get" in (t.lemma_.lower(), t.lower_.rstrip("s")) for p in parts for t in p.words)
    if not gives or not gets:
        return licence
    feelings = _feelings(original, lex.give_verbs)
    return licence.widened(gives | set(feelings), ("get", "gets", "from", "you", "us"))


def ability_licence(licence: Licence, original: Doc, parts: list[Part], lex: Lexicon) -> Licence:
    """Return the licence widened for "You can V", the same as "X gives you the ability to V":
    the verb of giving and the ability noun may go; "can" and the reader may come. Only when
    the original gives an ability to do something and the rewrite says "can"."""
    nouns = {
        t.lemma_.lower()
        for t in original
        if t.lemma_.lower() in ABILITY_NOUNS
        and any(c.dep_ == "acl" for c in t.children)
        and _given(t, lex)
    }
    says_can = any(t.lower_ == CAN for p in parts for t in p.words)
    if not nouns or not says_can:
        return licence
    gives = {t.lemma_.lower() for t in original if t.lemma_.lower() in lex.give_verbs}
    return licence.widened(gives | nouns, (CAN, "you"))


def _given(noun: Token, lex: Lexicon) -> bool:
    """Return True for the object of a verb of giving, or of its "with" ("provides teams with
    the ability")."""
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else noun.head
    return noun.dep_ in ("dobj", "pobj") and head.lemma_.lower() in lex.give_verbs
