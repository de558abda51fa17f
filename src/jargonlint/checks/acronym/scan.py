"""Finding acronym-shaped words in prose and telling acronyms from words, names, units, numerals.

Works on plain text with character offsets, so it needs only the cheap stage's sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ...lang.frequency import is_english_word
from .lexicon import Lexicon, acronym_key

# A word of letters and digits, possibly joined by & or ; (R&D, AT&T, TL;DR). Hyphens and
# slashes split words, so "AI-powered" gives "AI" and "CI/CD" gives "CI" and "CD".
_WORD = re.compile(r"[A-Za-z0-9]+(?:[&;][A-Za-z0-9]+)*")
# Stretches that are not prose words: web addresses, e-mail addresses, handles, hashtags, paths.
_NOT_PROSE = re.compile(
    r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|(?<!\w)[@#]\w+|\w*[/\\]\w+\.\w+|\w+_\w+"
)
_ROMAN = re.compile(r"^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_NUMBER_PREFIX = re.compile(r"^(\d+(?:\.\d+)?)([A-Za-z]+)$")
_APOSTROPHE = "'’"


@dataclass(frozen=True)
class Candidate:
    """An acronym-shaped word in a text: where it is, how it is written, its lookup key."""

    start: int
    end: int
    """End of the acronym as written, plural ``s`` included, possessive ``'s`` not."""
    surface: str
    key: str
    plural: bool = False


def _counts(word: str) -> tuple[int, int]:
    upper = sum(ch.isupper() for ch in word)
    lower = sum(ch.islower() for ch in word)
    return upper, lower


def acronym_shape(word: str) -> bool:
    """Return True when a word is written like an acronym (SLA, B2B, 2FA, IoT, SaaS, eCRM).

    All capitals need two capital letters (so "4K" or "A4" are not taken). Mixed case needs at
    least as many capitals as small letters and no run of three small letters, which keeps
    names made of capitalised words (GitHub, PayPal, iPhone) out.
    """
    upper, lower = _counts(word)
    if upper < 2:
        return False
    if lower == 0:
        return True
    return upper >= lower and not re.search(r"[a-z]{3}", word)


def looks_like_name(word: str, text: str, start: int, end: int) -> bool:
    """Return True when a capitalised word of unknown letters reads as a name, not an acronym.

    Used only for letters the glossary does not know: two capitals (initials, states, product
    suffixes such as "VE"), a pronounceable word in capitals (TORVALDEX, a surname), capitals
    joined to a capitalised word (QuadMag, QRBook), a name marked with ™ or ®, or the label
    at the start of a block that the rest of the line describes ("QRB: ...").
    """
    if re.search(r"[A-Z][a-z]{2,}$", word):
        return True
    if word.isupper() and len(word) == 2 and word.isalpha():
        return True
    if word.isalpha() and word.isupper() and len(word) >= 6:
        vowels = sum(ch in "AEIOU" for ch in word)
        if vowels / len(word) >= 0.28:
            return True
    if re.match(r"^(?:[ \u00a0]+[A-Z][\w-]*)*[ \u00a0]*[™®]", text[end : end + 60]):
        return True
    head = text[:start].strip(" \t-*#>")
    return not head and bool(re.match(r"^\s*[:–—]", text[end:]))


def split_plural(word: str) -> tuple[str, bool]:
    """Return the singular of an acronym word (KPIs → KPI) and whether it was plural."""
    if len(word) > 2 and word.endswith("s") and word[:-1].isupper() and _counts(word[:-1])[0] >= 2:
        return word[:-1], True
    return word, False


def is_roman_numeral(word: str, previous: str) -> bool:
    """Return True for a Roman numeral: only I, V and X (II, IV, XII), or after a capitalised
    word (Part XL, Henry VIII). Letters like CLI or CI are Roman-shaped but are acronyms."""
    if not word or not _ROMAN.match(word):
        return False
    if set(word) <= set("IVX"):
        return True
    return bool(previous) and previous[:1].isupper() and previous[1:].islower()


def masked_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of text that are addresses, handles or identifiers, not prose words."""
    return [m.span() for m in _NOT_PROSE.finditer(text)]


def _inside(start: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= start < b for a, b in spans)


def _previous_word(text: str, start: int) -> str:
    match = re.search(r"([A-Za-z]+)[^A-Za-z\n]{0,2}$", text[max(0, start - 40) : start])
    return match.group(1) if match else ""


def _is_contraction(text: str, end: int, word: str) -> bool:
    """Return True for shouted contractions: DON'T, WE'RE, IT'S (not the possessive SLA's)."""
    if end + 1 >= len(text) or text[end] not in _APOSTROPHE or not text[end + 1].isalpha():
        return False
    rest = re.match(r"[A-Za-z]+", text[end + 1 :])
    tail = rest.group(0) if rest else ""
    if tail.lower() != "s":
        return True
    from spacy.lang.en.stop_words import STOP_WORDS

    return word.lower() in STOP_WORDS


def _capitalised_words(text: str) -> Iterator[re.Match]:
    """Yield the words with two capitals or more: no other word is acronym-shaped, and most
    words are skipped here before any costlier test."""
    for match in _WORD.finditer(text):
        word = match.group(0)
        if not (word.islower() or (word[:1].isupper() and word[1:].islower())):
            yield match


def find_candidates(text: str, lexicon: Lexicon) -> list[Candidate]:
    """Return the acronym-shaped words of a text that are not units, numerals or contractions.

    Whether a candidate is a known acronym, a brand or an ordinary word is decided later, by
    the caller, because some of those decisions need the words around it.
    """
    masked = masked_spans(text)
    found: list[Candidate] = []
    for match in _capitalised_words(text):
        start, end = match.span()
        word = match.group(0)
        before = text[start - 1] if start else ""
        after = text[end : end + 2]
        # Part of a dotted name, a version or a file name (Node.js, ASP.NET, README.md, AB·C).
        if before in ".·" and start >= 2 and text[start - 2].isalnum():
            continue
        if after[:1] in ".·" and after[1:2].isalnum():
            continue
        if _inside(start, masked):
            continue
        number = _NUMBER_PREFIX.match(word)
        if number and acronym_key(number.group(2)) in lexicon.units | lexicon.known:
            continue  # 16GB, 10AM
        singular, plural = split_plural(word)
        if not acronym_shape(singular):
            continue
        key = acronym_key(singular)
        if key not in lexicon.glossary and is_roman_numeral(singular, _previous_word(text, start)):
            continue
        if _is_contraction(text, end, word):
            continue
        found.append(Candidate(start, end, word, _versioned_key(key, lexicon), plural))
    return _join_multiword(text, found, lexicon)


def _versioned_key(key: str, lexicon: Lexicon) -> str:
    """Return the key without a version or year number when the letters are listed
    (HTML5 → HTML, FY24 → FY, MP3 stays MP3, WPA2 stays WPA2)."""
    if lexicon.listed(key):
        return key
    letters = key.rstrip("0123456789")
    if letters != key and len(letters) >= 2 and lexicon.listed(letters):
        return letters
    return key


def _join_multiword(text: str, found: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """Return candidates with two-word glossary acronyms joined (SOC 2, PCI DSS)."""
    result: list[Candidate] = []
    skip_until = -1
    for candidate in found:
        if candidate.start < skip_until:
            continue
        full = lexicon.multiword.get(candidate.key)
        if full is not None:
            tail = re.match(r"[ \u00a0-]?([A-Za-z0-9]+)", text[candidate.end :])
            if tail and acronym_key(candidate.surface + tail.group(1)) == full:
                end = candidate.end + tail.end()
                result.append(Candidate(candidate.start, end, text[candidate.start : end], full))
                skip_until = end
                continue
        result.append(candidate)
    return result


def is_shouting(text: str) -> bool:
    """Return True when most words of a sentence are capitals and some are ordinary words.

    "FREE SHIPPING ON ALL ORDERS" shouts; "SLA, KPI and CRM" lists acronyms and does not.
    """
    words = re.findall(r"[A-Za-z][A-Za-z'’]*", text)
    if len(words) < 2:
        return False
    caps = [w for w in words if len(w) >= 2 and w.isupper()]
    if len(caps) < 2 or len(caps) < 0.6 * len(words):
        return False
    ordinary = [w for w in caps if is_english_word(w.strip("'’"))]
    return len(ordinary) >= 2
