"""The `acronym` rule kind: acronyms the reader may not know, used before they are spelled out.

Each acronym is tracked across the whole document in reading order (front matter, headings,
body). Only its first use can be reported, and only when it is not spelled out there; a
definition that comes later is mentioned in the message. What counts as an acronym, who knows
which, and what each stands for is the pack's data (rules/acronyms.yaml); see
``lexicon``, ``scan`` and ``definitions`` in this package.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ...config import Config
from ...findings import Suggestion
from ...lang.inflection import inflection
from ...packs.lexicons import Lexicons
from ...packs.model import Rule
from ..base import AnalyzedDocument, Check, Hit, Sentence
from ..memo import MemoKey
from ..names import document_names
from .definitions import is_defined_at, spelled_out_earlier
from .lexicon import Lexicon
from .names import inside, multiword_pattern
from .reading import ACRONYM, NAME, Use, reading
from .scan import Candidate, find_candidates, is_shouting

MEASURE = "acronyms_undefined"
CANDIDATES: MemoKey[dict[str, list[Candidate]]] = MemoKey("acronym candidates by rule code")
SHOUTING: MemoKey[bool] = MemoKey("sentence is in capitals")
DEFAULT_ADVICE = "Spell it out the first time you use it, or say what it means for the reader."
SENTENCES_BEFORE = 2
"""Sentences before an acronym in which an expansion without parentheses still defines it."""
DEFINED_LATER = " It is spelled out only further down, too late for this first use."

_WORD_BEFORE = re.compile(r"([A-Za-z]+)[^A-Za-z\n.!?]{0,3}$")
_WORD_AFTER = re.compile(r"^[^A-Za-z\n.!?]{0,3}([A-Za-z]+)")


@dataclass(frozen=True)
class Occurrence:
    """One use of an acronym in the document, as an acronym (not as a word or a name)."""

    sentence: Sentence
    candidate: Candidate
    """Offsets relative to the block text."""
    defined: bool


def _neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    before = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    after = _WORD_AFTER.match(text[end : end + 40])
    return (before.group(1).lower() if before else "", after.group(1).lower() if after else "")


def _plural(phrase: str) -> str:
    """Return the phrase with its last word in the plural (service-level agreements)."""
    head, _, last = phrase.rpartition(" ")
    if last.endswith("s"):
        return phrase
    forms = inflection(last, "NNS")
    plural = forms[0] if forms else last + "s"
    return f"{head} {plural}" if head else plural


class AcronymCheck(Check):
    """Reports the first undefined use of each acronym the audience may not know."""

    kind = "acronym"
    # Tags are needed only to tell "make IT happen" from "your IT team"; wants_parse asks
    # for them only in sentences with such a word whose context words do not settle it.
    needs = "tags"

    def __init__(self, rules: list[Rule], config: Config, lexicons: Lexicons):
        super().__init__(rules, config, lexicons)
        audience = config.audience
        self.entries = [
            (rule, Lexicon.from_options(rule.options, config))
            for rule in rules
            if rule.applies_to(audience)
        ]
        names = (*config.product_names, *config.company_names)
        self.allowed = {term.lower() for term in config.allow}
        self.names = multiword_pattern(names, ignore_case=True)

    # -- deciding what a candidate is -------------------------------------------------------

    def _candidates(self, sentence: Sentence, rule: Rule, lexicon: Lexicon) -> list[Candidate]:
        """Return the sentence's candidates (block offsets), memoized on the sentence."""
        memo = sentence.memo.remember(CANDIDATES, dict)
        if rule.code not in memo:
            found = find_candidates(sentence.text, lexicon)
            memo[rule.code] = [
                Candidate(
                    c.start + sentence.start, c.end + sentence.start, c.surface, c.key, c.plural
                )
                for c in found
            ]
            sentence.memo.remember(SHOUTING, lambda: is_shouting(sentence.text))
        return memo[rule.code]

    def _context_reading(self, lexicon: Lexicon, candidate: Candidate, text: str) -> str | None:
        """Return "acronym" or "word" when the words around an ambiguous token settle it."""
        cues = lexicon.ambiguous[candidate.key]
        before, after = _neighbours(text, candidate.start, candidate.end)
        if after in cues.acronym_before or before in cues.acronym_after:
            return "acronym"
        if before in cues.word_after or after in cues.word_before:
            return "word"
        return None

    def _parse_reading(self, sentence: Sentence, candidate: Candidate) -> str:
        """Return "word" when the tagger reads the token as a pronoun, else "acronym"."""
        token = sentence.parsed_token_at(candidate.start)
        return "word" if token is not None and token.tag_ == "PRP" else "acronym"

    def _needs_parse(self, sentence: Sentence, rule: Rule, lexicon: Lexicon) -> bool:
        text = sentence.block_text
        if sentence.memo.get(SHOUTING):
            return False
        for candidate in self._candidates(sentence, rule, lexicon):
            if (
                candidate.key in lexicon.ambiguous
                and not lexicon.exempt(candidate.key)
                and self._context_reading(lexicon, candidate, text) is None
            ):
                return True
        return False

    def wants_parse(self, sentence: Sentence) -> bool:
        """Return True when the sentence has an ambiguous word (IT) that only the tags settle."""
        return any(self._needs_parse(sentence, rule, lex) for rule, lex in self.entries)

    def _use(self, lexicon: Lexicon, sentence: Sentence, candidate: Candidate, small_words):
        """Return the candidate in its context, for ``reading``."""
        text = sentence.block_text
        return Use(
            lexicon=lexicon,
            candidate=candidate,
            text=text,
            shouting=bool(sentence.memo.get(SHOUTING)),
            small_words=small_words,
            context_reading=lambda: self._context_reading(lexicon, candidate, text),
            tagger_reading=lambda: self._parse_reading(sentence, candidate),
        )

    def _document_names(self, document: AnalyzedDocument) -> re.Pattern | None:
        """Return a pattern for the document's own names of two words or more ("Acme CRM"),
        found by ``checks.names`` from how the document uses them."""
        found = document_names(document, self.config)
        return multiword_pattern((name.text for name in found.names), ignore_case=False)

    # -- the check --------------------------------------------------------------------------

    def _defined(self, lexicon: Lexicon, sentence: Sentence, candidate: Candidate, earlier):
        """Return True when the acronym is spelled out where it stands or just before."""
        entry = lexicon.glossary.get(candidate.key)
        expansion = entry.expansion if entry else None
        text = sentence.block_text
        span = (sentence.start, sentence.end)
        return is_defined_at(
            text, candidate.start, candidate.end, candidate.key, expansion, lexicon.cues, span
        ) or spelled_out_earlier(earlier, candidate.key, expansion)

    def _occurrences(
        self, rule: Rule, lexicon: Lexicon, document: AnalyzedDocument, names_seen: set[str]
    ) -> Iterator[Occurrence]:
        """Yield every use of an acronym in reading order; add keys used as names to
        ``names_seen``."""
        small_words = frozenset(
            word
            for block in document.document.blocks
            for word in re.findall(r"[A-Za-z]+", block.text)
            if not word.isupper()
        )
        earlier: deque[str] = deque(maxlen=SENTENCES_BEFORE)
        own_names = self._document_names(document)
        for sentence in document.sentences:
            text = sentence.block_text
            for candidate in self._candidates(sentence, rule, lexicon):
                if candidate.key in lexicon.allowed or candidate.surface.lower() in self.allowed:
                    continue
                if inside(self.names, text, candidate.start) or inside(
                    own_names, text, candidate.start
                ):
                    continue  # capitals inside a product or company name ("Acme CRM")
                verdict = reading(self._use(lexicon, sentence, candidate, small_words))
                if verdict == NAME:
                    names_seen.add(candidate.key)
                if verdict != ACRONYM or lexicon.exempt(candidate.key):
                    continue
                defined = self._defined(lexicon, sentence, candidate, earlier)
                yield Occurrence(sentence, candidate, defined)
            earlier.append(sentence.text)

    def _hit(self, rule: Rule, lexicon: Lexicon, first: Occurrence, later: bool) -> Hit:
        candidate = first.candidate
        message = rule.format_message(match=candidate.surface)
        if later:
            message += DEFINED_LATER
        entry = lexicon.glossary.get(candidate.key)
        if entry is not None:
            expansion = _plural(entry.expansion) if candidate.plural else entry.expansion
            suggestions = (
                Suggestion(f"Spell it out: “{expansion} ({candidate.surface})”", "advice"),
                Suggestion(f"Or say what it means for the reader: “{entry.plain}”", "advice"),
            )
        else:
            suggestions = (Suggestion(rule.advice or DEFAULT_ADVICE, "advice"),)
        return Hit(
            rule,
            first.sentence.block_index,
            candidate.start,
            candidate.end,
            message,
            suggestions,
            first.sentence.index,
        )

    def check(self, document: AnalyzedDocument) -> Iterable[Hit]:
        """Return one hit per acronym whose first use is not spelled out."""
        reported: set[str] = set()
        hits: list[Hit] = []
        for rule, lexicon in self.entries:
            names_seen: set[str] = set()
            uses: dict[str, list[Occurrence]] = {}
            for occurrence in self._occurrences(rule, lexicon, document, names_seen):
                uses.setdefault(occurrence.candidate.key, []).append(occurrence)
            for key, occurrences in uses.items():
                if key in names_seen:
                    continue  # used as a name somewhere in the document (QRB Planner™)
                first = occurrences[0]
                if first.defined:
                    continue
                later = any(o.defined for o in occurrences[1:])
                hits.append(self._hit(rule, lexicon, first, later))
                reported.add(key)
        document.measures[MEASURE] = len(reported)
        return hits
