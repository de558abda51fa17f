"""Rewrites a copy editor would accept (issue 11), on the sentence set in tests/data/rewrites.yaml.

Every case is linted with the shipped rules and default configuration. A case with `rewrite`
must get exactly that rewrite; each expected rewrite is then checked against the four criteria
mechanically and independently of the gate where that can be done: grammatical (a fresh
parse: whole, in agreement, balanced), faithful (every number and name kept), customer-first
(it does not open with the product or the company) and clean (linted again: no finding).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from jargonlint.checks.hero.fidelity import Licence
from jargonlint.checks.hero.lexicon import Lexicon
from jargonlint.checks.hero.readings import problems_of
from jargonlint.config import Config
from jargonlint.lang.inflection import lemma_of
from jargonlint.nlp import full_pipeline, resolve_model_name

from ..conftest import lint_text, shipped_catalog

DATA = Path(__file__).resolve().parents[1] / "data" / "rewrites.yaml"
CASES = yaml.safe_load(DATA.read_text("utf-8"))
CATEGORIES = {"tech-hero", "company-centric", "claim"}
REWRITES = [c for c in CASES if "rewrite" in c]
ADVICE = [c for c in CASES if "advice" in c]
SHAPES = {
    "people-served",
    "people-served-how",
    "people-served-tense",
    "people-served-described",
    "outcome-first",
    "outcome-participle",
    "helped-purpose",
    "reader-gets",
    "reader-can",
    "modifier-cut",
    "we-give",
    "we-help",
    "news",
    "claim-cut",
    "claim-shared",
    "label",
    "absurd-frame",
    "company-first",
    "company-people-served",
    "claim-company-first",
    "job-handed",
    "pronoun-flip",
    "meaningless",
    "jargon-kept",
    "jargon-swapped",
    "not-people",
    "broken-parse",
    "none",
}


def _id(case: dict) -> str:
    return case["text"][:50]


@lru_cache(maxsize=1)
def _parse():
    return full_pipeline(resolve_model_name(None))


@lru_cache(maxsize=1)
def _lexicon() -> Lexicon:
    return Lexicon.from_lexicons(shipped_catalog().lexicons, Config())


def _mine(text: str):
    return [f for f in lint_text(text + "\n") if f.category in CATEGORIES]


def test_the_set_is_large_and_spans_the_shapes() -> None:
    assert len(CASES) >= 150
    assert len(REWRITES) >= 60 and len(ADVICE) >= 50
    assert {c["shape"] for c in CASES} == SHAPES
    texts = [c["text"] for c in CASES]
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_each_sentence_gets_its_rewrite_or_targeted_advice(case: dict) -> None:
    findings = _mine(case["text"])
    if case.get("none"):
        assert not findings, [(f.code, f.match) for f in findings]
        return
    found = [f for f in findings if f.code == case["code"]]
    assert found, f"no {case['code']} for {case['text']!r}: {[f.code for f in findings]}"
    for finding in findings:
        assert len(finding.suggestions) == 1, "the gate settles every finding to one suggestion"
    suggestion = found[0].suggestions[0]
    if "rewrite" in case:
        assert (suggestion.kind, suggestion.text) == ("rewrite", case["rewrite"])
        return
    assert suggestion.kind == "advice", suggestion.text
    assert f"\u201c{case['advice']}\u201d" in suggestion.text  # names the hero or the claim
    assert case["advice"].lower() in case["text"].lower()
    assert "?" in suggestion.text, "asks the question the writer must answer"
    assert "___" in suggestion.text, "offers a fill-in template"


# --- the four criteria, checked on every expected rewrite ---------------------------------


@pytest.mark.parametrize("case", REWRITES, ids=_id)
def test_rewrite_is_grammatical(case: dict) -> None:
    text = case["rewrite"]
    assert (text[0].isupper() or text[0].isdigit()) and text.endswith(".")
    assert "  " not in text and " ," not in text and " ." not in text
    for opening, closing in ("()", "[]", "\u201c\u201d"):
        assert text.count(opening) == text.count(closing)
    assert text.count('"') % 2 == 0
    assert problems_of(text, _parse()(case["text"]), _licence(case), _lexicon(), _parse()) == []


@pytest.mark.parametrize("case", REWRITES, ids=_id)
def test_rewrite_keeps_every_number_and_name(case: dict) -> None:
    original, text = case["text"], case["rewrite"]
    for number in re.findall(r"\d[\d,./]*\d|\d", original):
        assert number in text
    words = original.rstrip(".").split()
    # A capitalised word that does not open the sentence or follow a colon is a name.
    names = [
        w.strip(",.:")
        for before, w in zip(words, words[1:], strict=False)
        if w[:1].isupper() and not before.endswith(":")
    ]
    cut = _licence(case).dropped  # a buzzword modifier cut ("AI-powered") is no name
    for name in names:
        assert name in text or set(re.findall(r"\w+", name.lower())) <= cut, name


@pytest.mark.parametrize("case", REWRITES, ids=_id)
def test_rewrite_leads_with_the_reader_or_what_they_get(case: dict) -> None:
    original, text = case["text"], case["rewrite"]
    body = text.split(": ", 1)[1] if original.split(":")[0] == text.split(":")[0] else text
    first_words = " ".join(original.split(": ")[-1].split()[:2]).lower()
    if case["shape"] != "claim-cut":
        # The product or company the sentence opened with no longer leads it.
        assert not body.lower().startswith(first_words), body
    assert not re.match(r"(we|our|us)\b", body, re.IGNORECASE)


@pytest.mark.parametrize("case", REWRITES, ids=_id)
def test_rewrite_lints_clean(case: dict) -> None:
    findings = lint_text(case["rewrite"] + "\n")
    assert not findings, [(f.code, f.match) for f in findings]


def _licence(case: dict) -> Licence:
    """Return what the rewrite may drop and add, as the tool states it for the original: the
    claim a claim finding quotes, and the plain words its buzzword findings offer."""
    findings = lint_text(case["text"] + "\n")
    licence = Licence()
    if case["code"] == "JL611":
        claim = next(f for f in findings if f.code == "JL611").match
        licence = licence.widened(re.findall(r"\w+", claim.lower()), ())
    for finding in findings:
        plain = [s.text for s in finding.suggestions if s.kind == "replace"]
        if plain and plain[0].lower() in case["rewrite"].lower():
            verbs = [(lemma_of(finding.match.split()[0]), lemma_of(plain[0].split()[0]))]
            words = re.findall(r"\w+", finding.match), re.findall(r"\w+", plain[0])
            licence = licence.widened(*words, verbs)
        elif finding.category == "buzzword" and finding.match not in case["rewrite"]:
            # A buzzword modifier cut from its noun ("our AI-powered engine" -> "our engine").
            licence = licence.widened(re.findall(r"\w+", finding.match), ())
    return licence
