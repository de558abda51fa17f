"""The rewrite gate's work: each candidate text parsed and linted once, a broken one never.

The sentences are written for this test (none from the dev set).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from jargonlint.checks.hero.gate import Parses
from jargonlint.config import Config
from jargonlint.engine import Linter
from jargonlint.findings import Suggestion
from jargonlint.nlp import full_pipeline, resolve_model_name

from ..conftest import shipped_catalog
from .test_hero_support import text_document

SENTENCE = "Our platform enables small bakeries to take orders online."
REWRITE = "Small bakeries take orders online with our platform."


class _CountingPipeline:
    """The trained pipeline, counting every text it parses."""

    def __init__(self) -> None:
        self.nlp = full_pipeline(resolve_model_name(None))
        self.texts: Counter[str] = Counter()

    def __call__(self, text):
        self.texts[text] += 1
        return self.nlp(text)

    def pipe(self, texts, batch_size=64):
        texts = list(texts)
        self.texts.update(texts)
        return self.nlp.pipe(texts, batch_size=batch_size)


def _gate_with_counters(monkeypatch):
    """Return a fresh gate, its counting pipeline and the texts its inner linter lints."""
    linter = Linter.from_catalog(shipped_catalog(), Config())
    gate = linter.rewrite_gate
    pipeline = _CountingPipeline()
    monkeypatch.setattr(gate, "_nlp", lambda: pipeline)
    linted: Counter[str] = Counter()
    inner = gate.inner
    lint = inner.lint

    def counting_lint(documents):
        documents = list(documents)
        linted.update(d.text for d in documents)
        return lint(documents)

    monkeypatch.setattr(inner, "lint", counting_lint)
    return gate, pipeline, linted


def _hero_finding():
    """Return the ungated company/tech-hero finding of SENTENCE, with its candidates."""
    linter = Linter.from_catalog(shipped_catalog(), Config()).without_gate()
    findings = linter.lint([text_document(SENTENCE)])[0].findings
    hero = next(f for f in findings if f.category in ("tech-hero", "company-centric"))
    assert REWRITE in [s.text for s in hero.suggestions if s.kind == "rewrite"]
    return hero


def test_the_same_candidate_of_two_findings_is_parsed_and_linted_once(monkeypatch) -> None:
    gate, pipeline, linted = _gate_with_counters(monkeypatch)
    hero = _hero_finding()
    chosen = gate.choose([hero, hero], [set(), set()])
    assert [s.text for s in chosen] == [REWRITE, REWRITE]
    assert linted[REWRITE] == 1
    assert max(linted.values()) == 1, linted
    assert pipeline.texts[SENTENCE] == 1
    assert max(pipeline.texts.values()) == 1, pipeline.texts


def test_a_candidate_seen_in_an_earlier_file_is_not_linted_again(monkeypatch) -> None:
    gate, _, linted = _gate_with_counters(monkeypatch)
    hero = _hero_finding()
    first = gate.choose([hero], [set()])
    seen = Counter(linted)
    assert gate.choose([hero], [set()]) == first
    assert linted == seen


def test_a_candidate_broken_in_its_text_is_held_back_unparsed(monkeypatch) -> None:
    gate, pipeline, linted = _gate_with_counters(monkeypatch)
    hero = _hero_finding()
    broken = "small bakeries take orders online with our platform."  # no capital
    hero = replace(hero, suggestions=(Suggestion(broken, "rewrite"), *hero.suggestions))
    assert [s.text for s in gate.choose([hero], [set()])] == [REWRITE]
    assert gate.problems[broken] == ["not a sentence: capital first, full stop last"]
    assert not any(broken.rstrip(".") in text for text in pipeline.texts)
    assert broken not in linted


def test_parses_parse_each_text_once_and_keep_the_order_asked() -> None:
    pipeline = _CountingPipeline()
    parses = Parses(pipeline)
    docs = parses.many(["Shops open early.", "Cafes close late.", "Shops open early."])
    assert [d.text for d in docs] == ["Shops open early.", "Cafes close late.", "Shops open early."]
    assert parses("Cafes close late.") is docs[1]
    assert parses.parsed == 2
    assert set(pipeline.texts.values()) == {1}
