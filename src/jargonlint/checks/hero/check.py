"""The `hero` rule kind: who the hero of each sentence is, from the dependency parse.

Roles (a rule's `role:` option):
- `tech-sentence`: a technology, product or tool does abstract work and the reader's outcome
  is absent (category tech-hero; see ``tech``);
- `company-sentence`: the company (or its product, for status claims) describes itself
  (company-centric; see ``company``);
- `tech-document` / `company-document`: the technology or the company is the hero of most
  sentences of a document of some length (one finding at the first line).
The word lists are the packs' hero lexicons (pack-level, shared by every hero rule, whatever
the selection); the document's own product and company names come from ``checks.names``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ...config import Config
from ...findings import Suggestion
from ...packs.lexicons import Lexicons
from ...packs.model import Rule
from ..base import AnalyzedDocument, Check, Hit, Sentence, hit_for_tokens
from ..memo import MemoKey
from ..names import DocumentNames, document_names
from .candidates import Triggers, light_hero
from .clauses import Clause, clauses, noun_phrase, sentence_hero
from .company import company_clause, fragment_span, self_fragment
from .lexicon import COMPANY_PRONOUNS, READER_PRONOUNS, Lexicon
from .rewrite import company_suggestions, tech_suggestions
from .subjects import Reading
from .tech import tech_clause

QUOTED_BLOCKS = frozenset({"blockquote"})
"""Block kinds that hold someone else's words (testimonials): their "we" is not the company.
Quotation marks inside a paragraph are not enough: a press release quotes its own founders."""
_QUESTION_DOC = "what can the reader do, get or stop worrying about because of it?"
CLAUSES: MemoKey[list[Clause]] = MemoKey("hero clauses")


class HeroCheck(Check):
    """Classifies each candidate sentence's clauses and reports tech or company heroes."""

    kind = "hero"
    needs = "parse"

    def __init__(self, rules: list[Rule], config: Config, lexicons: Lexicons):
        super().__init__(rules, config, lexicons)
        self.lex = Lexicon.from_lexicons(lexicons, config)
        self.by_role = {rule.options["role"]: rule for rule in rules}
        self.triggers = Triggers.of(self.lex)
        self.cues = self.lex.name_cues()
        tech = self.by_role.get("tech-sentence")
        self.names_as_products = bool(tech and tech.options.get("names-as-products", False))

    def names(self, document: AnalyzedDocument) -> DocumentNames:
        """Return the document's own names (computed once per document)."""
        return document_names(document, self.config, self.cues)

    def wants_parse(self, sentence: Sentence) -> bool:
        """Return True when the sentence may have a technology or company hero."""
        return self.triggers.wants(sentence.light)

    def parse_candidates(self, document: AnalyzedDocument) -> list[Sentence]:
        """Return the sentences whose subject could be a hero, the document's names included."""
        names = self.names(document).first_words
        return [s for s in document.sentences if self.triggers.wants(s.light, names)]

    def analyze(self, sentence: Sentence, reading: Reading) -> list[Clause]:
        """Return the clauses of a parsed sentence (memoised on the sentence)."""
        if sentence.parsed is None:
            return []
        parsed = sentence.parsed
        return sentence.memo.remember(CLAUSES, lambda: clauses(parsed, self.lex, reading=reading))

    def check(self, document: AnalyzedDocument) -> Iterable[Hit]:
        """Return sentence hits for tech and company heroes, then any document-level hit."""
        names = self.names(document)
        heroes: list[str] = []
        previous = "other"
        for sentence in document.sentences:
            block = _block_kind(document, sentence)
            quoted = block in QUOTED_BLOCKS
            reading = Reading(self.lex, names, previous, quoted, block, sentence.text)
            items = self.analyze(sentence, reading)
            hero = sentence_hero(items) if items else light_hero(sentence.light, self.lex, names)
            yield from self._sentence_hits(sentence, items, reading)
            heroes.append(hero)
            # An unparsed sentence's hero is read from its opening noun: carried on only when
            # that noun is the technology or the company ("Beacon counts stock. It…").
            carried = sentence.parsed is not None or hero in ("technology", "company")
            previous = hero if carried else "other"
        measures = self._measures(document, heroes)
        document.measures.update(measures)
        yield from self._document_hits(measures, len(heroes))

    def tech_clause(self, items: list[Clause], reading: Reading | None = None) -> Clause | None:
        """Return the first clause where technology does the work and the reader is absent."""
        return tech_clause(items, reading or Reading(self.lex), self.names_as_products)

    def _sentence_hits(
        self, sentence: Sentence, items: list[Clause], reading: Reading
    ) -> Iterator[Hit]:
        rule = self.by_role.get("tech-sentence")
        found = self.tech_clause(items, reading) if rule else None
        if rule and found is not None:
            suggestions = tech_suggestions(found, self.lex)
            yield self._hit(rule, sentence, found, found.verb.text, suggestions)
        rule = self.by_role.get("company-sentence")
        if rule is None:
            return
        # A blockquote is someone else's words (a testimonial): not the company on itself.
        testimonial = reading.block in QUOTED_BLOCKS
        company = None if testimonial else company_clause(items, reading)
        if company is not None:
            clause, reason = company
            suggestions = company_suggestions(clause, reason, self.lex)
            yield self._hit(rule, sentence, clause, reason, suggestions)
        elif sentence.parsed is not None:
            yield from self._fragment_hit(rule, sentence, reading)

    def _fragment_hit(self, rule: Rule, sentence: Sentence, reading: Reading) -> Iterator[Hit]:
        """Yield a hit for a verbless line about the company ("Our passion for privacy.")."""
        found = self_fragment(sentence.parsed, reading, reading.block == "heading")
        if found is None:
            return
        root, word = found
        first, last = fragment_span(root, word)
        advice = Suggestion(
            f"\u201c{word.text}\u201d is about the company. What does the "
            "reader get from it? Say that instead. Fill in: \u201cYou ___.\u201d",
            "advice",
            False,
        )
        hero = " ".join(sentence.parsed[first.i : last.i + 1].text.split())
        message = rule.format_message(hero=hero, match=word.text)
        yield hit_for_tokens(rule, sentence, first, last, message, [advice])

    def _hit(
        self,
        rule: Rule,
        sentence: Sentence,
        clause: Clause,
        what: str,
        suggestions: tuple[Suggestion, ...],
    ) -> Hit:
        subject = clause.subject
        hero = " ".join(noun_phrase(subject).text.split()) if subject is not None else "it"
        first = noun_phrase(subject)[0] if subject is not None else clause.verb
        if first.i > clause.verb.i:
            first = clause.verb
        last = clause.verb if subject is None or subject.i < clause.verb.i else subject
        message = rule.format_message(hero=hero, match=what)
        return hit_for_tokens(rule, sentence, first, last, message, list(suggestions))

    def _measures(self, document: AnalyzedDocument, heroes: list[str]) -> dict:
        """Return hero shares and the you-to-we ratio of the document."""
        total = len(heroes) or 1
        you = we = 0
        for sentence in document.sentences:
            for token in sentence.light:
                you += token.lower_ in READER_PRONOUNS
                we += token.lower_ in COMPANY_PRONOUNS and token.text != "US"
        return {
            "hero_reader_share": round(heroes.count("reader") / total, 3),
            "hero_tech_share": round(heroes.count("technology") / total, 3),
            "hero_company_share": round(heroes.count("company") / total, 3),
            "you_count": you,
            "we_count": we,
            "you_we_ratio": round(you / we, 2) if we else None,
        }

    def _document_hits(self, measures: dict, sentences: int) -> Iterator[Hit]:
        for role, key, noun in (
            ("tech-document", "hero_tech_share", "the technology"),
            ("company-document", "hero_company_share", "the company"),
        ):
            rule = self.by_role.get(role)
            if rule is None:
                continue
            minimum = rule.options.get("min-sentences", 5)
            share = measures[key]
            if sentences < minimum or share < rule.options.get("min-share", 0.5):
                continue
            ratio = measures["you_we_ratio"]
            figures = (
                f"{noun} is the hero of {share:.0%} of {sentences} sentences; the reader "
                f"of {measures['hero_reader_share']:.0%}; you-to-we ratio "
                f"{'n/a' if ratio is None else ratio}"
            )
            message = rule.format_message(figures=figures)
            advice = Suggestion(
                f"Rewrite the sentences where {noun} is the subject so the reader is: "
                f"{_QUESTION_DOC}",
                "advice",
                False,
            )
            yield Hit.for_document(rule, message, (advice,))


def _block_kind(document: AnalyzedDocument, sentence: Sentence) -> str:
    blocks = document.document.blocks
    index = sentence.block_index
    return blocks[index].kind if 0 <= index < len(blocks) else ""
