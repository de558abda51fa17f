"""Document measures: word count, De-Jargonizer score, buzzword density, undefined acronyms."""

from __future__ import annotations

import pytest

from jargonlint.checks.base import AnalyzedDocument, Sentence
from jargonlint.findings import Finding
from jargonlint.lang.frequency import band
from jargonlint.measures import document_measures, finalize_measures, jargon_score
from jargonlint.nlp import light_pipeline

from ..conftest import plain_document


def analyzed(*paragraphs: str) -> AnalyzedDocument:
    """Return an AnalyzedDocument of verbatim paragraphs, split by the cheap stage."""
    document = plain_document(*paragraphs)
    sentences = []
    for index, doc in enumerate(light_pipeline().pipe(b.text for b in document.blocks)):
        for sent in doc.sents:
            sentences.append(Sentence(len(sentences), index, sent.start_char, sent.end_char, sent))
    return AnalyzedDocument(document, sentences, "general")


def finding(category: str, match: str) -> Finding:
    return Finding(
        "example.txt", 1, 1, 1, 2, 0, 1, "JL999", "test", category, "warning", "m", match
    )


def test_words_are_alphabetic_tokens_only() -> None:
    doc = analyzed("Call us at 555-0100 or visit https://example.com today!", "We open at 9.")
    assert document_measures(doc)["words"] == 9  # Call us at or visit today We open at


def test_plain_copy_scores_one_hundred() -> None:
    doc = analyzed("We fix your car and call you when it is ready.")
    assert document_measures(doc)["jargon_score"] == 100.0


def test_bands_follow_the_de_jargonizer_examples() -> None:
    # The De-Jargonizer's own colouring: disorder common, physiology mid, recapitulate jargon.
    assert band("disorder") == "common"
    assert band("physiology") == "mid"
    assert band("recapitulate") == "rare"


def test_score_formula() -> None:
    words = ["the", "physiology", "recapitulate", "the"]
    # mid 25% * 0.5 + rare 25% * 1.0 = 37.5
    assert jargon_score(words) == 62.5


def test_jargon_lowers_the_score() -> None:
    plain = document_measures(analyzed("Your order ships today and arrives on Friday."))
    dense = document_measures(analyzed("Idempotent webhooks ensure containerized observability."))
    assert dense["jargon_score"] < plain["jargon_score"] < 100.1


def test_empty_document() -> None:
    assert document_measures(analyzed()) == {"words": 0, "jargon_score": 100.0}
    assert finalize_measures({"words": 0}, [])["buzzwords_per_100_words"] == 0.0


def test_finalize_counts_buzzwords_per_hundred_words() -> None:
    findings = [
        finding("buzzword", "leverage"),
        finding("buzzword", "synergy"),
        finding("plain-words", "utilize"),
    ]
    result = finalize_measures({"words": 40, "jargon_score": 90.0}, findings)
    assert result["buzzwords_per_100_words"] == 5.0
    assert result["jargon_score"] == 90.0


def test_finalize_counts_distinct_acronyms() -> None:
    findings = [
        finding("acronym", "SLA"),
        finding("acronym", "SLA"),
        finding("acronym", "IoT"),
        finding("acronym", "IOT"),
        finding("buzzword", "seamless"),
    ]
    assert finalize_measures({"words": 10}, findings)["acronyms_undefined"] == 2


def test_finalize_does_not_change_its_input() -> None:
    measures = {"words": 10}
    finalize_measures(measures, [])
    assert measures == {"words": 10}


@pytest.mark.parametrize("word", ["The", "THE", "the"])
def test_band_ignores_case(word: str) -> None:
    assert band(word) == "common"
