"""What every check kind shares: the analysed sentence, the hit it returns, the Check base."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Literal

from ..findings import Suggestion
from ..packs.model import Rule

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from ..config import Config
    from ..document.model import Document

Needs = Literal["tokens", "tags", "parse"]

WORD_LIST = {"type": "array", "items": {"type": "string", "minLength": 1}, "uniqueItems": True}
"""JSON Schema of one word-list option: a list of unique words or phrases."""


@dataclass
class Sentence:
    """One sentence of one prose block, with its cheap tokens and (maybe) its full parse."""

    index: int
    """Position of the sentence in reading order within the document."""
    block_index: int
    start: int
    """Offset of the sentence in its block's text."""
    end: int
    light: Span
    """Tokens from the cheap stage (tokenizer + sentencizer, no tags)."""
    parsed: Doc | None = None
    """The trained pipeline's Doc of the sentence text, when some check asked for it."""
    notes: dict = field(default_factory=dict)
    """Per-check memo (keyed by check kind), so work done in wants_parse is not redone."""
    block_text: str | None = None
    """The whole block's text (the engine passes it: ``light.doc.text`` rebuilds it per call)."""

    def __post_init__(self) -> None:
        if self.block_text is None:
            self.block_text = self.light.doc.text

    @property
    def text(self) -> str:
        """Return the sentence text (a slice of the block's text: Span.text rebuilds it)."""
        return self.block_text[self.start : self.end]


@dataclass
class AnalyzedDocument:
    """A document with its sentences, as the checks see it."""

    document: Document
    sentences: list[Sentence]
    audience: str
    measures: dict = field(default_factory=dict)
    """Document measures that checks add (word counts, scores); reporters show them."""
    names: dict = field(default_factory=dict)
    """``checks.names.document_names`` results, computed once per document (keyed by cues)."""


@dataclass(frozen=True)
class Hit:
    """A rule firing at a character span of one block's prose."""

    rule: Rule
    block_index: int
    start: int
    end: int
    message: str
    suggestions: tuple[Suggestion, ...] = ()
    sentence_index: int | None = None


class Check:
    """Base of every rule kind: built once per run from the rules of its kind.

    Subclasses set ``kind`` and ``needs`` and implement ``check``. A check that needs tags or
    the parse says which sentences could fire through ``wants_parse``; only those are parsed.
    """

    kind: ClassVar[str] = ""
    needs: ClassVar[Needs] = "tokens"
    options_schema: ClassVar[dict | None] = None
    """JSON Schema (properties only) of the kind's own rule options, for detector kinds whose
    options pack.schema.json does not describe; unknown option keys are errors."""

    def __init__(self, rules: list[Rule], config: Config):
        self.rules = rules
        self.config = config

    @classmethod
    def validate(cls, rules: list[Rule]) -> Iterator[tuple[Rule, list, str]]:
        """Yield ``(rule, key_path, problem)`` for every kind-level problem in these rules."""
        return iter(())

    def wants_parse(self, sentence: Sentence) -> bool:
        """Return True when this check could fire on the sentence and needs its parse."""
        return False

    def parse_candidates(self, document: AnalyzedDocument) -> list[Sentence]:
        """Return the sentences of a document this check needs parsed.

        By default those ``wants_parse`` accepts; a check that decides with the whole document
        in view (its own names, say) overrides this.
        """
        return [sentence for sentence in document.sentences if self.wants_parse(sentence)]

    def check(self, document: AnalyzedDocument) -> Iterable[Hit]:
        """Return the hits of this check's rules in the document."""
        raise NotImplementedError


def hit_for_tokens(
    rule: Rule, sentence: Sentence, first, last, message: str, suggestions=()
) -> Hit:
    """Return a hit spanning tokens ``first``..``last`` (inclusive) of a sentence's doc or span.

    Token character offsets are relative to the sentence text for parsed docs and to the
    block text for light spans; both are turned into block offsets here.
    """
    base = sentence.start if first.doc is sentence.parsed else 0
    start = base + first.idx
    end = base + last.idx + len(last.text)
    return Hit(rule, sentence.block_index, start, end, message, tuple(suggestions), sentence.index)
