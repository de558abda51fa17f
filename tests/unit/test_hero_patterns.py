"""The general patterns of the hero and claim kinds: definitions, labels, who gains, claims."""

from __future__ import annotations

import pytest

from jargonlint.checks.hero.lexicon import verb_lemmas

from .test_hero_support import lint_mine


def codes(text: str, **overrides) -> list[str]:
    return [f.code for f in lint_mine(text + "\n", **overrides)[0]]


@pytest.mark.parametrize(
    "text",
    [
        "Tidyup is a cloud platform that reduces the paperwork of running a bakery.",
        "Our booking system is the first tool to automate salon rotas.",
        "Crumbly is an AI engine that predicts which loaves will sell out.",
        "Fixly is a repair platform as a service offering that eliminates paper job cards.",
    ],
)
def test_product_definitions_are_tech_heroes(text: str) -> None:
    assert "JL501" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tidyup is an app that helps bakers track flour orders.",
        "Tidyup is a booking tool built by two former barbers.",
        "Tidyup is an invoicing app that gives shop owners a weekly summary.",
        "Plumbwell is a family firm that fixes boilers across the valley.",
        "Tidyup is an app that lets you split a bill.",
    ],
)
def test_definitions_centred_on_people_or_not_on_tech_are_fine(text: str) -> None:
    assert "JL501" not in codes(text)


def test_a_label_before_a_colon_is_not_the_subject() -> None:
    assert "JL501" in codes("Smart reminders: The booking engine optimizes every slot.")
    assert "JL501" not in codes("Reminders: Automate your follow-up texts in two taps.")
    assert "JL501" not in codes("Quickbake: Bake, Slice, Pack & Process")


def test_a_feature_line_without_subject_speaks_for_the_product() -> None:
    findings, _ = lint_mine("Stock sync: Leverages your till data to forecast busy days.\n")
    hero = [f for f in findings if f.code == "JL501"]
    # The product does the work, so no rewrite hands it to the reader: advice names the feature.
    assert hero and "\u201cStock sync\u201d" in hero[0].suggestions[0].text
    # "Provides" is as often a company as a product.
    assert "JL501" not in codes("Backups: Provides a copy of every invoice.")


def test_the_reader_doing_a_capability_is_the_readers_outcome() -> None:
    assert "JL501" not in codes("The app lets you automate your invoices.")


def test_an_unknown_brand_misread_by_the_tagger_is_still_the_subject() -> None:
    findings, _ = lint_mine("Ledgerly automates month-end close.\n")
    hero = [f for f in findings if f.code == "JL501"]
    assert hero and "\u201cLedgerly\u201d is the hero" in hero[0].suggestions[0].text


@pytest.mark.parametrize(
    ("text", "tech", "company"),
    [
        ("The new oven lets us bake twice as many loaves.", False, True),
        ("Our scheduling engine powers our growing range of salon services.", False, True),
        ("The grant helped us open a second shop.", False, True),
        ("Your feedback helps us fix problems faster.", False, False),
        ("Call us to book a table.", False, False),
    ],
)
def test_when_the_company_gains_it_is_talking_about_itself(
    text: str, tech: bool, company: bool
) -> None:
    found = codes(text)
    assert ("JL501" in found) is tech
    assert ("JL601" in found) is company


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Our clinic is run by a team of experienced nurses.", True),
        ("We welcomed a new head baker to the team.", True),
        ("This funding will let us open on Sundays.", True),
        ("Sunnyside believes every dog deserves a clean coat.", True),
        ("We hired two new mechanics this spring.", True),
        ("Our team will call you within a day.", False),
        ("We bake to order on Fridays.", False),
        ("Sunnyside trims every dog in under an hour.", False),
    ],
)
def test_team_hires_beliefs_and_funding_are_company_talk(text: str, flagged: bool) -> None:
    assert ("JL601" in codes(text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Fastest boiler repairs in the county.", True),
        ("Most trusted garage in town.", True),
        ("Our cakes are different from any other bakery in town.", True),
        ("We are building the next evolution of the corner shop.", True),
        ("Best practices for storing bread at home.", False),
        ("Most customers pay by card.", False),
        ("Latest news from the bakery.", False),
    ],
)
def test_heading_superlatives_and_comparisons_are_claims(text: str, flagged: bool) -> None:
    assert ("JL611" in codes(text)) is flagged


def test_verb_lemmas_are_cached() -> None:
    verb_lemmas.cache_clear()
    for _ in range(3):
        assert verb_lemmas("automates") == ("automate",)
    assert verb_lemmas.cache_info().hits == 2
