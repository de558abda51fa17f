"""Runs the checks over documents: cheap stage for all, parse only for candidates, then filters."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .checks import check_classes
from .checks.base import AnalyzedDocument, Check, Hit, Sentence
from .checks.hero.gate import RewriteGate
from .config import Config
from .document.model import Document
from .findings import Finding, line_end, located_finding
from .gates import gate_findings
from .lang.parse_input import parse_input
from .measures import document_measures, finalize_measures
from .nlp import PARSE_BATCH_SIZE, full_pipeline, light_pipeline, resolve_model_name
from .packs.catalog import Catalog
from .packs.lexicons import Lexicons
from .packs.model import Rule
from .packs.selection import select_rules
from .results import FileResult
from .suppressions import suppress

if TYPE_CHECKING:
    from spacy.tokens import Doc


class Linter:
    """Lints documents with a fixed set of active rules, one config and the packs' lexicons."""

    def __init__(self, rules: list[Rule], config: Config, lexicons: Lexicons):
        self.config = config
        self.lexicons = lexicons
        """Every pack's shared vocabulary (the checks read it; so does the rewrite gate)."""
        self.rules = {rule.code: rule for rule in rules}
        """The active rules by code."""
        by_kind: dict[str, list[Rule]] = {}
        for rule in rules:
            by_kind.setdefault(rule.kind, []).append(rule)
        self.checks: list[Check] = [
            cls(by_kind[kind], config, lexicons)
            for kind, cls in check_classes().items()
            if kind in by_kind
        ]
        self.allowed = {term.lower() for term in config.allow}
        self.parsed_sentences = 0
        """How many sentences went through the trained pipeline (for benchmarks and tests)."""
        self.rewrite_gate: RewriteGate | None = RewriteGate(self)
        """Offers a finding's rewrite only if it passes the four checks (None: as checked)."""

    @classmethod
    def from_catalog(cls, catalog: Catalog, config: Config) -> Linter:
        """Return a Linter with the catalogue's rules active for this config and its lexicons."""
        return cls(select_rules(catalog, config), config, catalog.lexicons)

    def lint(self, documents: list[Document]) -> list[FileResult]:
        """Return one FileResult per document, in the same order."""
        return list(self.lint_iter(documents))

    def lint_iter(self, documents: list[Document]) -> Iterator[FileResult]:
        """Yield one FileResult per document, in order, each as soon as it is finished.

        Documents are split into sentences only as the parser asks for more candidates, and
        the candidates are still parsed in batches across documents; a document is finished
        once its own candidates have come back parsed.
        """
        # Each analyzed document, with how many candidates there are up to its last one.
        ready: deque[tuple[AnalyzedDocument, int]] = deque()

        def candidates() -> Iterator[Sentence]:
            total = 0
            for document in documents:
                item = self._analyze(document)
                group = self._candidates(item)
                total += len(group)
                ready.append((item, total))
                yield from group

        parsed = self._parse(candidates())
        done = 0  # candidates parsed so far: they come back in order
        for _ in documents:
            while not ready or done < ready[0][1]:
                if next(parsed, None) is None:
                    break  # everything is analyzed and parsed
                done += 1
            item, _ = ready.popleft()
            result = self._findings(item)
            yield self.rewrite_gate.apply([result])[0] if self.rewrite_gate else result

    def _analyze(self, document: Document) -> AnalyzedDocument:
        """Return the document split into sentences by the cheap stage."""
        light = light_pipeline()
        sentences: list[Sentence] = []
        texts = [block.text for block in document.blocks]
        for block_index, doc in enumerate(light.pipe(texts, batch_size=256)):
            for sent in doc.sents:
                words = [t.i for t in sent if not t.is_space]
                if not words:
                    continue
                span = doc[words[0] : words[-1] + 1]
                sentences.append(
                    Sentence(len(sentences), block_index, span.start_char, span.end_char, span)
                )
        return AnalyzedDocument(document, sentences, self.config.audience)

    def _candidates(self, item: AnalyzedDocument) -> list[tuple[Sentence, bool]]:
        """Return the document's sentences that some check could fire on with a parse, each
        with whether it is a heading (headings are parsed their own way)."""
        wanting = [c for c in self.checks if c.needs != "tokens"]
        chosen = {id(s) for check in wanting for s in check.parse_candidates(item)}
        blocks = item.document.blocks
        return [
            (s, blocks[s.block_index].kind == "heading") for s in item.sentences if id(s) in chosen
        ]

    def _parse(self, candidates: Iterable[tuple[Sentence, bool]]) -> Iterator[Sentence]:
        """Parse the candidates in batches, yielding each as its parse is set.

        The trained pipeline loads only when a first candidate arrives.
        """
        pending = iter(candidates)
        first = next(pending, None)
        if first is None:
            return
        nlp = full_pipeline(resolve_model_name(self.config.model))
        sentences = [first[0]]

        def docs() -> Iterator[Doc]:
            # Offsets stay where they are; see lang.parse_input for what the parser is spared.
            yield parse_input(nlp.make_doc, first[0].text, first[1])
            for sentence, heading in pending:
                sentences.append(sentence)
                yield parse_input(nlp.make_doc, sentence.text, heading)

        for index, doc in enumerate(nlp.pipe(docs(), batch_size=PARSE_BATCH_SIZE)):
            sentences[index].parsed = doc
            self.parsed_sentences += 1
            yield sentences[index]

    def _findings(self, item: AnalyzedDocument) -> FileResult:
        """Return the document's findings after the allow list and suppressions."""
        document = item.document
        hits = [hit for check in self.checks for hit in check.check(item)]
        findings = [self._finding(document, item, hit) for hit in hits]
        findings = [f for f in findings if f.match.lower() not in self.allowed]
        findings = sorted(set(findings), key=lambda f: f.sort_key)
        findings = suppress(document, findings, self.rules.values())
        measures = finalize_measures(document_measures(item) | item.measures, findings)
        gates = gate_findings(document, measures, self.config, located_finding)
        if gates:
            findings = sorted(findings + gates, key=lambda f: f.sort_key)
        return FileResult(document.path, findings, None, measures)

    def _finding(self, document: Document, item: AnalyzedDocument, hit: Hit) -> Finding:
        """Return the Finding for a hit, located exactly in the file."""
        if hit.block_index is None:  # a document-level finding: the first line of the file
            start, end = 0, line_end(document.text, 0)
            context = ""
            match = document.text[start:end]
        else:
            block = document.blocks[hit.block_index]
            start, end = block.source_map.source_span(hit.start, hit.end)
            match = block.text[hit.start : hit.end]  # the prose as read, markup removed
            context = match
            if hit.sentence_index is not None:
                context = item.sentences[hit.sentence_index].text
        return located_finding(
            document, hit.rule, start, end, hit.message, match, tuple(hit.suggestions), context
        )
