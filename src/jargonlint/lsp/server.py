"""The pygls language server: documents in, diagnostics out, hover and code actions on request.

Linting runs in one worker thread, so the event loop keeps answering hover and code-action
requests (from the last results) while a parse runs; edits are debounced, and a result for a
version the editor has already replaced is dropped rather than published.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from .. import __version__
from .actions import code_actions
from .convert import encoding_name, offset_of, problem_diagnostic, to_diagnostic
from .hover import findings_at, hover_markdown
from .linting import Linted, LintService, document_format
from .workspace_config import CONFIG_FILE_NAMES, WorkspaceConfigs, is_config_file

DEFAULT_DEBOUNCE_SECONDS = 0.3
"""How long typing must pause before a changed document is linted again."""

logger = logging.getLogger(__name__)


class JargonlintServer(LanguageServer):
    """jargonlint's language server: per-document state and the lint scheduling."""

    def __init__(self) -> None:
        super().__init__("jargonlint", __version__)
        self.configs = WorkspaceConfigs()
        self.service = LintService(self.configs)
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="jargonlint-lint")
        self.debounce = DEFAULT_DEBOUNCE_SECONDS
        self.linted: dict[str, Linted] = {}
        self.pending: dict[str, asyncio.Task] = {}

    @property
    def encoding(self) -> str:
        """Return the negotiated position encoding (utf-16 unless the client asked otherwise)."""
        return encoding_name(self.workspace.position_encoding)

    def schedule(self, uri: str, delay: float) -> None:
        """Lint the document after ``delay`` seconds, replacing any lint still waiting."""
        waiting = self.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        self.pending[uri] = asyncio.ensure_future(self._lint_later(uri, delay))

    async def _lint_later(self, uri: str, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        document = self.workspace.get_text_document(uri)
        path = _path(uri)
        fmt = document_format(document.language_id, path)
        if fmt is None:
            return
        version, text = document.version, document.source
        loop = asyncio.get_running_loop()
        linted = await loop.run_in_executor(
            self.worker, self.service.lint, uri, version, text, fmt, path, self.encoding
        )
        current = self.workspace.text_documents.get(uri)
        if current is None or current.version != version:
            return  # closed or edited meanwhile: a newer lint is on its way
        self.linted[uri] = linted
        self.publish(linted)

    def publish(self, linted: Linted) -> None:
        """Send the diagnostics of one lint to the client."""
        if linted.problem is not None:
            diagnostics = [problem_diagnostic(linted.problem)]
        else:
            diagnostics = [to_diagnostic(f, linted.columns, linted.rules) for f in linted.findings]
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(
                uri=linted.uri, version=linted.version, diagnostics=diagnostics
            )
        )

    def relint_all(self) -> None:
        """Forget the configuration and lint every open document again."""
        self.service.forget()
        for uri in list(self.workspace.text_documents):
            self.schedule(uri, 0)


def _path(uri: str) -> Path | None:
    path = to_fs_path(uri) if uri.startswith("file:") else None
    return Path(path) if path else None


server = JargonlintServer()


@server.feature(types.INITIALIZE)
def initialize(ls: JargonlintServer, params: types.InitializeParams) -> None:
    """Read the workspace folders and options (`debounceMs`) the client sends."""
    folders = [_path(f.uri) for f in params.workspace_folders or []]
    if not folders and params.root_uri:
        folders = [_path(params.root_uri)]
    ls.configs.set_folders([f for f in folders if f is not None])
    options = params.initialization_options or {}
    if isinstance(options, dict) and isinstance(options.get("debounceMs"), (int, float)):
        ls.debounce = max(0.0, options["debounceMs"] / 1000)


@server.feature(types.INITIALIZED)
async def initialized(ls: JargonlintServer, params: types.InitializedParams) -> None:
    """Watch config files where the client can, and load the pipelines in the background."""
    watched = (
        ls.client_capabilities.workspace
        and ls.client_capabilities.workspace.did_change_watched_files
    )
    if watched and watched.dynamic_registration:
        watchers = [
            types.FileSystemWatcher(glob_pattern=f"**/{name}") for name in CONFIG_FILE_NAMES
        ]
        registration = types.Registration(
            id="jargonlint-config-files",
            method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
            register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
        )
        await ls.client_register_capability_async(
            types.RegistrationParams(registrations=[registration])
        )
    folder = ls.configs.folders[0] if ls.configs.folders else None
    ls.worker.submit(_warm_up, ls.service, folder)


def _warm_up(service: LintService, folder: Path | None) -> None:
    try:
        service.warm_up(folder)
    except Exception:  # a warm-up failure shows again, with its message, on a real document
        logger.exception("warm-up failed")


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: JargonlintServer, params: types.DidOpenTextDocumentParams) -> None:
    """Lint a document as soon as it opens."""
    ls.schedule(params.text_document.uri, 0)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: JargonlintServer, params: types.DidChangeTextDocumentParams) -> None:
    """Lint a changed document once typing pauses."""
    ls.schedule(params.text_document.uri, ls.debounce)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: JargonlintServer, params: types.DidSaveTextDocumentParams) -> None:
    """A config file saved in the editor reloads the configuration."""
    path = _path(params.text_document.uri)
    if path is not None and is_config_file(path):
        ls.relint_all()


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: JargonlintServer, params: types.DidCloseTextDocumentParams) -> None:
    """Forget a closed document and clear its diagnostics."""
    uri = params.text_document.uri
    waiting = ls.pending.pop(uri, None)
    if waiting is not None:
        waiting.cancel()
    ls.linted.pop(uri, None)
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def did_change_watched_files(ls: JargonlintServer, params: types.DidChangeWatchedFilesParams):
    """A created, changed or deleted config file reloads the configuration."""
    paths = [_path(change.uri) for change in params.changes]
    if any(path is not None and is_config_file(path) for path in paths):
        ls.relint_all()


@server.feature(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
def did_change_folders(ls: JargonlintServer, params: types.DidChangeWorkspaceFoldersParams):
    """Follow the workspace folders as the client adds and removes them."""
    removed = {_path(f.uri) for f in params.event.removed}
    folders = [f for f in ls.configs.folders if f not in removed]
    folders += [p for p in (_path(f.uri) for f in params.event.added) if p is not None]
    ls.configs.set_folders(folders)
    ls.relint_all()


@server.feature(types.TEXT_DOCUMENT_HOVER)
def hover(ls: JargonlintServer, params: types.HoverParams) -> types.Hover | None:
    """Explain the findings under the cursor."""
    linted = ls.linted.get(params.text_document.uri)
    if linted is None or linted.columns is None:
        return None
    found = findings_at(linted.findings, offset_of(linted.columns, params.position))
    if not found:
        return None
    text = "\n\n---\n\n".join(hover_markdown(f, linted.rules) for f in found)
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text),
    )


@server.feature(
    types.TEXT_DOCUMENT_CODE_ACTION,
    types.CodeActionOptions(
        code_action_kinds=[types.CodeActionKind.QuickFix, types.CodeActionKind.RefactorRewrite]
    ),
)
def code_action(ls: JargonlintServer, params: types.CodeActionParams):
    """Offer fixes, rewrites and suppressions for the findings in the range."""
    linted = ls.linted.get(params.text_document.uri)
    if linted is None or linted.columns is None:
        return None
    start = offset_of(linted.columns, params.range.start)
    end = offset_of(linted.columns, params.range.end)
    return code_actions(linted, start, end) or None


def start() -> None:
    """Run the server over stdin and stdout until the client says exit."""
    server.start_io()
