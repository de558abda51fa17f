"""The language server's parts without a client: per-folder configs, linting, hover, actions."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from jargonlint.lsp.actions import code_actions
from jargonlint.lsp.hover import findings_at, hover_markdown
from jargonlint.lsp.linting import LintService, document_format
from jargonlint.lsp.workspace_config import WorkspaceConfigs, is_config_file


def test_each_folder_gets_the_config_nearest_its_documents(tmp_path: Path) -> None:
    (tmp_path / "shop").mkdir()
    (tmp_path / "blog").mkdir()
    (tmp_path / "shop" / ".jargonlint.yaml").write_text("audience: business\n", encoding="utf-8")
    configs = WorkspaceConfigs()
    configs.set_folders([tmp_path])
    shop = configs.config_for(tmp_path / "shop" / "page.md")
    blog = configs.config_for(tmp_path / "blog" / "post.md")
    assert shop.audience == "business" and shop.root == tmp_path / "shop"
    assert blog.audience == "general" and blog.source is None
    (tmp_path / "shop" / ".jargonlint.yaml").write_text("audience: developer\n", encoding="utf-8")
    assert configs.config_for(tmp_path / "shop" / "page.md").audience == "business"  # cached
    configs.forget()
    assert configs.config_for(tmp_path / "shop" / "page.md").audience == "developer"
    assert is_config_file(Path("x/pyproject.toml")) and not is_config_file(Path("x/page.md"))


def test_formats_come_from_the_language_id_then_the_extension() -> None:
    assert document_format("markdown", None) == "markdown"
    assert document_format("plaintext", Path("notes.md")) == "text"
    assert document_format("restructuredtext", Path("page.htm")) == "html"
    assert document_format("python", Path("tool.py")) is None


def test_a_bom_in_the_editor_keeps_ranges_exact(tmp_path: Path) -> None:
    service = LintService(WorkspaceConfigs(tmp_path))
    text = "\ufeffPlease utilize it.\n"
    linted = service.lint("file:///x.txt", 1, text, "text", tmp_path / "x.txt")
    [finding] = [f for f in linted.findings if f.code == "JL101"]
    assert text[finding.offset : finding.end_offset] == "utilize"
    [action] = [a for a in code_actions(linted, finding.offset, finding.offset) if a.is_preferred]
    [edit] = action.edit.document_changes[0].edits
    assert edit.range.start == types.Position(line=0, character=8)  # the BOM is one unit
    assert edit.new_text == "use"


def test_hover_lists_every_finding_under_the_cursor(tmp_path: Path) -> None:
    service = LintService(WorkspaceConfigs(tmp_path))
    text = "Our platform leverages AI to help you.\n"
    linted = service.lint("file:///p.txt", 1, text, "text", tmp_path / "p.txt")
    under = findings_at(linted.findings, text.index("leverages") + 2)
    assert {f.code for f in under} >= {"JL201", "JL501"}
    shown = hover_markdown(next(f for f in under if f.code == "JL201"), linted.rules)
    assert shown.startswith("**JL201 buzzword-verb** · buzzword · warning")
    assert "docs/rules.md#jl201-buzzword-verb" in shown


def test_a_broken_config_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / ".jargonlint.yaml").write_text("select: [JL9999]\n", encoding="utf-8")
    service = LintService(WorkspaceConfigs(tmp_path))
    linted = service.lint("file:///p.md", 1, "Hello.\n", "markdown", tmp_path / "p.md")
    assert linted.findings == [] and "JL9999" in linted.problem
