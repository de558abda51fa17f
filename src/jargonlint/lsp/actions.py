"""Code actions: safe replacements as preferred quick fixes, other replacements, rewrites of
the sentence (a separate, never preferred action), and "suppress on this line"."""

from __future__ import annotations

from lsprotocol import types

from ..edits import replacement_edits, rewrite_edits
from ..findings import Finding
from .convert import lsp_range, to_diagnostic
from .linting import Linted
from .suppress import suppression


def _edit(linted: Linted, start: int, end: int, text: str) -> types.WorkspaceEdit:
    edit = types.TextEdit(range=lsp_range(linted.columns, start, end), new_text=text)
    document = types.OptionalVersionedTextDocumentIdentifier(uri=linted.uri, version=linted.version)
    return types.WorkspaceEdit(
        document_changes=[types.TextDocumentEdit(text_document=document, edits=[edit])]
    )


def overlapping(findings: list[Finding], start: int, end: int) -> list[Finding]:
    """Return the findings that touch the offsets ``start``..``end`` (the cursor or selection)."""
    return [f for f in findings if f.offset <= end and start <= f.end_offset]


def finding_actions(linted: Linted, finding: Finding) -> list[types.CodeAction]:
    """Return the replacement and rewrite actions of one finding."""
    diagnostic = to_diagnostic(finding, linted.columns, linted.rules)
    actions = []
    preferred_given = False
    for edit in replacement_edits(finding, linted.text):
        preferred = edit.safe and not preferred_given
        preferred_given = preferred_given or preferred
        note = "" if edit.safe else " (check the sentence still reads well)"
        title = f"Replace “{finding.match}” with “{edit.text}”{note}"
        actions.append(
            _edit_action(linted, edit, title, types.CodeActionKind.QuickFix, diagnostic, preferred)
        )
    for edit in rewrite_edits(finding, linted.text):
        title = f"Rewrite the sentence: “{edit.text}”"
        kind = types.CodeActionKind.RefactorRewrite
        actions.append(_edit_action(linted, edit, title, kind, diagnostic, False))
    return actions


def _edit_action(linted, edit, title, kind, diagnostic, preferred: bool) -> types.CodeAction:
    return types.CodeAction(
        title=title,
        kind=kind,
        diagnostics=[diagnostic],
        is_preferred=preferred,
        edit=_edit(linted, edit.start, edit.end, edit.text),
    )


def suppress_action(linted: Linted, finding: Finding) -> types.CodeAction | None:
    """Return the "suppress on this line" action of a finding, or None where none fits."""
    if linted.document is None or finding.category in ("suppression", "measure"):
        return None
    insertion = suppression(linted.document, finding.line, finding.code)
    if insertion is None:
        return None
    shift = 1 if linted.text.startswith("\ufeff") else 0
    at = insertion.offset + shift
    return types.CodeAction(
        title=f"Suppress {finding.code} on this line",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[to_diagnostic(finding, linted.columns, linted.rules)],
        is_preferred=False,
        edit=_edit(linted, at, at, insertion.text),
    )


def code_actions(linted: Linted, start: int, end: int) -> list[types.CodeAction]:
    """Return every action for the findings in the range, suppressions last, none twice."""
    actions: list[types.CodeAction] = []
    suppressions: dict[tuple[str, int], types.CodeAction] = {}
    for finding in overlapping(linted.findings, start, end):
        actions += finding_actions(linted, finding)
        key = (finding.code, finding.line)
        if key not in suppressions:
            action = suppress_action(linted, finding)
            if action is not None:
                suppressions[key] = action
    return actions + list(suppressions.values())
