"""Whether a rewrite is grammatical English: whole, balanced, in agreement, joined right.

Checked on a fresh parse of each part of the rewrite (``Part``); every check returns the
problems it found, so a test or a curious writer can see why a rewrite was held back.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .phrasing import is_plural

# Closed-class grammar the checks reason with (dependency labels, Penn tags, function words).
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})
TAG_CLASS = {"VB": "base", "VBP": "base", "VBZ": "s", "VBD": "past", "VBG": "ing", "VBN": "en"}
DANGLING_POS = frozenset({"ADP", "CCONJ", "SCONJ", "DET"})
DANGLING_DEPS = frozenset({"prep", "cc", "det", "mark", "poss", "aux", "case"})
SINGULAR_PRONOUNS = frozenset({"he", "she", "it", "this", "that", "everyone", "everybody"})
RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})
PAIRS = (("(", ")"), ("[", "]"), ("{", "}"), ("\u201c", "\u201d"))


@dataclass(frozen=True)
class Part:
    """One colon-separated part of a rewrite, parsed.

    ``doc`` is the reading the checks use: the part as written or, when the small parser
    misreads it, the same words after a standard substitution test (its opening noun phrase
    replaced by "They" or "It", or an instruction read as "You can ..."). ``written`` is the
    part as written (its words are what the faithfulness check counts).
    """

    doc: Doc
    phrase_ok: bool = False
    written: Doc | None = None
    stands_for: Token | None = None
    """The original's noun that the pronoun opening ``doc`` replaces, if any."""
    instruction: bool = False
    """True when ``doc`` reads the part as an instruction ("You can ...")."""

    @property
    def words(self) -> Doc:
        """Return the part as written."""
        return self.written if self.written is not None else self.doc


# --- the checks ---------------------------------------------------------------------


def text_problems(text: str) -> list[str]:
    """Return problems visible in the text itself: edges, spacing, brackets and quotes."""
    problems = []
    if (
        not text
        or not (text[0].isupper() or text[0].isdigit())
        or not text.endswith((".", "!", "?"))
    ):
        problems.append("not a sentence: capital first, full stop last")
    if any(bad in text for bad in ("  ", " ,", ",,", ", .", "..", " .", ":.")):
        problems.append("broken punctuation")
    for opening, closing in PAIRS:
        if text.count(opening) != text.count(closing):
            problems.append(f"unbalanced {opening}{closing}")
    if text.count('"') % 2:
        problems.append('unbalanced "')
    words = text.lower().split()
    if any(a == b and a.isalpha() for a, b in zip(words, words[1:], strict=False)):
        problems.append("a word repeated")
    return problems


def grammar_problems(part: Part) -> list[str]:
    """Return the grammar problems of one parsed part: wholeness, agreement, joins, ends."""
    doc = part.doc
    roots = [t for t in doc if t.head.i == t.i]
    if len(roots) != 1:
        return ["more than one sentence"]
    problems = [] if _whole(roots[0], part.phrase_ok) else ["not a whole clause"]
    problems += [f"agreement: {s.text} {v.text}" for s, v in _disagreements(doc)]
    problems += [f"broken join: {t.head.text} and {t.text}" for t in _bad_joins(doc)]
    problems += _article_problems(doc)
    last = next((t for t in reversed(doc) if not t.is_punct), None)
    if last is not None and _dangles(last):
        problems.append(f"stops mid-phrase at {last.text!r}")
    return problems


def _whole(root: Token, phrase_ok: bool) -> bool:
    """Return True for a clause with a finite verb and its subject, or an imperative."""
    if root.pos_ in ("NOUN", "PROPN") and phrase_ok:
        return True
    if root.pos_ not in ("VERB", "AUX"):
        return False
    subject = any(c.dep_ in SUBJECT_DEPS for c in root.children)
    finite = root.tag_ in FINITE_TAGS | {"VB"} or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in root.children
    )
    return (subject and finite) or is_imperative(root)


def is_imperative(root: Token) -> bool:
    """Return True for a base-form verb with no subject and no "to": an instruction."""
    return (
        root.tag_ == "VB"
        and not any(c.dep_ in SUBJECT_DEPS for c in root.children)
        and not any(c.dep_ == "aux" for c in root.children)
    )


def _number(subject: Token) -> str | None:
    """Return "plural", "singular" or None (unknown) for a subject."""
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        subject = subject.head.head
    if is_plural(subject):
        return "plural"
    if subject.tag_ in ("NN", "NNP") or subject.lower_ in SINGULAR_PRONOUNS:
        return "singular"
    return None


def _finite(verb: Token) -> Token | None:
    """Return the word that carries a clause's number: the verb or its auxiliary."""
    if verb.tag_ in ("VBZ", "VBP", "VB"):
        return verb  # a base form with a subject is read as present ("they add")
    auxiliaries = ("aux", "auxpass")
    return next(
        (c for c in verb.children if c.dep_ in auxiliaries and c.tag_ in ("VBZ", "VBP")), None
    )


def _disagreements(doc: Doc) -> list[tuple[Token, Token]]:
    """Return (subject, verb) pairs whose number disagrees ("teams collaborates")."""
    found = []
    for token in doc:
        if token.dep_ not in ("nsubj", "nsubjpass") or token.lower_ == "i":
            continue
        finite = _finite(token.head)
        number = _number(token)
        if finite is None or number is None:
            continue
        if (number == "plural") != (finite.tag_ in ("VBP", "VB")):
            found.append((token, finite))
    return found


def _bad_joins(doc: Doc) -> list[Token]:
    """Return conjoined verbs whose form differs from the verb they join ("track and to plan")."""
    found = []
    for token in doc:
        head = token.head
        if token.dep_ != "conj" or token.pos_ != "VERB" or head.pos_ != "VERB":
            continue
        same_form = TAG_CLASS.get(token.tag_) == TAG_CLASS.get(head.tag_)
        own_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        head_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
        if not same_form or own_to and not head_to:
            found.append(token)
    return found


def _article_problems(doc: Doc) -> list[str]:
    """Return "a"/"an" before the wrong sound, read from the next word's spelling."""
    problems = []
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if token.lower_ not in ("a", "an") or not following.is_alpha or following.is_upper:
            continue
        vowel, first = _vowel(following.lower_), following.lower_[0]
        if token.lower_ == "a" and vowel or token.lower_ == "an" and first not in "aeiouh":
            problems.append(f"article: {token.text} {following.text}")
    return problems


YOO_SPELLINGS = ("uni", "us", "ut")
"""Openings spelt with "u" that sound "you" ("a unit", "a user", "a utility")."""


def _vowel(word: str) -> bool:
    """Return True when a lower-case word opens with a vowel sound, read from its spelling."""
    first = word[:1]
    return first in "aeio" and first != "" or first == "u" and not word.startswith(YOO_SPELLINGS)


def article_for(word: str) -> str:
    """Return "an" before a word that opens with a vowel sound, else "a"."""
    return "an" if word.isalpha() and not word.isupper() and _vowel(word.lower()) else "a"


def _dangles(last: Token) -> bool:
    """Return True when the last word needs words after it (a preposition, "and", "the")."""
    if last.dep_ == "prt" or any(True for _ in last.children):
        return False
    return last.pos_ in DANGLING_POS or last.dep_ in DANGLING_DEPS or last.lower_ == "to"
