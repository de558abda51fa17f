"""The tech-term kind: glossary terms and rare technical words, once each, unless explained."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from jargonlint.checks import check_classes
from jargonlint.checks.techterm import TechTermCheck
from jargonlint.config import Config
from jargonlint.engine import Linter
from jargonlint.lang.frequency import (
    is_camel_case,
    is_initialism,
    technical_shape,
    word_zipf,
)
from jargonlint.packs.catalog import _option_problems
from jargonlint.packs.loader import read_pack
from jargonlint.packs.selection import select_rules

from ..conftest import plain_document

PACK = Path(__file__).resolve().parents[2] / "rules" / "tech-terms.yaml"


@lru_cache(maxsize=1)
def pack_rules():
    rules, problems = read_pack(PACK, set(check_classes()))
    assert not problems, problems
    return tuple(rules)


def glossary() -> list[dict]:
    return next(r for r in pack_rules() if r.code == "JL401").options["glossary"]


document = plain_document


@lru_cache(maxsize=16)
def linter(config: Config) -> Linter:
    from jargonlint.packs.catalog import Catalog

    return Linter(select_rules(Catalog(pack_rules()), config), config)


def lint(*paragraphs: str, **overrides) -> list[tuple[str, str]]:
    config = Config().with_overrides(**overrides) if overrides else Config()
    findings = linter(config).lint([document(*paragraphs)])[0].findings
    return [(f.code, f.match) for f in findings]


# The glossary is data, and data is tested.


def test_glossary_is_large_sorted_and_unique() -> None:
    terms = [entry["term"] for entry in glossary()]
    assert len(terms) >= 120
    assert terms == sorted(terms, key=str.lower), "keep the glossary sorted (case-insensitive)"
    lowered = [t.lower() for t in terms]
    assert len(set(lowered)) == len(lowered), "a glossary term appears twice"


def test_glossary_explanations_are_plain() -> None:
    for entry in glossary():
        plain = entry["plain"]
        assert plain.strip() == plain and plain, entry
        assert entry["term"].lower() not in plain.lower(), f"explains itself: {entry}"


def test_options_are_validated() -> None:
    rule = next(r for r in pack_rules() if r.code == "JL402")
    broken = type(rule)(**{**rule.__dict__, "options": {**rule.options, "max-zipf": "low"}})
    assert _option_problems(TechTermCheck, [broken])
    typo = type(rule)(**{**rule.__dict__, "options": {**rule.options, "stem": ["web"]}})
    assert _option_problems(TechTermCheck, [typo])
    assert not _option_problems(TechTermCheck, list(pack_rules()))


def test_glossary_rule_needs_a_glossary() -> None:
    rule = next(r for r in pack_rules() if r.code == "JL401")
    empty = type(rule)(**{**rule.__dict__, "options": {"source": "glossary", "glossary": []}})
    assert [key for _, key, _ in TechTermCheck.validate([empty])] == [["glossary"]]


# Glossary matching.


def test_glossary_term_with_its_plain_explanation() -> None:
    config = Config()
    findings = linter(config).lint([document("Our checkout adds no latency.")])[0].findings
    assert [(f.code, f.match) for f in findings] == [("JL401", "latency")]
    assert findings[0].suggestions[0].kind == "advice"
    assert "delay" in findings[0].suggestions[0].text


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("Each sale sends two webhooks to your books.", "webhooks"),
        ("Your notes get encryption at rest.", "encryption at rest"),
        ("Turn on multi-factor authentication today.", "multi-factor authentication"),
        ("Turn on multi factor authentication today.", "multi factor authentication"),
        ("The shop runs on Kubernetes.", "Kubernetes"),
    ],
)
def test_glossary_forms(text: str, match: str) -> None:
    assert lint(text) == [("JL401", match)]


def test_each_term_once_per_document() -> None:
    found = lint("Orders fire a webhook.", "Refunds fire a webhook too.", "More webhooks soon.")
    assert found == [("JL401", "webhook")]


@pytest.mark.parametrize(
    "text",
    [
        "A webhook (an automatic message from one app to another) tells us about each sale.",
        "Latency, the delay before a page answers, is under a second.",
        "A webhook is an automatic message that one app sends another.",
        "We send an automatic message called a webhook after every sale.",
        "Latency means the wait between a tap and the answer.",
    ],
)
def test_explained_terms_are_not_reported(text: str) -> None:
    assert lint(text) == []


def test_explained_at_first_use_covers_later_uses() -> None:
    explained = "A webhook is a message one app sends another."
    assert lint(explained, "Every sale fires a webhook.") == []


def test_abbreviation_in_parentheses_is_not_an_explanation() -> None:
    assert lint("Staff log in with single sign-on (SSO).") == [("JL401", "single sign-on")]


def test_off_for_developers() -> None:
    assert lint("Each sale fires a webhook with low latency.", audience="developer") == []


def test_on_for_business_readers() -> None:
    assert lint("Each sale fires a webhook.", audience="business") == [("JL401", "webhook")]


def test_names_and_allow_are_skipped() -> None:
    assert lint("Try Acme Sandboxed Notes free.", product_names=["Acme Sandboxed Notes"]) == []
    assert lint("Each sale fires a webhook.", allow=["webhook"]) == []
    assert lint("Meet the new ZQX Firewall plan.") == []
    assert lint("Meet Guardly Firewall™ for small shops.") == []


# The frequency rule.


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("Every store page is dockerized for you.", "dockerized"),
        ("We watch your till for cryptojacking.", "cryptojacking"),
        ("Backups go to a multicloud vault.", "multicloud"),
    ],
)
def test_rare_technical_words(text: str, match: str) -> None:
    assert lint(text) == [("JL402", match)]


@pytest.mark.parametrize(
    "text",
    [
        "Our sourdough is slowly leavened overnight.",  # rare, not technical
        "The quixotic charm of the old inn wins every guest.",
        "Ask Zorblatt about our IoT and SaaS plans.",  # a name; acronyms are another rule's
        "Order 300 at https://example.com/multicloud-deal today.",
        "Breadwise: fresh bread for your café.",  # a list label naming a business
    ],
)
def test_rare_but_not_technical(text: str) -> None:
    assert [code for code, _ in lint(text) if code == "JL402"] == []


def test_rare_word_once_and_explained() -> None:
    assert lint("It is dockerized.", "All apps are dockerized.") == [("JL402", "dockerized")]
    assert lint("Dockerized (packaged to run the same anywhere), it starts fast.") == []


# Helpers.


def test_initialisms_and_camel_case() -> None:
    assert is_initialism("SLA") and is_initialism("IoT") and is_initialism("SaaS")
    assert not is_initialism("JavaScript") and not is_initialism("Latency")
    assert is_camel_case("TypeScript") and not is_camel_case("IoT") and not is_camel_case("Shop")


def test_base_form_decides_rarity() -> None:
    assert word_zipf("workflows") >= word_zipf("workflow") > 3.0


def test_technical_shape() -> None:
    stems = frozenset({"server", "cloud", "docker", "data"})
    prefixes = frozenset({"multi", "micro"})
    suffixes = frozenset({"less", "ized", "ware"})
    strong = frozenset({"crypto", "cyber"})
    assert technical_shape("serverless", stems, prefixes, suffixes, strong)
    assert technical_shape("multicloud", stems, prefixes, suffixes, strong)
    assert technical_shape("cyberattack", stems, prefixes, suffixes, strong)
    assert technical_shape("dockerized", stems, prefixes, suffixes, strong)
    assert technical_shape("sourdough", stems, prefixes, suffixes, strong) is None
    assert technical_shape("ShopFunnel", stems, prefixes, suffixes, strong) is None
