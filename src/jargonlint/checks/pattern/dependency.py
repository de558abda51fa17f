"""The `dependency` rule kind: spaCy DependencyMatcher patterns over the parse."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.matcher import DependencyMatcher

from ...packs.model import Rule
from ..base import AnalyzedDocument, Hit, Sentence, hit_for_tokens
from .compile import PatternCheck
from .triggers import sentence_has_trigger


def _node_names(pattern: list[dict]) -> list[str | None]:
    return [spec.get("RIGHT_ID") for spec in pattern]


class DependencyCheck(PatternCheck):
    """Runs each dependency rule on the parse of sentences that contain its trigger words."""

    kind = "dependency"
    needs = "parse"
    matcher_class = DependencyMatcher
    attrs_key = "RIGHT_ATTRS"

    @classmethod
    def validate_rule(cls, rule: Rule) -> Iterator[tuple[Rule, list, str]]:
        """Yield a problem when `highlight` names no node, or not the same node in every pattern."""
        highlight = rule.options.get("highlight")
        if highlight is None:
            return
        places = {
            _node_names(p).index(highlight) if highlight in _node_names(p) else None
            for p in rule.options["patterns"]
        }
        if places == {None}:
            yield rule, ["highlight"], f"highlight {highlight!r} names no RIGHT_ID of the patterns"
        elif len(places) > 1:
            yield (
                rule,
                ["highlight"],
                f"highlight {highlight!r} must be the same node in every pattern",
            )

    def wants_parse(self, sentence: Sentence) -> bool:
        """Return True when any rule's trigger word is in the sentence."""
        return any(sentence_has_trigger(sentence.light, t) for _, _, _, t in self.entries)

    def check(self, document: AnalyzedDocument) -> Iterable[Hit]:
        """Return one hit per match: the highlighted node, or the span of all matched nodes."""
        for sentence in document.sentences:
            if sentence.parsed is None:
                continue
            doc = sentence.parsed
            for rule, matcher, _, _ in self.entries:
                seen = set()
                for _, token_ids in matcher(doc):
                    ids = self._reported(rule, token_ids)
                    key = (min(ids), max(ids))
                    if key in seen:
                        continue
                    seen.add(key)
                    first, last = doc[key[0]], doc[key[1]]
                    message = rule.message.replace("{match}", doc[key[0] : key[1] + 1].text)
                    yield hit_for_tokens(rule, sentence, first, last, message)

    @staticmethod
    def _reported(rule: Rule, token_ids: list[int]) -> list[int]:
        highlight = rule.options.get("highlight")
        if highlight is None:
            return token_ids
        names = _node_names(rule.options["patterns"][0])
        return [token_ids[names.index(highlight)]]
