"""Three of the four checks a rewrite must pass, on parses: grammatical, faithful, customer-first.

The fourth (clean: the rewrite, linted with the same rules, gives no finding) needs the linter
and lives in ``gate.py``. Each check returns the problems it found (empty: the rewrite passes),
so a test or a curious writer can see why a rewrite was held back.

A rewrite is a sentence in one or two parts joined by a colon ("Drivers spend less time on the
road: our engine optimizes your routes." or "New: our loyalty card."); each part is parsed on
its own, which the small parser reads far better than the joined sentence.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .clauses import classify
from .lexicon import READER_PRONOUNS, Lexicon
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
NEWS_OPENING = "new"
FRAME_WORDS = frozenset({"with", "using", "which", NEWS_OPENING})
"""The only words a rewrite frame may add: "V ... with X, which ...", "using X", "New: X"."""
CONTENT_POS = frozenset({"NOUN", "PROPN", "NUM", "ADJ", "ADV", "VERB"})


@dataclass(frozen=True)
class Licence:
    """Words a rewrite may drop or add beyond its frame: a cut claim, swapped plain words."""

    dropped: frozenset[str] = field(default_factory=frozenset)
    added: frozenset[str] = field(default_factory=frozenset)
    swapped_verbs: tuple[tuple[str, str], ...] = ()
    """(original lemma, plain lemma) of verbs swapped for plain ones: leverage -> use."""

    def widened(self, dropped: Iterable[str], added: Iterable[str], verbs=()) -> Licence:
        """Return this licence with more words allowed to go and to come."""
        return Licence(
            self.dropped | {w.lower() for w in dropped},
            self.added | {w.lower() for w in added},
            self.swapped_verbs + tuple(verbs),
        )


@dataclass(frozen=True)
class Part:
    """One colon-separated part of a rewrite, parsed, and whether it may be a noun phrase."""

    doc: Doc
    phrase_ok: bool = False


# --- grammatical -------------------------------------------------------------------------


def text_problems(text: str) -> list[str]:
    """Return problems visible in the text itself: edges, spacing, brackets and quotes."""
    problems = []
    if not text or not text[0].isupper() or not text.endswith((".", "!", "?")):
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
    finite = root.tag_ in FINITE_TAGS or any(
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
    if verb.tag_ in ("VBZ", "VBP"):
        return verb
    return next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")), None)


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
        if (number == "plural") != (finite.tag_ == "VBP"):
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
        first = following.lower_[0]
        vowel = first in "aeio" or first == "u" and not following.lower_.startswith(("uni", "us", "ut"))
        if token.lower_ == "a" and vowel or token.lower_ == "an" and first not in "aeiouh":
            problems.append(f"article: {token.text} {following.text}")
    return problems


def _dangles(last: Token) -> bool:
    """Return True when the last word needs words after it (a preposition, "and", "the")."""
    if last.dep_ == "prt" or any(True for _ in last.children):
        return False
    return last.pos_ in DANGLING_POS or last.dep_ in DANGLING_DEPS or last.lower_ == "to"


# --- customer-first ----------------------------------------------------------------------


def customer_first_problems(first: Part, original: Doc, lex: Lexicon) -> list[str]:
    """Return a problem unless the reader, or what the reader gets, opens the rewrite.

    That is an instruction to the reader; "you", "your X", a reader noun or the people a
    product serves as the subject; or the subject the original itself gave the outcome to
    (the people an outcome verb enables, the subject of a "so" clause). News ("New: X") is
    checked by the gate, which knows the frame.
    """
    doc = first.doc
    root = next(t for t in doc if t.head.i == t.i)
    if root.pos_ in ("VERB", "AUX") and is_imperative(root):
        return []
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and (
        _is_reader(subject, lex) or subject.lemma_.lower() in beneficiaries(original, lex)
    ):
        return []
    opening = subject.text if subject is not None else root.text
    return [f"opens with \u201c{opening}\u201d, not the reader or what the reader gets"]


def _is_reader(subject: Token, lex: Lexicon) -> bool:
    """Return True for you, your X, a reader noun, or the people a product serves."""
    hero = classify(subject, lex)
    if hero in ("company", "technology"):
        return False  # "our team", "the app": the company and its product
    lemma = subject.lemma_.lower()
    return hero == "reader" or lemma in lex.people_nouns or lemma in lex.reader_nouns


def beneficiaries(original: Doc, lex: Lexicon) -> set[str]:
    """Return who the original sentence gives the outcome to, as lower-case lemmas.

    The subject of a "so" clause ("so drivers spend less time"), and the people an outcome
    verb enables to act: to do something to something ("enables small bakeries to take
    orders"), which takes someone who acts; "enables data to flow" names no one.
    """
    found = set()
    for token in original:
        if token.dep_ == "advcl" and any(c.lower_ == "so" for c in token.children):
            found |= {c.lemma_.lower() for c in token.children if c.dep_ == "nsubj"}
        if token.lemma_.lower() in lex.give_verbs:
            found |= _recipients(token)
        if token.lemma_.lower() not in lex.outcome_verbs:
            continue
        for complement in (c for c in token.children if c.dep_ in ("ccomp", "xcomp")):
            if not any(c.dep_ == "dobj" for c in complement.children):
                continue
            doers = [c for c in complement.children if c.dep_ == "nsubj"]
            doers += [c for c in token.children if c.dep_ in ("dobj", "dative")]
            found |= {d.lemma_.lower() for d in doers}
    return found


def _recipients(verb: Token) -> set[str]:
    """Return who a verb of giving gives to: "provides developers N", "N to developers",
    "developers with N"."""
    found = {c.lemma_.lower() for c in verb.children if c.dep_ == "dative"}
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ in ("to", "for"):
            found |= {c.lemma_.lower() for c in prep.children if c.dep_ == "pobj"}
        if prep.lower_ == "with":
            found |= {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
    return found


# --- faithful ----------------------------------------------------------------------------


def faithful_problems(
    original: Doc, parts: list[Doc], lex: Lexicon, licence: Licence
) -> list[str]:
    """Return what the rewrite dropped, added or handed to someone else.

    Kept: every number, every name and every content word, except the frame's own words
    (lex: outcome verbs, self adjectives, announce verbs) and what the licence lets go.
    Added: nothing but the frame words and swapped plain words. Who does what: a verb kept
    in the rewrite has the same doer as in the original (the reader is never handed the
    product's work).
    """
    words = _words(parts)
    droppable = lex.outcome_verbs | lex.self_adjectives | lex.announce_verbs | licence.dropped
    problems = []
    for token in original:
        if _must_keep(token, droppable) and not _kept(token, words):
            problems.append(f"dropped {token.text!r}")
    before = _words([original])
    allowed = FRAME_WORDS | licence.added
    for doc in parts:
        for token in doc:
            if token.is_alpha and not _kept(token, before) and token.lower_ not in allowed:
                problems.append(f"added {token.text!r}")
    return problems + _role_problems(original, parts, licence)


def _words(docs: Iterable[Doc]) -> set[str]:
    return {w for doc in docs for t in doc for w in (t.lower_, t.lemma_.lower())}


def _must_keep(token: Token, droppable: frozenset[str]) -> bool:
    """Return True for a number, a name or a content word the frame does not own."""
    if token.lower_ in droppable or token.lemma_.lower() in droppable:
        return False
    if any(ch.isdigit() for ch in token.text) or token.like_num:
        return True
    if token.pos_ == "PROPN" or token.tag_ in ("NNP", "NNPS"):
        return token.is_alpha or any(ch.isalpha() for ch in token.text)
    return token.pos_ in CONTENT_POS and not token.is_stop and any(c.isalpha() for c in token.text)


def _kept(token: Token, words: set[str]) -> bool:
    return token.lower_ in words or token.lemma_.lower() in words


def doer(verb: Token) -> str | None:
    """Return who does a verb, as a lower-case lemma ("you" for an instruction), or None.

    English control: after "enable/let/help P to V" P does V; "to V" with no object of its
    own is done by the subject; a conjunct, a purpose clause and "by V-ing" share the doer of
    the verb they hang on.
    """
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            subject = verb.head
        return subject.lemma_.lower()
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None  # passive: the doer is the agent, if named at all
    head = verb.head
    if verb.dep_ in ("xcomp", "ccomp"):
        obj = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
        return obj.lemma_.lower() if obj is not None else doer(head)
    if verb.dep_ in ("conj", "advcl") and head.pos_ in ("VERB", "AUX"):
        return doer(head)
    if verb.dep_ == "pcomp" and head.lower_ == "by":
        return doer(head.head)
    if head.i == verb.i and is_imperative(verb):
        return "you"
    return None


def _doers(docs: Iterable[Doc]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for doc in docs:
        for token in doc:
            if token.pos_ == "VERB":
                who = doer(token)
                if who is not None:
                    found.setdefault(token.lemma_.lower(), set()).add(who)
    return found


def _role_problems(original: Doc, parts: list[Doc], licence: Licence) -> list[str]:
    """Return the verbs whose doer changed between the original and the rewrite."""
    before = _doers([original])
    for old, new in licence.swapped_verbs:
        if old in before:
            before.setdefault(new, set()).update(before[old])
    problems = []
    for lemma, who in _doers(parts).items():
        if lemma in before and not who & before[lemma]:
            problems.append(
                f"{lemma!r} is done by {'/'.join(sorted(who))}, not {'/'.join(sorted(before[lemma]))}"
            )
    return problems
