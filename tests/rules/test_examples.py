"""Every rule's examples are tests: each bad example is flagged by its rule, no good one is.

They run through jargonlint.pack_test, the code behind `jargonlint test PACK...`, so a team's
own pack is checked exactly as ours are.
"""

from __future__ import annotations

import pytest

from jargonlint.pack_test import ExampleCase, ExampleRunner, example_cases
from jargonlint.packs.model import Rule

from ..conftest import shipped_catalog

MIN_EXAMPLES = 3
RUNNER = ExampleRunner(shipped_catalog())


@pytest.mark.parametrize("case", example_cases(shipped_catalog().rules), ids=lambda case: case.id)
def test_rule_example(case: ExampleCase) -> None:
    result = RUNNER.run(case)
    assert result.passed, f"{case.rule.code}: {case.example.text!r}: {result.problem}"


@pytest.mark.parametrize("rule", shipped_catalog().rules, ids=lambda r: r.code)
def test_rule_has_enough_examples(rule: Rule) -> None:
    assert len(rule.bad) >= MIN_EXAMPLES, f"{rule.code} needs {MIN_EXAMPLES} bad examples"
    assert len(rule.good) >= MIN_EXAMPLES, f"{rule.code} needs {MIN_EXAMPLES} good examples"
