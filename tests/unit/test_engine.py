"""The engine: two stages (parse only candidates), exact spans, replacements in the found form."""

from __future__ import annotations

import pytest

from jargonlint import engine as engine_module
from jargonlint.config import Config
from jargonlint.document.reader import read_document
from jargonlint.engine import Linter
from jargonlint.packs.catalog import load_catalog
from jargonlint.packs.selection import select_rules

from ..conftest import lint_text, shipped_catalog


def linter_for(**overrides) -> Linter:
    config = Config().with_overrides(**overrides)
    return Linter(select_rules(shipped_catalog(), config), config, shipped_catalog().lexicons)


def lint_with(linter: Linter, text: str, fmt: str = "markdown"):
    document = read_document("page.md", data=text.encode(), fmt=fmt)
    return linter.lint([document])[0].findings


def test_tokens_only_rules_never_load_the_trained_pipeline(monkeypatch):
    def refuse(model):
        raise AssertionError("the trained pipeline was loaded")

    monkeypatch.setattr(engine_module, "full_pipeline", refuse)
    linter = linter_for(select=["JL102"])
    findings = lint_with(linter, "Call us in order to book.\n\nWe open at nine.\n")
    assert [f.match for f in findings] == ["in order to"]
    assert linter.parsed_sentences == 0


POS_PACK = """
pack: tmp
rules:
  - code: XY101
    name: verb-only
    kind: phrase
    category: buzzword
    level: warning
    message: "{match}"
    explanation: A verb-only term for the test.
    match: lemma
    terms:
      - {phrase: harness, pos: [VERB], replace: [use]}
    examples: {bad: [a], good: [b]}
"""


def test_only_candidate_sentences_are_parsed(tmp_path):
    pack = tmp_path / "pack.yaml"
    pack.write_text(POS_PACK, encoding="utf-8")
    config = Config().with_overrides(packs=[str(pack)], select=["XY101"])
    catalog = load_catalog(config.packs)
    linter = Linter(select_rules(catalog, config), config, catalog.lexicons)
    text = "We open at nine. You can harness our vans to move house. The shop sells bread.\n"
    findings = lint_with(linter, text)
    assert linter.parsed_sentences == 1
    assert [f.match for f in findings] == ["harness"]
    assert not lint_with(linter, "The harness fits a small dog.\n")


def test_replacement_takes_the_form_found():
    found = {
        f.match: f.suggestions[0]
        for f in lint_text("She utilized the van. He utilizes the van. They utilize it.\n")
        if f.code == "JL101"
    }
    assert found["utilized"].text == "used"
    assert found["utilizes"].text == "uses"
    assert found["utilize"].text == "use" and found["utilize"].safe


def test_sentence_start_capital_carries_over_but_not_mid_sentence():
    findings = [f for f in lint_text("Utilize the door. Please utilize it.\n") if f.code == "JL101"]
    assert [s.suggestions[0].text for s in findings] == ["Use", "use"]


def test_allow_list_silences_a_term():
    assert not [
        f for f in lint_text("Please utilize the door.\n", allow=("utilize",)) if f.code == "JL101"
    ]


@pytest.mark.parametrize(
    ("markup", "expected_match"),
    [
        ("Please *utilize* the door.", "utilize"),
        ("Please [utilize](https://example.com/utilize) the door.", "utilize"),
        ("> Please utilize the door.", "utilize"),
        ("- Please utilize the door.", "utilize"),
        ("| a | b |\n|---|---|\n| Please utilize the door | x |", "utilize"),
    ],
)
def test_markdown_spans_are_exact(markup, expected_match):
    text = markup + "\n"
    findings = [f for f in lint_text(text, "markdown") if f.code == "JL101"]
    assert len(findings) == 1
    finding = findings[0]
    assert text[finding.offset : finding.end_offset] == expected_match
    line = text.splitlines()[finding.line - 1]
    assert line[finding.column - 1 : finding.end_column - 1] == expected_match


def test_code_and_urls_are_never_linted():
    text = "Run `utilize` now.\n\n```\nutilize\n```\n\nSee https://example.com/utilize today.\n"
    assert not [f for f in lint_text(text, "markdown") if f.code == "JL101"]


def test_front_matter_fields_are_linted_at_their_position():
    text = "---\ntitle: Utilize our vans\nlayout: utilize\n---\n\nHello.\n"
    findings = [f for f in lint_text(text, "markdown") if f.code == "JL101"]
    assert [(f.line, f.column) for f in findings] == [(2, 8)]


def test_measures_are_reported_per_file():
    config = Config()
    linter = Linter(select_rules(shipped_catalog(), config), config, shipped_catalog().lexicons)
    document = read_document("p.md", data=b"We leverage seamless synergy for you.\n")
    measures = linter.lint([document])[0].measures
    assert measures["words"] == 6
    assert measures["buzzwords_per_100_words"] > 0
    assert 0 <= measures["jargon_score"] <= 100


def test_the_gates_linter_shares_the_checks_and_gates_nothing():
    linter = linter_for()
    inner = linter.without_gate()
    assert inner.checks is linter.checks  # built once: patterns and word forms not redone
    assert inner.rewrite_gate is None and linter.rewrite_gate is not None
    text = "We are proud to offer free parking.\n"
    gated = [f for f in lint_with(linter, text) if f.category == "company-centric"]
    raw = [f for f in lint_with(inner, text) if f.category == "company-centric"]
    assert [f.match for f in gated] == [f.match for f in raw]
    assert [s.kind for s in raw[0].suggestions] == ["rewrite", "advice"]  # not settled
    assert [s.kind for s in gated[0].suggestions] == ["rewrite"]  # settled by the gate


def test_parsed_sentences_keep_their_parse_but_not_the_token_vectors():
    linter = linter_for()
    document = read_document("page.md", data=b"We are proud to offer free parking.\n")
    item = linter._analyze(document)
    linter._parse([item])
    parsed = item.sentences[0].parsed
    assert parsed is not None and parsed.tensor.size == 0  # memory a long document would hold
    assert [t.dep_ for t in parsed if t.text == "We"] == ["nsubj"]
    assert [t.pos_ for t in parsed if t.text == "offer"] == ["VERB"]
