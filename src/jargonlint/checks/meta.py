"""The `meta` rule kind: rules about jargonlint's own directives, reported by the engine."""

from __future__ import annotations

from collections.abc import Iterable

from .base import AnalyzedDocument, Check, Hit


class MetaCheck(Check):
    """Holds rules such as unused-suppression; the engine reports them after suppressions run."""

    kind = "meta"
    needs = "tokens"

    def check(self, document: AnalyzedDocument) -> Iterable[Hit]:
        """Return no hits: meta findings come from the engine's suppression pass."""
        return ()
