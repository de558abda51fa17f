"""The tech-term glossary: entries by domain, the spellings each is matched in, and the words
around a match that show a literal, everyday sense ("for instance", "a firm handshake").

The pack groups its glossary by domain (security and privacy, networking, data platforms…),
each written from general knowledge of that domain; a plain list is accepted too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import product
from typing import TYPE_CHECKING

from ...lang.phrases import word_after, word_before
from ...lang.wordforms import inflections, oov_inflections
from ...packs.model import Rule

if TYPE_CHECKING:
    from spacy.tokens import Span


@dataclass(frozen=True)
class GlossaryEntry:
    """One glossary term, the plain words a shop owner would understand, and its guards."""

    rule: Rule | None
    """The glossary rule that reports it (None when that rule is not selected)."""
    term: str
    plain: str
    domain: str = ""
    not_before: frozenset[str] = frozenset()
    """Words right after the term that show an everyday sense ("beta carotene")."""
    not_after: frozenset[str] = frozenset()
    """Words right before the term that show an everyday sense ("for instance")."""

    def literal_at(self, span: Span) -> bool:
        """Return True when the words around the match show the everyday sense."""
        before = word_before(span.doc, span.start)
        after = word_after(span.doc, span.end)
        return (before is not None and before.lower_ in self.not_after) or (
            after is not None and after.lower_ in self.not_before
        )


def domain_entries(glossary: list | dict) -> Iterator[tuple[str, dict]]:
    """Yield ``(domain, raw entry)`` from a glossary given as a list or grouped by domain."""
    if isinstance(glossary, dict):
        for domain, entries in glossary.items():
            for raw in entries:
                yield domain, raw
    else:
        for raw in glossary:
            yield "", raw


def entries_for(
    rule: Rule | None, glossary: Iterable[dict], audience: str
) -> Iterator[GlossaryEntry]:
    """Yield the glossary lexicon's entries that speak to the audience, reported by ``rule``
    (None when the glossary rule is not selected: its terms are still matched and stems)."""
    for raw in glossary:
        if raw.get("audiences") and audience not in raw["audiences"]:
            continue
        yield GlossaryEntry(
            rule,
            raw["term"],
            raw["plain"],
            raw.get("domain", ""),
            frozenset(w.lower() for w in raw.get("not-before", ())),
            frozenset(w.lower() for w in raw.get("not-after", ())),
        )


def _forms(word: str) -> list[str]:
    """Return the lower-case forms of the last word of a term (plural, verb forms)."""
    lower = word.lower()
    forms = {lower}
    found = inflections(lower)
    if not found:
        found = {**oov_inflections(lower, "NOUN"), **oov_inflections(lower, "VERB")}
    for values in found.values():
        forms.update(v.lower() for v in values)
    return sorted(forms)


def glossary_variants(term: str) -> list[str]:
    """Return every spelling a glossary term is matched in: each form of its last word, and
    each hyphen written or left out ("multi-factor" and "multi factor")."""
    words = term.split(" ")
    head, last = words[:-1], words[-1]
    lasts = [last]
    if last.isalpha():
        lasts = _forms(last)
    elif "-" in last and last.replace("-", "").isalpha():
        stem, _, tail = last.rpartition("-")
        lasts = [f"{stem}-{form}" for form in _forms(tail)]
    variants: set[str] = set()
    for form in lasts:
        pieces = " ".join([*head, form]).split("-")
        # A hyphen is optional: "open-source" and "open source" are the same term.
        for joins in product(("-", " "), repeat=len(pieces) - 1):
            variants.add(pieces[0] + "".join(j + p for j, p in zip(joins, pieces[1:], strict=True)))
    return sorted(variants)


MIN_STEM_TERM = 5
"""Shortest one-word glossary term that also counts as a technical stem ("ping" hides in
"lapping"; "webhook" does not hide)."""


def stem_terms(entries: Iterable[GlossaryEntry]) -> frozenset[str]:
    """Return the one-word glossary terms long enough to be technical stems too."""
    return frozenset(
        e.term.lower() for e in entries if e.term.isalpha() and len(e.term) >= MIN_STEM_TERM
    )
