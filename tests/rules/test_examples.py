"""Every rule's examples are tests (sqlfluff's fail_str/fix_str, yamllint's positions).

A bad example is flagged by its rule, at exactly the spans its `match` names and, when the
rule offers a safe fix, giving exactly its `fix` text; a good example is not flagged. Each
example is also linted with its rule alone (`--select CODE`): the rule must find the same as
with every rule on, so turning one rule off never changes what another finds.
"""

from __future__ import annotations

import pytest

from jargonlint.findings import Finding
from jargonlint.fixes import apply_edits, safe_edits
from jargonlint.packs.model import Example, Rule
from jargonlint.packs.template import PLACEHOLDER

from ..conftest import lint_text, shipped_catalog

MIN_EXAMPLES = 3
JUDGES_OTHER_RULES = {"unused-suppression"}
"""Kinds whose findings are about other rules (an unused suppression): run alone, a directive
naming another rule suppresses nothing, so their good examples are only run with every rule."""


def _cases(which: str):
    for rule in shipped_catalog().rules:
        for index, example in enumerate(getattr(rule, which)):
            yield pytest.param(rule, example, id=f"{rule.code}-{which}-{index}")


BAD = list(_cases("bad"))
GOOD = list(_cases("good"))
GOOD_ALONE = [case for case in GOOD if case.values[0].kind not in JUDGES_OTHER_RULES]


def example_text(example: Example) -> str:
    """Return the example as it is linted: its text, ending with a newline."""
    return example.text + ("" if example.text.endswith("\n") else "\n")


def lint_example(rule: Rule, example: Example, alone: bool = False) -> list[Finding]:
    """Return the rule's findings on the example, with every rule on or with the rule alone."""
    overrides: dict = {"select": [rule.code]} if alone else {}
    audience = example.audience or (rule.audiences[0] if rule.audiences else None)
    if audience:
        overrides["audience"] = audience
    if example.reach:
        overrides["reach"] = example.reach
    if example.product_names:
        overrides["product_names"] = example.product_names
    if example.company_names:
        overrides["company_names"] = example.company_names
    findings = lint_text(example_text(example), fmt=example.format or "text", **overrides)
    return [f for f in findings if f.code == rule.code]


def expected_spans(example: Example) -> list[tuple[int, int]]:
    """Return the file spans the example's `match` names (the first place each occurs)."""
    text = example_text(example)
    spans = []
    for match in example.match:
        assert match in text, f"match {match!r} does not occur in {example.text!r}"
        start = text.index(match)
        spans.append((start, start + len(match)))
    return sorted(spans)


@pytest.mark.parametrize(("rule", "example"), BAD)
def test_bad_example_is_flagged_where_it_says(rule: Rule, example: Example) -> None:
    findings = lint_example(rule, example)
    assert findings, f"{rule.code} should flag: {example.text!r}"
    if example.match:
        found = sorted((f.offset, f.end_offset) for f in findings)
        assert found == expected_spans(example), (
            f"{rule.code} flagged {[f.match for f in findings]}, expected {list(example.match)}"
        )


@pytest.mark.parametrize(("rule", "example"), BAD)
def test_bad_example_message_has_every_placeholder_filled(rule: Rule, example: Example) -> None:
    for finding in lint_example(rule, example):
        texts = [finding.message, *(s.text for s in finding.suggestions)]
        assert not [t for t in texts if PLACEHOLDER.search(t)], texts


@pytest.mark.parametrize(("rule", "example"), BAD)
def test_bad_example_alone_finds_the_same(rule: Rule, example: Example) -> None:
    alone = [f.to_dict() for f in lint_example(rule, example, alone=True)]
    together = [f.to_dict() for f in lint_example(rule, example)]
    assert alone == together, f"{rule.code} finds something else when run alone"


@pytest.mark.parametrize(("rule", "example"), BAD)
def test_bad_example_safe_fix_gives_its_fix_text(rule: Rule, example: Example) -> None:
    text = example_text(example)
    edits = safe_edits(text, lint_example(rule, example, alone=True))
    if example.fix is None:
        assert not edits, (
            f"{rule.code} has a safe fix for {example.text!r}: state the fixed text as `fix:`"
            f" ({apply_edits(text, edits)!r})"
        )
    else:
        assert edits, f"{rule.code} has no safe fix for {example.text!r}, but `fix` is stated"
        assert apply_edits(text, edits) == example_text(Example(example.fix))


@pytest.mark.parametrize(("rule", "example"), GOOD)
def test_good_example_is_not_flagged(rule: Rule, example: Example) -> None:
    flagged = [f.match for f in lint_example(rule, example)]
    assert not flagged, f"{rule.code} should not flag: {example.text!r} (flagged {flagged})"


@pytest.mark.parametrize(("rule", "example"), GOOD_ALONE)
def test_good_example_is_not_flagged_alone(rule: Rule, example: Example) -> None:
    flagged = [f.match for f in lint_example(rule, example, alone=True)]
    assert not flagged, f"{rule.code} alone should not flag: {example.text!r} ({flagged})"


@pytest.mark.parametrize("rule", shipped_catalog().rules, ids=lambda r: r.code)
def test_rule_has_enough_examples(rule: Rule) -> None:
    assert len(rule.bad) >= MIN_EXAMPLES, f"{rule.code} needs {MIN_EXAMPLES} bad examples"
    assert len(rule.good) >= MIN_EXAMPLES, f"{rule.code} needs {MIN_EXAMPLES} good examples"
