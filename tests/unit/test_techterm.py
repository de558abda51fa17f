"""The tech-term kind: glossary terms and rare technical words, once each, unless explained."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from jargonlint.checks.registry import KINDS, tech_term_problems
from jargonlint.config import Config
from jargonlint.engine import Linter
from jargonlint.lang.frequency import (
    is_camel_case,
    is_initialism,
    technical_shape,
    word_zipf,
)
from jargonlint.packs.catalog import Catalog, _option_problems, load_catalog
from jargonlint.packs.lexicons import Lexicons
from jargonlint.packs.selection import select_rules

from ..conftest import plain_document

PACK = Path(__file__).resolve().parents[2] / "rules" / "tech-terms.yaml"


@lru_cache(maxsize=1)
def pack_catalog() -> Catalog:
    return load_catalog([PACK], shipped=False)


def pack_rules():
    return pack_catalog().rules


def domains() -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = {}
    for entry in pack_catalog().lexicons.entries("tech-glossary"):
        raw = {k: v for k, v in entry.items() if k != "domain"}
        grouped.setdefault(entry["domain"], []).append(raw)
    return grouped


def glossary() -> list[dict]:
    return [entry for entries in domains().values() for entry in entries]


document = plain_document


@lru_cache(maxsize=16)
def linter(config: Config) -> Linter:
    return Linter(select_rules(pack_catalog(), config), config, pack_catalog().lexicons)


def lint(*paragraphs: str, **overrides) -> list[tuple[str, str]]:
    config = Config().with_overrides(**overrides) if overrides else Config()
    findings = linter(config).lint([document(*paragraphs)])[0].findings
    return [(f.code, f.match) for f in findings]


# The glossary is data, and data is tested.


def test_glossary_is_large_sorted_and_unique() -> None:
    assert len(domains()) >= 10, "the glossary is organised by domain"
    for domain, entries in domains().items():
        terms = [entry["term"] for entry in entries]
        assert terms == sorted(terms, key=str.lower), f"keep {domain} sorted (case-insensitive)"
    lowered = [entry["term"].lower() for entry in glossary()]
    assert len(lowered) >= 300
    assert len(set(lowered)) == len(lowered), "a glossary term appears twice"


def test_glossary_explanations_are_plain() -> None:
    for entry in glossary():
        plain = entry["plain"]
        assert plain.strip() == plain and plain, entry
        assert entry["term"].lower() not in plain.lower(), f"explains itself: {entry}"


def test_options_are_validated() -> None:
    rule = next(r for r in pack_rules() if r.code == "JL402")
    broken = type(rule)(**{**rule.__dict__, "options": {**rule.options, "max-zipf": "low"}})
    assert _option_problems(KINDS["tech-term"], [broken])
    typo = type(rule)(**{**rule.__dict__, "options": {**rule.options, "stem": ["web"]}})
    assert _option_problems(KINDS["tech-term"], [typo])
    assert not _option_problems(KINDS["tech-term"], list(pack_rules()))


def test_glossary_rule_needs_the_glossary_lexicon() -> None:
    rule = next(r for r in pack_rules() if r.code == "JL401")
    problems = list(tech_term_problems([rule], Lexicons()))
    assert [(key, "tech-glossary" in message) for _, key, message in problems] == [
        (["source"], True)
    ]
    assert not list(tech_term_problems([rule], pack_catalog().lexicons))


def test_each_source_reports_through_one_rule() -> None:
    rule = next(r for r in pack_rules() if r.code == "JL402")
    twin = type(rule)(**{**rule.__dict__, "code": "JL499", "name": "twin"})
    problems = list(tech_term_problems([rule, twin], pack_catalog().lexicons))
    assert [(r.code, key) for r, key, _ in problems] == [("JL499", ["source"])]


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


def test_an_acronyms_own_expansion_is_not_a_term() -> None:
    # "single sign-on (SSO)" spells out an acronym: the acronym rule judges it, not this one.
    assert lint("Staff log in with single sign-on (SSO).") == []
    assert lint("Staff log in with single sign-on (SSO).", "Single sign-on is on.") == []


def test_a_short_parenthesis_is_not_an_explanation() -> None:
    assert lint("Staff log in with single sign-on (free).") == [("JL401", "single sign-on")]


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
        ("Backups go to a multicluster vault.", "multicluster"),
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


# Domains, guards and audiences.


def test_a_plain_list_glossary_is_still_accepted() -> None:
    from jargonlint.checks.techterm.glossary import domain_entries

    flat = [{"term": "webhook", "plain": "an automatic message"}]
    assert list(domain_entries(flat)) == [("", flat[0])]
    grouped = {"networking": flat}
    assert list(domain_entries(grouped)) == [("networking", flat[0])]


@pytest.mark.parametrize(
    "text",
    [
        "For instance, our bakers start at four.",
        "We greet every guest with a firm handshake.",
        "Our nurses follow a strict cleaning protocol.",
    ],
)
def test_everyday_senses_next_to_a_guard_word_are_left_alone(text: str) -> None:
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("Each booking runs on its own instance.", "instance"),
        ("The shop talks to the till over a secure protocol.", "protocol"),
        ("Orders wait in a message queue overnight.", "message queue"),
        ("Every page passes through a reverse proxy.", "reverse proxy"),
        ("Your menu is served by a web server in Dublin.", "web server"),
        ("The app is built on a modern framework.", "framework"),
    ],
)
def test_terms_from_several_domains(text: str, match: str) -> None:
    assert lint(text) == [("JL401", match)]


def test_business_readers_know_the_words_of_their_trade() -> None:
    assert lint("Fewer chargebacks each month.", audience="general") == [("JL401", "chargebacks")]
    assert lint("Fewer chargebacks each month.", audience="business") == []


def test_rarity_threshold_per_audience() -> None:
    from jargonlint.checks.techterm.rare import threshold

    assert threshold(3.3, "business") == 3.3
    assert threshold({"general": 3.3, "business": 3.0}, "business") == 3.0
    assert threshold({"general": 3.3}, "developer") == 0.0


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("Logins run through QuxScript underneath.", "QuxScript"),
        ("Every order lands on our appserver first.", "appserver"),
    ],
)
def test_technical_names_and_compounds(text: str, match: str) -> None:
    assert ("JL402", match) in lint(text)


def test_camel_case_brands_with_an_everyday_part_are_names() -> None:
    assert lint("Photos sync through OwnCloud and ShopFunnel.") == []


def test_technical_shapes_of_compounds() -> None:
    stems = frozenset({"server", "web", "code"})
    none = frozenset()
    assert technical_shape("webserver", stems, none, none, none) == "compound of technical stems"
    assert technical_shape("zapcode", stems, none, none, none) is None  # "zap" is rare itself
    assert technical_shape("postcode", stems, none, none, none) is None  # an everyday word


def test_explanation_cues_come_from_the_pack() -> None:
    from jargonlint.checks.techterm.definitions import ExplanationCues, is_defined_at
    from jargonlint.nlp import light_pipeline

    doc = light_pipeline()("Latency signifies the wait before a page answers.")
    assert not is_defined_at(doc, 0, 1, ExplanationCues())
    cues = ExplanationCues.from_options({"definition-cues": {"defining-verbs": ["signifies"]}})
    assert is_defined_at(doc, 0, 1, cues)


@pytest.mark.parametrize(
    "text",
    [
        "The shop has a multilingual frontend (just update the labels in settings).",
        "Your site needs a sitemap (update it when you add pages).",
        "Every order fires a webhook (if enabled in settings).",
    ],
)
def test_a_parenthesis_that_is_a_note_or_an_order_does_not_explain_the_term(text: str) -> None:
    assert len(lint(text)) == 1


def test_a_parenthesis_that_glosses_the_term_explains_it() -> None:
    assert lint("The page uses lazy loading (pictures load only when you scroll).") == []


def test_capitals_in_a_title_case_heading_do_not_hide_a_technical_word() -> None:
    assert lint("Dockerized Deployments For Every Bakery Owner") == [("JL402", "Dockerized")]
    # In an ordinary sentence a capitalised rare word is still read as a name.
    assert lint("We moved to Dockerville last spring.") == []


def test_the_entry_spelled_as_written_explains_a_word_two_entries_match() -> None:
    # "whitelist" is matched in every form, so "whitelisting" matches it and its own entry.
    config = Config()
    findings = linter(config).lint([document("Turn on whitelisting for the office.")])[0].findings
    advice = [s.text for f in findings for s in f.suggestions]
    assert any("“whitelisting” means letting in only" in text for text in advice), advice


def test_a_capitalised_term_inside_an_acronyms_expansion_is_part_of_that_name() -> None:
    assert lint("The Payment Reconciliation Standards Board (PRSB) meets in May.") == []
    assert lint("Monthly reconciliation (matching payments to records) is automatic.") == []
