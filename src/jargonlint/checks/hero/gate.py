"""The gate every rewrite passes before a writer sees it.

A tech-hero, company-centric or claim finding arrives with candidate rewrites and, last, its
advice. After a run's findings are made the engine hands them here; each candidate is offered
only when it is

1. grammatical: whole, brackets and quotes balanced, agreement right (``grammar``, on a
   fresh parse of the candidate, read as ``readings`` explains);
2. faithful: every number, name and content word kept, nothing added but the frame's words,
   and every verb done by whoever did it in the original (``fidelity``);
3. customer-first: the reader, the people served or the news opens it (``fidelity``);
4. clean: linted with the same rules and configuration, it gives no finding. A finding with a
   plain alternative (a buzzword's "use" for "leverage") is swapped in and the result
   checked again; a finding the original sentence only escaped through its document (an
   acronym spelled out earlier) does not count against it.

The first candidate that passes is the finding's one suggestion; when none passes, the advice
is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ...document.model import Block, Document
from ...document.sourcemap import SourceMapBuilder
from ...findings import Finding, Suggestion
from ...lang.inflection import lemma_of
from ...nlp import PARSE_BATCH_SIZE, full_pipeline, resolve_model_name
from ...results import FileResult
from .fidelity import Licence, checkable
from .grammar import article_for, text_problems
from .lexicon import Lexicon
from .phrasing import tidy
from .readings import problems_of, written_texts

GATED = frozenset({"tech-hero", "company-centric", "claim"})
"""Categories whose findings carry candidate rewrites."""
ROUNDS = 3
"""How many times plain alternatives may be swapped into one candidate."""
PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})
"""A participle read as an adjective ("keep patients informed") is no verb for a verb's plain
word ("told"): an unsafe swap is not made there."""
_WORD = re.compile(r"\w+")
LINTED_KEPT = 4096
"""Candidate texts whose lint results the gate keeps (copy repeats sentences across files);
past this many the memo starts again, so a long run's memory stays flat."""
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
"""How a word before a noun modifies it ("seamless" in "a seamless tool")."""


class Parses:
    """Parses of texts, each text parsed once, and many at a time when asked beforehand.

    The gate parses the same texts again and again (a candidate reread after a swap, one
    sentence with several findings); one ``nlp.pipe`` batch costs several times less than a
    call per text.
    """

    def __init__(self, nlp) -> None:
        self._nlp = nlp
        self._docs: dict[str, object] = {}
        self.parsed = 0
        """How many texts went through the pipeline (for tests)."""

    def many(self, texts: list[str]) -> list:
        """Return the parses of the texts, parsing the new ones in one batch."""
        new = list(dict.fromkeys(t for t in texts if t not in self._docs))
        if new:
            docs = self._nlp.pipe(new, batch_size=PARSE_BATCH_SIZE)
            self._docs.update(zip(new, docs, strict=True))
            self.parsed += len(new)
        return [self._docs[t] for t in texts]

    def __call__(self, text: str):
        """Return the parse of one text."""
        if text not in self._docs:
            self._docs[text] = self._nlp(text)
            self.parsed += 1
        return self._docs[text]


@dataclass(frozen=True)
class Attempt:
    """One candidate rewrite of one finding, with what it may drop and add."""

    job: int
    rank: int
    text: str
    licence: Licence


class RewriteGate:
    """Checks candidate rewrites with the rules and configuration of one Linter."""

    def __init__(self, linter) -> None:
        self._linter = linter
        self._inner = None
        self._lex: Lexicon | None = None
        self._alone: dict[str, set[tuple[str, str]]] = {}
        self.problems: dict[str, list[str]] = {}
        """Why each rejected candidate text was held back (for tests and debugging); a text
        with a problem visible in the text itself is held back for those alone, unparsed."""
        self.linted = 0
        """How many candidate texts the inner linter linted (for tests)."""
        self._linted: dict[str, FileResult] = {}

    def apply(self, results: list[FileResult]) -> list[FileResult]:
        """Return the results with each gated finding's suggestions settled to one."""
        jobs = [
            (r, f)
            for r, result in enumerate(results)
            for f, finding in enumerate(result.findings)
            if finding.category in GATED and _rewrites(finding)
        ]
        if not jobs:
            return results
        findings = [results[r].findings[f] for r, f in jobs]
        keys = {r: _keys_by_context(results[r].findings) for r in {r for r, _ in jobs}}
        in_document = [keys[r].get(results[r].findings[f].context, set()) for r, f in jobs]
        chosen = self.choose(findings, in_document)
        settled = [list(result.findings) for result in results]
        for (r, f), finding, suggestion in zip(jobs, findings, chosen, strict=True):
            settled[r][f] = replace(finding, suggestions=(suggestion,))
        return [
            replace(result, findings=shared(found))
            for result, found in zip(results, settled, strict=True)
        ]

    def choose(
        self, findings: list[Finding], in_document: list[set[tuple[str, str]]]
    ) -> list[Suggestion]:
        """Return, per finding, its first candidate that passes every check, else its advice."""
        attempts = [
            Attempt(job, rank, s.text, _base_licence(finding, self.lexicon))
            for job, finding in enumerate(findings)
            for rank, s in enumerate(_rewrites(finding))
        ]
        parses = Parses(self._nlp())
        contexts = [f.context for f in findings]
        originals = parses.many(contexts + self._parts(attempts))[: len(contexts)]  # one batch
        passed: dict[int, Attempt] = {}
        if len(self._linted) > LINTED_KEPT:
            self._linted = {}
        linted = self._linted
        for _ in range(ROUNDS):
            parses.many(self._parts(attempts))  # a swapped candidate's parts, one batch a round
            attempts = [a for a in attempts if self._well_formed(a)]
            attempts = [a for a in attempts if self._sound(a, originals[a.job], parses)]
            attempts = self._clean(attempts, findings, in_document, passed, parses, linted)
        return [_settle(finding, passed.get(job)) for job, finding in enumerate(findings)]

    def _parts(self, attempts: list[Attempt]) -> list[str]:
        """Return the texts ``problems_of`` will parse first for the attempts that pass
        ``_well_formed`` (the others are never parsed)."""
        return [t for a in attempts if self._well_formed(a) for t in written_texts(a.text)]

    def _well_formed(self, attempt: Attempt) -> bool:
        """Return True unless the text itself shows a problem (``text_problems``): such a
        candidate fails ``problems_of`` whatever its parse says, so it is never parsed."""
        problems = text_problems(attempt.text)
        if problems:
            self.problems[attempt.text] = problems
        return not problems

    def _sound(self, attempt: Attempt, original, parse) -> bool:
        """Return True when the candidate is grammatical, customer-first and faithful."""
        problems = problems_of(attempt.text, original, attempt.licence, self.lexicon, parse)
        if problems:
            self.problems[attempt.text] = problems
        return not problems

    # --- clean -----------------------------------------------------------------------------

    def _clean(self, attempts, findings, in_document, passed, parse, linted) -> list[Attempt]:
        """Record the attempts that lint clean; return the ones worth a swap and a new try."""
        if not attempts:
            return []
        retry = []
        for attempt, result in zip(attempts, self._lint(attempts, linted), strict=True):
            original = findings[attempt.job].context
            own = [
                g
                for g in result.findings
                if not self._explained(g, original, in_document[attempt.job])
            ]
            if not own:
                best = passed.get(attempt.job)
                if best is None or attempt.rank < best.rank:
                    passed[attempt.job] = attempt
                continue
            swapped = _swapped(attempt, own, parse, self.lexicon)
            if swapped is not None:
                retry.append(swapped)
            else:
                self.problems[attempt.text] = [f"{g.code} {g.match!r}" for g in own]
        return retry

    def _lint(self, attempts: list[Attempt], linted: dict[str, FileResult]) -> list[FileResult]:
        """Return each attempt's lint result; a text already linted (two findings of one
        sentence may offer the same candidate, a later file the same sentence) is not linted
        again, the rest in one batch. The inner linter's rules and configuration never change,
        and its result for a one-sentence document depends on the text alone."""
        new = list(dict.fromkeys(a.text for a in attempts if a.text not in linted))
        if new:
            results = self.inner.lint([_document(text) for text in new])
            linted.update(zip(new, results, strict=True))
            self.linted += len(new)
        return [linted[a.text] for a in attempts]

    def _explained(self, finding: Finding, original: str, in_document: set) -> bool:
        """Return True for a finding the original sentence, alone, gets too but escaped in its
        document (an acronym spelled out earlier): the context explains it, not the rewrite."""
        key = (finding.code, finding.match.lower())
        if key in in_document or finding.category in GATED:
            return False
        if original not in self._alone:
            result = self.inner.lint([_document(original)])[0]
            self._alone[original] = {(g.code, g.match.lower()) for g in result.findings}
        return key in self._alone[original]

    # --- what the gate works with ------------------------------------------------------------

    @property
    def inner(self):
        """Return a linter with the same rules and configuration that does not gate again."""
        if self._inner is None:
            self._inner = self._linter.without_gate()  # the same checks, not built again
        return self._inner

    @property
    def lexicon(self) -> Lexicon:
        """Return the hero lexicon: the running hero check's, else the packs' hero lexicons."""
        if self._lex is None:
            from .check import HeroCheck

            check = next((c for c in self._linter.checks if isinstance(c, HeroCheck)), None)
            if check is None:
                self._lex = Lexicon.from_lexicons(self._linter.lexicons, self._linter.config)
            else:
                self._lex = check.lex
        return self._lex

    def _nlp(self):
        """Return the trained pipeline of the linter's model."""
        return full_pipeline(resolve_model_name(getattr(self._linter.config, "model", None)))


def shared(findings: list[Finding]) -> list[Finding]:
    """Return the findings with a claim that got only advice given the rewrite of its
    sentence's hero or company finding, when that rewrite no longer says the claim: it passed
    the same checks, and the claim was cut from it under the claim's own licence
    (``_claim_cut``), so it answers the claim too."""
    rewrites: dict[str, str] = {}
    for finding in findings:
        first = finding.suggestions[0] if finding.suggestions else None
        if finding.category in GATED - {"claim"} and first is not None and first.kind == "rewrite":
            rewrites.setdefault(finding.context, first.text)
    out = []
    for finding in findings:
        text = rewrites.get(finding.context)
        if finding.category == "claim" and text is not None and not _rewrites(finding):
            claim = set(_WORD.findall(finding.match.lower()))
            if claim and not claim & set(_WORD.findall(text.lower())):
                finding = replace(finding, suggestions=(Suggestion(text, "rewrite", False),))
        out.append(finding)
    return out


def _rewrites(finding: Finding) -> list[Suggestion]:
    return [s for s in finding.suggestions if s.kind == "rewrite"]


def _keys_by_context(findings: list[Finding]) -> dict[str, set[tuple[str, str]]]:
    """Return, per sentence of the document, (code, matched text) of the findings in it.

    Built once per document: scanning every finding for every gated one was quadratic.
    """
    keys: dict[str, set[tuple[str, str]]] = {}
    for f in findings:
        keys.setdefault(f.context, set()).add((f.code, f.match.lower()))
    return keys


def _base_licence(finding: Finding, lex: Lexicon) -> Licence:
    """Return what a finding's own rewrite may drop: the unproven claim, for a claim, unless
    it states a checkable fact ("award-winning", "certified"): that needs its evidence, and
    a rewrite without it loses the fact (``fidelity.checkable``)."""
    if finding.category == "claim" and not checkable(finding.match, lex):
        return Licence(frozenset(_WORD.findall(finding.match.lower())))
    return Licence()


def _settle(finding: Finding, attempt: Attempt | None) -> Suggestion:
    if attempt is not None:
        return Suggestion(attempt.text, "rewrite", False)
    advice = [s for s in finding.suggestions if s.kind != "rewrite"]
    return advice[-1] if advice else Suggestion(_fallback(finding), "advice", False)


def _fallback(finding: Finding) -> str:
    return f"Rewrite this sentence so the reader, not \u201c{finding.match}\u201d, is the hero."


def _swapped(attempt: Attempt, own: list[Finding], parse, lex: Lexicon) -> Attempt | None:
    """Return the attempt with plain alternatives swapped in, or None when a finding has none.
    A buzzword that only modifies (a noun's hype adjective, a verb's hype adverb) is cut
    instead; a modifier that states a fact ("AI-powered", "award-winning") is neither cut
    nor swapped, and the rewrite is not made."""
    claims = [g for g in own if g.category == "claim"]
    if claims:
        return _claim_cut(attempt, claims[0], lex)
    if any(g.category in GATED for g in own):
        return None
    edits = _edits(attempt.text, own, parse, lex)
    return None if edits is None else _edited(attempt, edits)


def _edits(text: str, own: list[Finding], parse, lex: Lexicon) -> list[tuple[int, int, str]] | None:
    """Return (start, end, plain) for each cut ("") and swap, or None when one cannot be made.

    A hype modifier is cut, never swapped: a plain adjective or adverb in its place
    ("cutting-edge" -> "new", "seamlessly" -> "smoothly") asserts something the writer did
    not say. Only other single words (a verb: "leverage" -> "use") take their plain
    alternative; a phrase's plain words re-say it in words the writer did not choose."""
    doc = parse(text)
    cuts = modifier_cuts(doc, own, lex)
    rest = [g for g in own if not any(_within(g, c) for c in cuts)]
    if any(_describes(doc, g) or len(g.match.split()) > 1 for g in rest):
        # An adjective or adverb that cannot be cut, or a phrase ("drive value" -> "save
        # money"): its plain words say something the writer did not; only one word is swapped.
        return None
    swaps = [(g, _plain_here(g, doc)) for g in rest]
    if any(s is None for _, s in swaps):
        return None
    return [(a, b, "") for a, b in cuts] + [(g.offset, g.end_offset, s.text) for g, s in swaps]


def _describes(doc, finding: Finding) -> bool:
    """Return True when the finding's words are an adjective or an adverb ("is seamless")."""
    inside = [t for t in doc if finding.offset <= t.idx < finding.end_offset]
    heads = [t for t in inside if not finding.offset <= t.head.idx < finding.end_offset]
    return bool(heads) and all(t.pos_ in ("ADJ", "ADV") for t in heads)


def _plain_here(finding: Finding, doc) -> Suggestion | None:
    """Return the finding's plain alternative unless it is unsafe and the match a participle."""
    plain = _plain(finding)
    if plain is not None and not plain.safe and _participle_at(doc, finding):
        return None
    return plain


def _participle_at(doc, finding: Finding) -> bool:
    """Return True when the finding's words are one participle ("informed", "streamlined")."""
    inside = [t for t in doc if finding.offset <= t.idx < finding.end_offset]
    return len(inside) == 1 and inside[0].tag_ in PARTICIPLE_TAGS


def _edited(attempt: Attempt, edits: list[tuple[int, int, str]]) -> Attempt:
    """Return the attempt with the edits made, last first, and its licence widened for them."""
    text, licence = attempt.text, attempt.licence
    for start, end, plain in sorted(edits, key=lambda e: -e[0]):
        end = end if plain else _cut_end(text, end)
        gone = text[start:end]
        text = text[:start] + plain + text[end:]
        if not plain:
            text = _article_fixed(text, start)
        verbs = [(lemma_of(gone.split()[0]), lemma_of(plain.split()[0]))] if plain else []
        licence = licence.widened(_WORD.findall(gone), _WORD.findall(plain), verbs)
    return replace(attempt, text=tidy(text), licence=licence)  # a cut before "." leaves " ."


def _plain(finding: Finding) -> Suggestion | None:
    """Return the finding's plain alternative when it can stand where the match stood."""
    plain = next((s for s in finding.suggestions if s.kind == "replace"), None)
    return plain if plain is not None and _fits(finding.match, plain.text) else None


def _within(finding: Finding, span: tuple[int, int]) -> bool:
    return span[0] <= finding.offset and finding.end_offset <= span[1]


def modifier_cuts(doc, own: list[Finding], lex: Lexicon) -> list[tuple[int, int]]:
    """Return the character spans of buzzword findings that only modify a noun after them
    ("our cutting-edge engine", "a seamless booking page") or a verb ("syncs seamlessly"):
    a hype modifier says how the writer feels, not a fact, so the rewrite may go without it
    (every other word stays). A modifier that states a checkable fact ("AI-powered",
    "open-source") is kept (``fidelity.checkable``)."""
    return [
        (g.offset, g.end_offset)
        for g in own
        if g.category == "buzzword"
        and g.offset > 0
        and not checkable(g.match, lex)
        and (_modifies_noun(doc, g.offset, g.end_offset) or _modifies_verb(doc, g))
    ]


def _modifies_verb(doc, finding: Finding) -> bool:
    """Return True for one adverb on a verb ("syncs seamlessly")."""
    inside = [t for t in doc if finding.offset <= t.idx < finding.end_offset]
    return (
        len(inside) == 1
        and inside[0].pos_ == "ADV"
        and inside[0].dep_ == "advmod"
        and inside[0].head.pos_ in ("VERB", "AUX")
    )


def _modifies_noun(doc, start: int, end: int) -> bool:
    """Return True when the tokens in [start, end) hang, as modifiers, on one noun after them."""
    inside = [t for t in doc if start <= t.idx < end]
    if not inside or inside[-1].idx + len(inside[-1]) != end:
        return False
    outer = [t for t in inside if not start <= t.head.idx < end]
    heads = {t.head.i for t in outer}
    if len(heads) != 1 or any(t.dep_ not in MODIFIER_DEPS for t in outer):
        return False
    head = doc[heads.pop()]
    return head.pos_ in ("NOUN", "PROPN") and head.i > inside[-1].i


_ARTICLE_BEFORE = re.compile(r"\b([Aa]n?) $")


def _article_fixed(text: str, at: int) -> str:
    """Return the text with the "a"/"an" before ``at`` made to fit the word now there ("an
    AI-powered engine" cut to "a engine" reads "an engine")."""
    found = _ARTICLE_BEFORE.search(text[:at])
    word = _WORD.match(text, at)
    if found is None or word is None:
        return text
    article = article_for(word.group())
    if found.group(1)[0].isupper():
        article = article.capitalize()
    return text[: found.start(1)] + article + text[found.end(1) :]


def _cut_end(text: str, end: int) -> int:
    """Return where a cut modifier ends with the comma and space that followed it."""
    if text[end : end + 1] == ",":
        end += 1
    while text[end : end + 1] == " ":
        end += 1
    return end


def _claim_cut(attempt: Attempt, claim: Finding, lex: Lexicon) -> Attempt | None:
    """Return the attempt with an unproven claim cut, when the claim check can cut it and
    the claim is no checkable fact ("award-winning" stays, and the rewrite is not made)."""
    cut = next((s for s in claim.suggestions if s.kind == "rewrite"), None)
    if cut is None or checkable(claim.match, lex):
        return None
    words = _WORD.findall(claim.match)
    return replace(attempt, text=cut.text, licence=attempt.licence.widened(words, ()))


def _fits(match: str, plain: str) -> bool:
    """Return True when a plain word can stand where the match stood: as many words, and a
    final "s" on both or neither (number and verb agreement stay as they were)."""
    words, plain_words = match.split(), plain.split()
    return len(words) == len(plain_words) and match.endswith("s") == plain.endswith("s")


def _document(text: str) -> Document:
    """Return a one-paragraph plain-text Document of a sentence."""
    builder = SourceMapBuilder()
    builder.verbatim(text, 0)
    prose, source_map = builder.build()
    return Document("<rewrite>", text, [Block(prose, source_map, "text")], [], "text")
