"""The rewrite gate: each failure shape of issue 11 is caught by the check it breaks.

Originals and broken candidates are written for this test (none from the dev set); each
candidate is the kind of sentence a naive rewrite produced before the gate existed.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from jargonlint.checks.hero.fidelity import Licence
from jargonlint.checks.hero.lexicon import Lexicon
from jargonlint.checks.hero.readings import problems_of
from jargonlint.config import Config
from jargonlint.engine import Linter
from jargonlint.nlp import full_pipeline, resolve_model_name

from ..conftest import lint_text, shipped_catalog
from .test_hero_support import text_document


@lru_cache(maxsize=1)
def _nlp():
    return full_pipeline(resolve_model_name(None))


@lru_cache(maxsize=1)
def _lexicon() -> Lexicon:
    return Lexicon.from_lexicons(shipped_catalog().lexicons, Config())


def problems(original: str, candidate: str, licence: Licence | None = None) -> list[str]:
    return problems_of(candidate, _nlp()(original), licence or Licence(), _lexicon(), _nlp())


BROKEN = [
    # (failure shape, original, naive rewrite, a word every problem list must mention)
    (
        "the product's job handed to the reader",
        "Our award-winning algorithm analyzes your biometrics via connected wearables.",
        "Analyze your biometrics via connected wearables.",
        "'analyze' is done by you, not algorithm",
    ),
    (
        "an absurd frame for a new hire",
        "We're excited to announce our new head of support, Dana.",
        "You can now use our new head of support, Dana.",
        "added 'use'",
    ),
    (
        "an absurd frame for a pronoun",
        "We're excited to announce it.",
        "You can now use it.",
        "added 'use'",
    ),
    (
        "a fragment that stops mid-phrase",
        "Our app makes PDF the default format after your trial ends.",
        "Make it the default format after.",
        "dropped 'trial'",
    ),
    (
        "a parenthesis cut in half",
        "Our assistant answers questions with natural language processing (NLP) in seconds.",
        "Get answers with natural language processing(NLP.",
        "unbalanced ()",
    ),
    (
        "two verbs joined wrongly",
        "The app tracks your spending so you can understand it and plan it.",
        "You track and understand your spending and to plan it.",
        "broken join",
    ),
    (
        "a pronoun flip",
        "The app leverages GPS to show customers where their order is.",
        "Show customers where your order is.",
        "added 'your'",
    ),
    (
        "the outcome dropped",
        "Our engine optimizes your delivery routes so drivers spend less time on the road.",
        "Optimize your delivery routes.",
        "dropped 'drivers'",
    ),
    (
        "meaningless",
        "Our platform leverages AI to help you.",
        "Help you.",
        "dropped 'platform'",
    ),
    (
        "a deletion that stays company-first",
        "We are the trusted provider of payroll software.",
        "We are the provider of payroll software.",
        "opens with \u201cWe\u201d",
    ),
    (
        "subject and verb disagree",
        "Our system enables teams to collaborate in real time.",
        "Teams collaborates in real time using our system.",
        "agreement",
    ),
    (
        "a unit lost with the end punctuation",
        "Our tool enables restaurants to cut food waste by 30%.",
        "Restaurants cut food waste by 30 with our tool.",
        "dropped '%'",
    ),
    (
        "a number lost",
        "Our engine indexes 2 million products so shoppers find any part in seconds.",
        "Shoppers find any part in seconds with our engine, which indexes products.",
        "dropped '2'",
    ),
]


@pytest.mark.parametrize("shape, original, candidate, expected", BROKEN, ids=[b[0] for b in BROKEN])
def test_each_failure_shape_is_held_back(shape, original, candidate, expected) -> None:
    found = problems(original, candidate)
    assert any(expected in p for p in found), found


def test_a_good_rewrite_has_no_problem() -> None:
    original = "Our platform enables small bakeries to take orders online."
    assert problems(original, "Small bakeries take orders online with our platform.") == []


def test_news_frame_drops_only_the_company_frame() -> None:
    original = "We're thrilled to announce our new loyalty card for regulars."
    assert problems(original, "New: our loyalty card for regulars.") == []
    assert "dropped 'regulars'" in problems(original, "New: our loyalty card.")


def test_a_cut_claim_is_licensed_only_for_its_own_words() -> None:
    original = "Enjoy unmatched comfort in every room."
    assert "dropped 'unmatched'" in problems(original, "Enjoy comfort in every room.")
    assert not problems(original, "Enjoy comfort in every room.", Licence(frozenset({"unmatched"})))


# --- the gate in the engine: the first candidate that passes, else the advice ---------------


def _linter(**overrides) -> Linter:
    config = Config().with_overrides(**overrides) if overrides else Config()
    return Linter.from_catalog(shipped_catalog(), config)


def _hero_findings(linter: Linter, text: str):
    result = linter.lint([text_document(text + "\n")])[0]
    return [f for f in result.findings if f.category in ("tech-hero", "company-centric", "claim")]


def test_without_the_gate_the_candidates_and_advice_are_all_there() -> None:
    linter = _linter()
    linter.rewrite_gate = None
    (finding,) = _hero_findings(
        linter, "Our platform enables small bakeries to take orders online."
    )
    kinds = [s.kind for s in finding.suggestions]
    assert kinds[0] == "rewrite" and kinds[-1] == "advice"


def test_the_gate_keeps_one_suggestion_per_finding() -> None:
    (finding,) = _hero_findings(
        _linter(), "Our platform enables small bakeries to take orders online."
    )
    assert [(s.kind, s.text) for s in finding.suggestions] == [
        ("rewrite", "Small bakeries take orders online with our platform.")
    ]


def test_a_plain_alternative_is_swapped_in_to_lint_clean() -> None:
    findings = lint_text("The dashboard enables managers to leverage their sales data.\n")
    hero = next(f for f in findings if f.code == "JL501")
    assert hero.suggestions[0].text == "Managers use their sales data with the dashboard."


def test_jargon_with_no_plain_alternative_gets_advice() -> None:
    findings = lint_text("The app enables shop owners to track KPIs.\n")
    hero = next(f for f in findings if f.code == "JL501")
    assert hero.suggestions[0].kind == "advice"
    assert "\u201cThe app\u201d" in hero.suggestions[0].text


def test_an_acronym_spelled_out_earlier_does_not_hold_the_rewrite_back() -> None:
    text = (
        "Track your key performance indicators (KPIs) every week.\n\n"
        "The app enables shop owners to track KPIs.\n"
    )
    hero = next(f for f in lint_text(text) if f.code == "JL501")
    assert hero.suggestions[0].text == "Shop owners track KPIs with the app."


def test_the_gate_lints_with_the_same_selection() -> None:
    # With only JL501 selected, the buzzword rule cannot object to the rewrite.
    findings = lint_text(
        "The system enables teams to optimize their workflows.\n", select=["JL501"]
    )
    assert findings[0].suggestions[0].text == "Teams optimize their workflows with the system."


def test_a_buzzword_modifier_is_cut_only_where_it_modifies_and_states_no_fact() -> None:
    from jargonlint.checks.hero.gate import modifier_cuts

    text = "Bakers plan stock with our seamless tool, which reads your sales."
    findings = lint_text(text + "\n")
    cuts = modifier_cuts(_nlp()(text), findings, _lexicon())
    assert [text[a:b] for a, b in cuts] == ["seamless"]
    verb = "Bakers leverage the tool to plan stock."
    assert modifier_cuts(_nlp()(verb), lint_text(verb + "\n"), _lexicon()) == []  # a verb
    fact = "Bakers plan stock with our AI-powered tool, which reads your sales."
    found = lint_text(fact + "\n")
    assert any(f.match == "AI-powered" for f in found)
    assert modifier_cuts(_nlp()(fact), found, _lexicon()) == []  # what it runs on is a fact


@pytest.mark.parametrize(
    ("modifier", "fact"),
    [
        ("award-winning", True),
        ("prize-winning", True),
        ("certified", True),
        ("FDA-approved", True),
        ("patented", True),
        ("patent-pending", True),
        ("open-source", True),
        ("AI-powered", True),
        ("5-star", True),
        ("world-class", False),
        ("unmatched", False),
        ("cutting-edge", False),
        ("industry-leading", False),
        ("seamless", False),
    ],
)
def test_checkable_modifiers_are_told_from_superlatives(modifier: str, fact: bool) -> None:
    from jargonlint.checks.hero.fidelity import checkable

    assert checkable(modifier, _lexicon()) is fact


def test_a_checkable_claim_is_never_cut_from_a_rewrite() -> None:
    # An award is a record someone keeps: a rewrite keeps it (and is offered only if it
    # lints clean with it), or the finding gets advice.
    for text in (
        "Our award-winning bakery app enables cafes to take orders online.",
        "Taste our award-winning cider at the farm shop.",
        "Our prize-winning bakery app enables cafes to take orders online.",
    ):
        gated = [f for f in lint_text(text + "\n") if f.category in ("tech-hero", "claim")]
        assert gated
        for finding in gated:
            first = finding.suggestions[0]
            assert first.kind == "advice" or "-winning" in first.text, first.text
    claim = lint_text("Taste our award-winning cider at the farm shop.\n")[0]
    assert claim.suggestions[0].kind == "advice"
    # An unprovable superlative may go.
    hero = lint_text("Our world-class app enables florists to take orders online.\n")[0]
    assert hero.suggestions[0].text == "Florists take orders online with our app."


def test_a_hype_modifier_is_cut_not_swapped_for_a_plain_adjective() -> None:
    # "cutting-edge" -> "new" would say the platform is new, which the writer did not say.
    hero = lint_text("Our cutting-edge toolkit enables florists to build a web shop.\n")[0]
    assert hero.suggestions[0].text == "Florists build a web shop with our toolkit."
    # The cut leaves the article before the next word right: "a seamless app" -> "an app".
    hero = lint_text("A seamless app enables bakeries to take orders online.\n")[0]
    assert hero.suggestions[0].text == "Bakeries take orders online with an app."


def test_an_abstract_gift_gets_advice_and_a_concrete_one_could_lead() -> None:
    from jargonlint.checks.hero.gifts import abstract_gift

    nlp, lex = _nlp(), _lexicon()
    for text, abstract in (
        ("The tool provides deep visibility.", True),
        ("The tool delivers actionable insights.", True),
        ("The tool provides payroll analytics and fraud intelligence.", True),
        ("The tool provides reliable scalability.", True),
        ("The tool provides a weekly report.", False),
        ("The tool provides printable invoices and packing slips.", False),
        ("The tool provides instant notifications.", False),
    ):
        doc = nlp(text)
        thing = next(t for t in doc if t.dep_ == "dobj")
        assert abstract_gift(thing, lex) is abstract, text


def test_news_that_repeats_new_or_trails_a_second_announcement_is_held_back() -> None:
    original = "We're excited to announce a batch of new recipes with the launch of our app."
    found = problems(original, "New: a batch of new recipes with the launch of our app.")
    assert any("repeats" in p for p in found)
    assert any("second announcement" in p for p in found)
    assert not problems("We're excited to announce our new recipe cards.", "New: our recipe cards.")


def test_a_vague_object_is_held_back() -> None:
    original = (
        "By tidying many aspects of the stock count, the app enables grocers to reorder sooner."
    )
    candidate = "Grocers reorder sooner with the app, which tidies many aspects of the stock count."
    assert any("vague object" in p for p in problems(original, candidate))


def test_a_dropped_modifier_without_a_buzzword_finding_is_still_a_dropped_fact() -> None:
    original = "Our wooden bench seats four people so families eat together."
    cut = "Families eat together with our bench, which seats four people."
    assert "dropped 'wooden'" in problems(original, cut)


def test_a_cut_adverb_before_the_full_stop_leaves_no_space() -> None:
    from jargonlint.checks.hero.gate import Attempt, _edited

    text = "Shops sync their stock with the app seamlessly."
    start = text.index("seamlessly")
    edited = _edited(Attempt(0, 0, text, Licence()), [(start, start + len("seamlessly"), "")])
    assert edited.text == "Shops sync their stock with the app."
    assert "seamlessly" in edited.licence.dropped


def test_a_phrase_is_not_swapped_for_its_plain_words() -> None:
    # "drive value" -> "save money" has the same number of words but says a new thing.
    hero = lint_text("The tool enables shops to drive results with old stock.\n")[0]
    assert hero.suggestions[0].kind == "advice"
    # A single verb keeps its plain alternative.
    hero = lint_text("The system enables teams to optimize their workflows.\n")[0]
    assert hero.suggestions[0].text == "Teams improve their workflows with the system."
