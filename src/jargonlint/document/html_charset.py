"""The character encoding an HTML file declares, as a browser reads it.

A page saved by an older editor may declare `<meta charset="windows-1252">` (or the
`http-equiv="Content-Type"` form). Browsers decode it in that charset, so jargonlint does too,
instead of rejecting it as invalid UTF-8. A UTF-8 byte order mark wins over any declaration.
"""

from __future__ import annotations

import codecs
import re

from ..errors import InputError

PRESCAN_BYTES = 4096
"""How far into the file to look for the declaration (the HTML standard's prescan reads 1024
bytes; some pages put a long comment first, so a little more is read)."""
_META = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.+-]+)", re.IGNORECASE)
# The WHATWG Encoding Standard reads these labels as windows-1252, and so does every browser.
_AS_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii"}


def declared_encoding(raw: bytes) -> str | None:
    """Return the Python codec name of a non-UTF-8 charset the HTML declares, else None.

    None means "read it as UTF-8": no declaration, a UTF-8 (or UTF-16, which a meta tag cannot
    truly declare) one, a BOM, or a label Python does not know.
    """
    if raw.startswith(codecs.BOM_UTF8):
        return None
    match = _META.search(raw[:PRESCAN_BYTES])
    if match is None:
        return None
    label = match.group(1).decode("ascii").lower()
    if label in _AS_WINDOWS_1252:
        label = "windows-1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return None if name.startswith(("utf-8", "utf-16", "utf-32")) else name


def decode_declared(raw: bytes, encoding: str) -> str:
    """Return ``raw`` decoded in its declared ``encoding``; raise InputError naming the byte."""
    if b"\0" in raw[:8192]:
        raise InputError("binary file (contains NUL bytes), not text")
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as error:
        bad = raw[error.start : error.start + 1].hex()
        raise InputError(
            f"not valid {encoding} (the charset it declares): byte 0x{bad} at byte offset "
            f"{error.start}"
        ) from None
