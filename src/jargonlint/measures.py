"""Document measures: word count, De-Jargonizer score, buzzword density, undefined acronyms.

``document_measures`` runs on the cheap tokens before findings exist; ``finalize_measures`` adds
the measures that count findings once the engine has its final list (after ``allow`` and
suppressions).

The jargon score follows the De-Jargonizer (Rakedzon et al., PLOS ONE 2017): every word is
common, mid-frequency or rare in general English (see ``lang.frequency`` for the Zipf cut-offs
and why), and ``score = 100 - (mid% * 0.5 + rare% * 1.0)``, so 100 means every word is common.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .lang.frequency import band

if TYPE_CHECKING:
    from .checks.base import AnalyzedDocument
    from .findings import Finding

MID_WEIGHT = 0.5
RARE_WEIGHT = 1.0


def prose_words(analyzed_document: AnalyzedDocument) -> list[str]:
    """Return the words of the document's prose: alphabetic tokens, no numbers, URLs or marks."""
    return [
        token.text
        for sentence in analyzed_document.sentences
        for token in sentence.light
        if token.is_alpha and not token.like_url
    ]


def jargon_score(words: Iterable[str]) -> float:
    """Return the De-Jargonizer score of the words (100.0 for no words), to one decimal."""
    counts = {"common": 0, "mid": 0, "rare": 0}
    for word in words:
        counts[band(word)] += 1
    total = sum(counts.values())
    if not total:
        return 100.0
    mid_percent = 100 * counts["mid"] / total
    rare_percent = 100 * counts["rare"] / total
    return round(100 - (mid_percent * MID_WEIGHT + rare_percent * RARE_WEIGHT), 1)


def document_measures(analyzed_document: AnalyzedDocument) -> dict:
    """Return ``{"words", "jargon_score"}`` for the document, from its cheap tokens only."""
    words = prose_words(analyzed_document)
    return {"words": len(words), "jargon_score": jargon_score(words)}


def finalize_measures(measures: dict, findings: Iterable[Finding]) -> dict:
    """Return a copy of ``measures`` with ``buzzwords_per_100_words`` and ``acronyms_undefined``.

    Buzzwords are the findings of category ``buzzword`` per 100 prose words (0.0 when there are
    no words); undefined acronyms are the distinct acronyms (case-insensitive) that acronym
    findings name.
    """
    findings = list(findings)
    words = measures.get("words", 0)
    buzzwords = sum(1 for f in findings if f.category == "buzzword")
    acronyms = {f.match.casefold() for f in findings if f.category == "acronym"}
    result = dict(measures)
    result["buzzwords_per_100_words"] = round(100 * buzzwords / words, 1) if words else 0.0
    result["acronyms_undefined"] = len(acronyms)
    return result
