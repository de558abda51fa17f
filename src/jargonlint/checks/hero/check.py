"""The `hero` rule kind: who the hero of each sentence is, from the dependency parse.

Roles (a rule's `role:` option):
- `tech-sentence`: a technology, product or tool does the valuable work through a capability
  verb and the reader's outcome is absent (category tech-hero);
- `company-sentence`: the company is the subject of a self-regarding predicate (company-centric);
- `tech-document` / `company-document`: the technology or the company is the hero of most
  sentences of a document of some length (one finding at the first line).
The word lists come from the rules' options and are merged across the rules of this kind.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ...findings import Suggestion
from ...packs.model import Rule
from ..base import WORD_LIST, AnalyzedDocument, Check, Hit, Sentence, hit_for_tokens
from .clauses import Clause, clauses, noun_phrase, sentence_hero
from .lexicon import COMPANY_PRONOUNS, HERO_LISTS, READER_PRONOUNS, Lexicon
from .predicates import (
    company_context,
    company_gain,
    company_reason,
    definition,
    reader_outcome,
    self_fragment,
    serves_reader,
    trigger_words,
)
from .rewrite import company_suggestions, tech_suggestions

ROLES = ("tech-sentence", "tech-document", "company-sentence", "company-document")


class HeroCheck(Check):
    """Classifies each candidate sentence's clauses and reports tech or company heroes."""

    kind = "hero"
    needs = "parse"
    options_schema = {
        "properties": {
            "role": {"enum": list(ROLES)},
            **{name: WORD_LIST for name in HERO_LISTS},
            "names-as-products": {"type": "boolean"},
            "min-sentences": {"type": "integer", "minimum": 1},
            "min-share": {"type": "number", "minimum": 0, "maximum": 1},
        },
        "required": ["role"],
    }

    def __init__(self, rules: list[Rule], config):
        super().__init__(rules, config)
        self.lex = Lexicon.from_rules(rules, config)
        self.by_role = {rule.options["role"]: rule for rule in rules}
        self.triggers = trigger_words(self.lex)

    def wants_parse(self, sentence: Sentence) -> bool:
        """Return True when the sentence names a technology, the company or a capability."""
        words = [t.lower_ for t in sentence.light]
        if any(w in self.triggers for w in words):
            return True
        text = " ".join(words)
        names = self.lex.product_names | self.lex.company_names
        return any(f" {n} " in f" {text} " for n in names)

    def analyze(self, sentence: Sentence, previous: str) -> list[Clause]:
        """Return the clauses of a parsed sentence (memoised in the sentence's notes)."""
        if sentence.parsed is None:
            return []
        if "hero" not in sentence.notes:
            sentence.notes["hero"] = clauses(sentence.parsed, self.lex, previous)
        return sentence.notes["hero"]

    def check(self, document: AnalyzedDocument) -> Iterable[Hit]:
        """Return sentence hits for tech and company heroes, then any document-level hit."""
        heroes: list[str] = []
        previous = "other"
        for sentence in document.sentences:
            items = self.analyze(sentence, previous)
            hero = sentence_hero(items) if items else _light_hero(sentence)
            yield from self._sentence_hits(sentence, items)
            heroes.append(hero)
            previous = hero if sentence.parsed is not None else "other"
        measures = self._measures(document, heroes)
        document.measures.update(measures)
        yield from self._document_hits(measures, len(heroes))

    def tech_clause(self, items: list[Clause]) -> Clause | None:
        """Return the first clause where technology does the work and the reader is absent."""
        rule = self.by_role.get("tech-sentence")
        names = bool(rule and rule.options.get("names-as-products", False))
        if not items or reader_outcome(items, self.lex):
            return None
        if any(company_gain(clause, self.lex) is not None for clause in items):
            return None  # "The new oven lets us bake more": the company gains, not the reader
        firms = company_context(items[0].verb.doc, self.lex)
        for clause in items:
            defined = definition(clause, items, self.lex)
            hero = (defined or clause).hero
            hero_ok = hero == "technology" or (names and hero == "name" and not firms)
            # A passive subject is what the work is done to ("X is powered by Y"), not the hero.
            if not hero_ok or _passive_subject(clause) or _imperative(clause):
                continue
            if defined is not None:
                return defined
            if not _counts_for_tech(clause, items):
                continue
            if self._does_work(clause):
                return clause
        return None

    def _does_work(self, clause: Clause) -> bool:
        """Return True when the clause's verb or its purpose is a capability verb."""
        verbs = {clause.lemma}
        if clause.purpose is not None:
            verbs.add(clause.purpose.lemma_.lower())
        if clause.hero == "name" or clause.subject is None:
            # "Acme offers training" is a company as often as a product; so is "Provides...".
            verbs -= self.lex.weak_verbs
        return bool(verbs & self.lex.capability_verbs)

    def company_clause(self, items: list[Clause]) -> tuple[Clause, str] | None:
        """Return the first clause where the company talks about itself, with the reason."""
        for clause in items:
            subject = clause.subject
            owned_topic = subject is not None and subject.lemma_.lower() in self.lex.self_topics
            headline = clause.main and subject is None and clause.verb.tag_ == "VBG"
            reason = None
            if clause.hero in ("company", "name") or owned_topic or headline or _ours(clause):
                reason = company_reason(clause, self.lex)
            if reason is None:
                gain = company_gain(clause, self.lex)
                reason = gain.text if gain is not None else None
            if reason and not serves_reader(clause):
                return clause, reason
        return None

    def _sentence_hits(self, sentence: Sentence, items: list[Clause]) -> Iterator[Hit]:
        rule = self.by_role.get("tech-sentence")
        found = self.tech_clause(items) if rule else None
        if rule and found is not None:
            suggestions = tech_suggestions(found, self.lex)
            yield self._hit(rule, sentence, found, found.verb.text, suggestions)
        rule = self.by_role.get("company-sentence")
        company = self.company_clause(items) if rule else None
        if rule and company is not None:
            clause, reason = company
            suggestions = company_suggestions(clause, reason, self.lex)
            yield self._hit(rule, sentence, clause, reason, suggestions)
        elif rule and sentence.parsed is not None:
            noun = self_fragment(sentence.parsed, self.lex)
            if noun is not None:
                root = next(t for t in sentence.parsed if t.dep_ == "ROOT")
                advice = Suggestion(
                    f"\u201c{noun}\u201d is about the company. What does the "
                    "reader get from it? Say that instead. Fill in: \u201cYou ___.\u201d",
                    "advice",
                    False,
                )
                message = rule.message.replace("{hero}", noun_phrase(root).text)
                yield hit_for_tokens(
                    rule,
                    sentence,
                    noun_phrase(root)[0],
                    root,
                    message.replace("{match}", noun),
                    [advice],
                )

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
        message = rule.message.replace("{hero}", hero).replace("{match}", what)
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
            message = rule.message.replace("{figures}", figures)
            advice = Suggestion(
                f"Rewrite the sentences where {noun} is the subject so the reader is: "
                f"{_QUESTION_DOC}",
                "advice",
                False,
            )
            yield Hit(rule, -1, 0, 0, message, (advice,))


_QUESTION_DOC = "what can the reader do, get or stop worrying about because of it?"


def _ours(clause: Clause) -> bool:
    """Return True for the company's own product as subject ("Our app won...")."""
    subject = clause.subject
    return (
        clause.hero == "technology"
        and subject is not None
        and any(c.dep_ == "poss" and c.lower_ in COMPANY_PRONOUNS for c in subject.children)
    )


def _passive_subject(clause: Clause) -> bool:
    by_agent = clause.subject is not None and clause.subject.head.dep_ == "agent"
    return clause.passive and not by_agent


def _imperative(clause: Clause) -> bool:
    """Return True for a base-form verb with no auxiliary: an imperative the parser misread."""
    verb = clause.verb
    return (
        verb.tag_ == "VB"
        and verb.dep_ == "ROOT"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _counts_for_tech(clause: Clause, items: list[Clause]) -> bool:
    """Return True when a clause speaks of the sentence's own hero.

    Main clauses, their conjuncts and participles count. A relative clause counts only when it
    defines the main subject ("X is a platform that enables..."); a reduced relative
    ("pipelines driven by AI") or an infinitive on a noun ("our mission to provide") does not.
    """
    if clause.main:
        return True
    verb = clause.verb
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ in ("ROOT", "advcl"):
        return True
    if verb.dep_ in ("ccomp", "xcomp"):
        # "allows LLMs to incorporate": a complement with its own subject is someone else's.
        return not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if verb.dep_ == "relcl":
        noun = verb.head
        main = next((c for c in items if c.main), None)
        return (
            main is not None
            and noun.dep_ in ("attr", "appos")
            and noun.head.i == main.verb.i
            and main.hero in ("technology", "name")
        )
    return False


def _light_hero(sentence: Sentence) -> str:
    """Return the hero of an unparsed sentence: the reader when it opens with you/your."""
    first = next((t for t in sentence.light if t.is_alpha), None)
    return "reader" if first is not None and first.lower_ in READER_PRONOUNS else "other"
