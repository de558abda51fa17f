"""The rule model: one uniform unit for every rule kind, built from a validated pack."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .template import fill


@dataclass(frozen=True)
class Example:
    """A sentence a rule must flag (bad) or must not flag (good), with the context it needs."""

    text: str
    audience: str | None = None
    reach: str | None = None
    format: str | None = None
    product_names: tuple[str, ...] = ()
    company_names: tuple[str, ...] = ()
    match: tuple[str, ...] = ()
    """For bad examples: the exact text of each finding of the rule (each at the first place
    that text occurs in the example); empty when the example does not say."""
    fix: str | None = None
    """For bad examples: the example's text once the rule's safe fixes are applied."""
    rewrite: str | None = None
    """For bad examples: a rewrite one of the rule's findings must suggest."""


@dataclass(frozen=True)
class Rule:
    """One rule from a pack: identity, presentation, examples, and kind-specific options."""

    code: str
    name: str
    kind: str
    category: str
    level: str
    message: str
    explanation: str
    pack: str
    source: str
    """The pack file the rule came from."""
    bad: tuple[Example, ...] = ()
    good: tuple[Example, ...] = ()
    audiences: tuple[str, ...] = ()
    """Reader audiences the rule applies to; empty means all."""
    advice: str = ""
    options: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    """Everything else in the rule's YAML: the kind's own options (terms, patterns, ...)."""

    def applies_to(self, audience: str) -> bool:
        """Return True when the rule is active for readers of this audience."""
        return not self.audiences or audience in self.audiences

    def format_message(self, **values: str) -> str:
        """Return the rule's message with its placeholders (``{match}``...) filled in."""
        return fill(self.message, **values)

    def with_level(self, level: str) -> Rule:
        """Return a copy of the rule with another level (config overrides)."""
        from dataclasses import replace

        return replace(self, level=level)


@dataclass(frozen=True)
class Pack:
    """One pack file: its rules and the lexicons (shared vocabulary) it declares."""

    name: str
    source: str
    rules: tuple[Rule, ...] = ()
    lexicons: dict[str, list] = field(default_factory=dict, hash=False, compare=False)
