"""Linting editor text: one Linter per configuration, reused for every run of the server.

Runs in the server's worker thread, never on the event loop: the first lint of a session loads
spaCy and, when a sentence needs it, the trained pipeline (once per server process).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..columns import UnitColumns
from ..config import Config
from ..document.model import Document
from ..document.reader import format_for_path, read_document
from ..engine import Linter
from ..findings import Finding
from ..packs.model import Rule
from ..packs.selection import select_rules
from ..runner import catalog_for
from .workspace_config import WorkspaceConfigs

LANGUAGE_FORMATS = {"markdown": "markdown", "html": "html", "plaintext": "text"}
"""LSP language ids jargonlint reads, and the format each one means."""
BOM = "\ufeff"


def document_format(language_id: str | None, path: Path | None) -> str | None:
    """Return the format to read a document in, or None when jargonlint does not lint it."""
    if language_id in LANGUAGE_FORMATS:
        return LANGUAGE_FORMATS[language_id]
    return format_for_path(str(path)) if path is not None else None


@dataclass
class Linted:
    """One lint of one version of an open document, kept for hover and code actions."""

    uri: str
    version: int | None
    text: str
    format: str
    findings: list[Finding] = field(default_factory=list)
    document: Document | None = None
    rules: dict[str, Rule] = field(default_factory=dict)
    columns: UnitColumns | None = None
    problem: str | None = None
    """A config or input problem that stopped the lint (shown as one diagnostic)."""


class LintService:
    """Lints documents with the config that applies to each; thread-safe, one run at a time."""

    def __init__(self, configs: WorkspaceConfigs):
        self.configs = configs
        self._linters: dict[Config, Linter] = {}
        self._lock = threading.Lock()

    def linter_for(self, config: Config) -> Linter:
        """Return the (cached) Linter for a config."""
        if config not in self._linters:
            self._linters[config] = Linter(select_rules(catalog_for(config), config), config)
        return self._linters[config]

    def forget(self) -> None:
        """Forget every config and Linter (a config file or pack changed)."""
        with self._lock:
            self.configs.forget()
            self._linters.clear()

    def lint(
        self,
        uri: str,
        version: int | None,
        text: str,
        fmt: str,
        path: Path | None,
        encoding: str = "utf-16",
    ) -> Linted:
        """Return the findings of ``text`` read as ``fmt``, with what hover and actions need."""
        from ..errors import JargonlintError

        linted = Linted(uri, version, text, fmt, columns=UnitColumns(text, encoding))
        with self._lock:
            try:
                config = self.configs.config_for(path)
                linter = self.linter_for(config)
                document = read_document(
                    str(path or uri),
                    data=text.encode("utf-8", "surrogatepass"),
                    fmt=fmt,
                    front_matter_fields=config.front_matter_fields,
                )
                [result] = linter.lint([document])
            except JargonlintError as error:
                linted.problem = str(error)
                return linted
        shift = 1 if text.startswith(BOM) else 0  # the reader drops a BOM; the editor keeps it
        linted.findings = [_shifted(f, shift) for f in result.findings]
        linted.document = document
        linted.rules = dict(linter.rules)
        return linted

    def warm_up(self, folder: Path | None) -> None:
        """Load the pipelines now, so the first real document does not wait for them."""
        probe = folder / "warm-up.txt" if folder is not None else None
        self.lint("warm-up", None, "Our platform leverages AI for you.\n", "text", probe)


def _shifted(finding: Finding, shift: int) -> Finding:
    if not shift:
        return finding
    return replace(finding, offset=finding.offset + shift, end_offset=finding.end_offset + shift)
