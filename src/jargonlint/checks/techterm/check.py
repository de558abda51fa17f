"""The `tech-term` rule kind: technical words a lay reader would not know, used unexplained.

Two sources, one rule each: a glossary of common tech terms with plain explanations
(``source: glossary``), and a general-English frequency test in the spirit of the
De-Jargonizer (``source: frequency``): a word rare in general English is reported only when its
shape or parts show it is technical, not merely rare or literary. Each term is reported once per
document, at its first use, unless the document explains it there.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from ...findings import Suggestion
from ...lang.frequency import is_initialism, technical_shape, word_zipf
from ...lang.inflection import lemma_of
from ...lang.wordforms import inflections, oov_inflections
from ...nlp import light_pipeline
from ...packs.model import Rule
from ..base import AnalyzedDocument, Check, Hit, Sentence, hit_for_tokens
from .definitions import is_defined_at

_AUDIENCES = {
    "type": "array",
    "items": {"enum": ["general", "business", "developer"]},
    "minItems": 1,
    "uniqueItems": True,
}
_WORDS = {"type": "array", "items": {"type": "string", "minLength": 1}, "uniqueItems": True}

TRADEMARKS = frozenset({"™", "®", "©"})
DEFAULT_ADVICE = "Say what it does for the reader, or explain it the first time."


@dataclass(frozen=True)
class GlossaryEntry:
    """One glossary term and the plain words a shop owner would understand."""

    rule: Rule
    term: str
    plain: str


@lru_cache(maxsize=8192)
def _key(word: str) -> str:
    """Return the form under which a word counts as already reported (its lemma)."""
    return lemma_of(word.lower())


def _forms(word: str) -> list[str]:
    """Return the lower-case forms of the last word of a term (plural, verb forms)."""
    lower = word.lower()
    forms = {lower}
    found = inflections(lower)
    if not found:
        found = {**oov_inflections(lower, "NOUN"), **oov_inflections(lower, "VERB")}
    for values in found.values():
        forms.update(v.lower() for v in values)
    return sorted(forms)


def glossary_variants(term: str) -> list[str]:
    """Return every spelling a glossary term is matched in: each form of its last word, and
    each hyphen written or left out ("multi-factor" and "multi factor")."""
    words = term.split(" ")
    head, last = words[:-1], words[-1]
    lasts = [last]
    if last.isalpha():
        lasts = _forms(last)
    elif "-" in last and last.replace("-", "").isalpha():
        stem, _, tail = last.rpartition("-")
        lasts = [f"{stem}-{form}" for form in _forms(tail)]
    variants: set[str] = set()
    for form in lasts:
        pieces = " ".join([*head, form]).split("-")
        # A hyphen is optional: "open-source" and "open source" are the same term.
        for joins in product(("-", " "), repeat=len(pieces) - 1):
            variants.add(pieces[0] + "".join(j + p for j, p in zip(joins, pieces[1:], strict=True)))
    return sorted(variants)


class TechTermCheck(Check):
    """Finds glossary tech terms and rare technical-looking words, once each per document."""

    kind = "tech-term"
    needs = "tokens"
    options_schema = {
        "required": ["source"],
        "properties": {
            "source": {"enum": ["glossary", "frequency"]},
            "glossary": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["term", "plain"],
                    "properties": {
                        "term": {"type": "string", "minLength": 1},
                        "plain": {"type": "string", "minLength": 1},
                        "audiences": _AUDIENCES,
                    },
                },
            },
            "max-zipf": {"type": "number", "minimum": 0, "maximum": 8},
            "min-length": {"type": "integer", "minimum": 1},
            "stems": _WORDS,
            "prefixes": _WORDS,
            "strong-prefixes": _WORDS,
            "suffixes": _WORDS,
            "known-words": _WORDS,
        },
    }

    @classmethod
    def validate(cls, rules: list[Rule]) -> Iterator[tuple[Rule, list, str]]:
        """Yield glossary rules without a glossary and frequency rules without a threshold."""
        for rule in rules:
            source = rule.options.get("source")
            if source == "glossary" and not rule.options.get("glossary"):
                yield rule, ["glossary"], "a glossary rule needs a non-empty glossary"
            if source == "frequency" and "max-zipf" not in rule.options:
                yield rule, ["max-zipf"], "a frequency rule needs max-zipf"

    def __init__(self, rules: list[Rule], config):
        super().__init__(rules, config)
        audience = config.audience
        self.entries: list[GlossaryEntry] = []
        # A PhraseMatcher on lower case: hash lookups, fast on long documents.
        self.matcher = PhraseMatcher(light_pipeline().vocab, attr="LOWER")
        single_terms: set[str] = set()
        for rule in [r for r in rules if r.options["source"] == "glossary"]:
            for raw in rule.options.get("glossary", ()):
                if raw.get("audiences") and audience not in raw["audiences"]:
                    continue
                entry = GlossaryEntry(rule, raw["term"], raw["plain"])
                tokenizer = light_pipeline().tokenizer
                variants = [tokenizer(v) for v in glossary_variants(entry.term)]
                self.matcher.add(str(len(self.entries)), variants)
                self.entries.append(entry)
                if entry.term.isalpha() and len(entry.term) >= 5:  # "ping" hides in "lapping"
                    single_terms.add(entry.term.lower())
        self.frequency = next((r for r in rules if r.options["source"] == "frequency"), None)
        options = self.frequency.options if self.frequency else {}
        lowered = lambda key: frozenset(w.lower() for w in options.get(key, ()))  # noqa: E731
        # Single-word glossary terms are technical stems too: "webhooks" parts, "dockerized".
        self.stems = lowered("stems") | frozenset(single_terms)
        self.prefixes = lowered("prefixes")
        self.strong_prefixes = lowered("strong-prefixes")
        self.suffixes = lowered("suffixes")
        self.known = lowered("known-words")
        self.max_zipf = float(options.get("max-zipf", 0.0))
        self.min_length = int(options.get("min-length", 4))
        names = (*config.allow, *config.product_names, *config.company_names)
        self.names = {word.lower() for name in names for word in name.replace("-", " ").split()}

    def check(self, document: AnalyzedDocument) -> Iterable[Hit]:
        """Return a hit at the first unexplained use of each tech term in the document."""
        seen: set[str] = set()
        for sentence in document.sentences:
            taken: set[int] = set()
            for entry, span in self._glossary_matches(sentence):
                taken.update(range(span.start, span.end))
                key = "g:" + entry.term.lower()
                if key in seen or self._named(span):
                    continue
                seen.add(key)
                if is_defined_at(span.doc, span.start, span.end):
                    continue
                yield self._glossary_hit(entry, sentence, span)
            if self.frequency is None:
                continue
            for token in self._rare_candidates(sentence, taken):
                key = "f:" + _key(token.text)
                if key in seen:
                    continue
                seen.add(key)
                if is_defined_at(token.doc, token.i, token.i + 1):
                    continue
                message = self.frequency.message.replace("{match}", token.text)
                advice = self.frequency.advice or DEFAULT_ADVICE
                yield hit_for_tokens(
                    self.frequency,
                    sentence,
                    token,
                    token,
                    message,
                    [Suggestion(advice, "advice", False)],
                )

    def _glossary_matches(self, sentence: Sentence) -> list[tuple[GlossaryEntry, object]]:
        """Return the longest glossary matches in the sentence, in order."""
        if not self.entries:
            return []
        span = sentence.light
        doc = span.doc
        found = {}
        for match_id, start, end in self.matcher(span):
            entry = self.entries[int(self.matcher.vocab.strings[match_id])]
            found.setdefault((start, end), entry)  # PhraseMatcher gives doc offsets
        best = filter_spans([doc[s:e] for s, e in found])
        return [(found[(s.start, s.end)], s) for s in sorted(best, key=lambda s: s.start)]

    def _named(self, span) -> bool:
        """Return True when the span is part of a name: configured, or a brand such as "ZQX
        Firewall" or "Guardly Firewall™" (after an all-caps word, or with a trademark sign)."""
        if any(t.lower_ in self.names for t in span if t.is_alpha):
            return True
        doc = span.doc
        if span[0].text[0].isupper() and span.start > 0:
            before = doc[span.start - 1]
            if before.is_alpha and before.is_upper and len(before) > 1:
                return True
        return span.end < len(doc) and doc[span.end].text in TRADEMARKS

    def _glossary_hit(self, entry: GlossaryEntry, sentence: Sentence, span) -> Hit:
        rule = entry.rule
        message = rule.message.replace("{match}", span.text)
        advice = (rule.advice or DEFAULT_ADVICE).replace("{term}", entry.term)
        advice = advice.replace("{plain}", entry.plain)
        return hit_for_tokens(
            rule, sentence, span[0], span[-1], message, [Suggestion(advice, "advice", False)]
        )

    def _rare_candidates(self, sentence: Sentence, taken: set[int]) -> Iterator:
        """Yield the tokens of the sentence that are rare in general English and look technical."""
        span = sentence.light
        first_word = next((t.i for t in span if t.is_alpha), span.start)
        for token in span:
            if token.i in taken or not self._plausible(token):
                continue
            text = token.text
            # A capital letter inside a sentence marks a name (a product, a town), not a term;
            # words the glossary knows (Kubernetes) were matched above whatever their case.
            if text[0].isupper() and token.i != first_word:
                continue
            # "Breadwise: ..." at the head of a list item is the name being described.
            following = token.nbor(1).text if token.i + 1 < len(token.doc) else ""
            if text[0].isupper() and following == ":":
                continue
            if word_zipf(text) >= self.max_zipf:
                continue
            shape = technical_shape(
                text,
                self.stems,
                self.prefixes,
                self.suffixes,
                self.strong_prefixes,
            )
            if shape is not None:
                yield token

    def _plausible(self, token) -> bool:
        """Return True for a prose word that could be a tech term (not a name, number, code)."""
        text = token.text
        if not token.is_alpha or len(text) < self.min_length:
            return False
        if token.like_url or token.like_email or is_initialism(text):
            return False
        lower = token.lower_
        return lower not in self.names and lower not in self.known
