"""Reading a file (or stdin bytes) into a Document: checks, decoding and format dispatch."""

from __future__ import annotations

import codecs
import os
from typing import BinaryIO

from ..errors import InputError
from ..safeio import TooLargeError, read_regular, read_stream
from .frontmatter import DEFAULT_FRONT_MATTER_FIELDS
from .model import Block, Comment, Document

__all__ = [
    "DEFAULT_FRONT_MATTER_FIELDS",
    "FORMATS",
    "MAX_BYTES",
    "SUPPORTED_EXTENSIONS",
    "format_for_path",
    "read_document",
    "read_stdin",
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

FORMATS = ("markdown", "html", "text")

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
    if data is not None and len(data) > MAX_BYTES:
        raise _too_large(len(data))
    raw = _read_bytes(path) if data is None else data
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
        return read_regular(path, MAX_BYTES)
    except TooLargeError as error:
        raise _too_large(error.size) from None
    except FileNotFoundError:
        raise InputError("file not found") from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}") from None


def read_stdin(stream: BinaryIO | None) -> bytes:
    """Return the bytes of standard input, at most MAX_BYTES; raise InputError when it fails.

    A closed standard input (``jargonlint - <&-``) is an error, not an empty document; reading
    an endless pipe stops at the limit.
    """
    if stream is None:
        raise InputError("cannot read standard input: it is closed")
    try:
        return read_stream(stream, MAX_BYTES)
    except TooLargeError:
        raise _too_large(None) from None
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or error
        raise InputError(f"cannot read standard input: {reason}") from None


def _too_large(size: int | None) -> InputError:
    # A pipe has no size to report; say at least that it is over the limit.
    amount = f"{size:,} bytes" if size is not None else f"more than {MAX_BYTES:,} bytes"
    return InputError(
        f"too large: {amount}; the limit for a copy file is {MAX_BYTES:,} bytes (10 MB)"
    )


def decode(raw: bytes) -> str:
    """Return the UTF-8 text of ``raw`` without a BOM; raise InputError if it is not text."""
    if raw.startswith(_UTF16_BOMS):
        raise InputError("encoded as UTF-16; save it as UTF-8")
    if b"\0" in raw:
        raise InputError("binary file (contains NUL bytes), not text")
    skipped = len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0
    try:
        return raw[skipped:].decode("utf-8")
    except UnicodeDecodeError as error:
        offset = skipped + error.start
        bad = raw[offset : offset + 1].hex()
        raise InputError(f"not valid UTF-8: byte 0x{bad} at byte offset {offset}") from None
