"""Property: every prose character maps back into the file, and verbatim words map exactly.

Documents are generated from parts that each know their source text and the prose a reader
should see. Words in code, URLs, link destinations, comments and markup carry the marker "zq",
which must never reach the prose.
"""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from jargonlint.document.model import Document
from jargonlint.document.reader import read_document

WORD = re.compile(r"[^\W_]+")
MARKER = "zq"

PLAIN_WORDS = [
    "bread",
    "oven",
    "invoice",
    "repair",
    "bakery",
    "pastry",
    "receipt",
    "delivery",
    "order",
    "fresh",
    "refund",
    "warranty",
    "café",
    "über",
    "naïve",
    "crème",
    "brød",
    "日本",
    "señor",
]
EMOJI = ["🍞", "🥐", "🔧"]
EOLS = ["\n", "\r\n", "\r"]

words = st.sampled_from(PLAIN_WORDS)


class Part:
    """A piece of generated source and the prose a reader should extract from it."""

    def __init__(self, source: str, prose: str = "", comment: str | None = None):
        self.source = source
        self.prose = prose
        self.comment = comment


def check_offsets(doc: Document) -> None:
    """Every prose char maps inside the file, in order; verbatim words map to themselves."""
    size = len(doc.text)
    for block in doc.blocks:
        previous = (0, 0)
        for i in range(len(block.text)):
            start, end = block.source_map.source_span(i, i + 1)
            assert 0 <= start <= end <= size, (block, i)
            assert start >= previous[0] and end >= previous[1], (block, i)
            previous = (start, end)
        for match in WORD.finditer(block.text):
            start, end = block.source_map.source_span(match.start(), match.end())
            source = doc.text[start:end]
            if "&" not in source and "\\" not in source:
                assert source == match.group(), (block.kind, block.text, match.group(), source)
        assert MARKER not in block.text, block


def prose_words(doc: Document) -> Counter[str]:
    return Counter(w for block in doc.blocks for w in WORD.findall(block.text))


def expected_words(parts: list[Part]) -> Counter[str]:
    return Counter(w for part in parts for w in WORD.findall(part.prose))


def check_comments(doc: Document, parts: list[Part]) -> None:
    expected = [part.comment for part in parts if part.comment]
    assert sorted(c.text for c in doc.comments) == sorted(expected)
    for comment in doc.comments:
        at = doc.text.find(comment.text)
        assert doc.lines.line_of(at) == comment.line


# Markdown


@st.composite
def md_inline_part(draw: st.DrawFn, counter: list[int]) -> Part:
    word = draw(words)
    other = draw(words)
    choice = draw(st.integers(0, 19))
    if choice == 0:
        return Part(f"*{word}*", word)
    if choice == 1:
        return Part(f"**{word}**", word)
    if choice == 2:
        return Part(f"_{word}_", word)
    if choice == 3:
        return Part(f"~~{word}~~", word)
    if choice == 4:
        return Part(f'[{word} {other}](https://zqdest.com/p "zqtitle")', f"{word} {other}")
    if choice == 5:
        return Part(f"[{word}][zqref]", word)
    if choice == 6:
        return Part(draw(st.sampled_from(["`zqcode`", "``zq`code``", "` zqcode x `"])))
    if choice == 7:
        return Part(draw(st.sampled_from(["<https://zqurl.com/a>", "<zqmail@example.com>"])))
    if choice == 8:
        return Part(draw(st.sampled_from(["https://zqurl.com/b?x=1", "www.zqurl.com"])))
    if choice == 9:
        source, prose = draw(
            st.sampled_from([("&amp;", "&"), ("&copy;", "©"), ("&#233;", "é"), ("&nbsp;", " ")])
        )
        return Part(source, prose)
    if choice == 10:
        return Part(f"caf&#233; {word}", f"café {word}")
    if choice == 11:
        source, prose = draw(st.sampled_from([("\\*", "*"), ("\\_", "_"), ("\\#", "#")]))
        return Part(source, prose)
    if choice == 12:
        counter[0] += 1
        body = f"zqcomment{counter[0]}"
        return Part(f"<!-- {body} -->", "", body)
    if choice == 13:
        return Part(f"![{word} {other}](zqurl.png)", f"{word} {other}")
    if choice == 14:
        return Part(f'<span class="zqhtml">{word}</span>', word)
    if choice == 15:
        return Part(draw(st.sampled_from(EMOJI)), "")
    if choice == 16:
        return Part(f"***{word}***", word)
    if choice == 17:
        return Part(f"[*{word}* `zqcode`](<https://zqdest.com/a b>)", word)
    return Part(word, word)


@st.composite
def md_line(draw: st.DrawFn, counter: list[int], table: bool = False) -> list[Part]:
    # Lines start with a plain word so no part is read as block syntax (list, HTML block...).
    parts = [Part(draw(words), "")]
    parts[0].prose = parts[0].source
    for part in draw(st.lists(md_inline_part(counter), max_size=5)):
        if table and part.source.startswith("<!--"):
            continue
        separator = draw(st.sampled_from([" ", " ", "\t", "  "]))
        parts.append(Part(separator, separator))
        parts.append(part)
    return parts


def md_join_lines(
    lines: list[list[Part]], first_prefix: str, prefix: str, eol_marker: str = "\n"
) -> list[Part]:
    out: list[Part] = []
    for number, line in enumerate(lines):
        out.append(Part(first_prefix if number == 0 else prefix))
        out.extend(line)
        if number + 1 < len(lines):
            out.append(Part(eol_marker, " "))
    return out


@st.composite
def md_block(draw: st.DrawFn, counter: list[int]) -> list[Part]:
    kind = draw(st.integers(0, 11))
    lines = draw(st.lists(md_line(counter), min_size=1, max_size=3))
    if kind == 0:
        level = draw(st.integers(1, 6))
        closing = draw(st.sampled_from(["", " #", " ###"]))
        return [Part("#" * level + " "), *lines[0], Part(closing)]
    if kind == 1:
        underline = draw(st.sampled_from(["===", "---"]))
        return [*md_join_lines(lines, "", ""), Part("\n" + underline)]
    if kind == 2:
        lazy = draw(st.booleans())
        return md_join_lines(lines, "> ", "" if lazy else "> ")
    if kind == 3:
        out: list[Part] = []
        for number, item in enumerate(lines):
            nested = number > 0 and draw(st.booleans())
            marker = "  - " if nested else draw(st.sampled_from(["- ", "* ", "+ "]))
            if out:
                out.append(Part("\n", " "))
            out.append(Part(marker))
            out.extend(item)
            if draw(st.booleans()):
                out.append(Part("\n" + ("    " if nested else "  "), " "))
                out.extend(draw(md_line(counter)))
        # A list ends before the next block only after a blank line and a plain paragraph.
        return out
    if kind == 4:
        out = []
        for number, item in enumerate(lines):
            if out:
                out.append(Part("\n", " "))
            out.append(Part(f"{number + 1}. "))
            out.extend(item)
        return out
    if kind == 5:
        columns = draw(st.integers(1, 3))
        rows = draw(st.integers(1, 3))
        out = []
        for row in range(rows + 1):
            cells = [draw(md_line(counter, table=True)) for _ in range(columns)]
            out.append(Part("|"))
            for cell in cells:
                out.append(Part(" "))
                out.extend(cell)
                if draw(st.booleans()):
                    out.append(Part(" \\| ", " | "))
                out.append(Part(" |"))
            out.append(Part("\n"))
            if row == 0:
                out.append(Part("|" + " --- |" * columns + "\n"))
        return out
    if kind == 6:
        fence = draw(st.sampled_from(["```", "~~~", "````"]))
        return [Part(f"{fence}python\nzqcode = 1\n\nzqfence more\n{fence}")]
    if kind == 7:
        heading = lines[0]
        return [Part("## "), *heading, Part("\n\n    zqcode indented\n    zqcode again")]
    if kind == 8:
        counter[0] += 1
        body = f"zqcomment{counter[0]}"
        return [Part(f"<!-- {body}\n-->", "", body)]
    if kind == 9:
        return [Part('<div class="zqhtml">\nzqhtml text\n</div>')]
    if kind == 10:
        return [Part("[zqref]: https://zqdest.com/r 'zqtitle'")]
    return md_join_lines(lines, "", "")


@st.composite
def md_front_matter(draw: st.DrawFn) -> list[Part]:
    title = " ".join(draw(st.lists(words, min_size=1, max_size=4)))
    summary = " ".join(draw(st.lists(words, min_size=1, max_size=4)))
    style = draw(st.integers(0, 3))
    if style == 0:
        return [Part(f"---\ntitle: {title}\nauthor: zqmeta\n", title), Part("---\n")]
    if style == 1:
        return [
            Part(f"---\ntitle: \"{title} \\u00e9\"\nsummary: '{summary}''s'\n", f"{title} é"),
            Part("", f"{summary}'s"),
            Part("tags: [zqmeta]\n---\n"),
        ]
    if style == 2:
        return [Part(f"---\ndescription: >\n  {title}\n  {summary}\n---\n", f"{title} {summary}")]
    return [Part(f'+++\ntitle = "{title}"\nauthor = "zqmeta"\n+++\n', title)]


@st.composite
def markdown_documents(draw: st.DrawFn) -> tuple[bytes, list[Part]]:
    counter = [0]
    parts: list[Part] = []
    if draw(st.booleans()):
        parts.extend(draw(md_front_matter()))
    blocks = draw(st.lists(md_block(counter), min_size=1, max_size=6))
    for block in blocks:
        parts.extend(block)
        # A plain paragraph after each block closes lists and quotes for good.
        parts.append(Part("\n\n"))
        parts.append(Part("fresh", "fresh"))
        parts.append(Part("\n\n"))
    parts.append(Part("[zqref]: https://zqdest.com/r\n"))
    eol = draw(st.sampled_from(EOLS))
    source = "".join(part.source for part in parts).replace("\n", eol)
    bom = b"\xef\xbb\xbf" if draw(st.booleans()) else b""
    return bom + source.encode("utf-8"), parts


@settings(max_examples=200, deadline=None)
@given(markdown_documents())
def test_markdown_offsets(generated: tuple[bytes, list[Part]]) -> None:
    data, parts = generated
    doc = read_document("copy.md", data)
    check_offsets(doc)
    assert prose_words(doc) == expected_words(parts)
    check_comments(doc, parts)


# HTML


@st.composite
def html_inline_part(draw: st.DrawFn, counter: list[int]) -> Part:
    word = draw(words)
    choice = draw(st.integers(0, 11))
    if choice == 0:
        tag = draw(st.sampled_from(["em", "strong", "span", "b", "i"]))
        return Part(f"<{tag}>{word}</{tag}>", word)
    if choice == 1:
        return Part(f'<a href="https://zqurl.com/?a=1&amp;b=2">{word}</a>', word)
    if choice == 2:
        source, prose = draw(
            st.sampled_from(
                [("&amp;", "&"), ("&copy;", "©"), ("&#233;", "é"), ("&#xE9;", "é"), ("&lt;", "<")]
            )
        )
        return Part(source, prose)
    if choice == 3:
        return Part(f'<img src="zqurl.png" alt="{word} &amp; {word}">', f"{word} & {word}")
    if choice == 4:
        return Part(f"<abbr title='{word}'>{word}</abbr>", f"{word} {word}")
    if choice == 5:
        return Part(draw(st.sampled_from(["<code>zqcode</code>", "<kbd>zqcode</kbd>"])))
    if choice == 6:
        counter[0] += 1
        body = f"zqcomment{counter[0]}"
        return Part(f"<!-- {body} -->", "", body)
    if choice == 7:
        return Part(f"{word}<br>{word}", f"{word} {word}")
    if choice == 8:
        return Part(f"<em>{word} <strong>{word}</strong></em>", f"{word} {word}")
    if choice == 9:
        return Part(draw(st.sampled_from(EMOJI)), "")
    return Part(word, word)


@st.composite
def html_text(draw: st.DrawFn, counter: list[int]) -> list[Part]:
    first = draw(words)
    parts = [Part(first, first)]
    for part in draw(st.lists(html_inline_part(counter), max_size=5)):
        separator = draw(st.sampled_from([" ", "\n  ", "\t"]))
        parts.append(Part(separator, separator))
        parts.append(part)
    return parts


@st.composite
def html_block(draw: st.DrawFn, counter: list[int]) -> list[Part]:
    text = draw(html_text(counter))
    kind = draw(st.integers(0, 7))
    if kind == 0:
        tag = draw(st.sampled_from(["p", "h1", "h3", "div", "blockquote", "figcaption"]))
        return [Part(f'<{tag} class="zqhtml">'), *text, Part(f"</{tag}>")]
    if kind == 1:
        second = draw(html_text(counter))
        return [Part("<ul>\n  <li>"), *text, Part("</li>\n  <li>"), *second, Part("\n</ul>")]
    if kind == 2:
        second = draw(html_text(counter))
        return [Part("<table><tr><td>"), *text, Part("<td>"), *second, Part("</table>")]
    if kind == 3:
        return [Part("<script>var zqcode = '<p>zqcode</p>';</script>")]
    if kind == 4:
        return [Part("<style>.zqcode { color: red }</style>")]
    if kind == 5:
        return [Part("<pre>zqcode\n  <b>zqcode</b></pre>")]
    if kind == 6:
        return [Part("<svg><title>zqsvg</title><text>zqsvg</text></svg>")]
    return [Part("<p>"), *text]  # an unclosed paragraph


@st.composite
def html_documents(draw: st.DrawFn) -> tuple[bytes, list[Part]]:
    counter = [0]
    title = draw(words)
    parts = [Part(f"<!DOCTYPE html>\n<html><head><title>{title}</title></head>\n<body>\n", title)]
    for block in draw(st.lists(html_block(counter), min_size=1, max_size=6)):
        parts.extend(block)
        parts.append(Part("\n"))
    parts.append(Part("</body></html>\n"))
    eol = draw(st.sampled_from(EOLS))
    source = "".join(part.source for part in parts).replace("\n", eol)
    return source.encode("utf-8"), parts


@settings(max_examples=150, deadline=None)
@given(html_documents())
def test_html_offsets(generated: tuple[bytes, list[Part]]) -> None:
    data, parts = generated
    doc = read_document("page.html", data)
    check_offsets(doc)
    assert prose_words(doc) == expected_words(parts)
    check_comments(doc, parts)


# Plain text


@st.composite
def text_documents(draw: st.DrawFn) -> tuple[bytes, list[Part]]:
    parts: list[Part] = []
    paragraphs = draw(st.lists(st.lists(st.lists(words, min_size=1), min_size=1), min_size=1))
    for paragraph in paragraphs:
        for line in paragraph:
            indent = draw(st.sampled_from(["", "  ", "\t", "# "]))
            body = " ".join(line)
            parts.append(Part(indent + body + "\n", body))
        if draw(st.booleans()):
            parts.append(Part("# jargonlint-disable zqrule\n", "", "jargonlint-disable zqrule"))
        parts.append(Part(draw(st.sampled_from(["\n", "  \n", "\t\n"]))))
    eol = draw(st.sampled_from(EOLS))
    source = "".join(part.source for part in parts).replace("\n", eol)
    return source.encode("utf-8"), parts


@settings(max_examples=100, deadline=None)
@given(text_documents())
def test_text_offsets(generated: tuple[bytes, list[Part]]) -> None:
    data, parts = generated
    doc = read_document("notes.txt", data)
    check_offsets(doc)
    assert prose_words(doc) == expected_words(parts)
    for block in doc.blocks:
        start, end = block.source_map.source_span(0, len(block.text))
        assert doc.text[start:end] == block.text
    assert [c.text for c in doc.comments] == [p.comment for p in parts if p.comment]


# Robustness: arbitrary input never crashes a reader and never maps outside the file.

MARKDOWN_ALPHABET = st.sampled_from(
    [*"ab é日\t \n\r\\*_`[]()<>!&#;|-=+>:/~\"'.", "&amp;", "http://x.co", "<!--", "-->", "---"]
)
HTML_ALPHABET = st.sampled_from(
    list("ab é日\t \n\r<>/=\"'&;#!-") + ["<p>", "</p>", "<code>", "&amp;", "<!--", "-->", "alt="]
)


def check_bounds(doc: Document) -> None:
    size = len(doc.text)
    for block in doc.blocks:
        assert block.text.strip()
        previous = 0
        for i in range(len(block.text)):
            start, end = block.source_map.source_span(i, i + 1)
            assert 0 <= start <= end <= size
            assert start >= previous
            previous = start
    for comment in doc.comments:
        assert 1 <= comment.line <= comment.end_line <= len(doc.lines.line_starts)


@settings(max_examples=300, deadline=None)
@given(st.lists(MARKDOWN_ALPHABET, max_size=60).map("".join))
def test_any_markdown_reads_within_bounds(text: str) -> None:
    check_bounds(read_document("fuzz.md", text.encode("utf-8")))


@settings(max_examples=300, deadline=None)
@given(st.lists(HTML_ALPHABET, max_size=60).map("".join))
def test_any_html_reads_within_bounds(text: str) -> None:
    check_bounds(read_document("fuzz.html", text.encode("utf-8")))
