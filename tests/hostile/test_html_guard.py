"""Issue 12 §3 (the reader's part): pathological HTML is read in linear work or refused."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from jargonlint.document import html as html_reader
from jargonlint.document.reader import read_document
from jargonlint.errors import InputError

UNFINISHED = ("parse_starttag", "parse_endtag", "parse_comment", "parse_html_declaration")


@pytest.fixture
def rescans(monkeypatch) -> list[int]:
    """Record, for every construct the standard parser gave up on, how far it had to scan."""
    scanned: list[int] = []
    for name in UNFINISHED:
        original = getattr(HTMLParser, name)

        def counting(self, i, *args, _original=original):
            end = _original(self, i, *args)
            if end < 0:
                scanned.append(len(self.rawdata) - i)
            return end

        monkeypatch.setattr(HTMLParser, name, counting)
    return scanned


@pytest.mark.parametrize(
    "shape", ["<a", "<a ", "<a\n", "<a b='", "</a", "<!--", "<!--a>"], ids=repr
)
def test_unclosed_markup_costs_linear_parser_work(rescans, shape):
    text = "<p>Please utilize the door.</p>" + shape * (20_000 // len(shape))
    document = read_document("page.html", data=text.encode())
    assert "utilize" in document.blocks[0].text
    # Today every unclosed "<" is scanned to the end of the file again: ~n²/2 characters.
    assert sum(rescans) <= 4 * len(text)


def test_the_unclosed_tail_is_still_prose_at_its_place():
    text = "<p>Hi</p> a<b c<d & more"
    document = read_document("page.html", data=text.encode())
    tail = document.blocks[-1]
    start, end = tail.source_map.source_span(0, len(tail.text))
    assert tail.text == text[start:end] == " a<b c<d & more"


def test_rescanning_past_the_budget_reports_the_file_as_too_complex(monkeypatch):
    # A backstop for parser paths the neutral tail does not cover (none known today).
    monkeypatch.setattr(html_reader, "_neutral_tail", lambda text: text)
    monkeypatch.setattr(html_reader, "RESCAN_FLOOR", 1000)
    with pytest.raises(InputError, match="too complex to read as HTML"):
        read_document("page.html", data=b"<a" * 5000)
