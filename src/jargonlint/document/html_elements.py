"""What each HTML element means for reading prose: block, skipped, void, and block kind.

The HTML reader asks these tables, never the tag names themselves, whether an element starts
a new block, hides its content, has no end tag, or gives its block a kind.
"""

# Elements whose start or end begins a new block of prose.
BLOCK_ELEMENTS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "button",
        "caption",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "header",
        "hgroup",
        "hr",
        "html",
        "label",
        "legend",
        "li",
        "main",
        "nav",
        "ol",
        "optgroup",
        "option",
        "p",
        "section",
        "select",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "title",
        "tr",
        "ul",
    }
)
# Elements whose content is never prose (code, scripts, embedded vocabularies, form values).
SKIPPED_ELEMENTS = frozenset(
    [
        "script",
        "style",
        "pre",
        "code",
        "template",
        "svg",
        "math",
        "noscript",
        "textarea",
        "kbd",
        "samp",
        "iframe",
        "object",
    ]
)
# Skipped elements that an enclosing block's end closes even when their own end tag is missing.
INLINE_SKIPPED = frozenset({"code", "kbd", "samp"})
# Elements that have no content and no end tag.
VOID_ELEMENTS = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
# Void elements that sit between words like a picture does: words on each side must not touch.
SEPARATING_VOIDS = frozenset({"img", "input", "embed"})
# The innermost of these decides a block's kind.
KIND_OF = {
    **{f"h{level}": "heading" for level in range(1, 7)},
    "td": "table-cell",
    "th": "table-cell",
    "li": "list-item",
    "dt": "list-item",
    "dd": "list-item",
    "blockquote": "blockquote",
    "title": "title",
}
# Start tags that close an open element of the same family (HTML's optional end tags).
IMPLIED_END = {
    "p": {"p"},
    "li": {"li"},
    "dt": {"dt", "dd"},
    "dd": {"dt", "dd"},
    "td": {"td", "th"},
    "th": {"td", "th"},
    "tr": {"tr", "td", "th"},
    "option": {"option"},
}
