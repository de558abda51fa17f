"""Rule packs: schema validation with lines, every problem at once, kind-level validation."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from jargonlint.config import Config
from jargonlint.document.reader import read_document
from jargonlint.engine import Linter
from jargonlint.errors import PackError
from jargonlint.packs.catalog import load_catalog
from jargonlint.packs.selection import select_rules

from ..conftest import shipped_catalog

GOOD_RULE = """
  - code: XY101
    name: {name}
    kind: phrase
    category: plain-words
    level: warning
    message: "Say {{replacement}}."
    explanation: Plain words are kinder.
    terms:
      - {{phrase: {phrase}, replace: [sort of]}}
    examples: {{bad: [a], good: [b]}}
"""


def write(tmp_path: Path, text: str, name: str = "pack.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


def test_user_pack_loads_beside_shipped_packs(tmp_path):
    path = write(tmp_path, "pack: mine\nrules:" + GOOD_RULE.format(name="kinda", phrase="kinda"))
    catalog = load_catalog([path])
    rule = catalog.by_code("XY101")
    assert rule is not None and rule.pack == "mine" and rule.source == str(path)
    assert len(catalog.rules) == len(shipped_catalog().rules) + 1


def test_every_problem_is_reported_at_once_with_lines(tmp_path):
    path = write(
        tmp_path,
        """
        pack: mine
        rules:
          - code: XY101
            name: Not-Kebab
            kind: phrase
            category: nonsense
            level: loud
            message: hi
            explanation: x
            terms: [{phrase: a}]
            examples: {bad: [a], good: [b]}
            colour: blue
        """,
    )
    with pytest.raises(PackError) as caught:
        load_catalog([path])
    message = str(caught.value)
    assert "4 problems" in message
    for line, word in ((4, "Not-Kebab"), (6, "nonsense"), (7, "loud"), (3, "colour")):
        assert f"{path}:{line}:" in message, message
        assert word in message


def test_yaml_syntax_error_names_file_and_line(tmp_path):
    path = write(tmp_path, "pack: mine\nrules:\n  - code: [unclosed\n")
    with pytest.raises(PackError, match=rf"{path}:\d+: invalid YAML"):
        load_catalog([path])


def test_unknown_kind_lists_the_known_ones(tmp_path):
    text = GOOD_RULE.format(name="kinda", phrase="kinda").replace("kind: phrase", "kind: magic")
    path = write(tmp_path, "pack: mine\nrules:" + text)
    with pytest.raises(PackError, match="unknown kind 'magic' \\(allowed: .*phrase") as caught:
        load_catalog([path])
    assert f"{path}:5:" in str(caught.value)


def test_bad_matcher_pattern_is_reported_when_the_check_compiles_it(tmp_path):
    path = write(
        tmp_path,
        """
        pack: mine
        rules:
          - code: XY201
            name: bad-pattern
            kind: token
            category: claim
            level: info
            message: m
            explanation: e
            patterns: [[{LOWR: best}]]
            examples: {bad: [a], good: [b]}
        """,
    )
    catalog = load_catalog([path])  # listing never compiles patterns (no spaCy)
    config = Config().with_overrides(select=["XY201"])
    with pytest.raises(PackError) as caught:  # compiled once, to lint, by spaCy
        Linter(select_rules(catalog, config), config, catalog.lexicons)
    assert f"{path}:10: rule XY201: patterns:" in str(caught.value)
    assert "LOWR" in str(caught.value)


def test_duplicate_code_across_packs_is_an_error(tmp_path):
    first = write(tmp_path, "pack: one\nrules:" + GOOD_RULE.format(name="kinda", phrase="kinda"))
    second = write(
        tmp_path, "pack: two\nrules:" + GOOD_RULE.format(name="sorta", phrase="sorta"), "b.yaml"
    )
    with pytest.raises(PackError, match="rule code 'XY101' is already used"):
        load_catalog([first, second])


def test_folder_of_packs_is_expanded(tmp_path):
    write(tmp_path, "pack: one\nrules:" + GOOD_RULE.format(name="kinda", phrase="kinda"))
    assert load_catalog([tmp_path]).by_code("XY101") is not None


def test_shipped_rules_have_unique_codes_and_names():
    rules = shipped_catalog().rules
    assert len({r.code for r in rules}) == len(rules)
    assert len({r.name for r in rules}) == len(rules)


# Lexicons: shared vocabulary at pack level.


def test_a_pack_of_lexicons_extends_the_shipped_vocabulary(tmp_path):
    path = write(tmp_path, "pack: mine\nlexicons:\n  tech-nouns: [kiosk]\n")
    catalog = load_catalog([path])
    assert "kiosk" in catalog.lexicons.words("tech-nouns")
    assert catalog.lexicons.words("tech-nouns") > shipped_catalog().lexicons.words("tech-nouns")
    assert catalog.rules == shipped_catalog().rules


def test_an_extended_lexicon_changes_what_the_hero_rule_sees(tmp_path):
    def tech_heroes(catalog) -> list[str]:
        config = Config().with_overrides(select=["JL501"])
        document = read_document("a.txt", data=b"Our kiosk streamlines the lunch queue.\n")
        linter = Linter(select_rules(catalog, config), config, catalog.lexicons)
        return [f.match for f in linter.lint([document])[0].findings]

    assert tech_heroes(shipped_catalog()) == []
    path = write(tmp_path, "pack: mine\nlexicons:\n  tech-nouns: [kiosk]\n")
    assert tech_heroes(load_catalog([path])) == ["Our kiosk streamlines"]


def test_unknown_lexicon_and_misshapen_entries_are_reported_with_lines(tmp_path):
    path = write(
        tmp_path,
        """
        pack: mine
        lexicons:
          tech-nounz: [kiosk]
          tech-nouns:
            - {term: kiosk}
        """,
    )
    with pytest.raises(PackError) as caught:
        load_catalog([path])
    message = str(caught.value)
    assert "2 problems" in message
    assert f"{path}:3: lexicons/tech-nounz: unknown lexicon 'tech-nounz'" in message
    assert "tech-nouns" in message  # the known names are listed
    shape = "{'term': 'kiosk'} is not of type 'string'"
    assert f"{path}:5: lexicons/tech-nouns/0: {shape}" in message


def test_a_good_example_cannot_state_a_match_or_a_fix(tmp_path):
    text = GOOD_RULE.format(name="kinda", phrase="kinda").replace(
        "good: [b]", "good: [{text: b, match: b}]"
    )
    path = write(tmp_path, "pack: mine\nrules:" + text)
    with pytest.raises(PackError, match="match"):
        load_catalog([path])


# Message templates.


def test_template_fill_replaces_supplied_placeholders_in_one_pass():
    from jargonlint.packs.template import fill, placeholders

    template = "“{match}” is vague; try “{replacement}” {unknown}."
    assert placeholders(template) == {"match", "replacement", "unknown"}
    # A value that itself looks like a placeholder is not filled again.
    assert fill(template, match="{replacement}", replacement="clear") == (
        "“{replacement}” is vague; try “clear” {unknown}."
    )


def test_a_placeholder_the_kind_does_not_fill_is_a_pack_error(tmp_path):
    text = GOOD_RULE.format(name="kinda", phrase="kinda").replace(
        'message: "Say {replacement}."', 'message: "{hero} says {replacement}."'
    )
    path = write(tmp_path, "pack: mine\nrules:" + text)
    with pytest.raises(PackError) as caught:
        load_catalog([path])
    message = str(caught.value)
    assert f"{path}:8: rule XY101: message: {{hero}} is not filled by kind 'phrase'" in message
    assert "{match}, {replacement}" in message


def test_advice_placeholders_are_checked_too(tmp_path):
    text = GOOD_RULE.format(name="kinda", phrase="kinda").replace(
        "explanation:", 'advice: "Say {plain}."\n    explanation:'
    )
    path = write(tmp_path, "pack: mine\nrules:" + text)
    with pytest.raises(PackError, match=r"advice: \{plain\} is not filled .*\(it fills: none\)"):
        load_catalog([path])


def test_a_bad_example_may_state_its_spans_fix_and_rewrite(tmp_path):
    text = GOOD_RULE.format(name="kinda", phrase="kinda").replace(
        "bad: [a]", 'bad: [{text: "a kinda b", match: [kinda], fix: "a sort of b", rewrite: "b"}]'
    )
    (rule,) = load_catalog([write(tmp_path, "pack: mine\nrules:" + text)], shipped=False).rules
    (example,) = rule.bad
    assert (example.match, example.fix, example.rewrite) == (("kinda",), "a sort of b", "b")
