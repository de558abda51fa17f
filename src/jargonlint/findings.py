"""The one diagnostic shape: Finding, Suggestion and the levels and categories they use."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

LEVELS = ("info", "warning", "error")
"""Finding levels, from least to most severe."""

CATEGORIES = (
    "acronym",
    "tech-hero",
    "company-centric",
    "buzzword",
    "tech-term",
    "plain-words",
    "audience-scope",
    "claim",
    "outcome",
    "suppression",
    "measure",
)
"""The fixed category vocabulary shared by rules and reporters."""

SuggestionKind = Literal["replace", "rewrite", "advice"]


def level_rank(level: str) -> int:
    """Return the severity rank of a level (info=0, warning=1, error=2)."""
    return LEVELS.index(level)


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
