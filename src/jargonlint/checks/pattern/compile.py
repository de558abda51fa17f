"""What the `token` and `dependency` kinds share: compiling spaCy patterns and their triggers."""

from __future__ import annotations

from typing import ClassVar

from spacy.errors import MatchPatternError

from ...config import Config
from ...nlp import light_pipeline
from ...packs.lexicons import Lexicons
from ...packs.loader import Problem, raise_problems, rule_line
from ...packs.model import Rule
from ..base import Check
from .triggers import needs_tags, pattern_triggers


class PatternCheck(Check):
    """A check whose rules are spaCy matcher patterns, compiled once when the check is built.

    spaCy validates each pattern as it compiles it; every invalid pattern is reported at once
    as a pack problem (with its line). Listing or validating packs never compiles them.
    """

    matcher_class: ClassVar[type]
    attrs_key: ClassVar[str | None] = None
    """Where a pattern's token attributes sit: in the spec itself (Matcher) or RIGHT_ATTRS."""

    @classmethod
    def compile(cls, rule: Rule):
        """Return a matcher holding the rule's patterns (raises spaCy's pattern errors)."""
        matcher = cls.matcher_class(light_pipeline().vocab, validate=True)
        matcher.add(rule.code, rule.options["patterns"])
        return matcher

    def __init__(self, rules: list[Rule], config: Config, lexicons: Lexicons):
        super().__init__(rules, config, lexicons)
        self.entries = []
        problems = []
        for rule in rules:
            try:
                matcher = self.compile(rule)
            except (MatchPatternError, ValueError, TypeError, KeyError) as error:
                message = f"rule {rule.code}: patterns: {' '.join(str(error).split())}"
                problems.append(Problem(rule.source, rule_line(rule, ["patterns"]), message))
                continue
            patterns = rule.options["patterns"]
            if "triggers" in rule.options:
                triggers = set(rule.options["triggers"])
            else:
                triggers = pattern_triggers(patterns, key=self.attrs_key)
            tags = self.attrs_key is not None or needs_tags(patterns)
            self.entries.append((rule, matcher, tags, triggers))
        raise_problems(problems)
