"""Capitals that are a name, not an acronym: told by their shape and by how the copy uses them.

Used only for letters the pack does not explain (a glossary acronym is an acronym wherever it
stands, unless it is part of a name). The reasons are general:

- **Shape.** A model number (MX500, RTX4090) is a few capitals and a number of several
  digits, and after its maker's name it is part of the product's name; an acronym has at
  most one digit (B2B, 2FA, P2P). A word in capitals that can be
  spoken as a word (a surname, an invented brand) is a name; initialisms are read letter by
  letter because their letters do not make a syllable.
- **Use.** A kind of product the reader meets as the last word of a product's name ("Acme
  CRM", "Zorbly OS") is read as that name; capitals in a list whose other items are
  names ("Alpha, BetaSoft and QRZX") are one more name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...lang.frequency import is_english_word

VOWELS = frozenset("AEIOUY")
# English syllable onsets of two consonants (phonotactics, a closed class): a word in capitals
# that starts with one of these, or with a vowel or a single consonant, can be spoken.
ONSETS = frozenset(
    ["BL", "BR", "CH", "CL", "CR", "DR", "DW", "FL", "FR", "GL", "GN", "GR", "KN", "KR", "PH"]
    + ["PL", "PR", "SC", "SH", "SK", "SL", "SM", "SN", "SP", "ST", "SW", "TH", "TR", "TW", "WH"]
    + ["WR"]
)
MIN_SPOKEN_NAME = 5
"""Shortest word in capitals read as a spoken name (shorter ones may be initialisms)."""
MIN_VOWEL_SHARE = 0.28
TITLE_CASE_SHARE = 0.6
"""Share of capitalised words above which a sentence is written in title case (a heading)."""
MIN_TITLE_WORDS = 3

_MODEL_NUMBER = re.compile(r"^[A-Z]{1,3}\d{2,4}[A-Z]?$")
_INNER_NUMBER = re.compile(r"^[A-Z]{2,}\d+[A-Z]{2,}$")
_WORD = re.compile(r"[A-Za-z][\w'’&-]*")
_LIST_STOP = re.compile(r"[;:()\[\]\n.!?]")
_LIST_SPLIT = re.compile(r"\s*(?:,|\band\b|\bor\b|&|\betc\b\.?)\s*")


def is_model_number(word: str) -> bool:
    """Return True for a model number: a few capitals and a number of two to four digits
    (MX500, RTX4090, QX70S). Acronyms carry at most one digit (B2B, 2FA); names of algorithms
    and standards with long numbers are left to the glossary and the reader."""
    return bool(_MODEL_NUMBER.match(word))


ORGANISATION_CUES = tuple(
    tuple(cue.split())
    for cue in (
        "accredited by",
        "approved by",
        "authorised by",
        "authorized by",
        "certified by",
        "endorsed by",
        "funded by",
        "licensed by",
        "recognised by",
        "recognized by",
        "regulated by",
        "sponsored by",
        "registered with",
        "member of",
        "members of",
        "partnered with",
        "partnership with",
        "graduated from",
        "studied at",
    )
)
"""Relations only an organisation is on the other end of: it accredits, regulates, licenses,
funds or admits members, and people study at it. Capitals there name the organisation."""


def after_organisation_cue(text: str, start: int) -> bool:
    """Return True when the capitals follow a relation only an organisation has ("regulated
    by the FCX", "a member of the QRA"), with at most "the" between."""
    words = re.findall(r"[A-Za-z]+", text[max(0, start - 60) : start].lower())
    if words and words[-1] == "the":
        words.pop()
    return any(tuple(words[-len(cue) :]) == cue for cue in ORGANISATION_CUES)


_TICKER = re.compile(r"\(\s*(?:[A-Z][\w.-]*\s?)+:\s*$")
"""An exchange and a colon inside parentheses, before a stock symbol ("(NASDAQ: ", "(TSX: ")."""


def is_stock_symbol(text: str, start: int) -> bool:
    """Return True for capitals after an exchange's name and a colon inside parentheses
    ("Acme Corp. (NYSE: QRT)"): a company's stock symbol, which names it."""
    return bool(_TICKER.search(text[max(0, start - 40) : start]))


def beside_a_name_in_capitals(text: str, start: int, end: int) -> bool:
    """Return True when capitals stand next to a spoken name in capitals that is in no
    dictionary ("SAN FRANCISCO", "PORTO ALEGRE"): a place or an organisation in capitals."""
    before = re.search(r"([A-Z]+) $", text[max(0, start - 30) : start])
    after = re.match(r" ([A-Z]+)\b", text[end : end + 30])
    neighbours = [m.group(1) for m in (before, after) if m]
    return any(is_spoken_word(w) and not _in_dictionary(w.lower()) for w in neighbours)


def _in_dictionary(word: str) -> bool:
    """Return True for a stop word or a word with a dictionary lemma: shouted English
    ("GDPR COMPLIANT"), not a name."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from ...lang.wordforms import lemmas

    return word in STOP_WORDS or bool(lemmas(word))


def is_numbered_name(word: str) -> bool:
    """Return True for capitals with a number inside, two letters or more on each side
    (QX7LINK, AB1CD): a brand's spelling. An initialism with a digit stands for one word with
    it (B2B, P2P, W3C), so it has one letter on a side of the digit."""
    return bool(_INNER_NUMBER.match(word))


def is_spoken_word(word: str) -> bool:
    """Return True when a word in capitals can be read as a word (TORVALDEX, PLOVA), not
    letter by letter: five letters or more, enough vowels, no run of three consonants, and a
    start an English syllable can have."""
    if len(word) < MIN_SPOKEN_NAME or not word.isalpha() or not word.isupper():
        return False
    vowels = sum(ch in VOWELS for ch in word)
    if vowels / len(word) < MIN_VOWEL_SHARE:
        return False
    if re.search(r"[^AEIOUY]{3}", word):
        return False
    head = word[:2]
    return head[0] in VOWELS or head[1] in VOWELS or head in ONSETS


def _is_capitalised(word: str) -> bool:
    """Return True for a word with a capital first letter and small letters (Acme, BetaSoft)."""
    return word[:1].isupper() and any(ch.islower() for ch in word)


def is_title_case(text: str) -> bool:
    """Return True when most words of four letters or more after the first are capitalised (a
    heading in title case). Words in capitals are left out: they are what is being judged."""
    words = [w for w in _WORD.findall(text)[1:] if len(w) >= 4 and not w.isupper()]
    if len(words) < MIN_TITLE_WORDS:
        return False
    capitalised = sum(w[:1].isupper() for w in words)
    return capitalised >= TITLE_CASE_SHARE * len(words)


def _words_around(text: str, start: int, end: int) -> tuple[tuple[str, int] | None, str | None]:
    """Return the word just before (with its offset) and just after, on the same line."""
    before = re.search(r"([A-Za-z][\w'’&]*)[ \u00a0]+$", text[max(0, start - 40) : start])
    after = re.match(r"^[ \u00a0]+([A-Za-z][\w'’&]*)", text[end : end + 40])
    previous = None
    if before:
        previous = (before.group(1), start - len(before.group(0)))
    return previous, after.group(1) if after else None


def _is_first_word(text: str, offset: int) -> bool:
    """Return True when nothing but list marks or punctuation comes before the offset."""
    head = text[:offset]
    line = head.rsplit("\n", 1)[-1]
    return not re.search(r"[A-Za-z0-9]", line) or bool(re.search(r"[.!?:]\s+$", head))


def _ends_a_phrase(following: str | None) -> bool:
    """Return True when nothing, punctuation or a function word follows ("Acme CRM, ..."):
    capitals followed by a content word ("Acme CRM plugin") modify it instead of ending a name.
    Function words are spaCy's stop list, a closed class."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return following is None or following.lower() in STOP_WORDS


def after_a_name(text: str, start: int, end: int) -> bool:
    """Return True when capitals end a name, in a sentence that is not in title case: after a
    capitalised word that is not the sentence's first word ("with Acme CRM."), or after a first
    word that is no English word ("Zorbly OS is..."), and before punctuation or a function word.
    """
    if is_title_case(text):
        return False
    previous, following = _words_around(text, start, end)
    if not _ends_a_phrase(following):
        return False
    if previous is None or not _is_capitalised(previous[0]):
        return False
    word, offset = previous
    return not _is_first_word(text, offset) or not is_english_word(word.lower())


def is_name_shaped(item: str) -> bool:
    """Return True for a list item that reads as a name: capitalised words, one of which is
    camelCase (BetaSoft) or no English word (Zorbly)."""
    words = item.split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    return any(
        _is_capitalised(w) and (any(ch.isupper() for ch in w[1:]) or not is_english_word(w.lower()))
        for w in words
    )


def listed_with_names(text: str, start: int, end: int) -> bool:
    """Return True when capitals stand alone as an item of a list whose other items include a
    name (``Alpha, BetaSoft and QRZX``): the list names things of one kind."""
    left = _LIST_STOP.split(text[:start])[-1]
    right = _LIST_STOP.split(text[end:])[0]
    items = [i for i in _LIST_SPLIT.split(left + "\0" + right) if i.strip()]
    mine = [i for i in items if "\0" in i]
    if len(items) < 2 or not mine or mine[0].strip() != "\0":
        return False
    return any(is_name_shaped(i) for i in items if "\0" not in i)


def multiword_pattern(names: Iterable[str], ignore_case: bool) -> re.Pattern | None:
    """Return a pattern that finds any of the names of two words or more, longest first, as
    whole words (None when there are none). Capitals inside such a name are read as the name."""
    spaced = sorted({n.strip() for n in names if " " in n.strip()}, key=len, reverse=True)
    if not spaced:
        return None
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in spaced), flags)


def inside(pattern: re.Pattern | None, text: str, start: int) -> bool:
    """Return True when the offset falls inside a match of the pattern in the text."""
    if pattern is None:
        return False
    return any(m.start() <= start < m.end() for m in pattern.finditer(text))
