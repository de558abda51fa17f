"""HTML reader: text nodes grouped into Blocks at block-level elements, plus alt/title values."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from .model import Block, Comment
from .sourcemap import LineIndex, SourceMapBuilder

# Elements whose start or end begins a new block of prose.
_BLOCK_ELEMENTS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "button",
        "caption",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "header",
        "hgroup",
        "hr",
        "html",
        "label",
        "legend",
        "li",
        "main",
        "nav",
        "ol",
        "optgroup",
        "option",
        "p",
        "section",
        "select",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "title",
        "tr",
        "ul",
    }
)
# Elements whose content is never prose (code, scripts, embedded vocabularies, form values).
_SKIPPED_ELEMENTS = frozenset(
    [
        "script",
        "style",
        "pre",
        "code",
        "template",
        "svg",
        "math",
        "noscript",
        "textarea",
        "kbd",
        "samp",
        "iframe",
        "object",
    ]
)
# Skipped elements that an enclosing block's end closes even when their own end tag is missing.
_INLINE_SKIPPED = frozenset({"code", "kbd", "samp"})
_VOID_ELEMENTS = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
# Void elements that sit between words like a picture does: words on each side must not touch.
_SEPARATING_VOIDS = frozenset({"img", "input", "embed"})
# The innermost of these decides a block's kind.
_KIND_OF = {
    **{f"h{level}": "heading" for level in range(1, 7)},
    "td": "table-cell",
    "th": "table-cell",
    "li": "list-item",
    "dt": "list-item",
    "dd": "list-item",
    "blockquote": "blockquote",
    "title": "title",
}
# Start tags that close an open element of the same family (HTML's optional end tags).
_IMPLIED_END = {
    "p": {"p"},
    "li": {"li"},
    "dt": {"dt", "dd"},
    "dd": {"dt", "dd"},
    "td": {"td", "th"},
    "th": {"td", "th"},
    "tr": {"tr", "td", "th"},
    "option": {"option"},
}
_ATTRIBUTE = re.compile(
    r"""([^\s/>=][^\s/>=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>][^\s>]*)))?"""
)
_TAG_NAME = re.compile(r"<[^\s/>]*")
_CHARREF = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")
_PROSE_ATTRIBUTES = ("alt", "title")


def read_html(text: str) -> tuple[list[Block], list[Comment]]:
    """Return the prose Blocks (in reading order) and comments of an HTML text."""
    reader = _HtmlReader(text)
    reader.feed(text)
    reader.close()
    reader.finish()
    blocks = sorted(reader.blocks, key=lambda block: block.source_map.pieces[0].source_start)
    return blocks, reader.comments


def append_decoded(builder: SourceMapBuilder, raw: str, source_start: int) -> None:
    """Append ``raw`` HTML text with character references decoded, mapped to ``source_start``."""
    last = 0
    for match in _CHARREF.finditer(raw):
        reference = match.group()
        decoded = unescape(reference)
        if decoded == reference:
            continue
        builder.verbatim(raw[last : match.start()], source_start + last)
        # Legacy references may end without ";" ("&copy2024" reads "©2024"): the text after the
        # name stays verbatim.
        tail = 0
        while (
            tail < len(decoded) - 1
            and tail < len(reference) - 1
            and decoded[-1 - tail] == reference[-1 - tail]
        ):
            tail += 1
        head = len(reference) - tail
        builder.replaced(decoded[: len(decoded) - tail], source_start + match.start(), head)
        builder.verbatim(reference[head:], source_start + match.start() + head)
        last = match.end()
    builder.verbatim(raw[last:], source_start + last)


class _HtmlReader(HTMLParser):
    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)
        self.text = text
        # HTMLParser counts lines by "\n" only, whatever the file's line endings are.
        self._newline_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self._index = LineIndex(text)
        self.blocks: list[Block] = []
        self.comments: list[Comment] = []
        self._open: list[str] = []
        self._skipping: list[str] = []
        self._skip_start = 0
        self._builder = SourceMapBuilder()
        self._kind = "paragraph"
        self._cursor = 0

    # Positions.

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._newline_starts[line - 1] + column

    def _locate(self, raw: str) -> int:
        """Return where ``raw`` (the current event's source text) starts in the file."""
        offset = self._offset()
        if not self.text.startswith(raw, offset):
            found = self.text.find(raw, self._cursor)
            offset = found if found >= 0 else offset
        self._cursor = max(self._cursor, offset + len(raw))
        return offset

    # Blocks.

    def _start_text(self) -> None:
        if self._builder.length == 0:
            self._kind = "paragraph"
            for name in reversed(self._open):
                if name in _KIND_OF:
                    self._kind = _KIND_OF[name]
                    break

    def _flush(self) -> None:
        prose, source_map = self._builder.build()
        if prose.strip():
            self.blocks.append(Block(prose, source_map, self._kind))
        self._builder = SourceMapBuilder()

    def finish(self) -> None:
        """Keep the last block of prose."""
        self._flush()

    def _attributes(self, start: int) -> None:
        raw = self.get_starttag_text() or ""
        name = _TAG_NAME.match(raw)
        position = name.end() if name else 0
        for match in _ATTRIBUTE.finditer(raw, position):
            attribute = match.group(1).lower()
            if attribute not in _PROSE_ATTRIBUTES:
                continue
            for group in (2, 3, 4):
                if match.group(group) is not None:
                    builder = SourceMapBuilder()
                    append_decoded(builder, match.group(group), start + match.start(group))
                    prose, source_map = builder.build()
                    if prose.strip():
                        self.blocks.append(Block(prose, source_map, attribute))
                    break

    # Parser events.

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, closes=True)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, closes=False)

    def _start(self, tag: str, closes: bool) -> None:
        start = self._locate(self.get_starttag_text() or "")
        end = start + len(self.get_starttag_text() or "")
        if self._skipping:
            if tag in _SKIPPED_ELEMENTS and closes and tag not in _VOID_ELEMENTS:
                self._skipping.append(tag)
            return
        self._attributes(start)
        if tag in _SKIPPED_ELEMENTS:
            if closes:
                self._skipping.append(tag)
                self._skip_start = start
            else:
                self._builder.gap(start, end - start)
            return
        if tag in _BLOCK_ELEMENTS:
            self._flush()
            if tag in _IMPLIED_END:
                self._close_implied(_IMPLIED_END[tag])
            if closes and tag not in _VOID_ELEMENTS:
                self._open.append(tag)
        elif tag == "br":
            self._start_text()
            self._builder.replaced("\n", start, end - start)
        elif tag in _SEPARATING_VOIDS:
            self._builder.gap(start, end - start)

    def _close_implied(self, family: set[str]) -> None:
        if self._open and self._open[-1] in family:
            self._open.pop()

    def handle_endtag(self, tag: str) -> None:
        start = self._offset()
        close = self.text.find(">", start)
        end = close + 1 if close >= 0 else len(self.text)
        self._cursor = max(self._cursor, end)
        if self._skipping:
            if tag in self._skipping:
                while self._skipping.pop() != tag:
                    pass
            elif tag in _BLOCK_ELEMENTS and all(t in _INLINE_SKIPPED for t in self._skipping):
                # "<p><code>x</p>": the paragraph's end closes the unclosed code.
                self._skipping.clear()
            else:
                return
            if self._skipping:
                return
            self._builder.gap(self._skip_start, end - self._skip_start)
            if tag not in _BLOCK_ELEMENTS:
                return
        if tag in _BLOCK_ELEMENTS:
            self._flush()
            if tag in self._open:
                while self._open.pop() != tag:
                    pass

    def handle_data(self, data: str) -> None:
        if self._skipping or not data:
            return
        start = self._locate(data)
        self._start_text()
        self._builder.verbatim(data, start)

    def _reference(self, raw: str) -> None:
        if self._skipping:
            return
        start = self._offset()
        if self.text.startswith(raw + ";", start):
            raw += ";"
        start = self._locate(raw)
        self._start_text()
        append_decoded(self._builder, raw, start)

    def handle_entityref(self, name: str) -> None:
        self._reference("&" + name)

    def handle_charref(self, name: str) -> None:
        self._reference("&#" + name)

    def handle_comment(self, data: str) -> None:
        start = self._offset()
        end = start + len(data) + 7
        self._cursor = max(self._cursor, end)
        line = self._index.line_of(start)
        self.comments.append(Comment(data.strip(), line, self._index.line_of(max(end - 1, start))))
