"""A claim that opens on a possessive is reported with its owner, at the owner's column."""

from __future__ import annotations

from ..conftest import lint_text


def test_possessive_claim_includes_its_owner():
    text = "Rosa's is the town's leading bakery.\n"
    claims = [f for f in lint_text(text) if f.category == "claim"]
    assert [(f.match, f.column) for f in claims] == [("town's leading", 15)]
    assert text[claims[0].offset : claims[0].end_offset] == "town's leading"


def test_a_number_that_describes_the_offer_is_not_evidence():
    spec = "Our industry-leading plans include a 30-day trial.\n"
    proof = "Our industry-leading support answers 98% of calls within a minute.\n"
    assert [f.match for f in lint_text(spec) if f.category == "claim"] == ["industry-leading"]
    assert not [f for f in lint_text(proof) if f.category == "claim"]
