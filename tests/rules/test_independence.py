"""Turning one rule off never changes what another finds: shared vocabulary is pack-level.

The hero rules share their word lists (capability and outcome verbs, reader nouns...) and the
frequency rule uses the glossary's words as technical stems; both live in `lexicons:` blocks,
loaded whatever the selection.
"""

from __future__ import annotations

import pytest

from ..conftest import lint_text

COMPANY_GAINS = (
    "The new grant helped us hire two more bakers.\n\n"
    "Our new till system enables us to open a third shop.\n\n"
    "A bank loan allowed us to buy a second van.\n\n"
    "The award lets us take on more apprentices.\n"
)
"""The company gains through an outcome verb: JL601 needs the lists JL501 also reads."""

TECH_WORDS = (
    "Our backendless shop page runs itself.\n\n"
    "Every paid order fires a webhook to your books.\n\n"
    "The daemonized till restarts every night.\n"
)
"""Rare words built on glossary terms (JL402), and a glossary term (JL401, never JL402)."""


def _spans(text: str, code: str, **overrides) -> list[tuple[int, int, str]]:
    return [(f.line, f.column, f.match) for f in lint_text(text, **overrides) if f.code == code]


def test_company_hero_findings_do_not_depend_on_the_tech_hero_rule() -> None:
    default = _spans(COMPANY_GAINS, "JL601")
    assert [line for line, _, _ in default] == [1, 3, 5, 7]
    assert _spans(COMPANY_GAINS, "JL601", ignore=["JL501"]) == default
    assert _spans(COMPANY_GAINS, "JL601", select=["JL601"]) == default


@pytest.mark.parametrize("selection", [{"ignore": ["JL401"]}, {"select": ["JL402"]}])
def test_rare_word_findings_do_not_depend_on_the_glossary_rule(selection: dict) -> None:
    default = _spans(TECH_WORDS, "JL402")
    assert [match for _, _, match in default] == ["backendless", "daemonized"]
    assert _spans(TECH_WORDS, "JL402", **selection) == default


def test_document_hero_findings_do_not_depend_on_the_sentence_rules() -> None:
    page = " ".join(
        [
            "The platform books every table.",
            "The engine automates reminders.",
            "The app streamlines your rota.",
            "The dashboard delivers weekly figures.",
            "The tool optimizes deliveries.",
        ]
    )
    default = _spans(page + "\n", "JL502")
    assert len(default) == 1
    assert _spans(page + "\n", "JL502", select=["JL502"]) == default


STOCK_PHRASES = (
    "Unlock the power of your weekly sales figures.\n\n"
    "Unlock new revenue from your quiet Mondays.\n"
)
"""A buzzword verb inside a longer stock phrase (JL205) and on its own (JL201)."""


@pytest.mark.parametrize(
    "selection",
    [{"ignore": ["JL205"]}, {"select": ["JL201"]}, {"levels": {"JL205": "off"}}],
)
def test_buzzword_verb_findings_do_not_depend_on_the_stock_phrase_rule(selection: dict) -> None:
    default = _spans(STOCK_PHRASES, "JL201")
    # Inside "Unlock the power of", the verb gives way to the longer phrase, with JL205 on or off.
    assert default == [(3, 1, "Unlock")]
    assert _spans(STOCK_PHRASES, "JL201", **selection) == default


def test_stock_phrase_findings_do_not_depend_on_the_buzzword_verb_rule() -> None:
    default = _spans(STOCK_PHRASES, "JL205")
    assert [match for _, _, match in default] == ["Unlock the power of"]
    assert _spans(STOCK_PHRASES, "JL205", ignore=["JL201"]) == default


def test_code_findings_do_not_depend_on_the_other_tech_term_rules() -> None:
    text = "Set the guest_limit for each webhook.\n\nThe dockerized till uses seat_count.\n"
    default = _spans(text, "JL403")
    assert [match for _, _, match in default] == ["guest_limit", "seat_count"]
    assert _spans(text, "JL403", ignore=["JL401", "JL402"]) == default
    assert _spans(text, "JL403", select=["JL403"]) == default
