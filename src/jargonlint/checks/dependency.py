"""The `dependency` rule kind: spaCy DependencyMatcher patterns over the parse."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.errors import MatchPatternError
from spacy.matcher import DependencyMatcher

from ..nlp import light_pipeline
from ..packs.model import Rule
from .base import AnalyzedDocument, Check, Hit, Sentence, hit_for_tokens
from .triggers import pattern_triggers, sentence_has_trigger


def _compile(rule: Rule) -> DependencyMatcher:
    matcher = DependencyMatcher(light_pipeline().vocab, validate=True)
    matcher.add(rule.code, rule.options["patterns"])
    return matcher


class DependencyCheck(Check):
    """Runs each dependency rule on the parse of sentences that contain its trigger words."""

    kind = "dependency"
    needs = "parse"

    @classmethod
    def validate(cls, rules: list[Rule]) -> Iterator[tuple[Rule, list, str]]:
        """Yield every invalid DependencyMatcher pattern and unknown highlight node."""
        for rule in rules:
            try:
                _compile(rule)
            except (MatchPatternError, ValueError, TypeError, KeyError) as error:
                yield rule, ["patterns"], " ".join(str(error).split())
                continue
            highlight = rule.options.get("highlight")
            ids = {spec.get("RIGHT_ID") for p in rule.options["patterns"] for spec in p}
            if highlight is not None and highlight not in ids:
                yield (
                    rule,
                    ["highlight"],
                    f"highlight {highlight!r} names no RIGHT_ID of the patterns",
                )
            elif highlight is not None:
                places = {
                    [s.get("RIGHT_ID") for s in p].index(highlight)
                    for p in rule.options["patterns"]
                    if highlight in [s.get("RIGHT_ID") for s in p]
                }
                if len(places) > 1 or len(places) < len(rule.options["patterns"]) and places:
                    yield (
                        rule,
                        ["highlight"],
                        (f"highlight {highlight!r} must be the same node in every pattern"),
                    )

    def __init__(self, rules: list[Rule], config, vocab_lang=None):
        super().__init__(rules, config)
        self.entries = []
        for rule in rules:
            patterns = rule.options["patterns"]
            triggers = set(rule.options["triggers"]) if "triggers" in rule.options else None
            if triggers is None:
                triggers = pattern_triggers(patterns, key="RIGHT_ATTRS")
            self.entries.append((rule, _compile(rule), triggers))

    def wants_parse(self, sentence: Sentence) -> bool:
        """Return True when any rule's trigger word is in the sentence."""
        return any(sentence_has_trigger(sentence.light, t) for _, _, t in self.entries)

    def check(self, document: AnalyzedDocument) -> Iterable[Hit]:
        """Return one hit per match: the highlighted node, or the span of all matched nodes."""
        for sentence in document.sentences:
            if sentence.parsed is None:
                continue
            doc = sentence.parsed
            for rule, matcher, _ in self.entries:
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
        names = [spec["RIGHT_ID"] for spec in rule.options["patterns"][0]]
        return [token_ids[names.index(highlight)]]
