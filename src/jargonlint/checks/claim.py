"""The `claim` rule kind: superlatives and rank claims with no evidence in the same sentence.

A claim phrase from the pack ("industry-leading", "#1", "can't match") is a claim wherever it
stands. A superlative after "the", "our" or a possessive ("the fastest", "Europe's best") is a
claim only when it is said of the company or its product: read from the parse, it is not one
when it belongs to the reader ("your busiest day"), to "us" together ("together we can reach
the best results"), or to someone after an adjective ("compatible with the biggest brands"),
a class the parse gives without knowing the company. Either is a
finding unless the sentence also holds evidence that can belong to it: a figure that is not a
year, a date or the offer's own specification ("a 30-day trial"), a named source that is not
the company itself ("according to", "by the Evening Post"), or a citation ("[1]").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.matcher import Matcher
from spacy.tokens import Span, Token
from spacy.util import filter_spans

from ..config import Config
from ..findings import Suggestion
from ..lang.inflection import inflection
from ..lang.phrases import phrase_pattern
from ..lang.wordforms import lemmas
from ..nlp import light_pipeline
from ..packs.lexicons import Lexicons
from ..packs.model import Rule
from .base import AnalyzedDocument, Check, Hit, Sentence, hit_for_tokens
from .names import DocumentNames, document_names

VOWEL_SOUND = "aeiou"
NUMBER = re.compile(r"^[$€£]?\d[\d,.]*(%|x|k|m|\+)?$", re.IGNORECASE)
"""A figure that can back a claim (4.9, 1,200, 30%, 10x); digits inside names (AES-256) cannot."""
READER_WORDS = frozenset({"you", "your", "yours"})
INCLUSIVE_WE = frozenset({"together", "all"})
# Why not data: pronouns and dependency labels are closed-class grammar.
NOUN_LINKS = frozenset({"amod", "advmod", "npadvmod", "compound", "nmod", "quantmod", "det"})


def is_superlative(word: str) -> bool:
    """Return True when ``word`` is the superlative form of an adjective (best, fastest)."""
    lower = word.lower()
    # Every English superlative ends in "st" (best, most, fastest): skip the rest cheaply.
    return lower.endswith("st") and _is_superlative(lower)


@lru_cache(maxsize=8192)
def _is_superlative(lower: str) -> bool:
    for lemma in lemmas(lower, "ADJ").get("ADJ", ()):
        if lower in inflection(lemma, "JJS") and lower != lemma:
            return True
    return False


def _words(rule: Rule, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in rule.options.get(key, ()))


@dataclass(frozen=True)
class ClaimWords:
    """One claim rule's word lists (pack options), as lower-case sets."""

    owners: frozenset[str]
    """Words after which a superlative is a claim: "the", "our", a possessive "'s"."""
    rank: frozenset[str]
    rank_most: frozenset[str]
    not_before: frozenset[str]
    evidence: frozenset[str]
    sources: frozenset[str]
    """Prepositions that introduce a source ("by the Evening Post", "from Gartner")."""
    spec_units: frozenset[str]
    dates: frozenset[str]
    bare_nouns: frozenset[str]
    """Nouns a claim cannot be cut from ("unbeatable prices" → "prices" says nothing)."""
    choice_verbs: frozenset[str] = frozenset()
    """Verbs of choosing: their superlative object is an option ("pick the fastest route")."""

    @classmethod
    def of(cls, rule: Rule) -> ClaimWords:
        """Return the word lists of a claim rule."""
        return cls(
            owners=_words(rule, "superlatives-after"),
            rank=_words(rule, "rank-superlatives"),
            rank_most=_words(rule, "rank-most"),
            not_before=_words(rule, "not-before"),
            evidence=_words(rule, "evidence-words"),
            sources=_words(rule, "source-words"),
            spec_units=_words(rule, "spec-units"),
            dates=_words(rule, "date-words"),
            bare_nouns=_words(rule, "bare-nouns"),
            choice_verbs=_words(rule, "choice-verbs"),
        )


@dataclass
class _Entry:
    rule: Rule
    matcher: Matcher
    words: ClaimWords


class ClaimCheck(Check):
    """Flags unproven superlatives and rank claims, with a rewrite that drops a removable one."""

    kind = "claim"
    needs = "parse"

    def __init__(self, rules: list[Rule], config: Config, lexicons: Lexicons):
        super().__init__(rules, config, lexicons)
        self.entries = []
        for rule in rules:
            matcher = Matcher(light_pipeline().vocab)
            for index, phrase in enumerate(rule.options["claims"]):
                matcher.add(str(index), [claim_pattern(phrase)])
            self.entries.append(_Entry(rule, matcher, ClaimWords.of(rule)))

    def wants_parse(self, sentence: Sentence) -> bool:
        """Return True when a superlative needs the parse to tell whose it is."""
        return any(superlatives(e.words, sentence.light) for e in self.entries)

    def check(self, document: AnalyzedDocument) -> Iterable[Hit]:
        """Return one hit per claim without evidence, the first per sentence and rule."""
        names = document_names(document, self.config)
        for sentence in document.sentences:
            for entry in self.entries:
                yield from self._sentence(entry, sentence, names)

    def _sentence(self, entry: _Entry, sentence: Sentence, names: DocumentNames) -> Iterator[Hit]:
        span = sentence.light
        words = entry.words
        spans = [span.doc[span.start + s : span.start + e] for _, s, e in entry.matcher(span)]
        spans = [s for s in spans if not _reader_owned(s)]
        # Idioms ("the best way to") are not claims; a superlative must be the company's.
        spans += [
            s
            for s in superlatives(words, span)
            if not _idiom(words, s) and not someone_elses(sentence, s, words.choice_verbs)
        ]
        spans = filter_spans(spans)
        if not spans or has_evidence(words, span, spans, names):
            return
        claim = _with_owner(spans[0], span)
        message = entry.rule.format_message(match=claim.text)
        suggestions = claim_suggestions(span, claim, words.bare_nouns)
        yield hit_for_tokens(entry.rule, sentence, claim[0], claim[-1], message, suggestions)


def claim_pattern(phrase: str) -> list[dict]:
    """Return a claim phrase's Matcher pattern, its "#" a literal sign: "#1" is rank one, not
    any number before a 1 ("attend one 1-hour session")."""
    pattern = phrase_pattern(phrase)
    if "#" not in phrase:
        return pattern
    return [{"LOWER": t.lower_} for t in light_pipeline().tokenizer(phrase)]


# --- superlatives ----------------------------------------------------------------------------


def _ranks(words: ClaimWords, token: Token, after: Token, opening: bool) -> bool:
    """Return True when a superlative after an owner word (or opening a line) claims a rank.

    "the latest release", "the most recent commit" are facts, not rank claims: after "the" or
    opening a line only rank words count; after "our" or a possessive any superlative does.
    """
    before = None if opening else token.doc[token.i - 1]
    if before is not None and before.lower_ not in words.owners:
        return False
    if before is not None and before.lower_ != "the":
        return True
    if token.lower_ == "most":
        return after.lower_ in words.rank_most
    return token.lower_ in words.rank


def superlatives(words: ClaimWords, span: Span) -> list[Span]:
    """Return the superlatives of a sentence that may be claims ("the fastest", "our best")."""
    found = []
    for token in span:
        if not token.is_alpha or token.i + 1 >= span.end or not is_superlative(token.text):
            continue
        # A heading or tagline may open with the claim: "Fastest repairs in town".
        if not _ranks(words, token, token.doc[token.i + 1], token.i == span.start):
            continue
        end = token.i + 2 if token.lower_ in ("most", "least") else token.i + 1
        found.append(token.doc[token.i : min(end, span.end)])
    return found


def _idiom(words: ClaimWords, claim: Span) -> bool:
    """Return True for idioms ("the best way to", "best practices")."""
    doc = claim.doc
    after = doc[claim.end].lower_ if claim.end < len(doc) else ""
    return after in words.not_before


def _reader_owned(claim: Span) -> bool:
    """Return True for the reader's own thing ("your best customers", "your busiest day")."""
    return claim.start > 0 and claim.doc[claim.start - 1].lower_ in READER_WORDS


# --- whose superlative -----------------------------------------------------------------------


def _parsed(sentence: Sentence, token: Token) -> Token | None:
    """Return the parsed token at a light token's place, or None (sentence not parsed)."""
    if sentence.parsed is None:
        return None
    offset = token.idx - sentence.start
    return next((t for t in sentence.parsed if t.idx == offset), None)


def claimed_noun(token: Token) -> Token | None:
    """Return the noun a superlative describes ("the most trusted garage" → garage)."""
    while token.dep_ in NOUN_LINKS and token.head.i != token.i:
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ not in ("compound", "nmod"):
            break
        token = token.head
    return token if token.pos_ in ("NOUN", "PROPN") else None


def _clause_verb(noun: Token) -> Token | None:
    """Return the verb whose clause holds the noun (through prepositions and objects)."""
    token = noun
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def _doer(verb: Token) -> Token | None:
    """Return the subject of a verb, or of the verb it complements ("can select to take")."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ not in ("xcomp", "conj", "advcl") or verb.head is verb:
            return subject
        verb = verb.head


def _ours_together(verb: Token) -> bool:
    """Return True when "we" means the writer and the reader together ("together we can…").

    The reader as doer is not enough: "you get the fastest support in town" praises the
    company's support, and an imperative ("Enjoy the finest coffee") does the same.
    """
    doer = _doer(verb)
    if doer is None or doer.lower_ != "we":
        return False
    together = {t.lower_ for t in (*verb.children, *doer.children)}
    return bool(together & INCLUSIVE_WE)


def someone_elses(sentence: Sentence, claim: Span, choosing: frozenset[str] = frozenset()) -> bool:
    """Return True when the parse shows a superlative is not said of the company or product:
    the reader's thing ("your busiest day"), "us" together ("together we can reach the best
    results"), a noun after an adjective ("compatible with the biggest brands"), or an option
    chosen among others ("pick the fastest route", verbs of ``choosing``). Without a parse it
    counts as the company's."""
    token = _parsed(sentence, claim[0])
    noun = claimed_noun(token) if token is not None else None
    if noun is None:
        return False
    if any(c.dep_ == "poss" and c.lower_ in READER_WORDS for c in noun.children):
        return True
    if noun.dep_ == "pobj" and noun.head.head.pos_ == "ADJ":
        return True
    verb = _clause_verb(noun)
    in_predicate = noun.dep_ in ("dobj", "pobj", "dative")
    if verb is None or not in_predicate:
        return False
    return noun.dep_ == "dobj" and _chosen(verb, choosing) or _ours_together(verb)


def _chosen(verb: Token, choosing: frozenset[str]) -> bool:
    """Return True for a verb of choosing, or a verb one governs ("select to take")."""
    governor = verb.head if verb.dep_ in ("xcomp", "advcl") else verb
    return verb.lemma_.lower() in choosing or governor.lemma_.lower() in choosing


# --- evidence --------------------------------------------------------------------------------


def _is_year(token: Token) -> bool:
    return token.text.isdigit() and len(token.text) == 4 and token.text[:2] in ("19", "20")


def _is_spec(words: ClaimWords, token: Token) -> bool:
    """Return True for a number that describes the offer ("15-minute", "a 30-day trial")."""
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-":
        return doc[token.i + 2].lower_.rstrip("s") in words.spec_units
    return False


def _is_date(words: ClaimWords, token: Token) -> bool:
    """Return True for a day of the month ("July 4", "4 July"): a dateline proves nothing."""
    doc = token.doc
    near = [doc[i].lower_.rstrip(".") for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return any(word in words.dates for word in near)


def _is_figure(words: ClaimWords, token: Token) -> bool:
    if not NUMBER.match(token.text):
        return False
    return not (_is_year(token) or _is_spec(words, token) or _is_date(words, token))


def _named_source(words: ClaimWords, token: Token, end: int, names: DocumentNames) -> bool:
    """Return True for "by Gartner", "from the Evening Post": a source that is not the company
    itself ("from Acme" names no witness when Acme is the document's own name)."""
    if token.lower_ not in words.sources or token.i + 1 >= end:
        return False
    following = token.doc[token.i + 1]
    if following.lower_ == "the" and following.i + 1 < end:
        following = token.doc[following.i + 1]  # "by the Evening Post"
    if not following.is_title:
        return False
    return names.find(list(token.doc[following.i : end])[:4]) is None


def has_evidence(words: ClaimWords, span: Span, claims: list[Span], names: DocumentNames) -> bool:
    """Return True when the sentence holds evidence for its claims."""
    inside = {t.i for c in claims for t in c}
    for token in span:
        if token.i in inside:
            continue
        citation = token.text in ("[", "]") and token.i + 1 < span.end
        if token.lower_ in words.evidence or citation or _is_figure(words, token):
            return True
        if _named_source(words, token, span.end, names):
            return True
    return False


# --- the suggestion --------------------------------------------------------------------------


def _with_owner(claim: Span, sentence: Span) -> Span:
    """Return the claim with its owner when it opens on a possessive ("the world's leading")."""
    if claim[0].lower_ in ("'s", "’s") and claim.start > sentence.start:
        return claim.doc[claim.start - 1 : claim.end]
    return claim


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
