"""Labels that open a line ("Smart reminders: …", "Reports - …"), kept out of the parse.

A feature list often opens each item with a short label and a colon or a spaced dash. Parsed as
one sentence, the label is read as the subject of the text after it ("Smart reminders: the app
texts your clients" → *reminders* texts). ``mark_label`` presets a sentence start after the
label, so the trained parser reads the label and the text after it as two sentences; every
token keeps its offset, so every check still finds every word.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

COLON_MARKS = frozenset({":"})
DASH_MARKS = frozenset({"-", "–", "—", "|"})
# Why not data: punctuation is closed-class.
LEADING_BULLETS = frozenset({"•", "·", "*", "-", "–", "—", "▪", "‣", "◦", ">"})
MAX_LABEL_WORDS = 8
"""A label is a few words; a longer lead-in before a colon is a clause of its own."""
MIN_BODY_WORDS = 2


def _is_mark(token: Token) -> bool:
    """Return True for a colon, or a dash written with a space before it (not a hyphen)."""
    if token.text in COLON_MARKS:
        return True
    return token.text in DASH_MARKS and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


def _opening(tokens: Sequence[Token]) -> int:
    """Return the index of the first token after any leading bullet characters."""
    index = 0
    while index < len(tokens) and (tokens[index].text in LEADING_BULLETS or tokens[index].is_space):
        index += 1
    return index


def _label_words_ok(words: Sequence[Token]) -> bool:
    """Return True when tokens can be a label: a few words, starting with a capital or digit."""
    alpha = [t for t in words if t.is_alpha]
    if not alpha or len(alpha) > MAX_LABEL_WORDS:
        return False
    if any(t.text in (".", "?", "!") or _is_mark(t) for t in words):
        return False
    first = words[0].text[:1]
    return first.isupper() or first.isdigit()


def label_length(tokens: Sequence[Token]) -> int:
    """Return how many tokens (bullets, label and its mark) open the sentence as a label, or 0.

    "Smart reminders: the app texts…" gives 3. A dash counts only when spaced and when no
    other dash follows ("Acme - built by bakers - sorts…" is an aside, not a label).
    """
    start = _opening(tokens)
    for index in range(start + 1, min(len(tokens), start + MAX_LABEL_WORDS + 2)):
        token = tokens[index]
        if not _is_mark(token):
            continue
        if not _label_words_ok(tokens[start:index]):
            return 0
        rest = tokens[index + 1 :]
        if sum(t.is_alpha for t in rest) < MIN_BODY_WORDS:
            return 0
        if token.text in DASH_MARKS and any(t.text in DASH_MARKS and _is_mark(t) for t in rest):
            return 0
        return index + 1
    return 0


def mark_label(doc: Doc) -> Doc:
    """Preset a sentence start after a line's label (if any) so the parser keeps them apart.

    The parser respects sentence starts set before it runs (spaCy v3); other boundaries are
    left for it to decide.
    """
    cut = label_length(doc)
    if 0 < cut < len(doc):
        doc[cut].is_sent_start = True
    return doc
