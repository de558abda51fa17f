"""General classes of tech-hero and company-centric copy, each with sentences of its own.

Every sentence and name here is made up for these tests.
"""

from __future__ import annotations

import pytest

from .test_hero_judgments import codes, flagged

ORCHARD = (
    "# Orchard\n\nOrchard plans delivery rounds for village bakeries. Install Orchard on any "
    "phone.\n\n"
)
"""A made-up product whose name the document gives."""


@pytest.mark.parametrize(
    ("text", "hero"),
    [
        ("It leverages machine learning to optimize every round.", True),
        ("It takes a minute to set up your first round.", False),
        ("It is recommended that you print the round each morning.", False),
    ],
)
def test_it_is_empty_only_before_the_verbs_that_take_an_extraposed_subject(
    text: str, hero: bool
) -> None:
    assert bool(flagged(ORCHARD + text + "\n", "JL501")) is hero


@pytest.mark.parametrize(
    ("text", "hero"),
    [
        ("Our app uses machine learning to sort your receipts.", True),
        ("The engine relies on AI to rank every route.", True),
        ("The app uses your calendar to find a free slot.", False),
        ("Our app uses three sensors in every oven.", False),
    ],
)
def test_technology_using_technology_describes_its_own_machinery(text: str, hero: bool) -> None:
    assert ("JL501" in codes(text)) is hero


@pytest.mark.parametrize(
    ("sentence", "flag"),
    [
        ("We are dedicated to excellence in everything we do.", True),
        ("We have been baking bread in this village since 1987.", True),
        ("We have been baking bread for over thirty years.", True),
        ("We bake bread for two hours before we open.", False),
        ("We were featured in the Evening Gazette last spring.", True),
        ("Our team of 40 bakers works across three towns.", True),
        ("We have shops in four market towns.", True),
        ("We have a shop on the high street where you can collect your order.", False),
        ("We have fresh rolls every morning.", False),
        ("Orchard has been used by over 2 million drivers.", True),
        ("Orchard has been used by drivers in the rain.", False),
        ("Last year we reached 10,000 customers.", True),
    ],
)
def test_tenure_recognition_size_and_reach_of_the_company(sentence: str, flag: bool) -> None:
    assert bool(flagged(ORCHARD + sentence + "\n", "JL601")) is flag


def test_a_name_doing_a_products_work_on_a_self_topic_is_not_its_story() -> None:
    assert not flagged(ORCHARD + "Orchard streamlines collaboration between shops.\n", "JL601")
    assert flagged(ORCHARD + "We value collaboration above everything.\n", "JL601")


def test_an_ordinary_word_is_the_product_when_the_title_gives_it_and_the_copy_uses_it() -> None:
    text = (
        "# Notice\n\nNotice is a form builder for village clubs.\n\n"
        "Notice optimizes every form for sign-ups.\n\nNotice sends you an email for each reply.\n"
    )
    assert flagged(text, "JL501") == ["Notice optimizes every form for sign-ups."]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Tidyup is the #1 receipt app for florists.", True),
        ("Every volunteer must attend one 1-hour session before the first shift.", False),
    ],
)
def test_a_hash_in_a_claim_phrase_is_the_sign_not_any_number(text: str, claim: bool) -> None:
    assert ("JL611" in codes(text)) is claim


@pytest.mark.parametrize(
    ("sentence", "flag"),
    [
        ("A big thank you to everyone who came to our open day.", True),
        ("Huge thanks to our partners at the county library.", True),
        ("Thank you for your order.", False),
        ("Thanks to offline maps, you can plan rounds anywhere.", False),
        ("Meet Sam, our new head of deliveries.", True),
        ("Meet Sam at the market every Saturday.", False),
        ("This week marks our fifth anniversary.", True),
        ("Our team has doubled in size this year.", True),
        ("It was the first delivery app built for village bakeries.", True),
    ],
)
def test_news_thanks_anniversaries_growth_and_rank_of_the_company(
    sentence: str, flag: bool
) -> None:
    assert bool(flagged(ORCHARD + sentence + "\n", "JL601")) is flag


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Pick the best delivery slot for your street.", False),
        ("In settings, select to take the fastest route home.", False),
        ("Orchard plans the fastest rounds in the county.", True),
    ],
)
def test_a_superlative_chosen_among_options_is_not_a_claim(text: str, claim: bool) -> None:
    assert ("JL611" in codes(text)) is claim


def test_a_feature_line_dressing_up_its_machine_is_the_machine_as_hero() -> None:
    text = (
        "- **Forecasts:** an intelligent engine that anticipates demand before it peaks\n"
        "- **Insights** - a powerful dashboard that surfaces trends across branches\n"
        "- **History:** a dashboard that shows each sale\n"
    )
    assert flagged(text, "JL501") == [
        "Forecasts: an intelligent engine that anticipates demand before it peaks",
        "Insights - a powerful dashboard that surfaces trends across branches",
    ]


@pytest.mark.parametrize(
    ("sentence", "flag"),
    [
        ("We are a non-profit organization.", True),
        ("We're a group of bakers who love rye.", True),
        ("Founded in 2012, Orchard helps bakeries plan rounds.", True),
        ("We started the bakery in 2015 to feed the village.", True),
        ("We start baking at five every morning.", False),
        ("Orchard was born out of frustration with paper rounds.", True),
        ("Our story began in a tiny kitchen in Leeds.", True),
        ("We are a phone call away.", False),
        ("We are here to help.", False),
    ],
)
def test_identity_and_origin_of_the_company(sentence: str, flag: bool) -> None:
    assert bool(flagged(ORCHARD + sentence + "\n", "JL601")) is flag


def test_the_titles_name_of_no_other_kind_is_the_pages_product_and_what_it_stands_for() -> None:
    text = (
        "# Harbor\n\nShops across the valley rely on Harbor every day.\n\n"
        "Harbor delivers real-time visibility into every shipment.\n\n"
        "It optimizes every delivery route.\n"
    )
    assert flagged(text, "JL501") == [
        "Harbor delivers real-time visibility into every shipment.",
        "It optimizes every delivery route.",
    ]


def test_it_carries_an_unparsed_sentences_technology_hero() -> None:
    text = "The app counts every sale at the till.\n\nIt leverages AI to forecast demand.\n"
    assert flagged(text, "JL501") == ["It leverages AI to forecast demand."]
    reader = "Your staff count every sale at the till.\n\nIt leverages AI to forecast demand.\n"
    assert flagged(reader, "JL501") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "We have two locations: one on Mill Lane and one by the station.",
        "Our drivers are certified by the county guild.",
        "Orchard is featured on the home screen of your phone.",
        "We have been closed since Monday for repairs.",
        "Since 2019, you can pay by card at both shops.",
    ],
)
def test_practical_notes_and_credentials_are_not_the_company_on_itself(sentence: str) -> None:
    assert flagged(ORCHARD + sentence + "\n", "JL601") == []


@pytest.mark.parametrize(
    ("sentence", "flag"),
    [
        ("Our founders previously built two successful bakeries.", True),
        ("Our cofounder has run village kitchens for a decade.", True),
        ("Our team fixed the export bug last week.", False),
        ("Our founders answer every email themselves.", False),
    ],
)
def test_the_founders_past_is_the_companys_story(sentence: str, flag: bool) -> None:
    assert bool(flagged(ORCHARD + sentence + "\n", "JL601")) is flag
