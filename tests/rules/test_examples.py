"""Every rule's examples are tests (sqlfluff's fail_str/fix_str, yamllint's positions).

They run through jargonlint.pack_test, the code behind `jargonlint test PACK...`, so a team's
own pack is checked exactly as ours are: a bad example is flagged by its rule at exactly the
spans its `match` names, with the `fix` text its safe fix gives; a good example is not flagged;
and each example finds the same with its rule alone (`--select CODE`). The shipped packs are
held to one more rule: every safe fix a bad example gets is stated as its `fix`.
"""

from __future__ import annotations

import pytest

from jargonlint.fixes import apply_edits, safe_edits
from jargonlint.pack_test import ExampleCase, ExampleRunner, example_cases
from jargonlint.packs.model import Rule

from ..conftest import shipped_catalog

MIN_EXAMPLES = 3
RUNNER = ExampleRunner(shipped_catalog())
CASES = example_cases(shipped_catalog().rules)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_rule_example(case: ExampleCase) -> None:
    result = RUNNER.run(case)
    assert result.passed, f"{case.rule.code}: {case.example.text!r}: {result.problem}"


@pytest.mark.parametrize("case", [c for c in CASES if c.bad], ids=lambda case: case.id)
def test_every_safe_fix_of_a_shipped_example_is_stated(case: ExampleCase) -> None:
    if case.example.fix is not None:
        return  # test_rule_example checks the stated text
    text, findings = RUNNER.findings(case)
    edits = safe_edits(text, findings)
    assert not edits, f"state the fixed text as `fix:` ({apply_edits(text, edits)!r})"


@pytest.mark.parametrize("rule", shipped_catalog().rules, ids=lambda r: r.code)
def test_rule_has_enough_examples(rule: Rule) -> None:
    assert len(rule.bad) >= MIN_EXAMPLES, f"{rule.code} needs {MIN_EXAMPLES} bad examples"
    assert len(rule.good) >= MIN_EXAMPLES, f"{rule.code} needs {MIN_EXAMPLES} good examples"
