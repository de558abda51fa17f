"""Front matter at the top of a Markdown file: where it ends, and its customer-facing strings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .model import Block
from .sourcemap import SourceMapBuilder

DEFAULT_FRONT_MATTER_FIELDS: tuple[str, ...] = (
    "title",
    "description",
    "summary",
    "subtitle",
    "excerpt",
)

_YAML_OPEN = re.compile(r"---[ \t]*\Z")
_YAML_CLOSE = re.compile(r"(?:---|\.\.\.)[ \t]*\Z")
_TOML_FENCE = re.compile(r"\+\+\+[ \t]*\Z")

_TOML_FIELD = re.compile(
    r"""[ \t]*(?:(?P<bare>[A-Za-z0-9_-]+)|"(?P<quoted>[^"\\]*)"|'(?P<literal>[^']*)')"""
    r"""[ \t]*=[ \t]*"""
    r"""(?:"(?P<basic>(?:[^"\\]|\\.)*)"|'(?P<raw>[^']*)')[ \t]*(?:\#.*)?\Z"""
)
_TOML_ESCAPE = re.compile(r"\\(?:u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[btnfr\"\\])")
_TOML_SIMPLE = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}

_YAML_SIMPLE = {
    "0": "\0",
    "a": "\a",
    "b": "\b",
    "t": "\t",
    "\t": "\t",
    "n": "\n",
    "v": "\v",
    "f": "\f",
    "r": "\r",
    "e": "\x1b",
    " ": " ",
    '"': '"',
    "/": "/",
    "\\": "\\",
    "N": "\x85",
    "_": "\xa0",
    "L": "\u2028",
    "P": "\u2029",
}
_YAML_HEX = {"x": 2, "u": 4, "U": 8}


@dataclass(frozen=True)
class FrontMatter:
    """Where front matter sits in the file (offsets and 0-based line numbers)."""

    syntax: str
    """yaml | toml"""
    body_start: int
    body_end: int
    end: int
    """Offset of the first character after the closing delimiter line (and its line ending)."""
    line_count: int
    """Number of lines the front matter takes, delimiters included."""


def find_front_matter(text: str, lines: list[tuple[int, int]]) -> FrontMatter | None:
    """Return the YAML (``---``) or TOML (``+++``) front matter at the very start, if any."""
    if len(lines) < 2:
        return None
    first = text[lines[0][0] : lines[0][1]]
    if _YAML_OPEN.match(first):
        syntax, closing = "yaml", _YAML_CLOSE
    elif _TOML_FENCE.match(first):
        syntax, closing = "toml", _TOML_FENCE
    else:
        return None
    for number in range(1, len(lines)):
        start, end = lines[number]
        if closing.match(text, start, end):
            after = lines[number + 1][0] if number + 1 < len(lines) else len(text)
            return FrontMatter(syntax, lines[1][0], start, after, number + 1)
    return None


def front_matter_blocks(
    text: str, front_matter: FrontMatter, fields: tuple[str, ...]
) -> list[Block]:
    """Return one ``front-matter`` Block per customer-facing string field, at its exact place."""
    if not fields:
        return []
    if front_matter.syntax == "yaml":
        return _yaml_blocks(text, front_matter, fields)
    return _toml_blocks(text, front_matter, fields)


def _block(builder: SourceMapBuilder) -> Block | None:
    prose, source_map = builder.build()
    if not prose.strip():
        return None
    return Block(prose, source_map, "front-matter")


def _yaml_blocks(text: str, front_matter: FrontMatter, fields: tuple[str, ...]) -> list[Block]:
    import yaml  # only files with YAML front matter pay for the import

    from ..yamlsafe import compose_bounded

    base = front_matter.body_start
    body = text[base : front_matter.body_end]
    try:
        # Bounded: aliases, depth and escapes such as "\uD800" cannot stop the run.
        root = compose_bounded(body)
    except yaml.YAMLError:
        # Broken front matter is the site generator's problem; the prose below still gets linted.
        return []
    if not isinstance(root, yaml.MappingNode):
        return []
    blocks: list[Block] = []
    for key, value in root.value:
        if not (
            isinstance(key, yaml.ScalarNode)
            and key.value in fields
            and isinstance(value, yaml.ScalarNode)
            and value.tag == "tag:yaml.org,2002:str"
        ):
            continue
        start = base + value.start_mark.index
        end = base + value.end_mark.index
        builder = _align_yaml_scalar(value.value, text, start, end, value.style)
        if builder is None:
            # Could not pair every character; still lint it, mapped to the whole value.
            builder = SourceMapBuilder()
            builder.replaced(value.value, start, end - start)
        block = _block(builder)
        if block is not None:
            blocks.append(block)
    return blocks


def _align_yaml_scalar(
    value: str, text: str, start: int, end: int, style: str | None
) -> SourceMapBuilder | None:
    """Return a builder pairing each value character with its source, or None if that fails."""
    aligner = _ScalarAligner(value, text, end, style)
    i, q = 0, _scalar_content_start(text, start, end, style)
    while i < len(value):
        if q >= end:
            return None
        step = aligner.step(i, q)
        if step is None:
            return None
        i, q = step
    return aligner.builder


def _scalar_content_start(text: str, start: int, end: int, style: str | None) -> int:
    """Return where a scalar's characters begin: after its opening quote or block header line."""
    if style in ("'", '"'):
        return start + 1
    q = start
    if style in ("|", ">"):
        # The header line (indicators, comment) is not content.
        while q < end and text[q] not in "\r\n":
            q += 1
    return q


@dataclass
class _ScalarAligner:
    """Walks a YAML scalar's value and its source side by side, recording how they pair."""

    value: str
    """The scalar as YAML reads it."""
    text: str
    """The whole file the scalar was read from."""
    end: int
    """Where the scalar's source ends in ``text``."""
    style: str | None
    """The scalar's style: ``'`` or ``"`` (quoted), ``|`` or ``>`` (block), None (plain)."""
    builder: SourceMapBuilder = field(default_factory=SourceMapBuilder)

    def step(self, i: int, q: int) -> tuple[int, int] | None:
        """Pair what starts at value ``i`` and source ``q``; return both next offsets, or None."""
        c, s = self.value[i], self.text[q]
        if c.isspace() and s in " \t\r\n":
            return self._blank_run(i, q)
        if self.style == "'" and c == "'" and self.text.startswith("''", q):
            self.builder.replaced("'", q, 2)  # a doubled quote reads as one
            return i + 1, q + 2
        if self.style == '"' and s == "\\":
            return self._escape(i, q)
        if c == s:
            self.builder.verbatim(c, q)
            return i + 1, q + 1
        return i, q + 1  # indentation, a quote or other syntax between value characters

    def _blank_run(self, i: int, q: int) -> tuple[int, int]:
        """Pair the whitespace run at value ``i`` with the source blanks at ``q`` it reads as.

        Folding turns line breaks and indentation into spaces or newlines, so the two runs
        differ in length; they are paired as wholes.
        """
        j = i
        while j < len(self.value) and self.value[j] in " \t\n":
            j += 1
        r = q
        while r < self.end and self.text[r] in " \t\r\n":
            r += 1
        if j == i:
            j = i + 1
        if self.value[i:j] == self.text[q:r]:
            self.builder.verbatim(self.value[i:j], q)
        else:
            self.builder.replaced(self.value[i:j], q, r - q)
        return j, r

    def _escape(self, i: int, q: int) -> tuple[int, int] | None:
        """Pair the double-quoted escape at ``q`` with value ``i``; None if they do not match."""
        decoded, length = _yaml_escape(self.text, q, self.end)
        if length == 0:
            return None
        if decoded == "":
            return i, q + length  # an escaped line break: source only
        if not self.value.startswith(decoded, i):
            return None
        self.builder.replaced(decoded, q, length)
        return i + len(decoded), q + length


def _yaml_escape(text: str, q: int, end: int) -> tuple[str, int]:
    """Return the decoded text and source length of the double-quoted escape at ``q``."""
    if q + 1 >= end:
        return "", 0
    kind = text[q + 1]
    if kind in _YAML_SIMPLE:
        return _YAML_SIMPLE[kind], 2
    if kind in _YAML_HEX:
        digits = text[q + 2 : q + 2 + _YAML_HEX[kind]]
        decoded = _code_point(digits)
        return (decoded, 2 + len(digits)) if decoded else ("", 0)
    if kind in "\r\n":
        # An escaped line break joins lines without a space; leading blanks go too.
        r = q + 3 if text.startswith("\r\n", q + 1) else q + 2
        while r < end and text[r] in " \t":
            r += 1
        return "", r - q
    return "", 0


def _code_point(digits: str) -> str:
    """Return the character of hex ``digits``, or "" for no character (surrogate, too large)."""
    try:
        value = int(digits, 16)
    except ValueError:
        return ""
    if value > 0x10FFFF or 0xD800 <= value <= 0xDFFF:
        return ""
    return chr(value)


def _toml_blocks(text: str, front_matter: FrontMatter, fields: tuple[str, ...]) -> list[Block]:
    blocks: list[Block] = []
    pos = front_matter.body_start
    body_end = front_matter.body_end
    for line in text[pos:body_end].splitlines(keepends=True):
        content = line.rstrip("\r\n")
        if content.lstrip().startswith("["):
            break  # a [table]: only top-level keys are customer-facing fields
        match = _TOML_FIELD.match(content)
        if match:
            key = match.group("bare") or match.group("quoted") or match.group("literal") or ""
            if key in fields:
                block = _toml_value(text, pos, match)
                if block is not None:
                    blocks.append(block)
        pos += len(line)
    return blocks


def _toml_value(text: str, line_start: int, match: re.Match[str]) -> Block | None:
    builder = SourceMapBuilder()
    if match.group("raw") is not None:
        builder.verbatim(match.group("raw"), line_start + match.start("raw"))
        return _block(builder)
    value_start = line_start + match.start("basic")
    raw = match.group("basic")
    last = 0
    for escape in _TOML_ESCAPE.finditer(raw):
        builder.verbatim(raw[last : escape.start()], value_start + last)
        code = escape.group()
        if code[1] in "uU":
            decoded = _code_point(code[2:])
            if not decoded:
                return None  # not a character (a surrogate or past U+10FFFF): leave the field
        else:
            decoded = _TOML_SIMPLE[code[1]]
        builder.replaced(decoded, value_start + escape.start(), len(code))
        last = escape.end()
    if "\\" in raw[last:]:
        return None  # an escape TOML does not allow: the file is invalid, leave it
    builder.verbatim(raw[last:], value_start + last)
    return _block(builder)
