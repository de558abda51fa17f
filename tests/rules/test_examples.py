"""Every rule's examples are tests: each bad example is flagged by its rule, no good one is."""

from __future__ import annotations

import pytest

from jargonlint.packs.model import Example, Rule

from ..conftest import lint_text, shipped_catalog

MIN_EXAMPLES = 3


def _cases():
    for rule in shipped_catalog().rules:
        for index, example in enumerate(rule.bad):
            yield pytest.param(rule, example, True, id=f"{rule.code}-bad-{index}")
        for index, example in enumerate(rule.good):
            yield pytest.param(rule, example, False, id=f"{rule.code}-good-{index}")


def _lint_example(rule: Rule, example: Example):
    overrides = {}
    audience = example.audience or (rule.audiences[0] if rule.audiences else None)
    if audience:
        overrides["audience"] = audience
    if example.reach:
        overrides["reach"] = example.reach
    if example.product_names:
        overrides["product_names"] = example.product_names
    if example.company_names:
        overrides["company_names"] = example.company_names
    return lint_text(
        example.text + ("" if example.text.endswith("\n") else "\n"),
        fmt=example.format or "text",
        **overrides,
    )


@pytest.mark.parametrize(("rule", "example", "bad"), list(_cases()))
def test_rule_example(rule: Rule, example: Example, bad: bool) -> None:
    findings = [f for f in _lint_example(rule, example) if f.code == rule.code]
    if bad:
        assert findings, f"{rule.code} should flag: {example.text!r}"
        if example.match:
            assert any(example.match.lower() in f.match.lower() for f in findings), (
                f"{rule.code} flagged {[f.match for f in findings]}, expected {example.match!r}"
            )
    else:
        assert not findings, (
            f"{rule.code} should not flag: {example.text!r} (flagged {[f.match for f in findings]})"
        )


@pytest.mark.parametrize("rule", shipped_catalog().rules, ids=lambda r: r.code)
def test_rule_has_enough_examples(rule: Rule) -> None:
    assert len(rule.bad) >= MIN_EXAMPLES, f"{rule.code} needs {MIN_EXAMPLES} bad examples"
    assert len(rule.good) >= MIN_EXAMPLES, f"{rule.code} needs {MIN_EXAMPLES} good examples"
