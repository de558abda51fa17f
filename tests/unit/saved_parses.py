"""Parses written out by hand, so parser repairs are tested without the model.

``parse("Tidyup|NN|nsubj|1 automates|VBZ|ROOT|1 close|NN|dobj|1")`` builds a spaCy Doc with
each token's tag, dependency label and head index (and, optionally, ``|lemma`` last). The coarse
part of speech follows from the tag as the English models' attribute ruler maps it.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

_VOCAB = spacy.blank("en").vocab
POS_OF_TAG = {
    "NN": "NOUN",
    "NNS": "NOUN",
    "NNP": "PROPN",
    "NNPS": "PROPN",
    "VB": "VERB",
    "VBD": "VERB",
    "VBG": "VERB",
    "VBN": "VERB",
    "VBP": "VERB",
    "VBZ": "VERB",
    "MD": "AUX",
    "JJ": "ADJ",
    "JJS": "ADJ",
    "RB": "ADV",
    "PRP": "PRON",
    "PRP$": "PRON",
    "DT": "DET",
    "IN": "ADP",
    "TO": "PART",
    "CC": "CCONJ",
    "CD": "NUM",
    "WDT": "PRON",
    "POS": "PART",
    ".": "PUNCT",
    ",": "PUNCT",
    ":": "PUNCT",
    "HYPH": "PUNCT",
}


def parse(written: str) -> Doc:
    """Return a Doc from "word|TAG|dep|head[|lemma]" items separated by spaces."""
    words, tags, deps, heads, lemmas = [], [], [], [], []
    for item in written.split():
        word, tag, dep, head, *lemma = item.split("|")
        words.append(word)
        tags.append(tag)
        deps.append(dep)
        heads.append(int(head))
        lemmas.append(lemma[0] if lemma else word.lower())
    spaces = [not (i + 1 < len(words) and words[i + 1] in ".,:") for i in range(len(words))]
    return Doc(
        _VOCAB,
        words=words,
        spaces=spaces,
        tags=tags,
        pos=[POS_OF_TAG.get(t, "X") for t in tags],
        deps=deps,
        heads=heads,
        lemmas=lemmas,
    )
