"""HTML reader: text grouped at block elements, alt/title values, skipped elements, comments."""

from __future__ import annotations

import pytest

from jargonlint.document.html import read_html

from ..conftest import source_of


def blocks_of(text: str) -> list[tuple[str, str]]:
    blocks, _ = read_html(text)
    return [(b.kind, b.text) for b in blocks]


def test_block_elements_split_inline_elements_do_not() -> None:
    text = (
        "<h1>Fresh <em>bread</em> daily</h1>"
        "<p>Order <a href='/o'>online</a> or <strong>call</strong> us.</p>"
        "<ul><li>Rye</li><li>Spelt <b>loaf</b></li></ul>"
        "<table><tr><th>Day</th><td>Open</td></tr></table>"
        "<blockquote>Best <i>bakery</i></blockquote>"
        "<div>Loose <span>div</span> text</div>"
    )
    assert blocks_of(text) == [
        ("heading", "Fresh bread daily"),
        ("paragraph", "Order online or call us."),
        ("list-item", "Rye"),
        ("list-item", "Spelt loaf"),
        ("table-cell", "Day"),
        ("table-cell", "Open"),
        ("blockquote", "Best bakery"),
        ("paragraph", "Loose div text"),
    ]


def test_title_element() -> None:
    text = "<html><head><title>Repairs &amp; more</title></head><body></body></html>"
    blocks, _ = read_html(text)
    assert [(b.kind, b.text) for b in blocks] == [("title", "Repairs & more")]
    assert source_of(text, blocks[0], "&") == "&amp;"


def test_whitespace_is_kept_and_blank_blocks_dropped() -> None:
    text = "<div>\n  <p>\n    We fix\n    phones.\n  </p>\n</div>\n"
    blocks, _ = read_html(text)
    assert [b.text for b in blocks] == ["\n    We fix\n    phones.\n  "]
    assert source_of(text, blocks[0], "We fix\n    phones.") == "We fix\n    phones."


def test_skipped_elements_are_never_prose() -> None:
    text = (
        "<p>Run <code>make</code>now and <kbd>Ctrl</kbd> too.</p>"
        "<pre>pre text</pre><script>var s = '<p>no</p>';</script><style>p{}</style>"
        "<template><p>hidden</p></template><svg><title>icon</title></svg>"
        "<noscript>Enable JS</noscript><textarea>typed</textarea><p>End.</p>"
    )
    assert blocks_of(text) == [("paragraph", "Run now and  too."), ("paragraph", "End.")]


def test_skipped_element_between_words_leaves_a_space() -> None:
    text = "<p>Use<code>make</code>now</p>"
    blocks, _ = read_html(text)
    assert blocks[0].text == "Use now"
    assert source_of(text, blocks[0], " ") == "<code>make</code>"


def test_unclosed_code_ends_with_its_paragraph() -> None:
    assert blocks_of("<p>See <code>x</p><p>Next part.</p>") == [
        ("paragraph", "See "),
        ("paragraph", "Next part."),
    ]


def test_alt_and_title_attributes_are_blocks_at_their_value() -> None:
    text = (
        '<p>Our <abbr title="Value added tax">VAT</abbr> rules'
        "<img src=a.png alt='A warm &quot;loaf&quot;' TITLE=Bread>today.</p>"
    )
    blocks, _ = read_html(text)
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "Our VAT rules today."),
        ("title", "Value added tax"),
        ("alt", 'A warm "loaf"'),
        ("title", "Bread"),
    ]
    assert source_of(text, blocks[1], "added") == "added"
    assert source_of(text, blocks[2], '"loaf"') == "&quot;loaf&quot;"
    assert source_of(text, blocks[3], "Bread") == "Bread"


def test_entities_and_character_references() -> None:
    text = "<p>Tea &amp; cake, caf&eacute;, &#233;clair, &#xE9;t&eacute;, "
    text += "&copy2024, AT&T &bogus;</p>"
    blocks, _ = read_html(text)
    block = blocks[0]
    assert block.text == "Tea & cake, café, éclair, été, ©2024, AT&T &bogus;"
    assert source_of(text, block, "café") == "caf&eacute;"
    assert source_of(text, block, "éclair") == "&#233;clair"
    assert source_of(text, block, "2024") == "2024"
    assert source_of(text, block, "©") == "&copy"
    assert source_of(text, block, "AT&T") == "AT&T"
    assert source_of(text, block, "&bogus;") == "&bogus;"


def test_br_is_a_line_break() -> None:
    text = "<p>Open<br>daily<br/>from nine</p>"
    blocks, _ = read_html(text)
    assert blocks[0].text == "Open\ndaily\nfrom nine"
    assert source_of(text, blocks[0], "\n", 1) == "<br/>"


def test_comments() -> None:
    text = "<p>One</p>\r\n<!-- jargonlint-disable\r\n  buzzwords -->\r\n<p>Two<!--x--></p>"
    blocks, comments = read_html(text)
    assert [b.text for b in blocks] == ["One", "Two"]
    assert [(c.text, c.line, c.end_line) for c in comments] == [
        ("jargonlint-disable\r\n  buzzwords", 2, 3),
        ("x", 4, 4),
    ]


@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"])
def test_line_endings_and_non_ascii(eol: str) -> None:
    text = eol.join(["<ul>", "  <li>Café crème</li>", "  <li>日本 🍞 brød</li>", "</ul>", ""])
    blocks, _ = read_html(text)
    assert [b.text for b in blocks] == ["Café crème", "日本 🍞 brød"]
    for block in blocks:
        for word in block.text.split():
            assert source_of(text, block, word) == word


def test_omitted_end_tags() -> None:
    text = "<ul><li>One<li>Two</ul><p>First<p>Second<dl><dt>Term<dd>Meaning</dl>"
    assert blocks_of(text) == [
        ("list-item", "One"),
        ("list-item", "Two"),
        ("paragraph", "First"),
        ("paragraph", "Second"),
        ("list-item", "Term"),
        ("list-item", "Meaning"),
    ]


def test_text_outside_any_element() -> None:
    assert blocks_of("Just words, no tags.") == [("paragraph", "Just words, no tags.")]
