"""General-English word frequency (wordfreq) and the shape tests that tell jargon from rare words.

Frequency bands follow the De-Jargonizer (Rakedzon et al., PLOS ONE 2017), which ranks words by
their count in ~90 million words of BBC news and calls the top ~2,000 word families common and
words beyond the ~9,000-family level rare (jargon). wordfreq gives a Zipf value (log10 of
occurrences per billion words) instead of a rank; the cut-offs below are the Zipf values at the
same ranks in wordfreq's English list:

- ``COMMON_ZIPF = 4.0``: ~7,200 word types have Zipf >= 4.0, about the top 2,000-3,000 word
  families (a family averages 2-3 types); it is also ~1,000 occurrences in 90 million words
  (Zipf 4.05), the count the De-Jargonizer's common words start near.
- ``RARE_ZIPF = 3.3``: ~20,000 word types have Zipf >= 3.3, about the 9,000-family level.
  It agrees with the De-Jargonizer's own published colouring: "disorder" (Zipf 4.31) common,
  "physiology" (3.61) mid-frequency, "functionally" (3.19) and "recapitulate" (1.88) jargon.
  (A raw 50-occurrence cut would be Zipf 2.74, but wordfreq's web and subtitle sources count
  technical words far more often than BBC news does: "specifications" 3.95 vs ~3.0.)

``is_english_word`` tells ordinary English words from initialisms (shouted "FREE" from "SLA").
"""

from __future__ import annotations

import re
from functools import lru_cache

COMMON_ZIPF = 4.0
RARE_ZIPF = 3.3
MIN_COMPOUND_PART = 4


@lru_cache(maxsize=16384)
def zipf(word: str) -> float:
    """Return the Zipf frequency of a word in general English (0.0 when wordfreq lacks it)."""
    from wordfreq import zipf_frequency  # imported lazily: no work at import time

    return zipf_frequency(word.lower(), "en")


def band(word: str) -> str:
    """Return the De-Jargonizer band of a word: ``common``, ``mid`` or ``rare``."""
    value = zipf(word)
    if value >= COMMON_ZIPF:
        return "common"
    return "mid" if value >= RARE_ZIPF else "rare"


@lru_cache(maxsize=16384)
def word_zipf(word: str) -> float:
    """Return the Zipf frequency of the most frequent simple base form of a word.

    A plural or past form can be rarer than its base ("workflows" 2.45, "workflow" 3.16); the
    reader who knows the base knows the form, so the base decides.
    """
    lower = word.lower()
    forms = {lower}
    for ending, replacement in (
        ("ies", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
    ):
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:
            base = lower[: -len(ending)] + replacement
            forms.add(base)
            if not replacement and len(base) > 3 and base[-1] == base[-2]:
                forms.add(base[:-1])  # "lapping" is a form of "lap"
    return max(zipf(form) for form in forms)


def is_initialism(text: str) -> bool:
    """Return True for an all-caps or mixed-case initialism (SLA, IoT, SaaS, gRPC): never a term.

    Those belong to the acronym rule. A camelCase word (JavaScript, TypeScript) has far more lower-
    than upper-case letters and is not an initialism.
    """
    letters = [c for c in text if c.isalpha()]
    upper = sum(1 for c in letters if c.isupper())
    if upper < 2:
        return False
    return upper * 2 >= len(letters) or len(letters) <= 5


def is_camel_case(text: str) -> bool:
    """Return True for a word with an upper-case letter after a lower-case one (TypeScript)."""
    return not is_initialism(text) and any(
        a.islower() and b.isupper() for a, b in zip(text, text[1:], strict=False)
    )


def split_parts(word: str, min_part: int = 3) -> list[tuple[str, str]]:
    """Return every split of a lower-case word into two parts of at least ``min_part`` letters."""
    lower = word.lower()
    return [(lower[:i], lower[i:]) for i in range(min_part, len(lower) - min_part + 1)]


def technical_shape(
    word: str,
    stems: frozenset[str],
    prefixes: frozenset[str],
    suffixes: frozenset[str],
    strong_prefixes: frozenset[str],
) -> str | None:
    """Return why a rare word looks technical (a short reason), or None when nothing shows it.

    Evidence: a strong prefix (cyber-, crypto-); a prefix (micro-, multi-) on a technical stem;
    a technical stem with a suffix (-ware, -ops, -less, -ize); a technical stem of four letters
    or more before an everyday word (datastore); camelCase only when all its parts are technical.
    """
    lower = word.lower()
    camel = is_camel_case(word)
    for left, right in split_parts(lower):
        if left in strong_prefixes and len(right) >= 3:
            return f"{left}- prefix"
        if left in prefixes and right in stems:
            return f"{left}- on a technical stem"
        for suffix in suffixes:
            if right == suffix and left in stems:
                return f"-{suffix} on a technical stem"
        if camel:
            # camelCase is mostly brand names (ShopFunnel); only all-technical parts count.
            if left in stems and (right in stems or right in suffixes):
                return "camelCase technical compound"
        elif (
            left in stems
            and min(len(left), len(right)) >= MIN_COMPOUND_PART
            and zipf(right) >= RARE_ZIPF
        ):
            # A technical modifier on an everyday head: "datastore", "codebase". Short stems
            # (app, bot) and stems as heads (haystack, postscript) hide in everyday words.
            return "technical compound"
    return None


@lru_cache(maxsize=4096)
def is_english_word(word: str) -> bool:
    """Return True when the lower-case word is ordinary English (a stop word or a known lemma).

    This tells shouted words ("FREE", "SHIPPING", "NOW") from initialisms: lemminflect's
    dictionary holds open-class English words and no initialisms, spaCy's stop words hold the
    function words. A frequent word with a vowel (a name such as "VIENNA", "MAX") also
    counts: initialisms are rare in general text, the more so the longer they are.
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    from .wordforms import lemmas

    lower = word.lower()
    if lower in STOP_WORDS or lemmas(lower):
        return True
    if len(lower) >= 3 and re.search(r"[aeiouy]", lower):
        from wordfreq import zipf_frequency

        return zipf_frequency(lower, "en") >= (3.5 if len(lower) >= 4 else 4.5)
    return False
