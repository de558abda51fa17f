"""HTML copy outside the body text: meta descriptions, link previews, aria-label, placeholder;
and pages that declare a legacy charset."""

from __future__ import annotations

from pathlib import Path

import pytest

from jargonlint.cli import main
from jargonlint.document.html import read_html
from jargonlint.document.html_charset import declared_encoding
from jargonlint.document.reader import read_document
from jargonlint.errors import InputError

from ..conftest import lint_text, source_of

HEAD = """<html><head>
<meta name="description" content="Salons utilize our planner &amp; save time.">
<meta property="og:title" content='Utilize the planner'>
<meta property="og:description" content="Book in order to save a seat.">
<meta name="twitter:description" content="Shops utilize it daily.">
<meta name="keywords" content="utilize, planner">
<meta name="viewport" content="width=device-width">
</head><body>
<button aria-label="Utilize search">Go</button>
<input type="search" placeholder="Utilize this box to search">
</body></html>
"""


def test_customer_facing_attributes_become_blocks_mapped_to_their_source():
    blocks, _ = read_html(HEAD)
    got = [(b.kind, b.text) for b in blocks]
    assert got == [
        ("meta", "Salons utilize our planner & save time."),
        ("meta", "Utilize the planner"),
        ("meta", "Book in order to save a seat."),
        ("meta", "Shops utilize it daily."),
        ("aria-label", "Utilize search"),
        ("paragraph", "Go"),
        ("placeholder", "Utilize this box to search"),
    ]
    first = blocks[0]
    assert source_of(HEAD, first, "planner &") == "planner &amp;"


def test_findings_sit_at_exact_positions_inside_the_attributes():
    findings = lint_text(HEAD, "html", select=("JL101", "JL102"))
    places = [(f.line, f.column, f.match) for f in findings]
    assert places == [
        (2, 42, "utilize"),
        (3, 36, "Utilize"),
        (4, 47, "in order to"),
        (5, 49, "utilize"),
        (9, 21, "Utilize"),
        (10, 35, "Utilize"),
    ]
    lines = HEAD.splitlines()
    for finding in findings:
        line = lines[finding.line - 1]
        assert line[finding.column - 1 : finding.end_column - 1] == finding.match


def test_meta_tags_that_are_not_copy_are_left_alone():
    findings = lint_text(HEAD, "html", select=("JL101",))
    assert all(f.line not in (6, 7) for f in findings)


LEGACY = (
    b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
    b"</head>\n<body><p>Caf\xe9 owners: please utilize the side door.</p></body></html>\n"
)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b'<meta charset="windows-1252">', "cp1252"),
        (b"<meta charset=ISO-8859-1>", "cp1252"),  # as browsers read it
        (b'<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=koi8-r">', "koi8-r"),
        (b'<meta charset="utf-8">', None),
        (b'<meta charset="no-such-charset">', None),
        (b"<p>no declaration</p>", None),
        (b'\xef\xbb\xbf<meta charset="windows-1252">', None),  # a UTF-8 BOM wins
    ],
)
def test_declared_encoding(head, expected):
    assert declared_encoding(head + b"<p>Hello</p>") == expected


def test_a_page_in_a_declared_legacy_charset_is_read_in_it(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("old.html").write_bytes(LEGACY)
    assert "Café owners" in read_document("old.html").text
    assert main(["--format", "concise", "--select", "JL101", "old.html"]) == 1
    assert capsys.readouterr().out.startswith("old.html:2:30: JL101 [warning]")


def test_bytes_the_declared_charset_lacks_are_one_clear_error(tmp_path):
    page = tmp_path / "bad.html"
    page.write_bytes(b'<meta charset="windows-1252"><p>\x81</p>')
    with pytest.raises(InputError, match=r"not valid cp1252 .*byte 0x81 at byte offset 32"):
        read_document(str(page))


def test_fix_leaves_a_legacy_charset_file_untouched_and_says_so(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("old.html").write_bytes(LEGACY)
    assert main(["--fix", "old.html"]) == 1
    assert Path("old.html").read_bytes() == LEGACY
    assert "old.html: not fixed: --fix writes UTF-8" in capsys.readouterr().err
