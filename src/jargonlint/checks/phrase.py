"""The `phrase` rule kind: word lists matched on lower case or on every inflection (lemma)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice, product

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from ..config import Config
from ..findings import Suggestion
from ..lang.inflection import inflect_replacement, match_case, word_forms
from ..lang.objects import is_vague, object_head, word_keys
from ..lang.phrases import as_read, match_words, word_after, word_before
from ..lang.wordforms import lemmas
from ..nlp import light_pipeline
from ..packs.lexicons import Lexicons
from ..packs.model import Rule
from ..packs.siblings import sibling_rules
from .base import AnalyzedDocument, Check, Hit, Sentence
from .memo import MemoKey


@dataclass(frozen=True)
class Term:
    """One entry of a phrase rule's word list."""

    rule: Rule
    phrase: str
    replace: tuple[str, ...]
    safe: bool
    pos: tuple[str, ...]
    not_before: frozenset[tuple[str, ...]]
    """Words (or short word sequences) right after the phrase that make it literal."""
    not_after: frozenset[str]
    lemma_match: bool
    literal_objects: frozenset[str] = frozenset()
    """Objects that make the phrase literal ("unlock your phone")."""
    literal_without_object: bool = False
    """No object makes the phrase literal ("the doors unlock at nine")."""
    vague_object_only: bool = False
    """Only a vague object makes the phrase jargon ("optimize your workflow", not "... photos")."""
    before_non_verb: frozenset[str] = frozenset()
    """Words after the phrase that make it literal unless a verb follows them: "solutions to
    common problems" is an answer, "a solution to manage your stock" is a product."""
    reported: bool = True
    """False for a term of a deselected sibling rule: matched only so that a shorter term of a
    selected rule gives way to it exactly as it would with every rule on."""

    @classmethod
    def from_options(cls, rule: Rule, raw: dict, reported: bool = True) -> Term:
        """Return a Term from a rule's YAML entry."""
        return cls(
            reported=reported,
            rule=rule,
            phrase=raw["phrase"],
            replace=tuple(raw.get("replace", ())),
            safe=bool(raw.get("safe", False)),
            pos=tuple(raw.get("pos", ())),
            not_before=frozenset(tuple(w.lower().split()) for w in raw.get("not-before", ())),
            not_after=frozenset(w.lower() for w in raw.get("not-after", ())),
            lemma_match=rule.options.get("match", "lower") == "lemma",
            literal_objects=frozenset(w.lower() for w in raw.get("literal-objects", ())),
            literal_without_object=bool(raw.get("literal-without-object", False)),
            vague_object_only=bool(raw.get("vague-object-only", False)),
            before_non_verb=frozenset(w.lower() for w in raw.get("literal-before-non-verb", ())),
        )

    @property
    def family(self) -> bool:
        """Return True for a compound family ("-driven": community-driven, data-driven)."""
        return self.phrase.startswith("-")

    @property
    def judges_object(self) -> bool:
        """Return True when the term's object decides whether it is literal."""
        return bool(self.literal_objects or self.literal_without_object or self.vague_object_only)


@dataclass(frozen=True)
class Vagueness:
    """What makes an object vague for one rule: listed abstract nouns and abstract suffixes."""

    words: frozenset[str] = frozenset()
    suffixes: tuple[str, ...] = ()

    @classmethod
    def from_options(cls, options: dict) -> Vagueness:
        """Return the rule's vague objects (``vague-objects``, ``abstract-suffixes``)."""
        return cls(
            frozenset(w.lower() for w in options.get("vague-objects", ())),
            tuple(s.lower() for s in options.get("abstract-suffixes", ())),
        )


MATCHES: MemoKey[list[tuple[Term, int, int]]] = MemoKey("phrase matches")
"""The sentence's kept term matches (term, first token, end token), found once."""

MAX_SPELLINGS = 512
"""Cap on the inflected spellings of one multiword phrase (keeps odd phrases from exploding)."""


def term_spellings(phrase: str, lemma_match: bool) -> list[tuple[str, ...]]:
    """Return every token sequence (lower case) the phrase matches: its inflections too. A
    compound family ("-driven") is the dash and the word, as a compound is tokenized."""
    if phrase.startswith("-"):
        return [("-", phrase[1:].lower())]
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

    def __init__(self, rules: list[Rule], config: Config, lexicons: Lexicons):
        super().__init__(rules, config, lexicons)
        self.terms: list[Term] = []
        # Deselected phrase rules of the same packs are matched too, never reported: which
        # longer phrase a shorter term gives way to must not depend on the selection.
        siblings = sibling_rules(rules, config.audience)
        self.vagueness = {
            rule.code: Vagueness.from_options(rule.options) for rule in (*rules, *siblings)
        }
        # A PhraseMatcher over every spelling is many times faster than Matcher `IN` sets.
        self.matcher = PhraseMatcher(light_pipeline().vocab, attr="LOWER")
        for rule in rules:
            self._add_terms(rule, reported=True)
        for rule in siblings:
            self._add_terms(rule, reported=False)

    def _add_terms(self, rule: Rule, reported: bool) -> None:
        vocab = self.matcher.vocab
        for raw in rule.options.get("terms", ()):
            audiences = raw.get("audiences")
            if audiences and self.config.audience not in audiences:
                continue
            term = Term.from_options(rule, raw, reported)
            spellings = term_spellings(term.phrase, term.lemma_match)
            docs = [Doc(vocab, words=list(words)) for words in spellings]
            self.matcher.add(str(len(self.terms)), docs)
            self.terms.append(term)

    def _matches(self, sentence: Sentence) -> list[tuple[Term, int, int]]:
        """Return (term, first token, end token) matches in the sentence's light span."""
        cached = sentence.memo.get(MATCHES)
        if cached is not None:
            return cached
        span = sentence.light
        doc = span.doc
        by_rule: dict[str, list] = {}
        for match_id, start, end in match_words(self.matcher, span):
            term = self.terms[int(self.matcher.vocab.strings[match_id])]
            if term.family:
                start = _compound_start(doc, start)
                if start is None:
                    continue
            by_rule.setdefault(term.rule.code, []).append((term, start, end))
        kept = []
        for items in by_rule.values():
            spans = {(s, e): t for t, s, e in items}
            for best in filter_spans([doc[s:e] for s, e in spans]):
                term = spans[(best.start, best.end)]
                if not self._literal(term, doc, best.start, best.end):
                    kept.append((term, best.start, best.end))
        kept = [found for found in _longest_per_category(kept) if found[0].reported]
        return sentence.memo.put(MATCHES, kept)

    def _literal(self, term: Term, doc, start: int, end: int) -> bool:
        """Return True when the words around the match show the literal sense."""
        return (
            _exempt(term, doc, start, end)
            or _before_non_verb(term, doc, end)
            or (term.judges_object and self._literal_object(term, doc, end))
        )

    def _literal_object(self, term: Term, doc, end: int) -> bool:
        """Return True when the term's object makes it literal (or is not vague enough)."""
        head = object_head(doc, end)
        if head is None:
            return term.literal_without_object or term.vague_object_only
        if word_keys(head.text) & term.literal_objects:
            return True
        if term.vague_object_only:
            vague = self.vagueness[term.rule.code]
            return not is_vague(head.text, vague.words, vague.suffixes)
        return False

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
                    token = sentence.parsed_token_at(span.start_char)
                    if token is None or not _pos_matches(token, term.pos):
                        continue
                    tag = token.tag_
                elif sentence.parsed is not None:
                    token = sentence.parsed_token_at(span.start_char)
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
        message = term.rule.format_message(
            match=as_read(span.text), replacement=term.replace[0] if term.replace else ""
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


def _compound_start(doc, dash: int) -> int | None:
    """Return the first token of the compound whose "-tail" starts at ``dash``; None when the
    dash joins no word ("- driven") or joins a name or an acronym ("Acme-powered",
    "API-first"): a compound on a named thing states a fact, and acronyms have their own rule."""
    if dash == 0:
        return None
    first = doc[dash - 1]
    if not first.text.isalnum() or first.whitespace_:
        return None
    if any(ch.isupper() for ch in first.text[1:]) or (first.is_title and not first.is_sent_start):
        return None
    return dash - 1


def _exempt(term: Term, doc, start: int, end: int) -> bool:
    """Return True when a listed word right before or words right after make it literal. For a
    compound family, the word before is the compound's own first part (battery-powered)."""
    preceding = doc[start] if term.family else word_before(doc, start)
    if preceding is not None and preceding.lower_ in term.not_after:
        return True
    if not term.not_before:
        return False
    following = []
    index = end
    longest = max(len(words) for words in term.not_before)
    while len(following) < longest:
        token = word_after(doc, index)
        if token is None:
            break
        following.append(token.lower_)
        index = token.i + 1
    return any(tuple(following[: len(words)]) == words for words in term.not_before)


def _before_non_verb(term: Term, doc, end: int) -> bool:
    """Return True when a listed word follows the phrase and no verb follows that word: "to"
    before a noun phrase is a preposition ("solutions to common problems"), before a verb
    it states a purpose ("a solution to manage stock")."""
    if not term.before_non_verb:
        return False
    link = word_after(doc, end)
    if link is None or link.lower_ not in term.before_non_verb:
        return False
    following = word_after(doc, link.i + 1)
    if following is None:
        return True
    word = following.lower_
    return word not in lemmas(word, "VERB").get("VERB", ())


def _longest_per_category(found: list[tuple[Term, int, int]]) -> list[tuple[Term, int, int]]:
    """Return the matches without those inside a longer match of another rule of the same
    category ("unlock" inside "unlock the power of" is one finding, not two); a compound family
    ("-powered") gives way to a term listed in full ("AI-powered") on the same words."""
    kept = []
    for term, start, end in found:
        inside = any(
            other.rule.code != term.rule.code
            and other.rule.category == term.rule.category
            and s <= start
            and end <= e
            and (e - s > end - start or (e - s == end - start and term.family and not other.family))
            for other, s, e in found
        )
        if not inside:
            kept.append((term, start, end))
    return kept
