"""Whether a document explains a term where it uses it ("a webhook is...", "latency, the delay").

The cue words (what opens an explanation, which verbs define, which words name) are the pack's
data (``definition-cues``); punctuation, quotes and the copula stay here as grammar.
"""

from __future__ import annotations

from dataclasses import dataclass

COPULA = frozenset({"is", "are", "'s"})
"""Forms of "to be" that start "X is a ..." (closed class)."""
DETERMINERS = frozenset({"a", "an", "the", "so"})
"""Words skipped between a naming word and the term ("called a webhook"; closed class)."""
QUOTES = frozenset({'"', "'", "“", "”", "‘", "’", "*", "_"})
DASHES = frozenset({"—", "–", "-", "--", ":"})
MIN_PAREN_WORDS = 2
"""A parenthesis with fewer words is an abbreviation ("single sign-on (SSO)"), not a gloss."""


def _words(options: dict, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in options.get(key, ()))


@dataclass(frozen=True)
class ExplanationCues:
    """The words that show a term is being explained where it stands."""

    openers: frozenset[str] = frozenset()
    """Words that open an explanation after a comma or dash ("latency, the delay...")."""
    copula_openers: frozenset[str] = frozenset()
    """Words after "is/are" that start a definition ("a webhook is an automatic message")."""
    defining_verbs: frozenset[str] = frozenset()
    """Verbs right after the term that define it ("latency means...")."""
    naming: tuple[tuple[str, ...], ...] = ()
    """Words right before the term that name it ("called a webhook", "known as latency")."""

    @classmethod
    def from_options(cls, options: dict) -> ExplanationCues:
        """Return the cues of a rule's ``definition-cues`` option."""
        cues = options.get("definition-cues", {})
        naming = tuple(tuple(w.lower().split()) for w in cues.get("naming", ()))
        return cls(
            _words(cues, "openers"),
            _words(cues, "copula-openers"),
            _words(cues, "defining-verbs"),
            naming,
        )


CUES_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        key: {"type": "array", "items": {"type": "string", "minLength": 1}, "uniqueItems": True}
        for key in ("openers", "copula-openers", "defining-verbs", "naming")
    },
}
"""JSON Schema of the ``definition-cues`` option."""


NOT_A_GLOSS = frozenset(
    ["also", "available", "beta", "coming", "e.g.", "eg", "excluding", "for", "if", "including"]
    + ["just", "new", "not", "only", "optional", "please", "see", "soon", "when", "with"]
    + ["without"]
)
"""Words that open an aside, not an explanation: a note ("just update the labels"), a
condition ("if enabled"), an example ("e.g. ..."), a status ("beta", "coming soon")."""


def _words_in_parenthesis(doc, start: int) -> int:
    count = 0
    for token in doc[start:]:
        if token.text == ")":
            break
        count += token.is_alpha
    return count


def _glosses(doc, start: int) -> bool:
    """Return True when the parenthesis opening at ``start`` reads as an explanation: a few
    words that do not open a note, a condition, an example or an order to the reader."""
    if _words_in_parenthesis(doc, start) < MIN_PAREN_WORDS:
        return False
    first = doc[start].lower_ if start < len(doc) else ""
    if first in NOT_A_GLOSS:
        return False
    second = doc[start + 1].lower_ if start + 1 < len(doc) else ""
    return not _imperative(first, second)


OBJECT_OPENERS = DETERMINERS | frozenset(["it", "them", "this", "these", "those", "your", "our"])
"""Words that open the object of an order ("update it", "click the button"; closed class)."""


def _imperative(word: str, following: str) -> bool:
    """Return True when a parenthesis opens with an order to the reader: a bare verb that is
    no noun or adjective ("click"), or any bare verb before its object ("update it")."""
    from ...lang.wordforms import lemmas

    if word not in lemmas(word, "VERB").get("VERB", ()):
        return False
    if following in OBJECT_OPENERS:
        return True
    return not lemmas(word, "NOUN") and not lemmas(word, "ADJ")


def _explained_after(doc, end: int, cues: ExplanationCues) -> bool:
    """Return True when the words after the term explain it: a parenthesis of a few words, an
    appositive or dash that opens with an explaining word, "X is a...", "X means..."."""
    after = [t for t in doc[end : end + 4] if t.text not in QUOTES]
    if not after:
        return False
    first = after[0].text.lower()
    second = after[1].text.lower() if len(after) > 1 else ""
    checks = (
        first == "(" and _glosses(doc, after[0].i + 1),
        first == "," and second in cues.openers,
        first in DASHES and bool(after[0].whitespace_) and second in cues.openers | {"it"},
        first in COPULA and second in cues.copula_openers,
        first in cues.defining_verbs,
        first in ("(", ",") and second in ("aka", "also"),
    )
    return any(checks)


def _named_before(doc, start: int, cues: ExplanationCues) -> bool:
    """Return True when a naming word comes just before the term ("called a webhook")."""
    before = [t.lower_ for t in doc[max(start - 4, 0) : start] if t.text not in QUOTES]
    while before and before[-1] in DETERMINERS:
        before.pop()
    return any(tuple(before[-len(words) :]) == words for words in cues.naming if before)


def is_defined_at(doc, start: int, end: int, cues: ExplanationCues) -> bool:
    """Return True when the tokens ``start:end`` of ``doc`` are explained right where they stand."""
    return _explained_after(doc, end, cues) or _named_before(doc, start, cues)


def is_acronym_expansion(doc, end: int) -> bool:
    """Return True when the term is followed by an acronym in parentheses: it is that acronym's
    own expansion ("single sign-on (SSO)"), which the acronym rule looks after. A capitalised
    term may stand inside the expansion, before more of its capitalised words ("the Budget
    Reconciliation Act (BRA)"): it is part of that name."""
    if end < len(doc) and doc[end - 1].text[:1].isupper():
        while end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper():
            end += 1
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return False
    letters = doc[end + 1].text
    capitals = sum(ch.isupper() for ch in letters)
    return capitals >= 2 and capitals * 2 >= sum(ch.isalpha() for ch in letters)
