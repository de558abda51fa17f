"""What the `token` and `dependency` kinds share: compiling spaCy patterns and their triggers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from spacy.errors import MatchPatternError

from ...nlp import light_pipeline
from ...packs.model import Rule
from ..base import Check
from .triggers import needs_tags, pattern_triggers


class PatternCheck(Check):
    """A check whose rules are spaCy matcher patterns, validated by spaCy on load."""

    matcher_class: ClassVar[type]
    attrs_key: ClassVar[str | None] = None
    """Where a pattern's token attributes sit: in the spec itself (Matcher) or RIGHT_ATTRS."""

    @classmethod
    def compile(cls, rule: Rule):
        """Return a matcher holding the rule's patterns (raises spaCy's pattern errors)."""
        matcher = cls.matcher_class(light_pipeline().vocab, validate=True)
        matcher.add(rule.code, rule.options["patterns"])
        return matcher

    @classmethod
    def validate(cls, rules: list[Rule]) -> Iterator[tuple[Rule, list, str]]:
        """Yield every invalid pattern (spaCy's own validation), then the kind's own checks."""
        for rule in rules:
            try:
                cls.compile(rule)
            except (MatchPatternError, ValueError, TypeError, KeyError) as error:
                yield rule, ["patterns"], " ".join(str(error).split())
                continue
            yield from cls.validate_rule(rule)

    @classmethod
    def validate_rule(cls, rule: Rule) -> Iterator[tuple[Rule, list, str]]:
        """Yield problems beyond the patterns themselves (none by default)."""
        return iter(())

    def __init__(self, rules: list[Rule], config):
        super().__init__(rules, config)
        self.entries = []
        for rule in rules:
            patterns = rule.options["patterns"]
            if "triggers" in rule.options:
                triggers = set(rule.options["triggers"])
            else:
                triggers = pattern_triggers(patterns, key=self.attrs_key)
            tags = self.attrs_key is not None or needs_tags(patterns)
            self.entries.append((rule, self.compile(rule), tags, triggers))
