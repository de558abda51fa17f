"""Which sentences the hero rules ask to have parsed: a possible hero and a possible predicate."""

from __future__ import annotations

from functools import lru_cache

import pytest

from jargonlint.checks.hero.candidates import Triggers
from jargonlint.checks.hero.lexicon import Lexicon
from jargonlint.config import Config
from jargonlint.nlp import light_pipeline

from .test_hero_support import pack_catalog


@lru_cache(maxsize=1)
def triggers() -> Triggers:
    return Triggers.of(Lexicon.from_lexicons(pack_catalog().lexicons, Config()))


def wants(text: str, names: frozenset[str] = frozenset()) -> bool:
    return triggers().wants(light_pipeline()(text)[:], names)


@pytest.mark.parametrize(
    "text",
    [
        "Our platform streamlines stock counts.",
        "We are proud of our bakers.",
        "Our mission is simple.",
        "Bramble was founded in 1990.",
        "It delivers insights every morning.",
        "Streamlines every stock count.",
        "Smart sync: keeps every shelf in view and delivers insights.",
        "Quorvo automates payroll.",
        "Tidyup is a cloud platform that reduces paperwork.",
    ],
)
def test_a_possible_hero_with_a_possible_predicate_is_parsed(text: str) -> None:
    assert wants(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pay at the counter.",
        "The app saves your draft.",
        "Shelves fill up fast in December.",
        "We open at eight.",
    ],
)
def test_a_sentence_without_one_half_is_not(text: str) -> None:
    assert not wants(text)


def test_the_documents_names_count_as_heroes() -> None:
    assert not wants("Beacon delivers insights.")
    assert wants("Beacon delivers insights.", frozenset({"beacon"}))


@pytest.mark.parametrize(
    ("text", "hero"),
    [
        ("The app saves your draft.", "technology"),
        ("Customers get a text when the car is ready.", "reader"),
        ("Your order ships today.", "reader"),
        ("Our team answers every email.", "company"),
        ("Our story starts in a garage.", "company"),
        ("Rain is likely tomorrow.", "other"),
    ],
)
def test_an_unparsed_sentence_gets_its_hero_from_its_opening_noun(text: str, hero: str) -> None:
    from jargonlint.checks.hero.candidates import light_hero
    from jargonlint.checks.names import DocumentNames

    lex = triggers().lex
    assert light_hero(light_pipeline()(text)[:], lex, DocumentNames()) == hero
