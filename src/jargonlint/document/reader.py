"""Reading a file (or stdin bytes) into a Document: checks, decoding and format dispatch."""

from __future__ import annotations

import codecs
import os

from ..enums import FORMATS
from ..errors import InputError
from .frontmatter import DEFAULT_FRONT_MATTER_FIELDS
from .model import Block, Comment, Document

__all__ = [
    "DEFAULT_FRONT_MATTER_FIELDS",
    "FORMATS",
    "MAX_BYTES",
    "SUPPORTED_EXTENSIONS",
    "format_for_path",
    "read_document",
]

MAX_BYTES = 10 * 1024 * 1024
"""Copy files are never this big; anything larger is a mistake (a log, a dump, a bundle)."""

SUPPORTED_EXTENSIONS: dict[str, str] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
}
"""File extensions (lower case) that directory walks pick up, and the format each one means."""


_BINARY_PROBE = 8192
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def format_for_path(path: str) -> str | None:
    """Return the format a path's extension means, or None if the extension is not supported."""
    return SUPPORTED_EXTENSIONS.get(os.path.splitext(path)[1].lower())


def read_document(
    path: str,
    data: bytes | None = None,
    fmt: str | None = None,
    front_matter_fields: tuple[str, ...] = DEFAULT_FRONT_MATTER_FIELDS,
) -> Document:
    """Return the Document read from ``path`` (or from ``data``, for stdin) in its format.

    The format comes from ``fmt`` if given, else from the extension; a file named explicitly
    with another extension is read as plain text. Raises InputError with a one-line message.
    """
    if fmt is not None and fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; expected one of: {', '.join(FORMATS)}")
    fmt = fmt or format_for_path(path) or "text"
    raw = _read_bytes(path) if data is None else _check_size(data, len(data))
    text = decode(raw)
    blocks: list[Block] = []
    comments: list[Comment] = []
    if text.strip():
        blocks, comments = _dispatch(fmt, text, front_matter_fields)
    return Document(path=path, text=text, blocks=blocks, comments=comments, format=fmt)


def _dispatch(
    fmt: str, text: str, front_matter_fields: tuple[str, ...]
) -> tuple[list[Block], list[Comment]]:
    # Imported here so that reading plain text never loads the Markdown or HTML machinery.
    if fmt == "markdown":
        from .markdown import read_markdown

        return read_markdown(text, front_matter_fields)
    if fmt == "html":
        from .html import read_html

        return read_html(text)
    from .text import read_text

    return read_text(text)


def _read_bytes(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
            size = os.fstat(handle.fileno()).st_size if len(raw) > MAX_BYTES else len(raw)
    except FileNotFoundError:
        raise InputError("file not found") from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}") from None
    return _check_size(raw, size)


def _check_size(raw: bytes, size: int) -> bytes:
    if len(raw) > MAX_BYTES:
        # A pipe has no size to report; say at least that it is over the limit.
        amount = f"{size:,} bytes" if size > MAX_BYTES else f"more than {MAX_BYTES:,} bytes"
        raise InputError(
            f"too large: {amount}; the limit for a copy file is {MAX_BYTES:,} bytes (10 MB)"
        )
    return raw


def decode(raw: bytes) -> str:
    """Return the UTF-8 text of ``raw`` without a BOM; raise InputError if it is not text."""
    if raw.startswith(_UTF16_BOMS):
        raise InputError("encoded as UTF-16; save it as UTF-8")
    if b"\0" in raw[:_BINARY_PROBE]:
        raise InputError("binary file (contains NUL bytes), not text")
    skipped = len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0
    try:
        return raw[skipped:].decode("utf-8")
    except UnicodeDecodeError as error:
        offset = skipped + error.start
        bad = raw[offset : offset + 1].hex()
        raise InputError(f"not valid UTF-8: byte 0x{bad} at byte offset {offset}") from None
