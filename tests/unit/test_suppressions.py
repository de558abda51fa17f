"""Suppression comments in Markdown, HTML and text; unused ones are reported."""

from __future__ import annotations

from ..conftest import codes, lint_text

WORDY = "Please utilize the side door."


def utilize_code() -> str:
    return next(f.code for f in lint_text(WORDY + "\n") if f.match == "utilize")


def test_disable_next_line_in_markdown():
    code = utilize_code()
    text = f"<!-- jargonlint-disable-next-line {code} -->\n{WORDY}\n\n{WORDY}\n"
    found = [f for f in lint_text(text, "markdown") if f.code == code]
    assert [f.line for f in found] == [4]
    assert "JL001" not in codes(lint_text(text, "markdown"))


def test_disable_enable_region_and_all_rules():
    text = f"<!-- jargonlint-disable -->\n{WORDY}\n<!-- jargonlint-enable -->\n\n{WORDY}\n"
    found = lint_text(text, "markdown")
    assert {f.line for f in found if f.match == "utilize"} == {5}


def test_disable_file_in_html():
    code = utilize_code()
    text = f"<!-- jargonlint-disable-file {code} --><p>{WORDY}</p><p>{WORDY}</p>"
    assert code not in codes(lint_text(text, "html"))


def test_text_files_use_hash_comments():
    code = utilize_code()
    text = f"# jargonlint-disable-next-line {code}\n{WORDY}\n"
    assert code not in codes(lint_text(text, "text"))


def test_a_suppression_for_another_rule_does_not_hide_this_one():
    code = utilize_code()
    text = f"<!-- jargonlint-disable-next-line JL001 -->\n{WORDY}\n"
    assert code in codes(lint_text(text, "markdown"))


def test_unused_suppression_is_reported_as_info_at_its_line():
    text = "Intro line.\n\n<!-- jargonlint-disable-next-line JL101 -->\nWe open at nine.\n"
    unused = [f for f in lint_text(text, "markdown") if f.code == "JL001"]
    assert len(unused) == 1
    assert unused[0].line == 3 and unused[0].level == "info"


def test_unused_suppressions_are_reported_by_rules_of_their_kind(tmp_path):
    """The suppressions module reports through any active `unused-suppression` rule."""
    from jargonlint.config import Config
    from jargonlint.document.reader import read_document
    from jargonlint.engine import Linter
    from jargonlint.packs.catalog import load_catalog
    from jargonlint.packs.selection import select_rules

    pack = tmp_path / "stale.yaml"
    pack.write_text(
        "pack: stale\nrules:\n  - code: XY001\n    name: stale-comment\n"
        "    kind: unused-suppression\n    category: suppression\n    level: warning\n"
        '    message: "Stale: {match}."\n    explanation: A comment that hides nothing.\n'
        "    examples: {bad: [a], good: [b]}\n",
        encoding="utf-8",
    )
    catalog = load_catalog([pack])
    text = "<!-- jargonlint-disable-next-line JL101 -->\nWe open at nine.\n"

    def unused(**overrides) -> list[tuple[str, int, str]]:
        config = Config().with_overrides(**overrides)
        linter = Linter(select_rules(catalog, config), config, catalog.lexicons)
        document = read_document("a.md", data=text.encode(), fmt="markdown")
        findings = linter.lint([document])[0].findings
        return [(f.code, f.line, f.level) for f in findings if f.category == "suppression"]

    assert unused() == [("JL001", 1, "info"), ("XY001", 1, "warning")]
    assert unused(ignore=["JL001"]) == [("XY001", 1, "warning")]
    assert unused(select=["JL101"]) == []
