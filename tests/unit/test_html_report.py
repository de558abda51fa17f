"""--format html without a browser: self-contained, escaped, marks nested or split correctly."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser

from jargonlint.reporters import make_reporter
from jargonlint.reporters.html_highlight import Span, highlighted

from ..conftest import make_finding, run_of


def span(start: int, end: int, ident: str) -> Span:
    return Span(start, end, ident, "hl", f"tip <{ident}>")


class Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: dict[str, str] = {}
        self.tags: list[str] = []
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append(tag)
        self.urls += [v for k, v in attrs if k in ("src", "href") and v]
        if tag == "mark":
            self.stack.append(attributes["data-f"])
            self.text.setdefault(attributes["data-f"], "")

    def handle_endtag(self, tag):
        if tag == "mark":
            self.stack.pop()

    def handle_data(self, data):
        for ident in self.stack:
            self.text[ident] += data


def marks_of(markup: str) -> dict[str, str]:
    parser = Collect()
    parser.feed(markup)
    assert parser.stack == []  # every mark closed
    return parser.text


def test_nested_crossing_and_empty_spans_keep_their_exact_text() -> None:
    text = "Our platform leverages <AI> & more"
    spans = [
        span(4, 22, "outer"),  # platform leverages
        span(13, 22, "inner"),  # leverages (nested, same end)
        span(17, 27, "cross"),  # rages <AI> (crosses the end of both)
        span(30, 30, "empty"),
    ]
    markup = highlighted(text, spans)
    assert "<AI>" not in markup and "&lt;AI&gt;" in markup
    assert marks_of(markup) == {
        "outer": "platform leverages",
        "inner": "leverages",
        "cross": "rages <AI>",
        "empty": "",
    }
    assert (
        re.sub(r"<[^>]+>", "", markup)
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
        == text
    )


def test_line_endings_and_control_characters_show_as_a_browser_would() -> None:
    text = "one\r\ntwo\rthree\x00"
    markup = highlighted(text, [span(0, 15, "all")])
    assert marks_of(markup)["all"] == "one\ntwo\nthree\ufffd"


def test_the_report_is_self_contained_and_escapes_the_copy() -> None:
    source = 'Please utilize <script>alert("x")</script> it.\n'
    finding = make_finding(
        path="page.txt",
        line=1,
        column=8,
        end_line=1,
        end_column=15,
        offset=7,
        end_offset=14,
        message="“utilize” <b>is</b> formal",
    )
    out = io.StringIO()
    make_reporter("html", sources={"page.txt": source}).write(run_of(finding), out)
    page = out.getvalue()
    parser = Collect()
    parser.feed(page)
    assert parser.tags.count("script") == 1
    assert "<b>is</b>" not in page and "&lt;b&gt;is&lt;/b&gt;" in page  # markup is text
    assert parser.urls == ["#file-0"]  # no fonts, scripts or images from anywhere
    assert "Content-Security-Policy" in page and "script-src &#x27;sha256-" in page
    assert parser.text == {"0-0": "utilize"}
    assert '&lt;script&gt;alert("x")&lt;/script&gt;' in page
    assert "Try: <b>use</b> (safe)" in page
