"""The `token` and `dependency` kinds: spaCy patterns in a user pack, compiled once, parsed
only where a trigger word makes a match possible."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from jargonlint.checks.pattern import PatternCheck
from jargonlint.checks.pattern.triggers import needs_tags, pattern_triggers
from jargonlint.config import Config
from jargonlint.document.reader import read_document
from jargonlint.engine import Linter
from jargonlint.errors import PackError
from jargonlint.packs.catalog import load_catalog
from jargonlint.packs.selection import select_rules

RULE = """
  - code: {code}
    name: {name}
    kind: {kind}
    category: claim
    level: warning
    message: "“{{match}}” ({name})."
    explanation: A pattern rule for the tests.
    examples: {{bad: [a], good: [b]}}
{extra}"""


def pack(tmp_path: Path, *rules: str) -> Path:
    path = tmp_path / "patterns.yaml"
    path.write_text("pack: patterns\nrules:" + "".join(rules), encoding="utf-8")
    return path


def rule(code: str, kind: str, extra: str) -> str:
    name = f"rule-{code.lower()}"
    return RULE.format(code=code, name=name, kind=kind, extra=textwrap.indent(extra, "    "))


def linter_for(path: Path) -> Linter:
    catalog = load_catalog([path], shipped=False)
    config = Config()
    return Linter(select_rules(catalog, config), config, catalog.lexicons)


def lint(linter: Linter, text: str) -> list[tuple[str, str, str]]:
    document = read_document("copy.txt", data=text.encode("utf-8"), fmt="text")
    findings = linter.lint([document])[0].findings
    for finding in findings:
        assert text[finding.offset : finding.end_offset] == finding.match
    return [(f.code, f.match, f.message) for f in findings]


# -- token --------------------------------------------------------------------------------


def test_token_rule_on_words_alone_never_parses(tmp_path: Path) -> None:
    linter = linter_for(
        pack(
            tmp_path,
            rule("XY201", "token", 'patterns: [[{LOWER: best}, {LOWER: ever, OP: "?"}]]'),
        )
    )
    text = "Our best ever cake. The best loaf. Open at nine.\n"
    assert lint(linter, text) == [
        ("XY201", "best ever", "“best ever” (rule-xy201)."),  # the longest match wins
        ("XY201", "best", "“best” (rule-xy201)."),
    ]
    assert linter.parsed_sentences == 0


def test_token_rule_with_tags_parses_only_sentences_with_a_trigger(tmp_path: Path) -> None:
    linter = linter_for(
        pack(tmp_path, rule("XY202", "token", "patterns: [[{LEMMA: leverage, POS: VERB}]]"))
    )
    text = "We leveraged the old van. Open at nine. Leverage is a word for debt.\n"
    assert [match for _, match, _ in lint(linter, text)] == ["leveraged"]
    # The first and third sentences hold a form of "leverage"; the second is never parsed.
    assert linter.parsed_sentences == 2


def test_explicit_triggers_replace_the_derived_ones(tmp_path: Path) -> None:
    extra = "patterns: [[{POS: PROPN}, {LOWER: bakes}]]\ntriggers: [bakes]"
    linter = linter_for(pack(tmp_path, rule("XY203", "token", extra)))
    text = "Anna bakes bread. Anna sells bread.\n"
    assert [match for _, match, _ in lint(linter, text)] == ["Anna bakes"]
    assert linter.parsed_sentences == 1


def test_triggers_and_tags_are_derived_from_the_patterns() -> None:
    assert pattern_triggers([[{"LOWER": "best"}, {"LOWER": "ever", "OP": "?"}]]) == {"best"}
    assert pattern_triggers([[{"LOWER": {"IN": ["a", "b"]}}, {"LOWER": "c"}]]) == {"c"}
    assert "optimized" in pattern_triggers([[{"LEMMA": "optimize"}]])
    assert pattern_triggers([[{"POS": "VERB"}]]) is None  # no literal word: every sentence
    deps = [[{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": "lead"}}]]
    assert "leads" in pattern_triggers(deps, key="RIGHT_ATTRS")
    assert not needs_tags([[{"LOWER": "best"}, {"IS_PUNCT": True}]])
    assert needs_tags([[{"LOWER": "best"}, {"POS": "NOUN"}]])


def test_patterns_are_compiled_once(tmp_path: Path, monkeypatch) -> None:
    compiled: list[str] = []
    original = PatternCheck.compile.__func__

    def counting(cls, rule):
        compiled.append(rule.code)
        return original(cls, rule)

    monkeypatch.setattr(PatternCheck, "compile", classmethod(counting))
    path = pack(
        tmp_path,
        rule("XY204", "token", "patterns: [[{LOWER: best}]]"),
        rule("XY205", "token", "patterns: [[{LOWER: finest}]]"),
    )
    linter = linter_for(path)
    lint(linter, "The best bread.\n")
    lint(linter, "The finest bread.\n")
    assert sorted(compiled) == ["XY204", "XY205"]


# -- dependency ----------------------------------------------------------------------------

WE_LEAD = """patterns:
  - - {RIGHT_ID: verb, RIGHT_ATTRS: {LEMMA: lead}}
    - {LEFT_ID: verb, REL_OP: ">", RIGHT_ID: subject, RIGHT_ATTRS: {DEP: nsubj, LOWER: we}}
"""


@pytest.mark.parametrize(("highlight", "match"), [("", "We lead"), ("highlight: verb\n", "lead")])
def test_dependency_rule_reports_all_nodes_or_the_highlighted_one(
    tmp_path: Path, highlight: str, match: str
) -> None:
    linter = linter_for(pack(tmp_path, rule("XY301", "dependency", highlight + WE_LEAD)))
    text = "We lead the market. We bake daily. They lead tours. Bread is fresh.\n"
    assert lint(linter, text) == [("XY301", match, f"“{match}” (rule-xy301).")]
    # The most selective word of the pattern ("we") is the trigger: two sentences are parsed.
    assert linter.parsed_sentences == 2


SECOND_PATTERN = """  - - {RIGHT_ID: subject, RIGHT_ATTRS: {LOWER: we}}
    - {LEFT_ID: subject, REL_OP: "<", RIGHT_ID: verb, RIGHT_ATTRS: {LEMMA: lead}}
"""


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("highlight: object\n" + WE_LEAD, "'object' names no RIGHT_ID of the patterns"),
        ("highlight: subject\n" + WE_LEAD + SECOND_PATTERN, "'subject' must be the same node"),
    ],
    ids=["unknown-node", "different-nodes"],
)
def test_a_highlight_that_names_no_single_node_is_a_pack_error(
    tmp_path: Path, body: str, problem: str
) -> None:
    path = pack(tmp_path, rule("XY302", "dependency", body))
    line = path.read_text("utf-8").splitlines().index("    highlight: " + body.split()[1]) + 1
    with pytest.raises(PackError) as caught:
        load_catalog([path], shipped=False)
    assert f"{path}:{line}: rule XY302: highlight: highlight {problem}" in str(caught.value)
