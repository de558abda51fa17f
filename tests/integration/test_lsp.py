"""`jargonlint lsp` end to end: a real LSP client talks to the server in a subprocess over stdio.

Each test starts the server as an editor would (`python -m jargonlint lsp`), opens documents,
and checks what comes back: diagnostics at exact UTF-16 ranges, hover, code actions, and that
applying an action makes its diagnostic go.
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
from pathlib import Path

import pytest
from lsprotocol import types

from .lsp_client import EditorClient

PAGE = (
    "# Booking\n"
    "\n"
    "Hey 😀 please utilize the side door in order to book.\n"
    "Our platform empowers small bakeries to take orders online.\n"
)
# "Hey " is 4 UTF-16 units, the emoji 2, " please " 8: "utilize" starts at unit 14.
UTILIZE = types.Range(
    start=types.Position(line=2, character=14), end=types.Position(line=2, character=21)
)


def by_code(published: types.PublishDiagnosticsParams, code: str) -> list[types.Diagnostic]:
    return [d for d in published.diagnostics if d.code == code]


def text_id(uri: str) -> types.TextDocumentIdentifier:
    return types.TextDocumentIdentifier(uri=uri)


async def actions_at(client: EditorClient, uri: str, where: types.Range) -> list:
    params = types.CodeActionParams(
        text_document=text_id(uri), range=where, context=types.CodeActionContext(diagnostics=[])
    )
    return await client.text_document_code_action_async(params) or []


def run(scenario, tmp_path: Path) -> None:
    async def main() -> None:
        client = EditorClient()
        await client.start(tmp_path, tmp_path / "cache")
        try:
            await scenario(client)
        finally:
            await client.close_session()

    asyncio.run(asyncio.wait_for(main(), 240))


@pytest.mark.slow
def test_diagnostics_hover_actions_and_config_reload(tmp_path: Path) -> None:
    workspace = tmp_path / "site"
    workspace.mkdir()
    (workspace / ".jargonlint.yaml").write_text("audience: general\n", encoding="utf-8")
    (workspace / "page.md").write_text(PAGE, encoding="utf-8")

    async def scenario(client: EditorClient) -> None:
        result = await client.initialize_workspace(workspace, {"debounceMs": 100})
        assert result.capabilities.position_encoding == types.PositionEncodingKind.Utf16
        uri = client.open(workspace / "page.md", "markdown")
        first = await client.diagnostics(uri, version=1)

        # Exact ranges in UTF-16 units, severity from the level, the code linking to the docs.
        [utilize] = by_code(first, "JL101")
        assert utilize.range == UTILIZE
        assert utilize.severity == types.DiagnosticSeverity.Warning
        assert utilize.source == "jargonlint"
        assert utilize.code_description.href.endswith("docs/rules.md#jl101-pompous-verb")
        assert by_code(first, "JL102") and by_code(first, "JL501")

        # Hover: the rule, the message, the safe replacement and the explanation.
        hover = await client.text_document_hover_async(
            types.HoverParams(
                text_document=text_id(uri), position=types.Position(line=2, character=16)
            )
        )
        assert "**JL101 pompous-verb**" in hover.contents.value
        assert "**use** (safe)" in hover.contents.value
        assert "everyday equivalent" in hover.contents.value
        nothing = await client.text_document_hover_async(
            types.HoverParams(
                text_document=text_id(uri), position=types.Position(line=0, character=2)
            )
        )
        assert nothing is None

        # Code actions: the safe replacement is the preferred quick fix.
        actions = await actions_at(client, uri, UTILIZE)
        [fix] = [a for a in actions if a.title == "Replace “utilize” with “use”"]
        assert fix.kind == types.CodeActionKind.QuickFix and fix.is_preferred
        assert any(a.title == "Suppress JL101 on this line" for a in actions)

        # The rewrite is its own action, never preferred.
        line_3 = types.Range(
            start=types.Position(line=3, character=4), end=types.Position(line=3, character=12)
        )
        hero_actions = await actions_at(client, uri, line_3)
        [rewrite] = [a for a in hero_actions if a.kind == types.CodeActionKind.RefactorRewrite]
        assert rewrite.title.startswith("Rewrite the sentence: “") and not rewrite.is_preferred

        # Apply the fix: the diagnostic goes, the others stay where they were.
        version = client.apply(uri, fix.edit)
        second = await client.diagnostics(uri, version=version)
        assert "please use the side door" in client.texts[uri]
        assert by_code(second, "JL101") == []
        [wordy] = by_code(second, "JL102")
        assert wordy.range.start == types.Position(line=2, character=32)

        # Suppress on this line: the diagnostic goes and no unused-suppression appears.
        actions = await actions_at(client, uri, wordy.range)
        [suppress] = [a for a in actions if a.title == "Suppress JL102 on this line"]
        version = client.apply(uri, suppress.edit)
        third = await client.diagnostics(uri, version=version)
        assert "<!-- jargonlint-disable-next-line JL102 -->" in client.texts[uri]
        assert by_code(third, "JL102") == [] and by_code(third, "JL001") == []
        assert by_code(third, "JL501")

        # Config files are watched; changing one relints with the new config.
        globs = [
            w["globPattern"] if isinstance(w, dict) else w.glob_pattern
            for r in client.registrations
            for w in _watchers(r)
        ]
        assert "**/.jargonlint.yaml" in globs
        (workspace / ".jargonlint.yaml").write_text("ignore: [tech-hero]\n", encoding="utf-8")
        seen = len(client.published[uri])
        client.workspace_did_change_watched_files(
            types.DidChangeWatchedFilesParams(
                changes=[
                    types.FileEvent(
                        uri=(workspace / ".jargonlint.yaml").as_uri(),
                        type=types.FileChangeType.Changed,
                    )
                ]
            )
        )
        reloaded = await client.diagnostics(uri, after=seen)
        assert by_code(reloaded, "JL501") == [] and by_code(reloaded, "JL201")

    run(scenario, tmp_path)


def _watchers(registration: types.Registration) -> list:
    options = registration.register_options
    return options["watchers"] if isinstance(options, dict) else options.watchers


@pytest.mark.slow
def test_text_and_html_suppressions_debounce_and_a_broken_config(tmp_path: Path) -> None:
    workspace = tmp_path / "docs"
    workspace.mkdir()
    (workspace / "notes.txt").write_text("We will 𝐀 utilize the van.\n", encoding="utf-8")
    (workspace / "page.html").write_text(
        "<main>\n  <p>We will utilize the van.</p>\n</main>\n", encoding="utf-8"
    )

    async def scenario(client: EditorClient) -> None:
        await client.initialize_workspace(workspace, {"debounceMs": 400})
        text_uri = client.open(workspace / "notes.txt", "plaintext")
        html_uri = client.open(workspace / "page.html", "html")
        [in_text] = by_code(await client.diagnostics(text_uri, version=1), "JL101")
        # 𝐀 (U+1D400) is two UTF-16 units: "We will " 8 + 2 + " " 1.
        assert (in_text.range.start.character, in_text.range.end.character) == (11, 18)
        [in_html] = by_code(await client.diagnostics(html_uri, version=1), "JL101")

        [suppress] = [
            a
            for a in await actions_at(client, text_uri, in_text.range)
            if a.title.startswith("Suppress")
        ]
        version = client.apply(text_uri, suppress.edit)
        assert client.texts[text_uri].startswith("# jargonlint-disable-next-line JL101\nWe will")
        assert by_code(await client.diagnostics(text_uri, version=version), "JL101") == []

        [suppress] = [
            a
            for a in await actions_at(client, html_uri, in_html.range)
            if a.title.startswith("Suppress")
        ]
        version = client.apply(html_uri, suppress.edit)
        assert (
            "  <!-- jargonlint-disable-next-line JL101 -->\n  <p>We will" in client.texts[html_uri]
        )
        assert by_code(await client.diagnostics(html_uri, version=version), "JL101") == []

        # Two quick edits: only the last version is linted and published.
        page = client.open(workspace / "page.md", "markdown", "Fine words.\n")
        await client.diagnostics(page, version=1)
        skipped = client.replace_all(page, "Please utilize it.\n")
        last = client.replace_all(page, "Please utilize it in order to win.\n")
        final = await client.diagnostics(page, version=last)
        assert {d.code for d in final.diagnostics} >= {"JL101", "JL102"}
        assert skipped not in [p.version for p in client.published[page]]

        # A broken config file is one clear diagnostic; fixing it brings the findings back.
        config = workspace / ".jargonlint.yaml"
        config.write_text("audiense: general\n", encoding="utf-8")
        seen = len(client.published[page])
        event = types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Created)
        client.workspace_did_change_watched_files(
            types.DidChangeWatchedFilesParams(changes=[event])
        )
        broken = await client.diagnostics(page, after=seen)
        [problem] = broken.diagnostics
        assert "unknown key 'audiense'" in problem.message
        assert problem.severity == types.DiagnosticSeverity.Error
        config.write_text("audience: general\n", encoding="utf-8")
        seen = len(client.published[page])
        client.workspace_did_change_watched_files(
            types.DidChangeWatchedFilesParams(changes=[event])
        )
        fixed = await client.diagnostics(page, after=seen)
        assert by_code(fixed, "JL101")

    run(scenario, tmp_path)


README = Path(__file__).resolve().parents[2] / "README.md"


def readme_commands() -> list[list[str]]:
    """Return the server command lines the README's Neovim and VS Code snippets give."""
    text = README.read_text(encoding="utf-8")
    neovim = re.search(r"cmd = \{ ([^}]*) \}", text).group(1)
    vscode = json.loads(re.search(r"```json\n(\{\n  \"glspc[^`]*)```", text).group(1))
    return [
        re.findall(r'"([^"]+)"', neovim),
        [vscode["glspc.server.command"], *vscode["glspc.server.commandArguments"]],
    ]


@pytest.mark.slow
@pytest.mark.parametrize("command", readme_commands(), ids=["neovim", "vscode"])
def test_the_readme_snippets_start_a_server_that_answers(tmp_path: Path, command) -> None:
    assert command == ["jargonlint", "lsp"]
    # The console script installed next to this interpreter, as an editor would find it on PATH.
    executable = Path(sys.executable).with_name(command[0])
    assert executable.exists(), f"{executable} is not installed"

    async def main() -> None:
        client = EditorClient()
        client.command = [str(executable), *command[1:]]
        await client.start(tmp_path, tmp_path / "cache")
        try:
            result = await client.initialize_workspace(tmp_path)
            assert result.server_info.name == "jargonlint"
            assert result.capabilities.hover_provider
        finally:
            await client.close_session()

    asyncio.run(asyncio.wait_for(main(), 120))
