"""Runs the checks over documents: cheap stage for all, parse only for candidates, then filters."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator

import numpy

from .bounded import bounded_document
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

PARSE_BATCH_TOKENS = 4000
"""Most tokens parsed in one batch (ordinary copy: 64 sentences are about 1,500 tokens)."""
GROUP_SENTENCES = 512
"""Sentences analysed before their candidates are parsed and their files reported."""
SENTENCE_TOKENS = 400
"""Longest run of tokens treated as one sentence (real copy stays under 200). A longer run has
no sentence end in sight; it is cut, preferably after a comma or semicolon, so every check's
work per sentence and every parse batch stay bounded."""


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

    def without_gate(self) -> Linter:
        """Return a Linter that shares this one's rules and built checks but gates nothing.

        The rewrite gate lints its candidates with it; checks keep no state between documents,
        so building them again (their patterns and word forms) would only cost start-up time.
        """
        inner = copy.copy(self)
        inner.rewrite_gate = None
        inner.parsed_sentences = 0
        return inner

    @classmethod
    def from_catalog(cls, catalog: Catalog, config: Config) -> Linter:
        """Return a Linter with the catalogue's rules active for this config and its lexicons."""
        return cls(select_rules(catalog, config), config, catalog.lexicons)

    def lint(self, documents: Iterable[Document]) -> list[FileResult]:
        """Return one FileResult per document, in the same order."""
        return list(self.lint_iter(documents))

    def lint_iter(self, documents: Iterable[Document]) -> Iterator[FileResult]:
        """Yield one FileResult per document, in order, as soon as its group is parsed.

        Documents are analysed a group at a time (enough sentences to fill parse batches), so
        memory holds one group's spaCy docs, never the whole run's.
        """
        group: list[AnalyzedDocument] = []
        size = 0
        for document in documents:
            item = self._analyze(bounded_document(document))
            group.append(item)
            size += len(item.sentences)
            if size >= GROUP_SENTENCES:
                yield from self._finish(group)
                group, size = [], 0
        if group:
            yield from self._finish(group)

    def _finish(self, group: list[AnalyzedDocument]) -> Iterator[FileResult]:
        """Parse the group's candidates, then yield each document's result, gated per file."""
        self._parse(group)
        for item in group:
            result = self._findings(item)
            yield self.rewrite_gate.apply([result])[0] if self.rewrite_gate else result

    def _analyze(self, document: Document) -> AnalyzedDocument:
        """Return the document split into sentences by the cheap stage."""
        light = light_pipeline()
        sentences: list[Sentence] = []
        texts = [block.text for block in document.blocks]
        for block_index, doc in enumerate(light.pipe(texts, batch_size=256)):
            for span in _sentence_spans(doc):
                sentences.append(
                    Sentence(
                        len(sentences),
                        block_index,
                        span.start_char,
                        span.end_char,
                        span,
                        block_text=texts[block_index],
                    )
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

    def _parse(self, group: list[AnalyzedDocument]) -> None:
        """Parse, in batches, only the group's sentences some check could fire on.

        The trained pipeline loads only when there is a first candidate.
        """
        candidates = [pair for item in group for pair in self._candidates(item)]
        if not candidates:
            return
        nlp = full_pipeline(resolve_model_name(self.config.model))
        for batch in _parse_batches(candidates):
            # Offsets stay where they are; see lang.parse_input for what the parser is spared.
            docs = [parse_input(nlp.make_doc, s.text, heading) for s, heading in batch]
            for (sentence, _), doc in zip(
                batch, nlp.pipe(docs, batch_size=len(batch)), strict=True
            ):
                sentence.parsed = _without_tensor(doc)
        self.parsed_sentences += len(candidates)

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
            if hit.located is not None:  # inline code: not in the prose, located by the check
                start, end, match = hit.located
            context = match
            if hit.sentence_index is not None:
                context = item.sentences[hit.sentence_index].text
        return located_finding(
            document, hit.rule, start, end, hit.message, match, tuple(hit.suggestions), context
        )


def _without_tensor(doc):
    """Return the parsed doc without its token vectors, which no check reads.

    tok2vec leaves 96 floats per token on the doc, about four fifths of a parsed sentence's
    memory; a long document keeps every parsed sentence until its checks have run.
    """
    doc.tensor = numpy.zeros((0,), dtype="float32")
    return doc


def _parse_batches(
    sentences: list[tuple[Sentence, bool]],
) -> Iterator[list[tuple[Sentence, bool]]]:
    """Yield batches of at most PARSE_BATCH_SIZE sentences and PARSE_BATCH_TOKENS tokens.

    The parser's memory grows with the tokens of a batch: 64 long sentences would take
    hundreds of megabytes, 64 ordinary ones take a few.
    """
    batch: list[tuple[Sentence, bool]] = []
    tokens = 0
    for sentence in sentences:
        size = len(sentence[0].light)
        if batch and (len(batch) >= PARSE_BATCH_SIZE or tokens + size > PARSE_BATCH_TOKENS):
            yield batch
            batch, tokens = [], 0
        batch.append(sentence)
        tokens += size
    if batch:
        yield batch


def _sentence_spans(doc) -> Iterator:
    """Yield each sentence of a cheap doc without its outer spaces, cut to bounded length."""
    for sent in doc.sents:
        start, end = sent.start, sent.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        while end - start > SENTENCE_TOKENS:
            cut = _clause_cut(doc, start, start + SENTENCE_TOKENS)
            last = cut
            while last > start and doc[last - 1].is_space:
                last -= 1
            yield doc[start:last]
            start = cut
            while start < end and doc[start].is_space:
                start += 1
        if end > start:
            yield doc[start:end]


def _clause_cut(doc, start: int, end: int) -> int:
    """Return the token index after the last clause mark before ``end`` (else ``end``)."""
    for index in range(end - 1, start + SENTENCE_TOKENS // 2, -1):
        if doc[index].text in (",", ";", ":", "\u2014", "-", "\u2013"):
            return index + 1
    return end
