"""What each document measure means: its label, scale and direction, for reports and docs.

The measures describe a page as a whole; they are not findings and never fail a run. Text
output shows them with `--measures`; JSON and the Markdown summary always carry them. The
README's "Document measures" table says the same as MEASURES (a test keeps them in step).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Measure:
    """How to show one measure: a short label, its scale and which way is better."""

    label: str
    scale: str
    better: str
    """"higher", "lower" or "" when neither direction is better (a count)."""


MEASURES: dict[str, Measure] = {
    "words": Measure("words", "count of prose words (numbers, code and URLs left out)", ""),
    "jargon_score": Measure(
        "jargon score",
        "0-100 (De-Jargonizer): 100 minus half the share of mid-frequency words and the whole "
        "share of rare words in general English; it measures vocabulary only, not findings",
        "higher",
    ),
    "buzzwords_per_100_words": Measure(
        "buzzwords per 100 words", "buzzword findings per 100 prose words", "lower"
    ),
    "acronyms_undefined": Measure(
        "undefined acronyms", "distinct acronyms used before the page says what they mean", "lower"
    ),
    "hero_reader_share": Measure(
        "reader as hero",
        "0-1: share of sentences whose hero (main subject) is the reader",
        "higher",
    ),
    "hero_tech_share": Measure(
        "technology as hero",
        "0-1: share of sentences whose hero is a technology, product or tool",
        "lower",
    ),
    "hero_company_share": Measure(
        "company as hero", "0-1: share of sentences whose hero is the company", "lower"
    ),
    "you_count": Measure("you", "count of you, your, yours, yourself, yourselves", ""),
    "we_count": Measure("we", "count of we, us, our, ours, ourselves", ""),
    "you_we_ratio": Measure(
        "you per we", "you-words per we-word; n/a when the page never says we", "higher"
    ),
}


def measure_label(key: str) -> str:
    """Return the short label of a measure (its key in words when it is not documented)."""
    measure = MEASURES.get(key)
    return measure.label if measure else key.replace("_", " ")


def measure_value(value: object) -> str:
    """Return a measure's value as shown to people: "n/a" where it is undefined."""
    if value is None:
        return "n/a"
    return str(value)


def shown_measures(measures: dict) -> list[tuple[str, object]]:
    """Return the (key, value) pairs worth showing: numbers, short text and undefined ones."""
    return [(k, v) for k, v in measures.items() if v is None or isinstance(v, (int, float, str))]
