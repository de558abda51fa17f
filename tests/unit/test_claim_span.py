"""A claim that opens on a possessive is reported with its owner, at the owner's column."""

from __future__ import annotations

from ..conftest import lint_text


def test_possessive_claim_includes_its_owner():
    text = "Rosa's is the town's leading bakery.\n"
    claims = [f for f in lint_text(text) if f.category == "claim"]
    assert [(f.match, f.column) for f in claims] == [("town's leading", 15)]
    assert text[claims[0].offset : claims[0].end_offset] == "town's leading"
