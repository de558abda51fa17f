"""A real LSP client (pygls's) driving `jargonlint lsp` in a subprocess over stdio."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

SERVER = [sys.executable, "-m", "jargonlint", "lsp"]


class EditorClient(LanguageClient):
    """Keeps what the server publishes and edits documents the way an editor does."""

    def __init__(self) -> None:
        super().__init__("jargonlint-test-editor", "1")
        self.published: dict[str, list[types.PublishDiagnosticsParams]] = {}
        self.registrations: list[types.Registration] = []
        self.texts: dict[str, str] = {}
        self.versions: dict[str, int] = {}
        self._changed = asyncio.Condition()
        self.command = list(SERVER)

        @self.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        async def on_diagnostics(params: types.PublishDiagnosticsParams) -> None:
            async with self._changed:
                self.published.setdefault(params.uri, []).append(params)
                self._changed.notify_all()

        @self.feature(types.CLIENT_REGISTER_CAPABILITY)
        def on_register(params: types.RegistrationParams) -> None:
            self.registrations.extend(params.registrations)

        @self.feature(types.WINDOW_LOG_MESSAGE)
        def on_log(params) -> None:
            pass

    async def start(self, cwd: Path, cache: Path) -> None:
        """Start the server process with its own cache folder."""
        env = dict(os.environ, JARGONLINT_CACHE_DIR=str(cache))
        await self.start_io(*self.command, cwd=str(cwd), env=env)
        # Keep the server's stderr pipe drained, or a chatty server would block on it.
        asyncio.ensure_future(self._server.stderr.read())

    async def initialize_workspace(
        self, folder: Path, options: dict | None = None, encodings: list[str] | None = None
    ) -> types.InitializeResult:
        """Send initialize (one workspace folder) and initialized; return the server's answer."""
        capabilities = types.ClientCapabilities(
            workspace=types.WorkspaceClientCapabilities(
                did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(
                    dynamic_registration=True
                ),
                workspace_folders=True,
            ),
            text_document=types.TextDocumentClientCapabilities(
                hover=types.HoverClientCapabilities(content_format=[types.MarkupKind.Markdown]),
                code_action=types.CodeActionClientCapabilities(
                    code_action_literal_support=types.ClientCodeActionLiteralOptions(
                        code_action_kind=types.ClientCodeActionKindOptions(
                            value_set=[
                                types.CodeActionKind.QuickFix,
                                types.CodeActionKind.RefactorRewrite,
                            ]
                        )
                    ),
                    is_preferred_support=True,
                ),
                publish_diagnostics=types.PublishDiagnosticsClientCapabilities(
                    version_support=True
                ),
            ),
            general=types.GeneralClientCapabilities(position_encodings=encodings)
            if encodings
            else None,
        )
        result = await self.initialize_async(
            types.InitializeParams(
                capabilities=capabilities,
                process_id=os.getpid(),
                root_uri=folder.as_uri(),
                workspace_folders=[types.WorkspaceFolder(uri=folder.as_uri(), name=folder.name)],
                initialization_options=options,
            )
        )
        self.initialized(types.InitializedParams())
        return result

    def open(self, path: Path, language_id: str, text: str | None = None) -> str:
        """Open a document; return its URI."""
        uri = path.as_uri()
        self.texts[uri] = path.read_text(encoding="utf-8") if text is None else text
        self.versions[uri] = 1
        self.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(
                    uri=uri, language_id=language_id, version=1, text=self.texts[uri]
                )
            )
        )
        return uri

    def apply(self, uri: str, edit: types.WorkspaceEdit) -> int:
        """Apply a workspace edit to the document and send it as an incremental change."""
        [document_edit] = edit.document_changes
        assert document_edit.text_document.version == self.versions[uri]
        changes = []
        # Apply from the end so earlier ranges stay where they were.
        for text_edit in sorted(
            document_edit.edits, key=lambda e: _key(e.range.start), reverse=True
        ):
            start = utf16_offset(self.texts[uri], text_edit.range.start)
            end = utf16_offset(self.texts[uri], text_edit.range.end)
            self.texts[uri] = self.texts[uri][:start] + text_edit.new_text + self.texts[uri][end:]
            changes.append(
                types.TextDocumentContentChangePartial(
                    range=text_edit.range, text=text_edit.new_text
                )
            )
        return self.change(uri, changes)

    def replace_all(self, uri: str, text: str) -> int:
        """Send the document's whole new text as one change."""
        self.texts[uri] = text
        return self.change(uri, [types.TextDocumentContentChangeWholeDocument(text=text)])

    def change(self, uri: str, changes: list) -> int:
        self.versions[uri] += 1
        self.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(
                    uri=uri, version=self.versions[uri]
                ),
                content_changes=changes,
            )
        )
        return self.versions[uri]

    async def diagnostics(
        self, uri: str, version: int | None = None, after: int = 0, timeout: float = 60
    ) -> types.PublishDiagnosticsParams:
        """Wait for a publication for ``uri`` (of ``version``, the ``after``-th or later)."""

        def ready():
            found = self.published.get(uri, [])[after:]
            return [p for p in found if version is None or p.version == version]

        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(ready), timeout)
            return ready()[-1]

    async def close_session(self) -> None:
        """Shut the server down politely and wait for it to exit."""
        await self.shutdown_async(None)
        self.exit(None)
        await asyncio.wait_for(self._server.wait(), 20)
        await self.stop()


def _key(position: types.Position) -> tuple[int, int]:
    return position.line, position.character


def utf16_offset(text: str, position: types.Position) -> int:
    """Return the code-point offset of a UTF-16 LSP position in text (as an editor computes it)."""
    lines = text.splitlines(keepends=True)
    before = sum(len(line) for line in lines[: position.line])
    line = lines[position.line] if position.line < len(lines) else ""
    units = 0
    for index, char in enumerate(line):
        if units >= position.character:
            return before + index
        units += 2 if ord(char) > 0xFFFF else 1
    return before + len(line)
