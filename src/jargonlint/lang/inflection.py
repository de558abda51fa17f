"""Word forms and inflection (lemminflect): lemma matching and replacements in the found form."""

from __future__ import annotations

from functools import lru_cache

from .wordforms import inflections, lemmas, oov_inflections

# When a form could carry several tags, the most common reading in copy comes first. Penn
# Treebank tags are a closed set (the tagger's), so they stay in code.
TAG_PREFERENCE = (
    "VBZ",
    "VBD",
    "VBN",
    "VBG",
    "VBP",
    "VB",
    "NNS",
    "NN",
    "JJR",
    "JJS",
    "JJ",
    "RBR",
    "RBS",
    "RB",
)

UPOS_OF_TAG = {"VB": "VERB", "NN": "NOUN", "JJ": "ADJ", "RB": "ADV"}


@lru_cache(maxsize=4096)
def word_forms(word: str) -> frozenset[str]:
    """Return the lower-case inflections of ``word`` (all parts of speech), including itself."""
    lower = word.lower()
    forms = {lower}
    for values in inflections(lower).values():
        forms.update(v.lower() for v in values)
    return frozenset(forms)


def tags_of_form(lemma: str, form: str) -> list[str]:
    """Return the Penn tags under which ``form`` is an inflection of ``lemma``, best first."""
    form = form.lower()
    found = {
        tag
        for tag, values in inflections(lemma.lower()).items()
        if form in (v.lower() for v in values)
    }
    if form == lemma.lower():
        found.update({"VB", "VBP", "NN", "JJ", "RB"})
    return [tag for tag in TAG_PREFERENCE if tag in found]


def lemma_of(form: str) -> str:
    """Return the most likely lemma of a word form (the form itself when unknown)."""
    for upos in ("VERB", "NOUN", "ADJ", "ADV"):
        found = lemmas(form.lower(), upos)  # remembered on disk: no table load next run
        if found:
            return next(iter(found.values()))[0]
    return form.lower()


def inflection(lemma: str, tag: str) -> tuple[str, ...]:
    """Return ``lemminflect.getInflection(lemma, tag)``, answered from the on-disk tables.

    The same steps as lemminflect's: the dictionary forms under the tag, then under its
    alternate tags (VBD for VBN, RB for JJ...), then its rules for unknown words. A lemma with
    capitals or a proper-noun tag (where lemminflect keeps the capitals) asks lemminflect.
    """
    from lemminflect.core.LexicalUtils import pennTagAlts, tagToUPos

    upos = tagToUPos(tag)
    if not lemma.islower() or upos not in UPOS_OF_TAG.values():
        from lemminflect import getInflection

        return getInflection(lemma, tag=tag)
    forms = inflections(lemma)
    form = forms.get(tag)
    for alternative in pennTagAlts(tag) if form is None else ():
        form = forms.get(alternative)
        if form:
            break
    if form is None:
        form = oov_inflections(lemma, upos).get(tag)
    return tuple(form) if form is not None else ()


def inflect(word: str, tag: str) -> str | None:
    """Return ``word`` inflected for the Penn ``tag``, or None when lemminflect cannot."""
    if tag in ("VB", "NN", "JJ", "RB"):
        return word
    if tag not in TAG_PREFERENCE:  # NNP, MD, ...: nothing to inflect for
        return None
    lower = word.lower()
    # As lemminflect's getInflection: the dictionary first, then its rules for unknown words.
    forms = inflections(lower).get(tag) or oov_inflections(lower, UPOS_OF_TAG[tag[:2]]).get(tag)
    if forms:
        return forms[0]
    return word if tag == "VBP" else None


def match_case(replacement: str, original: str, sentence_start: bool) -> str:
    """Return ``replacement`` capitalised like ``original``.

    A capital that only marks the start of a sentence carries over; one that belongs to the
    word itself (an acronym in "AI-powered") does not, since the replacement is another word.
    """
    if original.isupper() and len(original) > 1:  # shouting: keep shouting
        return replacement.upper()
    if sentence_start and original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def inflect_replacement(
    replacement: str, lemma: str, found: str, tag: str | None
) -> tuple[str, bool]:
    """Return the replacement put in the form of ``found`` and whether that form is certain.

    ``tag`` is the parser's tag when the sentence was parsed; otherwise every tag the found
    form could carry is tried, and the result is uncertain when they disagree.
    """
    first, _, rest = replacement.partition(" ")
    if first.lower() == lemma.lower():  # same verb ("be able to" for "be in a position to")
        return f"{found} {rest}" if rest else found, True
    tags = [tag] if tag else tags_of_form(lemma, found) or ["VB"]
    candidates = {inflect(first, t) for t in tags}
    candidates.discard(None)
    if not candidates:
        return replacement, False
    word = inflect(first, tags[0]) or first
    text = f"{word} {rest}" if rest else word
    return text, len(candidates) == 1
