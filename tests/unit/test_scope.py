"""The repair-shop story: a local reader's copy is held to the customers that reader has."""

from __future__ import annotations

import pytest

from .test_hero_support import lint_mine

PITCH = "Move your data center to the cloud to better serve an international customer base.\n"


def scope(text: str, **overrides) -> list:
    return [f for f in lint_mine(text, **overrides)[0] if f.category == "audience-scope"]


def test_the_cloud_pitch_to_a_local_repair_shop_is_flagged() -> None:
    findings = scope(PITCH, audience="business", reach="local")
    assert [f.match for f in findings] == ["international customer base"]
    advice = findings[0].suggestions[0]
    assert advice.kind == "advice"
    assert "customers who live near your shop" in advice.text


def test_the_same_pitch_to_a_global_business_is_fine() -> None:
    assert not scope(PITCH, audience="business", reach="global")


def test_no_reach_configured_means_the_rule_is_off() -> None:
    assert not scope(PITCH, audience="business")


@pytest.mark.parametrize(
    "text",
    [
        "Accept payments in any currency.",
        "Reach shoppers worldwide.",
        "Our scheduler handles bookings across time zones.",
        "Enterprise-grade security for your shop.",
        "Built to serve millions of users.",
        "Run your garage at scale.",
    ],
)
def test_scale_beyond_a_local_shop(text: str) -> None:
    assert scope(text + "\n", reach="local")


def test_regional_reader_gets_a_regional_frame() -> None:
    findings = scope("Deploy multi-region backups for your florist.\n", reach="regional")
    assert findings and "customers in your own region" in findings[0].suggestions[0].text


@pytest.mark.parametrize(
    "text",
    [
        "Text customers when their car is ready.",
        "Customers within ten miles can book online.",
        "Take card payments at the counter.",
    ],
)
def test_local_copy_is_fine(text: str) -> None:
    assert not scope(text + "\n", reach="local")


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("Ready to go global with your bakery?", "go global"),
        ("Our salon app is going global this year.", "going global"),
        ("Ship your cakes internationally.", "internationally"),
        ("Clinics on every continent use it.", "every continent"),
        ("Trusted by garages in 190 countries.", "190 countries"),
        ("Trusted by garages in 50+ countries.", "50+ countries"),
        ("Used in fifty countries and counting.", "fifty countries"),
        ("Bills in 30 currencies.", "30 currencies"),
    ],
)
def test_the_ways_copy_says_global(text: str, match: str) -> None:
    assert [f.match for f in scope(text + "\n", reach="local")] == [match]


def test_a_number_of_local_things_is_not_global() -> None:
    assert not scope("We fit 190 tyres a week in 3 towns.\n", reach="local")
