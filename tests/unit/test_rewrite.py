"""Every rewrite shape and advice, on the sentence set in tests/data/rewrites.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from .test_hero_support import lint_mine

DATA = Path(__file__).resolve().parents[1] / "data" / "rewrites.yaml"
CASES = yaml.safe_load(DATA.read_text("utf-8"))
CATEGORIES = {"tech-hero", "company-centric", "claim"}


def test_set_is_large_enough() -> None:
    assert len(CASES) >= 40
    assert sum(1 for c in CASES if c.get("kind") == "rewrite") >= 15


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_rewrite_or_advice(case: dict) -> None:
    findings = [f for f in lint_mine(case["text"] + "\n")[0] if f.category in CATEGORIES]
    if case.get("expect") == "none":
        assert not findings, [(f.code, f.match) for f in findings]
        return
    assert findings, f"no finding for {case['text']!r}"
    first = findings[0]
    assert first.code == case["code"]
    assert first.suggestions, "every finding carries a suggestion"
    suggestion = first.suggestions[0]
    assert suggestion.kind == case["kind"]
    if suggestion.kind == "rewrite":
        assert suggestion.text == case["expect"]
    else:
        for part in case["contains"]:
            assert part in suggestion.text


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.get("kind") == "rewrite"], ids=lambda c: c["text"][:40]
)
def test_rewrites_are_sentences(case: dict) -> None:
    text = case["expect"]
    assert text[0].isupper() and text.endswith(".")
    assert "  " not in text and " ," not in text and " ." not in text


def test_controlled_complement_inflects_with_lemminflect() -> None:
    findings, _ = lint_mine("The app empowers teams to detect and resolve fraud faster.\n")
    rewrite = [s.text for f in findings for s in f.suggestions if s.kind == "rewrite"]
    assert rewrite == ["Your team detects and resolves fraud faster."]


def test_a_misparsed_coordination_gets_no_broken_rewrite() -> None:
    # The parser reads "file" as a noun here; a rewrite would say "reconciles and file".
    findings, _ = lint_mine("The app empowers teams to reconcile and file expenses.\n")
    texts = [s.text for f in findings for s in f.suggestions]
    assert findings and not any("and file" in t for t in texts)


def test_advice_asks_the_question() -> None:
    findings, _ = lint_mine("The dashboard delivers actionable insights.\n")
    advice = findings[0].suggestions[0]
    assert advice.kind == "advice"
    assert "What can the reader do now that they couldn't before?" in advice.text
