"""The one diagnostic shape: Finding, Suggestion, and how findings rank by level and category."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Literal

from .enums import CATEGORIES, LEVELS

if TYPE_CHECKING:
    from .document.model import Document
    from .packs.model import Rule

SuggestionKind = Literal["replace", "rewrite", "advice"]
"""The type of ``Suggestion.kind``: one of enums.SUGGESTION_KINDS."""


def level_rank(level: str) -> int:
    """Return the severity rank of a level (info=0, warning=1, error=2)."""
    return LEVELS.index(level)


def category_rank(category: str) -> int:
    """Return how important a category is (0 is most: the order of CATEGORIES)."""
    return CATEGORIES.index(category) if category in CATEGORIES else len(CATEGORIES)


@dataclass(frozen=True)
class Suggestion:
    """A proposed change: a replacement for the matched text, a rewrite, or advice."""

    text: str
    kind: SuggestionKind = "replace"
    safe: bool = False

    def to_dict(self) -> dict:
        """Return the JSON form of this suggestion."""
        return {"text": self.text, "kind": self.kind, "safe": self.safe}


@dataclass(frozen=True)
class Finding:
    """One diagnostic at an exact span of one file.

    Lines and columns are 1-based and count Unicode code points; ``end_column`` is the column
    just past the last matched character (exclusive). ``offset``/``end_offset`` are 0-based
    code-point offsets into the file's text (after a UTF-8 BOM, if any).
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    offset: int
    end_offset: int
    code: str
    name: str
    category: str
    level: str
    message: str
    match: str
    suggestions: tuple[Suggestion, ...] = field(default_factory=tuple)
    context: str = ""
    """The sentence the finding sits in (for fingerprints and reporters; not in JSON)."""

    @property
    def sort_key(self) -> tuple:
        """Return the key that orders findings by position, then code."""
        return (self.path, self.offset, self.end_offset, self.code)

    def to_dict(self) -> dict:
        """Return the JSON form of this finding (the versioned contract)."""
        data = asdict(self)
        data.pop("context")
        data["suggestions"] = [s.to_dict() for s in self.suggestions]
        return data


def line_end(text: str, start: int) -> int:
    """Return where the line holding ``start`` ends: CR, LF and CRLF end lines, as everywhere."""
    ends = [at for at in (text.find("\r", start), text.find("\n", start)) if at >= 0]
    return min(ends, default=len(text))


def importance_key(finding: Finding) -> tuple:
    """Return the key that puts errors first, then warnings, notices; then category, place."""
    return (-level_rank(finding.level), category_rank(finding.category), *finding.sort_key)


def located_finding(
    document: Document,
    rule: Rule,
    start: int,
    end: int,
    message: str,
    match: str,
    suggestions: tuple[Suggestion, ...],
    context: str = "",
) -> Finding:
    """Return a Finding of ``rule`` at file offsets ``start``..``end``, with lines and columns."""
    line, column = document.lines.position(start)
    end_line, end_column = document.lines.position(end)
    return Finding(
        path=document.path,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        offset=start,
        end_offset=end,
        code=rule.code,
        name=rule.name,
        category=rule.category,
        level=rule.level,
        message=message,
        match=match,
        suggestions=suggestions,
        context=" ".join(context.split()),
    )
