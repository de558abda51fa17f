"""Markdown reader: which text is prose, block kinds, and exact offsets back into the file."""

from __future__ import annotations

import pytest

from jargonlint.document.markdown import read_markdown
from jargonlint.document.model import Block

from ..conftest import source_of


def blocks_of(text: str) -> list[tuple[str, str]]:
    blocks, _ = read_markdown(text)
    return [(b.kind, b.text) for b in blocks]


def only_block(text: str, kind: str | None = None) -> Block:
    blocks, _ = read_markdown(text)
    assert len(blocks) == 1, blocks
    if kind is not None:
        assert blocks[0].kind == kind
    return blocks[0]


def test_block_kinds() -> None:
    text = (
        "# Repair *prices*\n\nWe fix bikes.\n\n> Best shop in town.\n\n"
        "- Flat tyres\n- Brakes\n\n1. Book online\n\n| Service | Price |\n| --- | --- |\n"
        "| Tune-up | Fair |\n\nOpening hours\n=============\n"
    )
    assert blocks_of(text) == [
        ("heading", "Repair prices"),
        ("paragraph", "We fix bikes."),
        ("blockquote", "Best shop in town."),
        ("list-item", "Flat tyres"),
        ("list-item", "Brakes"),
        ("list-item", "Book online"),
        ("table-cell", "Service"),
        ("table-cell", "Price"),
        ("table-cell", "Tune-up"),
        ("table-cell", "Fair"),
        ("heading", "Opening hours"),
    ]


def test_innermost_container_decides_the_kind() -> None:
    text = "> - Quoted item\n\n- > Item quote\n"
    assert blocks_of(text) == [("list-item", "Quoted item"), ("blockquote", "Item quote")]


def test_code_is_never_prose() -> None:
    text = "Intro words.\n\n```sh\nmake bread\n```\n\n    indented code\n\n~~~\nmore code\n~~~\n"
    assert blocks_of(text) == [("paragraph", "Intro words.")]


def test_inline_code_leaves_a_space_only_between_touching_words() -> None:
    text = "Run`make`now, or use `make` today. `cmd` starts it and ends `cmd`"
    block = only_block(text)
    assert block.text == "Run now, or use  today.  starts it and ends "
    assert source_of(text, block, "Run now") == "Run`make`now"
    assert source_of(text, block, "now") == "now"


def test_urls_autolinks_and_emails_are_removed() -> None:
    text = "See https://bake.example.com/menu or <https://bake.example.com> or www.bake.com now."
    block = only_block(text)
    assert block.text == "See  or  or  now."
    text = "Write to <orders@bake.example.com>."
    assert only_block(text).text == "Write to ."


def test_bare_url_ends_before_trailing_punctuation() -> None:
    text = "Visit http://bake.example.com/a. Then order."
    block = only_block(text)
    assert block.text == "Visit . Then order."
    assert source_of(text, block, ".") == "."
    assert source_of(text, block, "Then") == "Then"


def test_link_text_is_prose_but_destination_and_title_are_not() -> None:
    text = 'Read [our *price* list](https://x.example/p "Prices page") and [terms][t] or [faq].\n\n'
    text += "[t]: https://x.example/t\n[faq]: https://x.example/f 'FAQ'\n"
    block = only_block(text)
    assert block.text == "Read our price list and terms or faq."
    assert source_of(text, block, "price") == "price"
    assert source_of(text, block, "terms") == "terms"
    assert source_of(text, block, "terms or faq.") == "terms][t] or [faq]."


def test_destination_with_brackets_and_parentheses_is_skipped() -> None:
    text = "[Menu](<https://x.example/a b> 'Menu (new)') is (really) [here](/p(1)) now"
    block = only_block(text)
    assert block.text == "Menu is (really) here now"
    assert source_of(text, block, "(really)") == "(really)"
    assert source_of(text, block, "now") == "now"


def test_image_alt_is_its_own_block() -> None:
    text = 'Our shop![Fresh *loaf* on a board](loaf.jpg "Loaf")opens at nine.'
    blocks, _ = read_markdown(text)
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "Our shop opens at nine."),
        ("alt", "Fresh loaf on a board"),
    ]
    assert source_of(text, blocks[1], "loaf") == "loaf"
    assert source_of(text, blocks[1], "board") == "board"


def test_raw_html_and_comments_are_not_prose() -> None:
    text = (
        '<div class="promo">\nBig sale\n</div>\n\n'
        "Call <span>us</span> today<br>or <!-- jargonlint-disable --> email.\n\n"
        "<!--\n  jargonlint-disable-next-line\n-->\nNext paragraph.\n"
    )
    blocks, comments = read_markdown(text)
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "Call us today\nor  email."),
        ("paragraph", "Next paragraph."),
    ]
    assert [(c.text, c.line, c.end_line) for c in comments] == [
        ("jargonlint-disable", 5, 5),
        ("jargonlint-disable-next-line", 7, 9),
    ]
    assert source_of(text, blocks[0], "\n") == "<br>"


def test_entities_and_escapes_decode_and_map_to_the_whole_construct() -> None:
    text = "Tea &amp; cake &#233;clair &copy; 2024 \\*not emphasis\\* &nbsp;done AT&T &bogus;"
    block = only_block(text)
    assert block.text == "Tea & cake éclair © 2024 *not emphasis* \xa0done AT&T &bogus;"
    assert source_of(text, block, "&") == "&amp;"
    assert source_of(text, block, "éclair") == "&#233;clair"
    assert source_of(text, block, "*not") == "\\*not"
    assert source_of(text, block, "AT&T") == "AT&T"
    assert source_of(text, block, "&bogus;") == "&bogus;"


def test_soft_breaks_map_to_line_ending_and_container_prefix() -> None:
    text = "> We repair\r\n> phones and\r\n>   tablets.\r\n"
    block = only_block(text, "blockquote")
    assert block.text == "We repair\nphones and\ntablets."
    assert source_of(text, block, "\n") == "\r\n> "
    assert source_of(text, block, "\n", 1) == "\r\n>   "
    assert source_of(text, block, "phones and") == "phones and"


def test_hard_breaks() -> None:
    text = "Open daily\\\nfrom nine  \nuntil six"
    block = only_block(text)
    assert block.text == "Open daily\nfrom nine\nuntil six"
    assert source_of(text, block, "\n") == "\\\n"
    assert source_of(text, block, "\n", 1) == "  \n"


def test_list_continuation_lines_and_tabs() -> None:
    text = "- Our oven\n\tbakes bread\n-\tsecond\titem\n"
    blocks, _ = read_markdown(text)
    assert [b.text for b in blocks] == ["Our oven\nbakes bread", "second\titem"]
    assert source_of(text, blocks[0], "bakes") == "bakes"
    assert source_of(text, blocks[1], "second\titem") == "second\titem"


def test_multiline_code_span_inside_quote() -> None:
    text = "> Use `a\n> b` daily and *fresh\n> flour*."
    block = only_block(text, "blockquote")
    assert block.text == "Use  daily and fresh\nflour."
    assert source_of(text, block, "flour.") == "flour*."


@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"])
def test_every_line_ending(eol: str) -> None:
    text = eol.join(["# Prices", "", "Fair *prices*", "for all.", "", "- one", "- two", ""])
    blocks, _ = read_markdown(text)
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Prices"),
        ("paragraph", "Fair prices\nfor all."),
        ("list-item", "one"),
        ("list-item", "two"),
    ]
    for block in blocks:
        for word in block.text.replace("\n", " ").split():
            assert source_of(text, block, word) == word
    assert source_of(text, blocks[1], "\n") == eol


def test_atx_heading_variants() -> None:
    assert blocks_of("# #1 in town ##\n") == [("heading", "#1 in town")]
    text = "  ###   Spaced heading   \n"
    block = only_block(text)
    assert block.text == "Spaced heading"
    assert source_of(text, block, "Spaced heading") == "Spaced heading"
    assert blocks_of("#\n\n## \n") == []


def test_setext_heading_over_two_lines() -> None:
    text = "Fresh bread\nevery day\n---\n"
    block = only_block(text, "heading")
    assert block.text == "Fresh bread\nevery day"
    assert source_of(text, block, "every") == "every"


def test_table_cells_with_escaped_pipes() -> None:
    text = "| Item | Note |\n|---|:--:|\n| Cake \\| tart | *sweet* `x` |\n|  | last |\n"
    blocks, _ = read_markdown(text)
    assert [b.text for b in blocks] == ["Item", "Note", "Cake | tart", "sweet ", "last"]
    assert source_of(text, blocks[2], "|") == "\\|"
    assert source_of(text, blocks[2], "tart") == "tart"
    assert source_of(text, blocks[4], "last") == "last"


def test_table_in_a_blockquote() -> None:
    text = "> | Day | Hours |\n> | --- | --- |\n> | Mon | 9-5 |\n"
    blocks, _ = read_markdown(text)
    assert [(b.kind, b.text) for b in blocks] == [
        ("table-cell", t) for t in ["Day", "Hours", "Mon", "9-5"]
    ]
    assert source_of(text, blocks[3], "9-5") == "9-5"


def test_non_ascii_words_map_exactly() -> None:
    text = "Café **crème**\tfür 日本 🍞 brød\n"
    block = only_block(text)
    assert block.text == "Café crème\tfür 日本 🍞 brød"
    for word in block.text.split():
        assert source_of(text, block, word) == word


def test_yaml_front_matter_fields_are_blocks() -> None:
    text = (
        "---\r\n"
        'title: "Fresh \\"bread\\" \\u00e9"\r\n'
        "description: >\r\n  Our oven\r\n  runs hot\r\n"
        "summary: It''s fine\r\n"
        "excerpt: 'It''s quoted'\r\n"
        "author: Jo Baker\r\n"
        "tags: [a, b]\r\n"
        "---\r\n"
        "Body text.\r\n"
    )
    blocks, _ = read_markdown(text)
    assert [(b.kind, b.text) for b in blocks] == [
        ("front-matter", 'Fresh "bread" é'),
        ("front-matter", "Our oven runs hot\n"),
        ("front-matter", "It''s fine"),
        ("front-matter", "It's quoted"),
        ("paragraph", "Body text."),
    ]
    assert source_of(text, blocks[0], '"bread"') == '\\"bread\\"'
    assert source_of(text, blocks[1], "runs hot") == "runs hot"
    assert source_of(text, blocks[1], "oven runs") == "oven\r\n  runs"
    assert source_of(text, blocks[3], "It's") == "It''s"
    assert source_of(text, blocks[4], "Body") == "Body"


def test_front_matter_fields_are_configurable() -> None:
    text = "---\ntitle: Hello there\nheadline: Big news\n---\nBody\n"
    blocks, _ = read_markdown(text, front_matter_fields=("headline",))
    assert [b.text for b in blocks] == ["Big news", "Body"]
    blocks, _ = read_markdown(text, front_matter_fields=())
    assert [b.text for b in blocks] == ["Body"]


def test_toml_front_matter() -> None:
    text = '+++\ntitle = "Fresh \\"bread\\""\nsubtitle = \'Raw \\n\'\n[extra]\ntitle = "No"\n+++\n'
    text += "Body\n"
    blocks, _ = read_markdown(text)
    assert [b.text for b in blocks] == ['Fresh "bread"', "Raw \\n", "Body"]
    assert source_of(text, blocks[1], "Raw \\n") == "Raw \\n"


def test_broken_or_unclosed_front_matter() -> None:
    assert blocks_of("---\ntitle: [\n---\nBody\n") == [("paragraph", "Body")]
    # Without a closing line it is not front matter: a rule and a paragraph.
    assert blocks_of("---\ntitle: Hello\n\nBody\n") == [
        ("paragraph", "title: Hello"),
        ("paragraph", "Body"),
    ]


def test_offsets_after_front_matter_refer_to_the_whole_file() -> None:
    text = "---\ntitle: Hi\n---\n# Heading\n\nText here.\n"
    blocks, _ = read_markdown(text)
    assert source_of(text, blocks[1], "Heading") == "Heading"
    assert source_of(text, blocks[2], "here") == "here"


def test_nul_characters_do_not_break_alignment() -> None:
    text = "Hello\0world and more\n"
    block = only_block(text)
    assert block.text == "Hello\ufffdworld and more"
    assert source_of(text, block, "more") == "more"


def test_link_label_and_destination_across_quoted_lines() -> None:
    text = '> [Order\n> today](\n> https://x.example/o\n> "Order page") please\n'
    block = only_block(text, "blockquote")
    assert block.text == "Order\ntoday please"
    assert source_of(text, block, "\n") == "\n> "
    assert source_of(text, block, "please") == "please"


def test_image_inside_link_and_reference_image() -> None:
    text = "[![Shop front](a.png)](https://x.example) and ![Our van][van]\n\n[van]: van.png\n"
    blocks, _ = read_markdown(text)
    assert [(b.kind, b.text) for b in blocks] == [
        ("alt", "Shop front"),
        ("paragraph", " and "),
        ("alt", "Our van"),
    ]
    assert source_of(text, blocks[2], "Our van") == "Our van"
