"""The `token` rule kind: spaCy Matcher patterns, run on tokens or on the parse as they need."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.errors import MatchPatternError
from spacy.matcher import Matcher
from spacy.util import filter_spans

from ..nlp import light_pipeline
from ..packs.model import Rule
from .base import AnalyzedDocument, Check, Hit, Sentence, hit_for_tokens
from .triggers import needs_tags, pattern_triggers, sentence_has_trigger


def _compile(rule: Rule) -> Matcher:
    matcher = Matcher(light_pipeline().vocab, validate=True)
    matcher.add(rule.code, rule.options["patterns"])
    return matcher


class TokenCheck(Check):
    """Runs each token rule's Matcher on the cheap tokens, or on the parse when it uses tags."""

    kind = "token"
    needs = "parse"

    @classmethod
    def validate(cls, rules: list[Rule]) -> Iterator[tuple[Rule, list, str]]:
        """Yield every invalid Matcher pattern (spaCy's own validation, all at once)."""
        for rule in rules:
            try:
                _compile(rule)
            except (MatchPatternError, ValueError, TypeError) as error:
                yield rule, ["patterns"], " ".join(str(error).split())

    def __init__(self, rules: list[Rule], config, vocab_lang=None):
        super().__init__(rules, config)
        self.entries = []
        for rule in rules:
            patterns = rule.options["patterns"]
            triggers = set(rule.options["triggers"]) if "triggers" in rule.options else None
            if triggers is None:
                triggers = pattern_triggers(patterns)
            self.entries.append((rule, _compile(rule), needs_tags(patterns), triggers))

    def wants_parse(self, sentence: Sentence) -> bool:
        """Return True when a rule that uses tags has a trigger word in the sentence."""
        return any(
            tags and sentence_has_trigger(sentence.light, triggers)
            for _, _, tags, triggers in self.entries
        )

    def check(self, document: AnalyzedDocument) -> Iterable[Hit]:
        """Return one hit per longest match of each rule."""
        for sentence in document.sentences:
            for rule, matcher, tags, triggers in self.entries:
                if not sentence_has_trigger(sentence.light, triggers):
                    continue
                target = sentence.parsed if tags else sentence.light
                if target is None:
                    continue
                doc = target if tags else target.doc
                offset = 0 if tags else target.start
                spans = [doc[offset + s : offset + e] for _, s, e in matcher(target)]
                for span in filter_spans(spans):
                    message = rule.message.replace("{match}", span.text)
                    yield hit_for_tokens(rule, sentence, span[0], span[-1], message)
