"""read_document: format choice, decoding, BOM, and one-line InputErrors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from jargonlint.document.reader import (
    MAX_BYTES,
    SUPPORTED_EXTENSIONS,
    format_for_path,
    read_document,
)
from jargonlint.errors import InputError


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("docs/pricing.md", "markdown"),
        ("README.markdown", "markdown"),
        ("site/index.HTML", "html"),
        ("site/old.htm", "html"),
        ("notes.txt", "text"),
        ("script.py", None),
        ("Makefile", None),
    ],
)
def test_format_for_path(path: str, expected: str | None) -> None:
    assert format_for_path(path) == expected


def test_supported_extensions_cover_every_format() -> None:
    assert set(SUPPORTED_EXTENSIONS.values()) == {"markdown", "html", "text"}


def test_format_follows_the_extension(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<p>Book a <em>repair</em> today.</p>", encoding="utf-8")
    doc = read_document(str(page))
    assert doc.format == "html"
    assert doc.path == str(page)
    assert [b.text for b in doc.blocks] == ["Book a repair today."]


def test_explicit_file_with_another_extension_is_text(tmp_path: Path) -> None:
    copy = tmp_path / "banner.copy"
    copy.write_text("# Big *sale*\n", encoding="utf-8")
    doc = read_document(str(copy))
    assert doc.format == "text"
    assert [b.text for b in doc.blocks] == ["# Big *sale*"]


def test_fmt_overrides_the_extension() -> None:
    doc = read_document("-", data=b"# Big *sale*\n", fmt="markdown")
    assert doc.format == "markdown"
    assert [(b.kind, b.text) for b in doc.blocks] == [("heading", "Big sale")]


def test_unknown_fmt_is_an_error() -> None:
    with pytest.raises(InputError, match="unknown format 'rst'"):
        read_document("-", data=b"x", fmt="rst")


def test_bom_is_removed_and_offsets_follow_it() -> None:
    doc = read_document("-", data="\ufeffFresh bread".encode(), fmt="text")
    assert doc.text == "Fresh bread"
    assert doc.blocks[0].source_map.source_span(6, 11) == (6, 11)


def test_line_endings_are_not_normalised() -> None:
    data = b"# Hours\r\n\r\nOpen daily\rfrom nine.\n"
    doc = read_document("hours.md", data=data)
    assert doc.text == data.decode()
    block = doc.blocks[1]
    assert block.text == "Open daily\nfrom nine."
    start, end = block.source_map.source_span(0, len(block.text))
    assert doc.text[start:end] == "Open daily\rfrom nine."


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", "\ufeff \n".encode()])
def test_empty_or_blank_input_has_no_blocks(data: bytes) -> None:
    for name in ("a.md", "a.html", "a.txt"):
        doc = read_document(name, data=data)
        assert doc.blocks == [] and doc.comments == []


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="^file not found$"):
        read_document(str(tmp_path / "nope.md"))


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="^is a directory"):
        read_document(str(tmp_path))


def test_permission_denied(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Tests may run as root, who can read anything, so refuse the open instead of chmod.
    locked = tmp_path / "locked.md"
    locked.write_text("secret", encoding="utf-8")
    real_open = os.open

    def refuse(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(file) == str(locked):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(InputError, match="^permission denied$"):
        read_document(str(locked))


def test_binary_file_is_refused() -> None:
    with pytest.raises(InputError, match="binary"):
        read_document("logo.txt", data=b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")


def test_utf16_is_refused_with_advice() -> None:
    with pytest.raises(InputError, match="UTF-16"):
        read_document("a.txt", data="Hello".encode("utf-16"))


def test_invalid_utf8_names_the_byte_offset() -> None:
    with pytest.raises(InputError, match=r"not valid UTF-8: byte 0xe9 at byte offset 3$"):
        read_document("a.txt", data=b"caf\xe9 au lait")
    with pytest.raises(InputError, match=r"byte offset 5$"):
        read_document("a.txt", data=b"\xef\xbb\xbfab\xff")


def test_too_large_file_reports_size_and_limit(tmp_path: Path) -> None:
    big = tmp_path / "dump.txt"
    with open(big, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: no 50 MB written to disk
    with pytest.raises(InputError) as caught:
        read_document(str(big))
    message = str(caught.value)
    assert "52,428,800 bytes" in message and f"{MAX_BYTES:,} bytes" in message
    assert "\n" not in message


def test_too_large_stdin_data() -> None:
    with pytest.raises(InputError, match="limit"):
        read_document("-", data=b"a" * (MAX_BYTES + 1))


def test_exactly_the_limit_is_fine() -> None:
    doc = read_document("-", data=b"a" * MAX_BYTES, fmt="text")
    assert len(doc.blocks) == 1
