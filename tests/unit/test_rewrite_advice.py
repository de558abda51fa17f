"""Targeted advice and the new rewrite licences (issue 11): sentences written for these tests.

Advice must name the hero (the noun a relative "that" stands for, not "that"), the whole
capability (both verbs of "streamlines and accelerates X"), and quote the reader's outcome
when the sentence states one, for a company sentence too.
"""

from __future__ import annotations

from functools import lru_cache

from jargonlint.checks.hero.fidelity import Licence
from jargonlint.checks.hero.lexicon import Lexicon
from jargonlint.checks.hero.readings import problems_of
from jargonlint.config import Config
from jargonlint.nlp import full_pipeline, resolve_model_name

from ..conftest import lint_text, shipped_catalog


@lru_cache(maxsize=1)
def _parse():
    return full_pipeline(resolve_model_name(None))


def _lexicon() -> Lexicon:
    return Lexicon.from_lexicons(shipped_catalog().lexicons, Config())


def _advice(text: str, code: str) -> str:
    finding = next(f for f in lint_text(text + "\n") if f.code == code)
    (suggestion,) = finding.suggestions
    assert suggestion.kind == "advice", suggestion.text
    return suggestion.text


def test_a_relative_that_is_not_named_as_the_hero() -> None:
    advice = _advice("Tidyup is a cloud platform that streamlines your paperwork.", "JL501")
    assert "\u201cthat\u201d" not in advice
    assert "\u201cTidyup\u201d" in advice or "cloud platform" in advice


def test_the_capability_keeps_both_conjoined_verbs_and_their_object() -> None:
    advice = _advice(
        "By combining sensors with clever maths, the platform streamlines and accelerates "
        "your stock counts.",
        "JL501",
    )
    assert "streamlines and accelerates your stock counts" in advice


def test_company_advice_quotes_the_outcome_the_sentence_states() -> None:
    # A relative clause in what the riders do: no rewrite can move it, so the advice quotes it.
    advice = _advice(
        "Since 2010 we have helped millions of riders to find a bike that fits.", "JL601"
    )
    assert "\u201cmillions of riders find a bike that fits\u201d" in advice
    assert "?" in advice and "___" in advice


def test_tech_advice_quotes_an_outcome_participle() -> None:
    advice = _advice(
        "The engine optimizes your delivery routes, helping drivers finish earlier.", "JL501"
    )
    assert "\u201cdrivers finish earlier\u201d" in advice


def _problems(original: str, rewrite: str) -> list[str]:
    return problems_of(rewrite, _parse()(original), Licence(), _lexicon(), _parse())


def test_ability_licence_needs_can_in_the_rewrite() -> None:
    original = "The platform provides the ability to send invoices from your phone."
    assert _problems(original, "You can send invoices from your phone with the platform.") == []
    # Without "can" the ability is not said again: the dropped words count against it.
    problems = _problems(original, "You send invoices from your phone with the platform.")
    assert any("ability" in p for p in problems), problems


def test_saving_is_the_readers_only_when_the_original_saves_for_them() -> None:
    saved = "The system processes invoices overnight, saving you three hours a week."
    assert (
        _problems(
            saved,
            "You save three hours a week with the system, which processes invoices overnight.",
        )
        == []
    )
    # The product's own work is still never handed to the reader.
    handed = "You process invoices overnight with the system, which saves you three hours a week."
    assert "'process' is done by you, not system" in _problems(saved, handed)


def test_announcement_advice_names_the_whole_announced_thing() -> None:
    advice = _advice(
        "We are excited to announce the official launch of our booking app today, a big step "
        "for our team.",
        "JL601",
    )
    assert "the official launch of our booking app" in advice
    assert "?" in advice and "___" in advice
