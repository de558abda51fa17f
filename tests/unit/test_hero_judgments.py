"""Tech-hero, company-centric and claims judged from the clause, with the document's names.

Every sentence and name here is made up for these tests.
"""

from __future__ import annotations

import pytest

from jargonlint.config import Config
from jargonlint.document.reader import read_document

from .test_hero_support import _linter, lint_mine


def codes(text: str, **overrides) -> list[str]:
    return [f.code for f in lint_mine(text + "\n", **overrides)[0]]


def markdown_findings(text: str) -> list:
    """Return the hero-pack findings of a Markdown document (headings, lists, quotes)."""
    document = read_document("page.md", data=text.encode("utf-8"), fmt="markdown")
    return _linter(Config()).lint([document])[0].findings


def flagged(text: str, code: str) -> list[str]:
    """Return the matched text of each finding of ``code`` in a Markdown document."""
    return [f.context for f in markdown_findings(text) if f.code == code]


# --- tech as hero ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hero"),
    [
        ("Quillo delivers visibility into your cash flow.", True),
        ("Quillo gives managers actionable insights.", True),
        ("Quillo provides a PDF export of every invoice.", False),
        ("Quillo ensures scalability for growing shops.", False),
    ],
)
def test_a_product_name_is_a_hero_only_with_the_abstractions_copy_trades_in(
    text: str, hero: bool
) -> None:
    assert ("JL501" in codes(text, product_names=("Quillo",))) is hero


@pytest.mark.parametrize(
    ("text", "hero"),
    [
        ("Our platform offers analytics for every branch.", True),
        ("The platform ensures scalability for growing shops.", True),
        ("Our architecture provides a solid foundation for your pricing.", True),
        ("The app provides a PDF export of every invoice.", False),
        ("The scanner finds vulnerabilities in your code.", False),
        ("Our platform continues its rapid adoption among florists.", False),
    ],
)
def test_a_technology_noun_handing_over_an_abstraction_or_technology(text: str, hero: bool) -> None:
    assert ("JL501" in codes(text)) is hero


@pytest.mark.parametrize(
    "text",
    [
        "This report is not provided by the plugin.",
        "Dark mode enabled.",
        "It is easy to automate your invoices.",
        "Use Quillo to automate your invoices.",
    ],
)
def test_negations_participle_lines_expletives_and_the_readers_purpose_are_not_heroes(
    text: str,
) -> None:
    assert "JL501" not in codes(text, product_names=("Quillo",))


def test_the_documents_own_product_name_is_found_without_config() -> None:
    text = (
        "# Beacon: stock counts for corner shops\n\n"
        "Beacon is a stock app for corner shops. Beacon streamlines every stock count.\n"
    )
    assert flagged(text, "JL501") == ["Beacon streamlines every stock count."]


def test_it_opening_a_sentence_stands_for_the_documents_product() -> None:
    text = (
        "# Beacon\n\nBeacon is a stock app for corner shops.\n\n"
        "Shelves fill up fast. It leverages your sales data to plan orders.\n"
    )
    assert flagged(text, "JL501") == ["It leverages your sales data to plan orders."]


def test_it_after_a_label_stands_for_the_label_not_the_product() -> None:
    text = (
        "# Beacon\n\nBeacon is a stock app for corner shops.\n\n"
        "- Open by design: it enables community review of every change.\n"
    )
    assert flagged(text, "JL501") == []


def test_a_verbless_feature_line_with_a_technology_head() -> None:
    text = (
        "- **Reports:** an intelligent dashboard that streamlines weekly review\n"
        "- **Agents:** AI agents to automate your bookkeeping\n"
    )
    assert flagged(text, "JL501") == [
        "Reports: an intelligent dashboard that streamlines weekly review"
    ]


# --- the company on itself -------------------------------------------------------------------

LARDER = (
    "# Beacon\n\nBeacon is a stock app. Larder Ltd makes Beacon. "
    "The Larder team answers every email.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "flag"),
    [
        ("Beacon was the first stock app built for corner shops.", True),
        ("Beacon is the first plugin of the suite.", False),
        ("Today Beacon is used by 4,000 shops.", True),
        ("Beacon uses three sensors.", False),
        ("Since then Larder has grown into a team of forty.", True),
        ("This month Larder celebrates its tenth birthday.", True),
        ("Beacon partners with the county council.", True),
        ("Larder GmbH was established in 2005.", True),
        ("We grew frustrated with paper forms.", False),
        ("We are a bootstrapped, independent company.", True),
        ("Together we can fix the high street.", False),
        ("We'd be delighted to introduce ourselves and show you around.", False),
    ],
)
def test_status_rank_history_scale_and_pride_of_the_company_or_its_product(
    sentence: str, flag: bool
) -> None:
    assert bool(flagged(LARDER + sentence + "\n", "JL601")) is flag


def test_a_testimonial_is_not_the_company_on_itself() -> None:
    text = "> \u201cWe scaled our shop with Beacon. It helped us open a second branch.\u201d\n"
    assert flagged(text, "JL601") == []


def test_a_founder_quoted_in_a_paragraph_is_the_company_on_itself() -> None:
    text = "\u201cWe are thrilled to open in Leeds,\u201d said the founder of Larder.\n"
    assert flagged(text, "JL601") != []


def test_a_heading_naming_a_self_topic_is_the_company_on_itself() -> None:
    assert flagged("## A Commitment to Quality\n", "JL601") == ["A Commitment to Quality"]
    assert flagged("## Your commitment, our tools\n", "JL601") == []


# --- claims ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Keep your busiest day of the week free.", False),
        ("Together we can achieve the best results.", False),
        ("Beacon is compatible with the biggest brands.", False),
        ("Enjoy the finest coffee in town.", True),
        ("You get the fastest support in town.", True),
        ("The national chains can't match our prices.", True),
        ("Our bakers stay at the cutting edge of sourdough.", True),
    ],
)
def test_superlatives_are_claims_when_said_of_the_company(text: str, claim: bool) -> None:
    assert ("JL611" in codes(text)) is claim


def test_a_dateline_and_the_company_itself_are_not_evidence() -> None:
    dateline = "LEEDS, May 4 \u2014 Larder, the leading stock app maker, opened today."
    assert "JL611" in codes(dateline)
    own = "Larder is the leading stock app maker, says a report from Larder."
    assert "JL611" in codes(own)
    other = "Larder is the leading stock app maker, says a report from Shelfwatch."
    assert "JL611" not in codes(other)


def test_an_award_is_status_whoever_gives_it() -> None:
    assert flagged("Recognized as the best stock app by Shelf Weekly.\n", "JL601")
    assert not flagged("Name the file after the shop.\n", "JL601")


def test_a_ranked_line_without_a_verb_is_status_even_in_title_case() -> None:
    heading = "# Quorvo Cloud: the First Stock Counter You Can Run Anywhere\n"
    assert flagged(heading, "JL601") == [heading[2:].strip()]
    assert not flagged("# The First Step: Count Your Shelves\n", "JL601")
