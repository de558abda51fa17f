"""Whether an acronym is spelled out where it stands, in any of the forms writers use.

Forms, in either order and any case, also across a line break:
``service-level agreement (SLA)``, ``SLA (service-level agreement)``,
``SLA, or service-level agreement,``, ``service-level agreement, or SLA``,
``SLA stands for service-level agreement``, and the glossary's expansion anywhere near it.
An expansion counts when its initial letters match the acronym loosely (see ``initials_match``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...lang.frequency import is_english_word

SMALL_WORDS = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to"]
    + ["with", "via", "&"]
)
"""Words an acronym may skip (Internet of Things → IoT, Software as a Service → SaaS)."""

DIGIT_WORDS = {
    "2": ("two", "to", "second"),
    "3": ("three", "third"),
    "4": ("four", "for"),
}
"""What a digit inside an acronym may stand for (2FA, B2B, P2P, B4B)."""

MAX_INNER_LETTERS = 2
"""Letters a single word may give beyond its first (HyperText → HT, JavaScript → JS)."""

_SPLIT = re.compile(r"[\s\-‐–—/]+")
_PART = re.compile(r"[^\s\-‐–—/]+")
_WORD_CHARS = re.compile(r"[^\w&]+")

# Just before the acronym: an opening parenthesis, or "..., or", "also called", "known as".
_BEFORE_LEAD = re.compile(
    r"(?:\(\s*(?:or|aka|a\.k\.a\.|i\.e\.,?|also called|short:?)?\s*"
    r"|,\s*(?:or|aka|a\.k\.a\.|also called|also known as|known as)\s+"
    r"|\s(?:also called|also known as|known as|or simply)\s+"
    r"|\s[—–]\s*)$",
    re.IGNORECASE,
)
# Just after the acronym: a parenthesis, "..., or", "stands for", "means", a dash, a colon.
_AFTER_LEAD = re.compile(
    r"^(?:['’]s)?(?:\s*\(\s*(?:short for|i\.e\.,?|or|aka|a\.k\.a\.|meaning|which stands for|"
    r"stands for|the)?\s*"
    r"|,\s*(?:or|i\.e\.,?|that is,?|short for|meaning|which stands for)\s+"
    r"|\s+(?:\(?\s*stands for|is short for|means|is an abbreviation for|short for)\s+"
    r"|\s*[—–:]\s*(?:short for\s+)?)",
    re.IGNORECASE,
)
_CLOSE_BEFORE = re.compile(r"^(?:['’]?s)?\s*(?:\)|,|;|[—–]|$)")
_NEAR = 60
"""Characters on either side of an acronym in which its glossary expansion counts as near."""


def letters_of(key: str) -> str:
    """Return the letters and digits an expansion must match (R&D → rd, SOC2 → soc2)."""
    return re.sub(r"[^a-z0-9]", "", key.lower())


def _initial_ok(letter: str, word: str) -> bool:
    if letter.isdigit():
        return word == letter or word.startswith(letter) or word in DIGIT_WORDS.get(letter, ())
    if letter == "x" and word.startswith(("ex", "cross", "trans")):
        return True  # eXtensible, cross-site, trans-: X stands for the sound
    return word.startswith(letter)


@lru_cache(maxsize=8192)
def _inner_word_at(word: str, letter: str, start: int) -> int:
    """Return where, from ``start`` on, a word holds an inner word beginning with ``letter``
    (hyper*text*, java*script*), or -1. Any inner letter would let "customer" spell CR."""
    position = word.find(letter, start)
    while position > 0:
        if len(word) - position >= 3 and is_english_word(word[position:]):
            return position
        position = word.find(letter, position + 1)
    return -1


@lru_cache(maxsize=8192)
def _ends(letters: str, words: tuple[str, ...], i: int, j: int) -> frozenset[int]:
    """Return the word indexes at which ``letters[i:]`` is used up, matching from word ``j``."""
    if i == len(letters):
        return frozenset({j})
    if j == len(words):
        return frozenset()
    word = words[j].lstrip("-")
    found: set[int] = set()
    # Small words may be skipped, and so may the second half of a hyphenated compound
    # (Domain-based → D, pre-trained → P, medium-sized → M).
    if word in SMALL_WORDS or words[j].startswith("-"):
        found |= _ends(letters, words, i, j + 1)
    if word and _initial_ok(letters[i], word):
        found |= _ends(letters, words, i + 1, j + 1)
        # The same word may also give some inner letters, in order (HyperText → h, t).
        position = 1
        for extra, k in enumerate(range(i + 1, min(len(letters), i + 1 + MAX_INNER_LETTERS)), 1):
            position = _inner_word_at(word, letters[k], position)
            if position < 0:
                break
            found |= _ends(letters, words, i + 1 + extra, j + 1)
            position += 1
    return frozenset(found)


def expansion_words(text: str) -> tuple[str, ...]:
    """Return the lower-case words of a possible expansion; the second part of a hyphenated
    compound carries a leading "-" (domain-based → "domain", "-based")."""
    words = []
    for match in _PART.finditer(text):
        word = _WORD_CHARS.sub("", match.group(0).lower())
        if word:
            joined = match.start() > 0 and text[match.start() - 1] in "-‐"
            words.append("-" + word if joined else word)
    return tuple(words)


def initials_match(letters: str, words: tuple[str, ...], whole: bool) -> bool:
    """Return True when the words spell the acronym's letters by their initials, loosely.

    Hyphens split words, small words (of, and, the, as, a) may be skipped, a word may give a
    couple of inner letters, digits match number words (2 → two, to). ``whole`` asks that
    every word be used (an expansion just before the acronym); otherwise a prefix of the words
    is enough (an expansion that starts just after it).
    """
    if not letters or not words:
        return False
    ends = _ends(letters, words, 0, 0)
    if whole:
        return len(words) in ends
    return any(end > 0 for end in ends)


def _expansion_before(letters: str, text: str) -> bool:
    """Return True when the text ends with words whose initials spell the letters."""
    words = expansion_words(text[-200:])
    for size in range(1, min(len(words), 2 * len(letters) + 4) + 1):
        tail = words[-size:]
        if tail[0] in SMALL_WORDS or tail[0].startswith("-"):
            continue
        if initials_match(letters, tail, whole=True):
            return True
    return False


def _is_subsequence(short: str, long: str) -> bool:
    position = 0
    for ch in short:
        position = long.find(ch, position) + 1
        if not position:
            return False
    return True


def _gloss_before(letters: str, text: str) -> bool:
    """Return True when the words before ``(ACRONYM)`` are the writer's looser gloss of it.

    A parenthesised acronym right after a phrase is how writers say "this is what it means",
    even when the phrase is shorter than the acronym ("customer identity (CIAM)") or is a
    capitalised name for it ("Data Protection Laws (GDPR)").
    """
    words = expansion_words(text[-120:])
    content = [w for w in words if w not in SMALL_WORDS and not w.startswith("-")]
    need = max(2, -(-len(letters) // 2))
    for size in range(need, min(len(content), len(letters)) + 1):
        tail = content[-size:]
        initials = "".join(w[0] for w in tail)
        if initials[0] == letters[0] and _is_subsequence(initials, letters):
            return True
    names = re.findall(r"(?:[A-Z][\w]*[ \n]+){1,5}[A-Z][\w]*\s*$", text[-120:])
    if names:
        initials = {w[0].lower() for w in names[0].split()}
        return len(names[0].split()) >= 2 and bool(initials & set(letters))
    return False


def _expansion_after(letters: str, text: str) -> bool:
    """Return True when the text starts with words whose initials spell the letters."""
    chunk = re.split(r"[()\[\],;:.!?]", text[:200], maxsplit=1)[0]
    words = expansion_words(chunk)
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return initials_match(letters, words, whole=False)


def normalized(text: str) -> str:
    """Return text lower-cased, with hyphens and line breaks as single spaces (for lookups)."""
    return " ".join(_SPLIT.split(text.lower())).strip()


def is_defined_at(
    text: str,
    start: int,
    end: int,
    key: str,
    expansion: str | None,
    sentence: tuple[int, int] | None = None,
) -> bool:
    """Return True when the acronym at ``text[start:end]`` is spelled out right there.

    ``text`` is the whole block, so an expansion may come before or after the acronym and
    may run over a line break. ``expansion`` is the glossary's, if the glossary knows it; it
    counts anywhere near the acronym within its ``sentence`` (block offsets).
    """
    letters = letters_of(key)
    before, after = text[:start], text[end:]
    lead = _BEFORE_LEAD.search(before)
    if lead and _CLOSE_BEFORE.match(after):
        preceding = before[: lead.start()]
        if _expansion_before(letters, preceding):
            return True
        in_parentheses = lead.group(0).startswith("(") and after.lstrip("'’s").startswith(")")
        if in_parentheses and _gloss_before(letters, preceding):
            return True
    follow = _AFTER_LEAD.match(after)
    if follow and _expansion_after(letters, after[follow.end() :]):
        return True
    if expansion:
        low, high = sentence if sentence is not None else (0, len(text))
        reach = _NEAR + len(expansion)
        window = normalized(text[max(low, start - reach) : min(high, end + reach)])
        if normalized(expansion) in window:
            return True
    return False
