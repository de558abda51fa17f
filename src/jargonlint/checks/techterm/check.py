"""The `tech-term` rule kind: technical words a lay reader would not know, used unexplained.

Two sources, one rule each: a glossary of tech terms grouped by domain, with plain
explanations (``source: glossary``), and a general-English frequency test in the spirit of the
De-Jargonizer (``source: frequency``): a word rare in general English is reported only when its
shape or parts show it is technical, not merely rare or literary. The rarity threshold may be
set per audience (a business reader knows more words of trade than a general one). Each term is
reported once per document, at its first use, unless the document explains it there or it is
the spelled-out form of an acronym ("single sign-on (SSO)"), which the acronym rule judges.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Token
from spacy.util import filter_spans

from ...config import Config
from ...document.model import InlineCode
from ...findings import Suggestion
from ...lang.inflection import lemma_of
from ...lang.phrases import as_read, match_words
from ...nlp import light_pipeline
from ...packs.lexicons import Lexicons
from ...packs.model import Rule
from ...packs.template import fill
from ..base import AnalyzedDocument, Check, Hit, Sentence, hit_for_tokens
from ..registry import TECH_GLOSSARY
from .code import CodeCues, code_shape, prose_code_shape
from .definitions import ExplanationCues, is_acronym_expansion, is_defined_at
from .glossary import GlossaryEntry, entries_for, glossary_variants, stem_terms
from .rare import RareWords

DEFAULT_ADVICE = "Say what it does for the reader, or explain it the first time."


@lru_cache(maxsize=8192)
def _key(word: str) -> str:
    """Return the form under which a word counts as already reported (its lemma)."""
    return lemma_of(word.lower())


class TechTermCheck(Check):
    """Finds glossary tech terms and rare technical-looking words, once each per document."""

    kind = "tech-term"
    needs = "tokens"

    def __init__(self, rules: list[Rule], config: Config, lexicons: Lexicons):
        super().__init__(rules, config, lexicons)
        self.entries: list[GlossaryEntry] = []
        # A PhraseMatcher on lower case: hash lookups, fast on long documents.
        self.matcher = PhraseMatcher(light_pipeline().vocab, attr="LOWER")
        self.cues = {rule.code: ExplanationCues.from_options(rule.options) for rule in rules}
        # The glossary is matched even when its rule is off, so the frequency rule never
        # reports a glossary term: each rule finds the same whatever the selection.
        glossary_rule = next((r for r in rules if r.options["source"] == "glossary"), None)
        for entry in entries_for(glossary_rule, lexicons.entries(TECH_GLOSSARY), config.audience):
            self._add(entry)
        names = (*config.allow, *config.product_names, *config.company_names)
        self.names = {word.lower() for name in names for word in name.replace("-", " ").split()}
        self.frequency = next((r for r in rules if r.options["source"] == "frequency"), None)
        self.rare = None
        if self.frequency is not None:
            # Single-word glossary terms are technical stems too: "webhooks" parts, "dockerized".
            self.rare = RareWords.from_options(
                self.frequency.options, config.audience, stem_terms(self.entries), self.names
            )
        self.trademarks = frozenset(
            sign for rule in rules for sign in rule.options.get("trademark-signs", ())
        )
        self.code_rule = next((r for r in rules if r.options["source"] == "code"), None)
        self.code_cues = CodeCues.from_options(self.code_rule.options if self.code_rule else {})

    def _add(self, entry: GlossaryEntry) -> None:
        tokenizer = light_pipeline().tokenizer
        variants = [tokenizer(v) for v in glossary_variants(entry.term)]
        self.matcher.add(str(len(self.entries)), variants)
        self.entries.append(entry)

    def check(self, document: AnalyzedDocument) -> Iterable[Hit]:
        """Return a hit at the first unexplained use of each tech term in the document."""
        seen: set[str] = set()
        codes = _codes_by_sentence(document) if self.code_rule is not None else {}
        for sentence in document.sentences:
            taken: set[int] = set()
            yield from self._glossary_hits(sentence, seen, taken)
            if self.rare is not None:
                yield from self._rare_hits(sentence, seen, taken)
            if self.code_rule is not None:
                yield from self._code_hits(sentence, codes.get(sentence.index, ()), seen)
                yield from self._prose_code_hits(sentence, seen)

    def _glossary_hits(self, sentence: Sentence, seen: set[str], taken: set[int]) -> Iterator[Hit]:
        for entry, span in self._glossary_matches(sentence):
            taken.update(range(span.start, span.end))
            key = "g:" + entry.term.lower()
            if entry.rule is None or key in seen or self._named(span) or entry.literal_at(span):
                continue
            seen.add(key)
            if is_acronym_expansion(span.doc, span.end):
                continue
            if is_defined_at(span.doc, span.start, span.end, self.cues[entry.rule.code]):
                continue
            yield self._glossary_hit(entry, sentence, span)

    def _rare_hits(self, sentence: Sentence, seen: set[str], taken: set[int]) -> Iterator[Hit]:
        rule = self.frequency
        for token in self.rare.candidates(sentence.light, taken):
            key = "f:" + _key(token.text)
            if key in seen:
                continue
            seen.add(key)
            if not is_defined_at(token.doc, token.i, token.i + 1, self.cues[rule.code]):
                yield _advice_hit(rule, sentence, token)

    def _code_hits(
        self, sentence: Sentence, codes: Iterable[InlineCode], seen: set[str]
    ) -> Iterator[Hit]:
        """Yield the first use of each piece of inline code a lay reader meets as a term."""
        rule = self.code_rule
        doc = sentence.light.doc
        for code in codes:
            shape = code_shape(code.text)
            key = "c:" + code.text.strip().lower()
            if shape is None or key in seen or self.code_cues.everyday(code.text, shape):
                continue
            before = [
                t for t in sentence.light if t.idx + len(t.text) <= code.at and not t.is_space
            ]
            if self.code_cues.literal_after([t.lower_ for t in reversed(before[-4:])]):
                continue
            seen.add(key)
            after = next(
                (t.i for t in sentence.light if t.idx >= code.at and not t.is_space),
                sentence.light.end,
            )
            if is_defined_at(doc, after, after, self.cues[rule.code]):
                continue
            yield Hit(
                rule,
                sentence.block_index,
                code.at,
                code.at,
                rule.format_message(match=code.text),
                (Suggestion(rule.advice or DEFAULT_ADVICE, "advice", False),),
                sentence.index,
                located=(code.source_start, code.source_end, code.text),
            )

    def _prose_code_hits(self, sentence: Sentence, seen: set[str]) -> Iterator[Hit]:
        """Yield the first use of each word written in a code shape in plain prose."""
        rule = self.code_rule
        for token in sentence.light:
            key = "c:" + token.lower_
            if key in seen or prose_code_shape(token) is None or token.lower_ in self.names:
                continue
            seen.add(key)
            if not is_defined_at(token.doc, token.i, token.i + 1, self.cues[rule.code]):
                yield _advice_hit(rule, sentence, token)

    def _glossary_matches(self, sentence: Sentence) -> list[tuple[GlossaryEntry, object]]:
        """Return the longest glossary matches in the sentence, in order."""
        if not self.entries:
            return []
        span = sentence.light
        doc = span.doc
        found = {}
        for match_id, start, end in match_words(self.matcher, span):
            entry = self.entries[int(self.matcher.vocab.strings[match_id])]
            # Two entries can match the same words ("whitelist" in every form, "whitelisting"):
            # the one spelled as written wins, whatever order the domains come in.
            if (start, end) not in found or entry.term.lower() == doc[start:end].text.lower():
                found[(start, end)] = entry
        best = filter_spans([doc[s:e] for s, e in found])
        return [(found[(s.start, s.end)], s) for s in sorted(best, key=lambda s: s.start)]

    def _named(self, span) -> bool:
        """Return True when the span is part of a name: configured, a brand such as "ZQX
        Firewall" or "Guardly Firewall™" (after an all-caps word, or with a trademark sign)."""
        if any(t.lower_ in self.names for t in span if t.is_alpha):
            return True
        doc = span.doc
        if span.end < len(doc) and doc[span.end].text in self.trademarks:
            return True
        if not span[0].text[0].isupper() or span.start == 0:
            return False
        before = doc[span.start - 1]
        return before.is_alpha and before.is_upper and len(before) > 1

    def _glossary_hit(self, entry: GlossaryEntry, sentence: Sentence, span) -> Hit:
        rule = entry.rule
        assert rule is not None  # only entries of a selected glossary rule are reported
        message = rule.format_message(match=as_read(span.text))
        advice = fill(rule.advice or DEFAULT_ADVICE, term=entry.term, plain=entry.plain)
        return hit_for_tokens(
            rule, sentence, span[0], span[-1], message, [Suggestion(advice, "advice", False)]
        )


def _codes_by_sentence(document: AnalyzedDocument) -> dict[int, list[InlineCode]]:
    """Return each sentence's inline code: a code span belongs to the last sentence of its
    block that starts at or before it."""
    found: dict[int, list[InlineCode]] = {}
    by_block: dict[int, list[Sentence]] = {}
    for sentence in document.sentences:
        by_block.setdefault(sentence.block_index, []).append(sentence)
    for block_index, sentences in by_block.items():
        for code in document.document.blocks[block_index].code:
            owner = sentences[0]
            for sentence in sentences:
                if sentence.start <= code.at:
                    owner = sentence
            found.setdefault(owner.index, []).append(code)
    return found


def _advice_hit(rule: Rule, sentence: Sentence, token: Token) -> Hit:
    """Return a one-token hit of ``rule`` whose suggestion is the rule's advice."""
    message = rule.format_message(match=token.text)
    advice = rule.advice or DEFAULT_ADVICE
    return hit_for_tokens(
        rule, sentence, token, token, message, [Suggestion(advice, "advice", False)]
    )
