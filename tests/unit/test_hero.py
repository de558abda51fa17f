"""The hero kind: clause heroes from the parse, tech and company rules, document measures."""

from __future__ import annotations

import pytest

from jargonlint.checks.claim import ClaimCheck
from jargonlint.checks.hero import HeroCheck
from jargonlint.checks.registry import KINDS
from jargonlint.checks.scope import ScopeCheck
from jargonlint.config import Config
from jargonlint.engine import Linter

from .test_hero_support import lint_mine, pack_catalog, pack_rules, text_document

LIST_OPTIONS = [
    (rule.code, key)
    for rule in pack_rules()
    for key, value in rule.options.items()
    if isinstance(value, list) and all(isinstance(v, str) for v in value)
]
LEXICONS = sorted(pack_catalog().lexicons.by_name)


@pytest.mark.parametrize(("code", "key"), LIST_OPTIONS)
def test_word_lists_are_sorted_and_unique(code: str, key: str) -> None:
    rule = next(r for r in pack_rules() if r.code == code)
    words = rule.options[key]
    assert words == sorted(words), f"{code} {key} is not sorted"
    assert len(words) == len(set(words)), f"{code} {key} has duplicates"


@pytest.mark.parametrize("name", LEXICONS)
def test_lexicons_are_sorted_and_unique(name: str) -> None:
    words = list(pack_catalog().lexicons.entries(name))
    assert words == sorted(words), f"lexicon {name} is not sorted"
    assert len(words) == len(set(words)), f"lexicon {name} has duplicates"


def codes(text: str, **overrides) -> list[str]:
    return [f.code for f in lint_mine(text + "\n", **overrides)[0]]


@pytest.mark.parametrize(
    "text",
    [
        "Our AI-powered platform leverages machine learning to optimize workflows.",
        "Our platform, trusted by thousands of teams, automatically optimizes your pricing.",
        "The scheduling engine harnesses live data to balance shifts.",
        "Our AI-driven dashboard delivers real-time insights.",
        "Receipts are processed by our engine in seconds.",
    ],
)
def test_tech_hero_is_read_from_the_parse(text: str) -> None:
    assert "JL501" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "You can automate invoices with our platform.",
        "The app saves your draft as you type.",
        "The app lets you split a bill between friends.",
        "Our engine resizes your photos so you can post them faster.",
        "Engineers at the plant optimize the line every week.",
    ],
)
def test_reader_or_concrete_outcome_is_not_tech_hero(text: str) -> None:
    assert "JL501" not in codes(text)


def test_product_names_from_config_are_technology() -> None:
    text = "Ledgerly automates month-end close."
    assert "JL501" in codes(text, product_names=("Ledgerly",))


@pytest.mark.parametrize(
    "text",
    [
        "We are the region's most trusted provider of heating repairs.",
        "We're thrilled to share our new opening hours.",
        "Our goal is to be the friendliest garage in town.",
        "We celebrate ten years of fixing bikes this month.",
    ],
)
def test_company_talking_about_itself(text: str) -> None:
    assert "JL601" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "We reply within one business day.",
        "We never sell your data.",
        "We pick up your car and bring it back washed.",
        "We are open until eight on Thursdays.",
    ],
)
def test_promises_to_the_reader_are_not_company_centric(text: str) -> None:
    assert "JL601" not in codes(text)


def test_company_names_from_config() -> None:
    assert "JL601" in codes("Brightwash was established in 2009.", company_names=("Brightwash",))
    assert "JL601" not in codes("Brightwash opens at seven.", company_names=("Brightwash",))


def test_measures_are_recorded() -> None:
    text = (
        "We are proud of our shop. You get a quote in minutes. The engine automates quotes. "
        "We open at eight. Your car is ready by five.\n"
    )
    _, measures = lint_mine(text)
    for key in ("hero_reader_share", "hero_tech_share", "hero_company_share", "you_we_ratio"):
        assert key in measures
    assert measures["you_count"] == 2
    assert measures["we_count"] == 3
    assert measures["you_we_ratio"] == round(2 / 3, 2)
    assert measures["hero_company_share"] > 0


def test_document_level_finding_on_first_line_with_figures() -> None:
    text = (
        "We started in 2004. We care about quality. We are proud of our people. "
        "We serve the whole county. We love old cars. We open at eight.\n"
    )
    findings, _ = lint_mine(text)
    document = [f for f in findings if f.code == "JL602"]
    assert len(document) == 1
    assert document[0].line == 1
    assert "%" in document[0].message and "you-to-we" in document[0].message


def test_short_documents_get_no_document_finding() -> None:
    findings, _ = lint_mine("We started in 2004. We care about quality.\n")
    assert not [f for f in findings if f.code in ("JL502", "JL602")]


def test_claims_parse_only_sentences_with_a_superlative() -> None:
    rules = [r for r in pack_rules() if r.kind == "claim"]
    linter = Linter(rules, Config(), pack_catalog().lexicons)
    text = "Our award-winning bakers start early. Pay at the counter. Try the finest rye in town.\n"
    linter.lint([text_document(text)])
    assert linter.parsed_sentences == 1


def test_only_candidate_sentences_are_parsed() -> None:
    rules = [r for r in pack_rules() if r.kind in ("hero", "claim")]
    linter = Linter(rules, Config(), pack_catalog().lexicons)
    text = "Book a table in two taps. Pay at the counter. Our engine optimizes your stock.\n"
    linter.lint([text_document(text)])
    assert linter.parsed_sentences == 1


def test_kinds_declare_needs_and_schema() -> None:
    assert HeroCheck.needs == "parse"
    # A superlative needs the parse to tell whose it is; the rest of the claim kind does not.
    assert ClaimCheck.needs == "parse" and ScopeCheck.needs == "tokens"
    for cls in (HeroCheck, ClaimCheck, ScopeCheck):
        schema = KINDS[cls.kind].options_schema
        assert schema and "properties" in schema


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Our industry-leading support team answers in minutes.", True),
        ("Rated #1 by 3,000 gardeners in the 2024 Gardeners' Poll.", False),
        ("Ranked the best bakery by the Evening Post.", False),
        ("The best time to visit is the morning.", False),
        ("Our best-of-breed ovens bake evenly.", True),
        ("Your best customers deserve a thank-you.", False),
    ],
)
def test_claims_need_evidence_in_the_sentence(text: str, flagged: bool) -> None:
    assert ("JL611" in codes(text)) is flagged


def test_claim_rewrite_fixes_the_article() -> None:
    # "unrivalled" is no checkable fact, so the gate lets the claim's cut through
    # ("award-winning" is one, and gets advice: test_rewrite_gate.py).
    findings, _ = lint_mine("Visit an unrivalled bakery on Main Street.\n")
    claim = next(f for f in findings if f.code == "JL611")
    assert claim.suggestions[0].text == "Visit a bakery on Main Street."
