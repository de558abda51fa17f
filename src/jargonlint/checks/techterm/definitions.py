"""Whether a document explains a term where it uses it ("a webhook is...", "latency, the delay")."""

from __future__ import annotations

# Words that open an explanation right after the term: "latency, the delay between...",
# "webhooks, which are...", "a sandbox, meaning...".
APPOSITIVE_OPENERS = frozenset(
    {
        "a",
        "an",
        "the",
        "which",
        "meaning",
        "or",
        "i.e.",
        "ie",
        "that",
        "where",
        "also",
        "basically",
        "simply",
        "in",
    }
)
# After "is"/"are": "a webhook is an automatic message", "latency is how long...".
COPULA = frozenset({"is", "are", "'s"})
COPULA_OPENERS = frozenset(
    {
        "a",
        "an",
        "the",
        "what",
        "how",
        "when",
        "where",
        "like",
        "just",
        "simply",
        "basically",
        "one",
        "any",
    }
)
DEFINING_VERBS = frozenset({"means", "mean", "refers", "describes", "stands"})
NAMING_WORDS = frozenset({"called", "named", "dubbed", "termed"})
DETERMINERS = frozenset({"a", "an", "the", "so"})
QUOTES = frozenset({'"', "'", "“", "”", "‘", "’", "*", "_"})
DASHES = frozenset({"—", "–", "-", "--", ":"})
MIN_PAREN_WORDS = 2
"""A parenthesis with fewer words is an abbreviation ("single sign-on (SSO)"), not a gloss."""


def _words_in_parenthesis(doc, start: int) -> int:
    count = 0
    for token in doc[start:]:
        if token.text == ")":
            break
        count += token.is_alpha
    return count


def is_defined_at(doc, start: int, end: int) -> bool:
    """Return True when the tokens ``start:end`` of ``doc`` are explained right where they stand.

    Recognised: a parenthesis of a few words after the term, an appositive or dash that opens
    with an explaining word, "X is a/the...", "X means...", and "... called X" before it.
    """
    after = [t for t in doc[end : end + 4] if t.text not in QUOTES]
    if after:
        first = after[0].text.lower()
        second = after[1].text.lower() if len(after) > 1 else ""
        if first == "(" and _words_in_parenthesis(doc, after[0].i + 1) >= MIN_PAREN_WORDS:
            return True
        if first == "," and second in APPOSITIVE_OPENERS:
            return True
        if first in DASHES and after[0].whitespace_ and second in APPOSITIVE_OPENERS | {"it"}:
            return True
        if first in COPULA and second in COPULA_OPENERS:
            return True
        if first in DEFINING_VERBS:
            return True
        if first in ("(", ",") and second in ("aka", "also"):
            return True
    before = [t.lower_ for t in doc[max(start - 3, 0) : start] if t.text not in QUOTES]
    while before and before[-1] in DETERMINERS:
        before.pop()
    if before and before[-1] in NAMING_WORDS:
        return True
    return len(before) >= 2 and before[-2:] == ["known", "as"]
