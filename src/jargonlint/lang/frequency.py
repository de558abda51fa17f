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
from dataclasses import dataclass
from functools import lru_cache

COMMON_ZIPF = 4.0
RARE_ZIPF = 3.3
MIN_COMPOUND_PART = 4


@lru_cache(maxsize=16384)
def zipf(word: str) -> float:
    """Return the Zipf frequency of a word in general English (0.0 when wordfreq lacks it)."""
    from .zipfcache import zipf_of  # wordfreq is imported only for a word not seen before

    return zipf_of(word.lower())


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
    # Why not data: English's regular inflectional endings are closed-class morphology.
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


VERY_RARE_ZIPF = 2.0
"""Below this, a closed compound ending in a technical stem is technical ("shortcode"); above
it, such compounds are everyday words ("postscript", "haystack")."""


@dataclass(frozen=True)
class TechnicalParts:
    """The word parts that show a rare word is technical (the pack's ``stems``, prefixes…)."""

    stems: frozenset[str] = frozenset()
    prefixes: frozenset[str] = frozenset()
    suffixes: frozenset[str] = frozenset()
    strong_prefixes: frozenset[str] = frozenset()

    def split_reason(self, left: str, right: str, word: str) -> str | None:
        """Return why one split of a word shows it is technical, or None."""
        if left in self.strong_prefixes and len(right) >= 3:
            return f"{left}- prefix"
        if left in self.prefixes and right in self.stems:
            return f"{left}- on a technical stem"
        if right in self.suffixes and left in self.stems:
            return f"-{right} on a technical stem"
        if left in self.stems and right in self.stems:
            return "compound of technical stems"
        return self._compound_reason(left, right, word)

    def _compound_reason(self, left: str, right: str, word: str) -> str | None:
        if left in self.stems and min(len(left), len(right)) >= MIN_COMPOUND_PART:
            # A technical modifier on an everyday head: "datastore", "codebase". Short stems
            # (app, bot) and stems as heads hide in everyday words (haystack, postscript).
            return "technical compound" if zipf(right) >= RARE_ZIPF else None
        if right in self.stems and len(left) >= 3 and zipf(word) < VERY_RARE_ZIPF:
            return "everyday word on a technical stem" if zipf(left) >= COMMON_ZIPF else None
        return None


def technical_shape(
    word: str,
    stems: frozenset[str],
    prefixes: frozenset[str],
    suffixes: frozenset[str],
    strong_prefixes: frozenset[str],
) -> str | None:
    """Return why a rare word looks technical (a short reason), or None when nothing shows it.

    Evidence: a strong prefix (cyber-, crypto-); a prefix (micro-, multi-) on a technical stem;
    a technical stem with a suffix (-ware, -ops, -less, -ize); two technical stems (webserver);
    a technical stem of four letters or more before an everyday word (datastore); a very rare
    word whose head is a technical stem after an everyday word (shortcode); camelCase with a
    technical part (TypeScript).
    """
    if is_camel_case(word):
        # camelCase is mostly brand names (ShopFunnel, a product in the cloud): a technical
        # name is made of technical stems and fragments that are no English word (QuxScript).
        return "camelCase technical name" if _technical_camel(word, stems) else None
    parts = TechnicalParts(stems, prefixes, suffixes, strong_prefixes)
    lower = word.lower()
    for left, right in split_parts(lower):
        reason = parts.split_reason(left, right, lower)
        if reason:
            return reason
    return None


def _technical_camel(word: str, stems: frozenset[str]) -> bool:
    parts = camel_parts(word)
    if not any(part in stems for part in parts):
        return False
    return all(part in stems or (len(part) >= 2 and zipf(part) < RARE_ZIPF) for part in parts)


def camel_parts(word: str) -> list[str]:
    """Return the lower-case parts of a camelCase word (TypeScript → type, script)."""
    return [p.lower() for p in re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", word)]


@lru_cache(maxsize=4096)
def is_english_word(word: str) -> bool:
    """Return True when the lower-case word is ordinary English (a stop word or a known lemma).

    This tells shouted words ("FREE", "SHIPPING", "NOW") from initialisms: lemminflect's
    dictionary holds open-class English words and no initialisms, spaCy's stop words hold the
    function words. A frequent word with a vowel (a name such as "OSLO", "MAX") also
    counts: initialisms are rare in general text, the more so the longer they are.
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    from .wordforms import lemmas

    lower = word.lower()
    if lower in STOP_WORDS or lemmas(lower):
        return True
    if len(lower) >= 3 and re.search(r"[aeiouy]", lower):
        return zipf(lower) >= (3.5 if len(lower) >= 4 else 4.5)
    return False
