"""Whether an acronym is spelled out where it stands, in any of the forms writers use.

Forms, in either order and any case, also across a line break:
``service-level agreement (SLA)``, ``SLA (service-level agreement)``,
``SLA, or service-level agreement,``, ``service-level agreement, or SLA``,
``SLA stands for service-level agreement``, ``RCS, the rapid claims service``, the
glossary's expansion anywhere near it, and an expansion in the sentence or two before it
(``spelled_out_earlier``). The cue words ("also called", "short for") are the pack's data.
An expansion counts when its initial letters match the acronym loosely (see ``initials_match``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ...lang.frequency import is_english_word

SMALL_WORDS = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to"]
    + ["with", "via", "&"]
)
"""Words an acronym may skip (Internet of Things → IoT, Software as a Service → SaaS): articles,
prepositions and conjunctions, a closed class of function words, so they stay in code."""

DIGIT_WORDS = {
    "2": ("two", "to", "second"),
    "3": ("three", "third"),
    "4": ("four", "for"),
}
"""What a digit inside an acronym may stand for (2FA, B2B, P2P, B4B): number words and their
homophones, a closed set, so in code."""

MAX_INNER_LETTERS = 2
"""Letters a single word may give beyond its first (HyperText → HT, JavaScript → JS)."""

_SPLIT = re.compile(r"[\s\-‐–—/]+")
_PART = re.compile(r"[^\s\-‐–—/]+")
_WORD_CHARS = re.compile(r"[^\w&]+")

CONNECTIVES = frozenset({"or", "and"})
"""Cues that also join list items ("CRM or ERP"): they count only after a comma or inside
parentheses, never after a bare space (closed-class conjunctions, so they stay in code)."""


def _alternatives(cues: Iterable[str]) -> str:
    """Return a regex group of cue phrases, longest first, spaces matching any space, each
    maybe followed by a comma ("i.e., ...", "that is, ...")."""
    ordered = sorted({c.lower() for c in cues}, key=len, reverse=True)
    if not ordered:
        return "(?!)"  # no cue words: this form never matches
    return (
        "(?:" + "|".join(r"\s+".join(re.escape(w) for w in cue.split()) for cue in ordered) + "),?"
    )


@dataclass(frozen=True)
class DefinitionCues:
    """The words that tie an acronym to its expansion, compiled into the two lead patterns."""

    before: re.Pattern
    """Just before the acronym, after its expansion: "(", ", or", " also called", a dash."""
    after: re.Pattern
    """Just after the acronym, before its expansion: "(", ", short for", " stands for", ":"."""

    @classmethod
    def from_lists(cls, naming: Iterable[str], expanding: Iterable[str]) -> DefinitionCues:
        """Return cues from the pack's lists: words that name the acronym after an expansion
        (``naming``: also called, known as) and words that expand it (``expanding``: short
        for, stands for, means)."""
        naming, expanding = list(naming), list(expanding)
        spaced_naming = [c for c in naming if c.lower() not in CONNECTIVES]
        spaced_expanding = [c for c in expanding if c.lower() not in CONNECTIVES]
        before = (
            rf"(?:\(\s*(?:{_alternatives(naming)})?:?\s*"
            rf"|,\s*(?:{_alternatives(naming)})\s+"
            rf"|\s(?:{_alternatives(spaced_naming)})\s+"
            r"|\s[—–]\s*)$"
        )
        after = (
            rf"^(?:['’]s)?(?:\s*\(\s*(?:{_alternatives(expanding)}|the)?\s*"
            rf"|,\s*(?:{_alternatives(expanding)})\s+"
            r"|,\s+(?=(?:the|a|an)\s)"
            rf"|\s+\(?\s*(?:{_alternatives(spaced_expanding)})\s+"
            r"|\s*[—–:]\s*)"
        )
        return cls(re.compile(before, re.IGNORECASE), re.compile(after, re.IGNORECASE))


_CLOSE_BEFORE = re.compile(r"^(?:['’]?s)?\s*(?:\)|,|;|[—–]|[.!?:](?:\s|$)|$)")
_NEAR = 60
"""Characters on either side of an acronym in which its glossary expansion counts as near."""


def letters_of(key: str) -> str:
    """Return the letters and digits an expansion must match (R&D → rd, B2B → b2b)."""
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
    even when the phrase is shorter than the acronym ("customer login (CLXM)") or is a
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


def _defined_before(letters: str, before: str, after: str, cues: DefinitionCues) -> bool:
    """Return True when the expansion comes just before: "service-level agreement (SLA)",
    "the rapid claims service, or RCS", or a looser gloss in front of "(SLA)"."""
    lead = cues.before.search(before)
    if not lead or not _CLOSE_BEFORE.match(after):
        return False
    preceding = before[: lead.start()]
    if _expansion_before(letters, preceding):
        return True
    in_parentheses = lead.group(0).startswith("(") and after.lstrip("'’s").startswith(")")
    return in_parentheses and _gloss_before(letters, preceding)


def _defined_after(letters: str, after: str, cues: DefinitionCues) -> bool:
    """Return True when the expansion comes just after: "SLA (service-level agreement)",
    "SLA, short for service-level agreement", "RCS, the rapid claims service"."""
    follow = cues.after.match(after)
    return bool(follow) and _expansion_after(letters, after[follow.end() :])


def _glossary_near(
    text: str, start: int, end: int, expansion: str | None, sentence: tuple[int, int] | None
) -> bool:
    """Return True when the glossary's expansion stands near the acronym in its sentence."""
    if not expansion:
        return False
    low, high = sentence if sentence is not None else (0, len(text))
    reach = _NEAR + len(expansion)
    window = normalized(text[max(low, start - reach) : min(high, end + reach)])
    return normalized(expansion) in window


def is_defined_at(
    text: str,
    start: int,
    end: int,
    key: str,
    expansion: str | None,
    cues: DefinitionCues,
    sentence: tuple[int, int] | None = None,
) -> bool:
    """Return True when the acronym at ``text[start:end]`` is spelled out right there.

    ``text`` is the whole block, so an expansion may come before or after the acronym and
    may run over a line break. ``expansion`` is the glossary's, if the glossary knows it; it
    counts anywhere near the acronym within its ``sentence`` (block offsets).
    """
    letters = letters_of(key)
    before, after = text[:start], text[end:]
    return (
        _defined_before(letters, before, after, cues)
        or _defined_after(letters, after, cues)
        or _glossary_near(text, start, end, expansion, sentence)
    )


MIN_SPELLED_LETTERS = 3
"""Shortest acronym of unknown letters whose expansion is recognised in an earlier sentence:
two initials match by chance too often ("for example" is no "FE")."""


def _initials_run(letters: str, text: str) -> bool:
    """Return True when consecutive content words of the text (small words may sit between)
    have exactly the acronym's letters as initials ("the rapid claims service" → RCS)."""
    words = [w.lstrip("-") for w in expansion_words(text) if w not in SMALL_WORDS]
    initials = "".join(w[0] for w in words if w)
    return letters in initials


def spelled_out_earlier(preceding: Iterable[str], key: str, expansion: str | None) -> bool:
    """Return True when the sentences just before the acronym spell it out without
    parentheses: the glossary's expansion, or, for letters of three or more, a run of words
    whose initials are exactly the letters ("We built a rapid claims service. RCS pays...")."""
    letters = letters_of(key)
    for text in preceding:
        if expansion and normalized(expansion) in normalized(text):
            return True
        if (
            len(letters) >= MIN_SPELLED_LETTERS
            and letters.isalpha()
            and _initials_run(letters, text)
        ):
            return True
    return False
