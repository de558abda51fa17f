"""Step 2 of reading Markdown: locate inline children in the content and emit mapped prose.

markdown-it's inline children carry no positions, only what they read as. They are found in
the inline token's ``content`` in order with a cursor that only moves forward, decoding
escapes and entities the way markdown-it does and stepping over link destinations, code
spans, autolinks and raw HTML so later text cannot match inside them. Content offsets become
file offsets through the :data:`~.markdown_align.Alignment` from step 1.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Protocol

from .markdown_escapes import match_decoded
from .markdown_links import after_link_destination, autolink_span
from .model import InlineCode
from .sourcemap import SourceMapBuilder

if TYPE_CHECKING:
    from linkify_it import LinkifyIt
    from markdown_it.token import Token

    from .markdown_align import Alignment

_BREAK_TAG = re.compile(r"<br\s*/?>\Z", re.IGNORECASE)
_MARKUP_PAIRS = ("em_", "strong_", "s_")


class ProseSink(Protocol):
    """Where the inline walker puts what is not part of its own block: alt text and comments."""

    def add_block(
        self, builder: SourceMapBuilder, kind: str, code: tuple[InlineCode, ...] = ()
    ) -> None:
        """Keep the built prose as a Block of ``kind`` with its code spans; returns None."""

    def add_comment(self, body: str, start: int, end: int) -> None:
        """Record an HTML comment spanning file offsets ``[start, end)``; returns None."""


class InlineWalker:
    """Locates the inline children of one inline token and emits their prose."""

    def __init__(
        self,
        sink: ProseSink,
        text: str,
        content: str,
        alignment: Alignment,
        linkify: LinkifyIt,
    ):
        self.sink = sink
        self.text = text
        self.content = content
        self.starts, self.ends = alignment
        self.linkify = linkify
        self.pos = 0
        self._code_spans: list[tuple[SourceMapBuilder, InlineCode]] = []

    def code_in(self, builder: SourceMapBuilder) -> tuple[InlineCode, ...]:
        """Return the code spans left out of ``builder``'s prose, in order."""
        return tuple(code for owner, code in self._code_spans if owner is builder)

    def walk(self, tokens: list[Token], builder: SourceMapBuilder) -> None:
        """Emit the prose of ``tokens`` into ``builder``, advancing the cursor; returns None."""
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if token.type == "link_open" and token.info == "auto":
                i = self._auto_link_tokens(tokens, i, builder)
            else:
                self._token(token, builder)
            i += 1

    def _token(self, token: Token, builder: SourceMapBuilder) -> None:
        """Emit one inline token (not an autolink) and step the cursor over its source."""
        kind = token.type
        if kind in ("text", "text_special"):
            self._text(token.content, builder)
        elif kind in ("softbreak", "hardbreak"):
            self._line_break(builder)
        elif kind == "code_inline":
            self._code(token.markup, token.content, builder)
        elif kind == "link_open":
            self._skip_to("[", 1)
        elif kind == "link_close":
            self._link_close()
        elif kind == "image":
            self._image(token, builder)
        elif kind == "html_inline":
            self._html(token.content, builder)
        elif kind.startswith(_MARKUP_PAIRS) and token.markup:
            self._skip_to(token.markup, len(token.markup))

    def _auto_link_tokens(self, tokens: list[Token], i: int, builder: SourceMapBuilder) -> int:
        """Emit the autolink opened at ``tokens[i]``; return the index of its ``link_close``.

        The tokens between open and close are the link's label: they are read as one link,
        not walked as text.
        """
        close = i + 1
        while close < len(tokens) and tokens[close].type != "link_close":
            close += 1
        self._auto_link(tokens[i].markup, tokens[i + 1 : close], builder)
        return close

    # Emitting prose: content offsets become file offsets here.

    def _span(self, cs: int, ce: int) -> tuple[int, int]:
        n = len(self.content)
        if n == 0:
            return 0, 0
        start = self.starts[cs] if cs < n else self.ends[n - 1]
        if ce <= cs:
            return start, start
        # A line break stands for the line ending plus the container prefix after it.
        if ce < n and self.content[ce - 1] == "\n":
            return start, self.starts[ce]
        return start, self.ends[ce - 1]

    def _verbatim(self, builder: SourceMapBuilder, cs: int, ce: int) -> None:
        if ce <= cs:
            return
        piece = self.content[cs:ce]
        start = self.starts[cs]
        if self.ends[ce - 1] - start == ce - cs and self.text[start : start + ce - cs] == piece:
            builder.verbatim(piece, start)
            return
        for i in range(cs, ce):
            start, end = self.starts[i], self.ends[i]
            if end - start == 1 and self.text[start] == self.content[i]:
                builder.verbatim(self.content[i], start)
            else:
                builder.replaced(self.content[i], start, end - start)

    def _replaced(self, builder: SourceMapBuilder, prose: str, cs: int, ce: int) -> None:
        start, end = self._span(cs, ce)
        builder.replaced(prose, start, end - start)

    def _gap(self, builder: SourceMapBuilder, cs: int, ce: int) -> None:
        start, end = self._span(cs, ce)
        builder.gap(start, end - start)

    # Locating tokens.

    def _skip_to(self, marker: str, length: int) -> int:
        found = self.content.find(marker, self.pos)
        if found >= 0:
            self.pos = found + length
        return found

    def _text(self, prose: str, builder: SourceMapBuilder) -> None:
        if not prose:
            return
        content = self.content
        segment = content[self.pos : self.pos + len(prose)]
        if segment == prose and "\\" not in segment and "&" not in segment:
            # The usual case: the text sits right at the cursor with nothing to decode.
            self._verbatim(builder, self.pos, self.pos + len(prose))
            self.pos += len(prose)
            return
        first = prose[0]
        at = self.pos
        units = None
        while at < len(content):
            if content[at] in (first, "\\", "&"):
                units = match_decoded(content, at, prose)
                if units is not None:
                    break
            at += 1
        if units is None:
            # Never drop words: if the text cannot be found, pin it to the cursor.
            start, _ = self._span(self.pos, self.pos)
            builder.replaced(prose, start, 0)
            return
        run_start = -1
        for decoded, start, end in units:
            literal = end - start == len(decoded) and content[start:end] == decoded
            if literal:
                if run_start < 0:
                    run_start = start
                continue
            if run_start >= 0:
                self._verbatim(builder, run_start, start)
                run_start = -1
            self._replaced(builder, decoded, start, end)
        if run_start >= 0:
            self._verbatim(builder, run_start, units[-1][2])
        self.pos = units[-1][2]

    def _link_close(self) -> None:
        """Step past a link's ``]`` and the destination, title or label that follows it."""
        close = self.content.find("]", self.pos)
        if close >= 0:
            self.pos = after_link_destination(self.content, close + 1)

    def _line_break(self, builder: SourceMapBuilder) -> None:
        newline = self.content.find("\n", self.pos)
        if newline < 0:
            return
        end = newline + 1
        while end < len(self.content) and self.content[end] in " \t":
            end += 1
        self._replaced(builder, "\n", self.pos, end)
        self.pos = end

    def _backtick_run(self, start: int, length: int) -> tuple[int, int]:
        """Return the first run of exactly ``length`` backticks at or after ``start``."""
        content = self.content
        q = start
        while True:
            q = content.find("`", q)
            if q < 0:
                return -1, -1
            end = q
            while end < len(content) and content[end] == "`":
                end += 1
            if end - q == length:
                return q, end
            q = end

    def _code(self, markup: str, code: str, builder: SourceMapBuilder) -> None:
        opening, body = self._backtick_run(self.pos, len(markup))
        if opening < 0:
            return
        closing, closing_end = self._backtick_run(body, len(markup))
        if closing_end < 0:
            return
        self._note_code(code, body, closing, builder)
        self._gap(builder, opening, closing_end)
        self.pos = closing_end

    def _note_code(self, code: str, cs: int, ce: int, builder: SourceMapBuilder) -> None:
        """Record the code between content offsets ``cs`` and ``ce`` (its backticks left out)."""
        inner = self.content[cs:ce]
        # CommonMark strips one space from each side when both sides have one.
        if len(inner) > 2 and inner[0] in " \n" and inner[-1] in " \n" and inner.strip():
            cs, ce = cs + 1, ce - 1
        if not code.strip() or ce <= cs:
            return
        start, end = self._span(cs, ce)
        self._code_spans.append((builder, InlineCode(builder.length, code, start, end)))

    def _auto_link(self, markup: str, inner: list[Token], builder: SourceMapBuilder) -> None:
        label = "".join(token.content for token in inner)
        span = autolink_span(self.content, self.pos, markup, label, self.linkify)
        if span is None:
            return
        start, end = span
        self._gap(builder, start, end)
        self.pos = end

    def _image(self, token: Token, builder: SourceMapBuilder) -> None:
        start = self.content.find("![", self.pos)
        if start < 0:
            return
        self.pos = start + 2
        alt = SourceMapBuilder()
        self.walk(token.children or [], alt)
        self.sink.add_block(alt, "alt", self.code_in(alt))
        close = self.content.find("]", self.pos)
        end = after_link_destination(self.content, close + 1) if close >= 0 else self.pos
        self._gap(builder, start, end)
        self.pos = end

    def _html(self, raw: str, builder: SourceMapBuilder) -> None:
        start = self.content.find(raw, self.pos)
        if start < 0:
            return
        end = start + len(raw)
        if raw.startswith("<!--"):
            body = raw[4:-3] if raw.endswith("-->") else raw[4:]
            source_start, source_end = self._span(start, end)
            self.sink.add_comment(body, source_start, source_end)
        elif _BREAK_TAG.match(raw):
            self._replaced(builder, "\n", start, end)
        # Other tags are markup around words, like emphasis: they leave nothing behind.
        self.pos = end
