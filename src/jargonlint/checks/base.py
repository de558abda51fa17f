"""What every check kind shares: the analysed sentence, the hit it returns, the Check base."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Literal

from ..findings import Suggestion
from ..packs.model import Rule
from .memo import Memo

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..config import Config
    from ..document.model import Document
    from ..packs.lexicons import Lexicons

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
    memo: Memo = field(default_factory=Memo, repr=False)
    """Per-check memo under typed keys, so work done in wants_parse is not redone."""
    block_text: str | None = None
    """The whole block's text (the engine passes it: ``light.doc.text`` rebuilds it per call)."""

    def __post_init__(self) -> None:
        if self.block_text is None:
            self.block_text = self.light.doc.text

    @property
    def text(self) -> str:
        """Return the sentence text (a slice of the block's text: Span.text rebuilds it)."""
        return self.block_text[self.start : self.end]

    # The one mapping between the two offset systems: light tokens' ``.idx`` is relative to
    # the block text, parsed tokens' ``.idx`` to the sentence text (it starts at ``start``).

    def block_offset(self, token: Token) -> int:
        """Return where a token of either doc (light or parsed) starts in the block text."""
        return token.idx + (self.start if token.doc is self.parsed else 0)

    def parsed_token_at(self, block_offset: int) -> Token | None:
        """Return the parsed token that starts at a block offset (None when the sentence is
        not parsed or no parsed token starts there)."""
        if self.parsed is None:
            return None
        offset = block_offset - self.start
        for token in self.parsed:
            if token.idx >= offset:
                return token if token.idx == offset else None
        return None


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
    memo: Memo = field(default_factory=Memo, repr=False)
    """Per-document values under typed keys, shared by every check (``checks.names``' scan)."""


@dataclass(frozen=True)
class Hit:
    """A rule firing at a character span of one block's prose, or on the whole document."""

    rule: Rule
    block_index: int | None
    """The block the span is in; None for a document-level hit (reported on the first line)."""
    start: int
    end: int
    message: str
    suggestions: tuple[Suggestion, ...] = ()
    sentence_index: int | None = None
    located: tuple[int, int, str] | None = None
    """File span and text of a match that is not in the prose (inline code, ``Block.code``);
    ``start``/``end`` are then the empty prose span where it stood."""

    @classmethod
    def for_document(cls, rule: Rule, message: str, suggestions=()) -> Hit:
        """Return a document-level hit: about the whole document, reported on its first line."""
        return cls(rule, None, 0, 0, message, tuple(suggestions))


class Check:
    """Base of every rule kind: built once per run from the active rules of its kind, the
    config, and every pack's lexicons (shared vocabulary, loaded whatever the selection).

    Subclasses set ``kind`` and ``needs`` and implement ``check``. A check that needs tags or
    the parse says which sentences could fire through ``wants_parse``; only those are parsed.
    """

    kind: ClassVar[str] = ""
    needs: ClassVar[Needs] = "tokens"

    def __init__(self, rules: list[Rule], config: Config, lexicons: Lexicons):
        self.rules = rules
        self.config = config
        self.lexicons = lexicons

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
    """Return a hit spanning tokens ``first``..``last`` (inclusive) of a sentence's doc or span,
    at block offsets (``Sentence.block_offset``)."""
    start = sentence.block_offset(first)
    end = sentence.block_offset(last) + len(last.text)
    return Hit(rule, sentence.block_index, start, end, message, tuple(suggestions), sentence.index)
