"""The text a sentence is parsed as: offsets kept, the parser's known stumbles smoothed.

- Soft line breaks become spaces (a break inside a sentence confuses the parser).
- A Title Case heading is parsed in sentence case: the small model reads a run of capitalised
  words as one proper name ("the First Stock Counter You Can Run" → a compound of names), so
  ordinary words are lower-cased; runs holding a made-up word (names) and initialisms keep
  their case. Model: en_core_web_sm 3.8.0 (see checks.hero.repairs).
- A line's label is kept apart from the text after it (``labels.mark_label``).

Every change keeps each character where it was, so token offsets still point into the
original sentence; a check that needs a word as written reads it from the sentence text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from .frequency import zipf
from .labels import mark_label

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
NAME_ZIPF = 3.0
"""A capitalised word rarer than this (Zipf) is a made-up name (Proxmox, Tidyup), and the run
of capitalised words around it is the name."""
TITLE_SHARE = 0.6
MIN_TITLE_WORDS = 3


def _title_word(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:].islower()


def is_title_case(text: str) -> bool:
    """Return True when most words of a line are capitalised ("Built For Teams That Ship")."""
    words = [w for w in WORD.findall(text) if len(w) > 3]
    if len(words) < MIN_TITLE_WORDS:
        return False
    return sum(_title_word(w) for w in words) >= TITLE_SHARE * len(words)


def _runs(text: str) -> list[list[re.Match]]:
    """Return the runs of words joined by single spaces ("About Proxmox Server Solutions")."""
    runs: list[list[re.Match]] = []
    for match in WORD.finditer(text):
        joined = runs and text[runs[-1][-1].end() : match.start()] == " "
        if joined and _title_word(match.group(0)) and _title_word(runs[-1][-1].group(0)):
            runs[-1].append(match)
        else:
            runs.append([match])
    return runs


def _keeps_case(run: list[re.Match]) -> bool:
    """Return True for a run holding a rare capitalised word: a name ("Harbour Cloud Suite")."""
    return any(_title_word(m.group(0)) and zipf(m.group(0).lower()) < NAME_ZIPF for m in run)


def sentence_case(text: str) -> str:
    """Return a Title Case line with its ordinary words lower-cased (same length, same offsets).

    The first word keeps its capital; so do initialisms and runs of capitalised words that
    hold a rare word, which are names ("Harbour Cloud Suite").
    """
    chars = list(text)
    for index, run in enumerate(_runs(text)):
        if _keeps_case(run):
            continue
        for position, match in enumerate(run):
            word = match.group(0)
            lowered = word.lower()
            first = index == 0 and position == 0
            if not first and _title_word(word) and len(lowered) == len(word):
                chars[match.start() : match.end()] = lowered
    return "".join(chars)


def parse_input(make_doc: Callable[[str], Doc], text: str, heading: bool = False) -> Doc:
    """Return the Doc to hand the parser for one sentence (see the module docstring)."""
    text = text.replace("\n", " ").replace("\r", " ")
    if heading and is_title_case(text):
        text = sentence_case(text)
    return mark_label(make_doc(text))
