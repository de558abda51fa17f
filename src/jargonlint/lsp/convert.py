"""Findings as LSP diagnostics: ranges in the client's code units, severity, code and link."""

from __future__ import annotations

from lsprotocol import types

from ..columns import UnitColumns
from ..findings import Finding
from ..gates import GATE_CODE, GATE_HELP_URI
from ..rule_docs import rule_help_uri

SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}
SOURCE = "jargonlint"
ENCODINGS = {
    types.PositionEncodingKind.Utf16: "utf-16",
    types.PositionEncodingKind.Utf8: "utf-8",
    types.PositionEncodingKind.Utf32: "utf-32",
}


def encoding_name(kind) -> str:
    """Return our name for a negotiated LSP position encoding (UTF-16 when unknown)."""
    return ENCODINGS.get(kind, "utf-16")


def lsp_range(columns: UnitColumns, start: int, end: int) -> types.Range:
    """Return the LSP range of code-point offsets ``start``..``end``."""
    start_line, start_character = columns.position(start)
    end_line, end_character = columns.position(end)
    return types.Range(
        start=types.Position(line=start_line, character=start_character),
        end=types.Position(line=end_line, character=end_character),
    )


def offset_of(columns: UnitColumns, position: types.Position) -> int:
    """Return the code-point offset of an LSP position."""
    return columns.offset(position.line, position.character)


def help_link(finding: Finding, rules: dict) -> str | None:
    """Return the address of the finding's rule documentation, or None when it has none."""
    if finding.code == GATE_CODE:
        return GATE_HELP_URI
    rule = rules.get(finding.code)
    return rule_help_uri(rule) if rule is not None else None


def to_diagnostic(finding: Finding, columns: UnitColumns, rules: dict) -> types.Diagnostic:
    """Return the LSP diagnostic of a finding."""
    link = help_link(finding, rules)
    return types.Diagnostic(
        range=lsp_range(columns, finding.offset, finding.end_offset),
        message=f"{finding.message} [{finding.name}]",
        severity=SEVERITY[finding.level],
        code=finding.code,
        code_description=types.CodeDescription(href=link) if link else None,
        source=SOURCE,
        tags=[types.DiagnosticTag.Unnecessary] if finding.category == "suppression" else None,
    )


def problem_diagnostic(message: str) -> types.Diagnostic:
    """Return a diagnostic at the document's start for a problem that stops linting it."""
    start = types.Position(line=0, character=0)
    return types.Diagnostic(
        range=types.Range(start=start, end=start),
        message=f"jargonlint: {message}",
        severity=types.DiagnosticSeverity.Error,
        source=SOURCE,
    )
