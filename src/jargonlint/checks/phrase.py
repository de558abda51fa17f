"""The `phrase` rule kind: word lists matched on lower case or on every inflection (lemma)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice, product

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from ..findings import Suggestion
from ..lang.inflection import inflect_replacement, match_case, word_forms
from ..nlp import light_pipeline
from ..packs.model import Rule
from .base import AnalyzedDocument, Check, Hit, Sentence


@dataclass(frozen=True)
class Term:
    """One entry of a phrase rule's word list."""

    rule: Rule
    phrase: str
    replace: tuple[str, ...]
    safe: bool
    pos: tuple[str, ...]
    not_before: frozenset[str]
    not_after: frozenset[str]
    lemma_match: bool

    @classmethod
    def from_options(cls, rule: Rule, raw: dict) -> Term:
        """Return a Term from a rule's YAML entry."""
        return cls(
            rule=rule,
            phrase=raw["phrase"],
            replace=tuple(raw.get("replace", ())),
            safe=bool(raw.get("safe", False)),
            pos=tuple(raw.get("pos", ())),
            not_before=frozenset(w.lower() for w in raw.get("not-before", ())),
            not_after=frozenset(w.lower() for w in raw.get("not-after", ())),
            lemma_match=rule.options.get("match", "lower") == "lemma",
        )


MAX_SPELLINGS = 512
"""Cap on the inflected spellings of one multiword phrase (keeps odd phrases from exploding)."""


def term_spellings(phrase: str, lemma_match: bool) -> list[tuple[str, ...]]:
    """Return every token sequence (lower case) the phrase matches: its inflections too."""
    tokens = light_pipeline().tokenizer(phrase)
    options = [
        sorted(word_forms(t.text)) if lemma_match and t.is_alpha else [t.lower_] for t in tokens
    ]
    spellings = [tuple(words) for words in islice(product(*options), MAX_SPELLINGS)]
    return spellings


class PhraseCheck(Check):
    """Finds the terms of every phrase rule; tags are asked for only where a term names a POS."""

    kind = "phrase"
    needs = "tags"

    def __init__(self, rules: list[Rule], config):
        super().__init__(rules, config)
        self.terms: list[Term] = []
        vocab = light_pipeline().vocab
        # A PhraseMatcher over every spelling is many times faster than Matcher `IN` sets.
        self.matcher = PhraseMatcher(vocab, attr="LOWER")
        for rule in rules:
            for raw in rule.options.get("terms", ()):
                audiences = raw.get("audiences")
                if audiences and config.audience not in audiences:
                    continue
                term = Term.from_options(rule, raw)
                spellings = term_spellings(term.phrase, term.lemma_match)
                docs = [Doc(vocab, words=list(words)) for words in spellings]
                self.matcher.add(str(len(self.terms)), docs)
                self.terms.append(term)

    def _matches(self, sentence: Sentence) -> list[tuple[Term, int, int]]:
        """Return (term, first token, end token) matches in the sentence's light span."""
        if self.kind in sentence.notes:
            return sentence.notes[self.kind]
        span = sentence.light
        doc = span.doc
        found = []
        for match_id, start, end in self.matcher(span):
            term = self.terms[int(self.matcher.vocab.strings[match_id])]
            found.append((term, start, end))  # PhraseMatcher gives doc offsets on a Span
        by_rule: dict[str, list] = {}
        for term, start, end in found:
            by_rule.setdefault(term.rule.code, []).append((term, start, end))
        kept = []
        for items in by_rule.values():
            spans = {(s, e): t for t, s, e in items}
            for best in filter_spans([doc[s:e] for s, e in spans]):
                term = spans[(best.start, best.end)]
                if not self._exempt(term, doc, best.start, best.end):
                    kept.append((term, best.start, best.end))
        sentence.notes[self.kind] = kept
        return kept

    @staticmethod
    def _exempt(term: Term, doc, start: int, end: int) -> bool:
        following = doc[end].lower_ if end < len(doc) else ""
        preceding = doc[start - 1].lower_ if start > 0 else ""
        return following in term.not_before or preceding in term.not_after

    def wants_parse(self, sentence: Sentence) -> bool:
        """Return True when a matched term in the sentence needs its part of speech checked."""
        return any(term.pos for term, _, _ in self._matches(sentence))

    def check(self, document: AnalyzedDocument) -> Iterable[Hit]:
        """Return a hit for each term found, with replacements in the form found."""
        for sentence in document.sentences:
            for term, start, end in self._matches(sentence):
                span = sentence.light.doc[start:end]
                tag = None
                if term.pos:
                    token = _parsed_token(sentence, span)
                    if token is None or not _pos_matches(token, term.pos):
                        continue
                    tag = token.tag_
                elif sentence.parsed is not None:
                    token = _parsed_token(sentence, span)
                    tag = token.tag_ if token is not None else None
                yield self._hit(term, sentence, span, tag)

    def _hit(self, term: Term, sentence: Sentence, span, tag: str | None) -> Hit:
        suggestions = []
        first_word = term.phrase.split()[0]
        for index, replacement in enumerate(term.replace):
            text, certain = replacement, True
            if term.lemma_match and span[0].lower_ != first_word.lower():
                text, certain = inflect_replacement(replacement, first_word, span[0].text, tag)
            text = match_case(text, span.text, span.start == sentence.light.start)
            safe = term.safe and index == 0 and certain
            suggestions.append(Suggestion(text, "replace", safe))
        message = term.rule.message.replace("{match}", span.text).replace(
            "{replacement}", term.replace[0] if term.replace else ""
        )
        return Hit(
            term.rule,
            sentence.block_index,
            span.start_char,
            span.end_char,
            message,
            tuple(suggestions),
            sentence.index,
        )


def _pos_matches(token, pos: tuple[str, ...]) -> bool:
    """Return True when the token's part of speech is one the term names.

    The small model often tags a sentence-initial imperative ("Harness our reminders...") as a
    noun; a word with a direct object is working as a verb whatever its tag says.
    """
    if token.pos_ in pos:
        return True
    return "VERB" in pos and any(child.dep_ == "dobj" for child in token.children)


def _parsed_token(sentence: Sentence, span):
    """Return the parsed token starting where the light span starts (None if not parsed)."""
    if sentence.parsed is None:
        return None
    offset = span.start_char - sentence.start
    for token in sentence.parsed:
        if token.idx == offset:
            return token
        if token.idx > offset:
            break
    return None
