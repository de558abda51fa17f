"""The `audience-scope` rule kind: claims framed at a scale the configured reader does not have.

The repair-shop story: a cloud speaker told small-business owners to move to the cloud to serve
an international customer base, to a room whose customers live within ten miles. With `reach:
local` or `regional` in the config, phrases of global or enterprise scale ("worldwide",
"international customers", "at scale", "any currency") are findings, and the suggestion turns to
the reader's own customers. With no `reach` configured the rule stays silent.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.matcher import Matcher
from spacy.util import filter_spans

from ..config_schema import REACHES
from ..findings import Suggestion
from ..lang.phrases import phrase_pattern
from ..nlp import light_pipeline
from ..packs.model import Rule
from .base import WORD_LIST, AnalyzedDocument, Check, Hit, hit_for_tokens


class ScopeCheck(Check):
    """Finds scale phrases beyond the reader's configured reach."""

    kind = "audience-scope"
    needs = "tokens"
    options_schema = {
        "properties": {
            "phrases": WORD_LIST,
            "reaches": {
                "type": "array",
                "items": {"enum": list(REACHES)},
                "uniqueItems": True,
                "minItems": 1,
            },
            "reader-frame": {
                "type": "object",
                "propertyNames": {"enum": list(REACHES)},
                "additionalProperties": {"type": "string", "minLength": 1},
            },
        },
        "required": ["phrases", "reaches"],
    }

    def __init__(self, rules: list[Rule], config):
        super().__init__(rules, config)
        self.reach = getattr(config, "reach", None)
        self.entries = []
        for rule in rules:
            if self.reach not in rule.options["reaches"]:
                continue  # no reach configured, or a reach this rule does not speak to
            matcher = Matcher(light_pipeline().vocab)
            for index, phrase in enumerate(rule.options["phrases"]):
                matcher.add(str(index), [phrase_pattern(phrase, every_form=True)])
            self.entries.append((rule, matcher))

    def check(self, document: AnalyzedDocument) -> Iterable[Hit]:
        """Return one hit per scale phrase, with advice framed on the reader's own customers."""
        for sentence in document.sentences:
            span = sentence.light
            for rule, matcher in self.entries:
                found = [span.doc[span.start + s : span.start + e] for _, s, e in matcher(span)]
                for match in filter_spans(found):
                    frame = rule.options.get("reader-frame", {}).get(
                        self.reach, "the customers your reader actually serves"
                    )
                    message = rule.message.replace("{match}", match.text).replace(
                        "{reach}", str(self.reach)
                    )
                    advice = Suggestion(
                        f"Your reader's business is {self.reach}: drop \u201c{match.text}\u201d "
                        f"and say what this does for {frame}.",
                        "advice",
                        False,
                    )
                    yield hit_for_tokens(rule, sentence, match[0], match[-1], message, [advice])
