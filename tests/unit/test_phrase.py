"""The phrase kind decides by use: the object of a word, compound families, narrow exceptions."""

from __future__ import annotations

import pytest

from jargonlint.lang.objects import is_vague, object_head
from jargonlint.nlp import light_pipeline

from ..conftest import lint_text


def buzz(text: str, **overrides) -> list[str]:
    """Return the matched text of every buzzword finding."""
    findings = lint_text(text, audience=overrides.pop("audience", "general"), **overrides)
    return [f.match for f in findings if f.category == "buzzword"]


# -- the object of a word -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("optimize your photos today", "photos"),
        ("optimize the whole delivery route", "route"),
        ("unlock new opportunities for you", "opportunities"),
        ("optimized operations and costs", "operations"),
        ("unlock silently for everyone", None),
        ("optimize for speed", None),
        ("optimize your supply chain", "chain"),
        ("unlock your team's potential", "potential"),
    ],
)
def test_object_head(text: str, head: str | None) -> None:
    doc = light_pipeline()(text)
    found = object_head(doc, 1)
    assert (found.text if found else None) == head


def test_vague_words_and_abstract_suffixes() -> None:
    vague = frozenset({"growth", "workflow"})
    suffixes = ("ity", "ness")
    assert is_vague("workflows", vague, suffixes)
    assert is_vague("productivity", vague, suffixes)
    assert not is_vague("photos", vague, suffixes)
    assert not is_vague("city", vague, suffixes)  # a suffix needs a stem of its own


@pytest.mark.parametrize(
    "text",
    [
        "We optimize your workflow in a week.",
        "Our tools optimise day-to-day operations.",
        "Smart reminders drive loyalty at every clinic.",
        "Transform your operations with one app.",
        "Maximize efficiency at the front desk.",
    ],
)
def test_a_vague_object_makes_the_verb_a_buzzword(text: str) -> None:
    assert buzz(text, audience="business")


@pytest.mark.parametrize(
    "text",
    [
        "We optimize your photos so the menu page loads fast.",
        "Optimize the delivery route before the van leaves.",
        "Drive the van to the back door.",
        "Enable notifications to hear about new bookings.",
        "Our solar panels power the whole bakery.",
    ],
)
def test_a_concrete_object_makes_the_verb_literal(text: str) -> None:
    assert buzz(text, audience="business") == []


@pytest.mark.parametrize(
    "text",
    [
        "Unlock your phone with your fingerprint.",
        "The shop doors unlock at nine.",
        "Unlock every level by finishing the daily quest.",
        "Newly added rewards unlock silently.",
    ],
)
def test_unlock_is_literal_for_things_that_lock(text: str) -> None:
    assert buzz(text) == []


def test_unlock_is_a_buzzword_for_abstract_gains() -> None:
    assert buzz("Unlock new revenue from your quiet Mondays.") == ["Unlock"]


def test_one_finding_where_a_longer_phrase_of_the_same_category_covers_a_word() -> None:
    assert buzz("Unlock the power of online booking.") == ["Unlock the power of"]


# -- families by derivation -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A community-driven planner for gardeners.", "community-driven"),
        ("A people-powered review site.", "people-powered"),
        ("Our guest-centric booking page.", "guest-centric"),
        ("A mobile-first menu for cafés.", "mobile-first"),
        ("An end to end booking service for salons.", "end to end"),
        ("A new generation till for market stalls.", "new generation"),
        ("Bookings that work at scale.", "at scale"),
        ("Built for high scalability.", "scalability"),
        ("We lead the payments revolution.", "revolution"),
    ],
)
def test_families_are_matched(text: str, expected: str) -> None:
    assert expected in [m.lower() for m in buzz(text)]


@pytest.mark.parametrize(
    "text",
    [
        "We sell battery-powered drills and solar-powered lamps.",
        "A belt-driven fan keeps the kitchen cool.",
        "Always put safety-first rules on the wall.",
        "Your messages use end to end encryption.",
        "The industrial revolution changed baking.",
        "We apologise for the service disruption this morning.",
        "Our school trains a new generation of bakers.",
    ],
)
def test_literal_members_of_a_family_are_left_alone(text: str) -> None:
    assert buzz(text) == []


def test_a_compound_listed_in_full_wins_over_its_family() -> None:
    findings = lint_text("Try our AI-powered planner.")
    codes = [f.code for f in findings if f.match == "AI-powered"]
    assert codes == ["JL204"]


# -- exceptions narrowed to what they are for ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We found the solution to the leak.",
        "The solution is to call us first.",
        "A quick solution for a dripping tap.",
        "The chemist sells saline solution.",
        "We began working on solutions right away.",
    ],
)
def test_solution_as_an_answer_or_a_liquid_is_fine(text: str) -> None:
    assert buzz(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "We offer the best solution to manage your stock.",
        "The solution has every report a bakery needs.",
        "Salon booking is the best solution for busy owners.",
        "Payment solutions for every shop.",
    ],
)
def test_solution_as_a_product_is_a_buzzword(text: str) -> None:
    assert buzz(text)


@pytest.mark.parametrize(
    "text", ["Fast hosting on Zorbly-powered servers.", "An API-first design for your shop."]
)
def test_a_family_compound_on_a_name_or_an_acronym_is_left_alone(text: str) -> None:
    assert buzz(text) == []


def test_best_practices_as_a_claim_or_as_instructions() -> None:
    assert buzz("We follow industry best practices.") == ["best practices"]
    assert buzz("Follow these best practices when you pick a password.") == []
    assert buzz("Security best practices: use a long password and turn on reminders.") == []
    assert buzz("Read the best practices below before you start.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The home of bakery innovation.", "innovation"),
        ("We de-risk every launch for you.", "de-risk"),
    ],
)
def test_more_business_jargon(text: str, expected: str) -> None:
    assert expected in [m.lower() for m in buzz(text)]


# -- "solution to" a problem, "the power of" authority, reaching out to people --------------


@pytest.mark.parametrize(
    "text",
    [
        "Our guide has solutions to common baking problems.",
        "The solution to scheduling clashes is a shared calendar.",
    ],
)
def test_a_solution_to_a_problem_is_an_answer(text: str) -> None:
    assert buzz(text) == []


def test_a_solution_to_do_something_is_a_product() -> None:
    assert buzz("Our solution to track every order saves you an hour.") == ["solution"]


@pytest.mark.parametrize(
    "text",
    [
        "By the power of the parish council, the fair may use the green.",
        "It is not within the power of any one shop to fix the road.",
    ],
)
def test_the_power_of_after_a_preposition_is_authority(text: str) -> None:
    assert buzz(text) == []


def test_reaching_out_to_other_people_is_literal_but_asking_to_be_contacted_is_not() -> None:
    assert buzz("Our volunteers reach out to neighbours who live alone.") == []
    assert buzz("Reach out to our team for a quote.") == ["Reach out"]


def test_the_way_something_is_done_is_a_vague_object() -> None:
    assert buzz("Optimize the way you plan your rota.") == ["Optimize"]
    assert buzz("Optimize your photos before you post them.") == []
