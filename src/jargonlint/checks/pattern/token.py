"""The `token` rule kind: spaCy Matcher patterns, run on tokens or on the parse as they need."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.matcher import Matcher
from spacy.util import filter_spans

from ..base import AnalyzedDocument, Hit, Sentence, hit_for_tokens
from .compile import PatternCheck
from .triggers import sentence_has_trigger


class TokenCheck(PatternCheck):
    """Runs each token rule's Matcher on the cheap tokens, or on the parse when it uses tags."""

    kind = "token"
    needs = "parse"
    matcher_class = Matcher

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
