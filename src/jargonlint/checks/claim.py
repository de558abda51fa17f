"""The `claim` rule kind: superlatives and rank claims with no evidence in the same sentence.

Runs on the cheap tokens (no parse): a claim phrase from the pack ("industry-leading", "#1"),
or a superlative adjective after "the", "our" or a possessive ("the fastest", "Europe's best"),
is a finding unless the sentence also holds evidence: a number that is not a bare year, a named
source ("according to", "by Gartner"), or a citation ("[1]").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from lemminflect import getInflection
from spacy.matcher import Matcher
from spacy.tokens import Span, Token
from spacy.util import filter_spans

from ..findings import Suggestion
from ..lang.phrases import phrase_pattern
from ..lang.wordforms import lemmas
from ..nlp import light_pipeline
from ..packs.model import Rule
from .base import WORD_LIST, AnalyzedDocument, Check, Hit, Sentence, hit_for_tokens

SUPERLATIVE_OWNERS = frozenset({"the", "our", "'s", "’s", "its"})
SOURCE_WORDS = frozenset({"by", "from", "per"})
VOWEL_SOUND = "aeiou"
NUMBER = re.compile(r"^[$€£]?\d[\d,.]*(%|x|k|m|\+)?$", re.IGNORECASE)
"""A figure that can back a claim (4.9, 1,200, 30%, 10x); digits inside names (AES-256) cannot."""


def is_superlative(word: str) -> bool:
    """Return True when ``word`` is the superlative form of an adjective (best, fastest)."""
    lower = word.lower()
    # Every English superlative ends in "st" (best, most, fastest): skip the rest cheaply.
    return lower.endswith("st") and _is_superlative(lower)


@lru_cache(maxsize=8192)
def _is_superlative(lower: str) -> bool:
    for lemma in lemmas(lower, "ADJ").get("ADJ", ()):
        if lower in getInflection(lemma, tag="JJS") and lower != lemma:
            return True
    return False


class ClaimCheck(Check):
    """Flags unproven superlatives and rank claims, with a rewrite that drops a removable one."""

    kind = "claim"
    needs = "tokens"
    options_schema = {
        "properties": {
            "claims": WORD_LIST,
            "superlatives-after": WORD_LIST,
            "rank-superlatives": WORD_LIST,
            "rank-most": WORD_LIST,
            "not-before": WORD_LIST,
            "evidence-words": WORD_LIST,
            "bare-nouns": WORD_LIST,
        },
        "required": ["claims"],
    }

    def __init__(self, rules: list[Rule], config):
        super().__init__(rules, config)
        self.entries = []
        for rule in rules:
            matcher = Matcher(light_pipeline().vocab)
            for index, phrase in enumerate(rule.options["claims"]):
                matcher.add(str(index), [phrase_pattern(phrase)])
            self.entries.append((rule, matcher))

    def check(self, document: AnalyzedDocument) -> Iterable[Hit]:
        """Return one hit per claim without evidence, the first per sentence and rule."""
        for sentence in document.sentences:
            for rule, matcher in self.entries:
                yield from self._sentence(rule, matcher, sentence)

    def _sentence(self, rule: Rule, matcher: Matcher, sentence: Sentence) -> Iterator[Hit]:
        span = sentence.light
        spans = [span.doc[span.start + s : span.start + e] for _, s, e in matcher(span)]
        # Idioms ("the best way to") are superlatives; a pack phrase is a claim wherever it is.
        spans += [s for s in self._superlatives(rule, span) if not self._excluded(rule, s)]
        spans = filter_spans(spans)
        if not spans or self._has_evidence(rule, span, spans):
            return
        claim = _with_owner(spans[0], span)
        message = rule.message.replace("{match}", claim.text)
        yield hit_for_tokens(
            rule,
            sentence,
            claim[0],
            claim[-1],
            message,
            claim_suggestions(span, claim, frozenset(rule.options.get("bare-nouns", ()))),
        )

    def _superlatives(self, rule: Rule, span: Span) -> list[Span]:
        owners = SUPERLATIVE_OWNERS | set(rule.options.get("superlatives-after", ()))
        rank = set(rule.options.get("rank-superlatives", ()))
        rank_most = set(rule.options.get("rank-most", ()))
        found = []
        for token in span:
            if not token.is_alpha or token.i + 1 >= span.end or not is_superlative(token.text):
                continue
            after = token.doc[token.i + 1]
            # A heading or tagline may open with the claim: "Fastest repairs in town".
            opening = token.i == span.start
            before = token.doc[token.i - 1] if not opening else None
            if before is not None and before.lower_ not in owners:
                continue
            # "the latest release", "the most recent commit" are facts, not rank claims: after
            # "the" or at the opening, only rank words count; after "our" or a possessive, any
            # superlative does.
            if before is None or before.lower_ == "the":
                if token.lower_ == "most" and after.lower_ not in rank_most:
                    continue
                if token.lower_ != "most" and token.lower_ not in rank:
                    continue
            end = token.i + 2 if token.lower_ in ("most", "least") else token.i + 1
            found.append(token.doc[token.i : min(end, span.end)])
        return found

    @staticmethod
    def _excluded(rule: Rule, claim: Span) -> bool:
        """Return True for idioms ("the best way to", "your best customers")."""
        doc = claim.doc
        after = doc[claim.end].lower_ if claim.end < len(doc) else ""
        return after in set(rule.options.get("not-before", ()))

    @staticmethod
    def _has_evidence(rule: Rule, span: Span, claims: list[Span]) -> bool:
        inside = {t.i for c in claims for t in c}
        words = set(rule.options.get("evidence-words", ()))
        for token in span:
            if token.i in inside:
                continue
            if token.lower_ in words or token.text in ("[", "]") and token.i + 1 < span.end:
                return True
            if NUMBER.match(token.text) and not _is_year(token) and not _is_spec(token):
                return True
            if token.lower_ in SOURCE_WORDS and token.i + 1 < span.end:
                following = token.doc[token.i + 1]
                if following.lower_ == "the" and following.i + 1 < span.end:
                    following = token.doc[following.i + 1]  # "by the Evening Post"
                if following.is_title and following.i not in inside:
                    return True
        return False


def _with_owner(claim: Span, sentence: Span) -> Span:
    """Return the claim with its owner when it opens on a possessive ("the world's leading")."""
    if claim[0].lower_ in ("'s", "’s") and claim.start > sentence.start:
        return claim.doc[claim.start - 1 : claim.end]
    return claim


SPEC_UNITS = frozenset(
    [
        "second",
        "minute",
        "hour",
        "day",
        "week",
        "month",
        "year",
        "inch",
        "foot",
        "metre",
        "meter",
        "mile",
        "page",
        "user",
        "seat",
    ]
)
"""Units of a product's own specification: "a 15-minute response", "a 30-day trial"."""


def _is_spec(token: Token) -> bool:
    """Return True for a number that describes the offer ("15-minute"), which proves no rank."""
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-":
        return doc[token.i + 2].lower_.rstrip("s") in SPEC_UNITS
    return False


def _is_year(token: Token) -> bool:
    return token.text.isdigit() and len(token.text) == 4 and token.text[:2] in ("19", "20")


def claim_suggestions(
    sentence: Span, claim: Span, bare_nouns: frozenset[str] = frozenset()
) -> tuple[Suggestion, ...]:
    """Return the sentence without a removable claim modifier (a candidate the rewrite gate
    checks), then advice to prove or cut the claim. A claim on one of ``bare_nouns`` is not
    cut: "unbeatable prices" without its claim says nothing ("Enjoy prices")."""
    advice = Suggestion(
        f"Back \u201c{claim.text}\u201d with evidence in this sentence, or cut it. What shows it: "
        f"a number, a named source, a citation? Fill in: \u201c{claim.text} \u2014 ___ (a "
        "figure), according to ___ (a source).\u201d Better still, say what the reader gets.",
        "advice",
        False,
    )
    after = sentence.doc[claim.end].lower_ if claim.end < sentence.end else ""
    bare = after in bare_nouns or after.endswith("s") and after[:-1] in bare_nouns
    cut = None if bare else _without_claim(sentence, claim)
    return (advice,) if cut is None else (Suggestion(cut, "rewrite", False), advice)


def _without_claim(sentence: Span, claim: Span) -> str | None:
    """Return the sentence without the claim when it is a removable modifier, else None."""
    doc = sentence.doc
    one_word = all(not t.whitespace_ for t in claim[:-1])
    removable = (
        one_word
        and claim.end < sentence.end
        and doc[claim.end].is_alpha
        and not doc[claim.end].is_stop  # it qualifies the next content word: "unmatched comfort"
        and claim[0].lower_ not in ("the", "a", "#", "number")
        and not is_superlative(claim[-1].text)
    )
    if not removable:
        return None
    words = []
    for token in sentence:
        if claim.start <= token.i < claim.end:
            continue
        text = token.text
        if token.i == claim.start - 1 and token.lower_ in ("a", "an"):
            a = "an" if doc[claim.end].lower_[0] in VOWEL_SOUND else "a"
            text = a.capitalize() if token.text[0].isupper() else a
        words.append(text + token.whitespace_)
    text = " ".join("".join(words).split())
    text = text.replace(" ,", ",")
    return text[0].upper() + text[1:]
