"""The document's own names: which products and companies a document talks about.

Copy rarely lists its product in a config; it names it. This module finds those names in the
document itself, from the cheap tokens only (it runs before any sentence is parsed), and says
whether each is a product or a company from how the document uses it.

API (for the hero, claim and acronym rules)::

    names = document_names(analyzed_document, config, cues)   # computed once per document
    names.kind_of("Tidyup")      # "product" | "company" | "unknown" | None (not a name)
    names.find(tokens)           # the Name a run of tokens mentions, or None
    names.main_product / names.main_company   # the document's main product and company
    names.pronoun_kind("it")     # "product" | "company" | None: what a sentence-initial
                                 # "it"/"they" stands for when nothing nearer does
    names.first_words            # lower-case first words of every name (parse triggers)
    names.names                  # every Name: text, kind, mentions, evidence

Where a name comes from (its ``evidence``):
- ``config``: the config's ``product-names`` / ``company-names`` (kind given);
- ``mark``: written with ™ or ®;
- ``title``: in the document's title (first heading, title or front matter) and used again
  (an ordinary word opening sentences only when a product cue confirms it: "Notice automates…");
- ``repeated``: a capitalised word sequence used at least twice in the middle of sentences of
  body text (a heading's Title Case does not count), that is a rare word or shows a usage cue;
- ``we``: the company of a "we"-sentence ("At Acme, we…", "We are Acme");
- ``alias``: the initialism a document gives a name ("Harbour Cloud Suite (HCS)");
- ``opening``: a run that opens at least two body sentences and is used as a product at least
  twice ("Harbour Notes is an app…", "Harbour Notes automates…").

Its kind, from cues counted over every mention: a legal form or a company noun after it
("Acme Ltd", "the Acme team"), a company verb after it ("Acme was founded"), a "we"-sentence,
"is a … firm" → company; a product noun after it ("Acme app"), "is a … platform", a version
number, a capability verb after it ("Acme automates"), a use verb before it ("install Acme")
→ product. No cue either way leaves it ``unknown`` (the hero rule decides from the predicate).

``NameCues`` carries the open-class word lists (from the packs); legal forms, pronouns and
punctuation are closed classes and stay here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..lang.frequency import zipf
from ..lang.labels import label_length
from ..lang.wordforms import lemmas as verb_lemmas
from .memo import MemoKey

if TYPE_CHECKING:
    from .base import AnalyzedDocument

PRODUCT, COMPANY, UNKNOWN = "product", "company", "unknown"
MARKS = ("™", "®")
LEGAL_FORMS = frozenset(
    {"ag", "co", "co.", "corp", "corp.", "gmbh", "inc", "inc.", "llc", "llp", "ltd", "ltd."}
    | {"limited", "plc", "pty", "s.a.", "sa", "sarl", "srl"}
)
"""Legal forms of a company: a closed class."""
WE_WORDS = frozenset({"we", "our", "us", "we're", "we've"})
NOT_NAMES = frozenset({"i", "i'm", "i've", "i'll", "i'd", "ok", "okay"})
SENTENCE_PUNCT = frozenset({".", "!", "?", ":", ";", '"', "“", "‘", "(", "[", "•", "*", "—", "–"})
"""After these a capital starts a sentence or a quotation, so it proves nothing."""
BE_FORMS = frozenset({"is", "was", "'s", "’s", "remains", "became", "has become"})
ARTICLES = frozenset({"a", "an", "the"})
TITLE_KINDS = frozenset({"title", "front-matter", "heading"})
BODY_KINDS = frozenset({"paragraph", "list-item", "table-cell", "blockquote", "text"})
COMMON_ZIPF = 4.0
"""A capitalised word rarer than this (Zipf) is a name whatever its use (Tidyup, Quillo)."""
MIN_REPEATS = 2
OPENER_ZIPF = 5.0
"""Words opening sentences at least this common (This, Our, Each) are not names."""
LOOKAHEAD = 6
"""How far after "is a" a product or company noun may come ("is an open-source booking app")."""


@dataclass(frozen=True)
class NameCues:
    """Open-class words that tell a product from a company (from the packs)."""

    product_nouns: frozenset[str] = frozenset()
    """app, platform, plugin…: "Acme app", "Acme is a booking platform"."""
    company_nouns: frozenset[str] = frozenset()
    """team, company, firm…: "the Acme team", "Acme is a family firm"."""
    product_verbs: frozenset[str] = frozenset()
    """Verbs a product does (automate, sync…): "Acme automates…" (lemmas)."""
    company_verbs: frozenset[str] = frozenset()
    """Verbs only a company does (found, hire…): "Acme was founded…" (lemmas)."""
    use_verbs: frozenset[str] = frozenset()
    """Verbs whose object is a product (install, download…): "install Acme" (lemmas)."""


@dataclass(frozen=True)
class Name:
    """One name the document uses, with its kind and why it was taken for a name."""

    text: str
    """The name as first written ("Tidyup", "Harbour Cloud")."""
    kind: str
    """product | company | unknown"""
    mentions: int = 0
    evidence: frozenset[str] = frozenset()
    """config | mark | title | repeated | we | alias (a bracketed short form of a name)"""

    @property
    def words(self) -> tuple[str, ...]:
        """Return the name's words, lower case."""
        return tuple(self.text.lower().split())


@dataclass(frozen=True)
class DocumentNames:
    """The product and company names of one document, and what "it"/"they" stand for."""

    names: tuple[Name, ...] = ()
    main_product: Name | None = None
    main_company: Name | None = None

    @property
    def first_words(self) -> frozenset[str]:
        """Return the lower-case first word of every name (what makes a sentence mention one)."""
        return frozenset(name.words[0] for name in self.names if name.words)

    def kind_of(self, text: str) -> str | None:
        """Return the kind of the name ``text`` is or holds, or None when it holds none."""
        found = self.find(text.split())
        return found.kind if found is not None else None

    def find(self, words: Sequence[str] | Sequence[Token]) -> Name | None:
        """Return the longest name whose words appear in order in ``words`` (case-insensitive
        for config names, case-sensitive for names found in the text), or None."""
        texts = [w if isinstance(w, str) else w.text for w in words]
        best: Name | None = None
        for name in self.names:
            if _holds(texts, name) and (best is None or len(name.words) > len(best.words)):
                best = name
        return best

    def pronoun_kind(self, pronoun: str) -> str | None:
        """Return what a sentence-initial "it" (the main product, else the main company) or
        "they" (the main company) stands for, or None."""
        lower = pronoun.lower()
        if lower == "it":
            if self.main_product is not None:
                return PRODUCT  # the title's name of no other kind is the page's product
            return self.main_company.kind if self.main_company is not None else None
        if lower == "they" and self.main_company is not None:
            return COMPANY
        return None


def _holds(texts: Sequence[str], name: Name) -> bool:
    parts = name.text.split()
    configured = "config" in name.evidence
    words = [t.lower() for t in texts] if configured else [_bare(t) for t in texts]
    wanted = [p.lower() for p in parts] if configured else parts
    size = len(wanted)
    return any(words[i : i + size] == wanted for i in range(len(words) - size + 1))


def _bare(text: str) -> str:
    """Return a token's text without a trailing ™/® (tokenizers keep some attached)."""
    return text.rstrip("".join(MARKS))


def document_names(document: AnalyzedDocument, config=None, cues: NameCues | None = None):
    """Return the document's DocumentNames, computed once per document and cue set."""
    cues = cues or NameCues()
    key = (cues, _config_names(config))
    if key not in document.names:
        document.names[key] = discover(document, *key)
    return document.names[key]


def _config_names(config) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if config is None:
        return (), ()
    return tuple(config.product_names), tuple(config.company_names)


# --- discovery -------------------------------------------------------------------------------


@dataclass
class _Tally:
    """What the document says about one candidate name while it is being read."""

    text: str
    body_mentions: int = 0
    mentions: int = 0
    evidence: set[str] = field(default_factory=set)
    product: int = 0
    company: int = 0


@dataclass(frozen=True)
class Mention:
    """One mention of a candidate name, with the words around it (what the cues read)."""

    key: tuple[str, ...]
    body: bool
    """In body text, not at a sentence opening: its capital says it is a name."""
    marked: bool
    """Ends on (or just before) ™ or ®."""
    after: tuple[str, ...]
    """Lower-case words after it (marks left out), as far as the cues look."""
    before: tuple[str, ...]
    """Up to three lower-case words before it."""
    sentence: frozenset[str]
    """Every lower-case word of its sentence."""


@dataclass(frozen=True)
class NameScan:
    """What name discovery reads from a document whatever the cue words: its candidates and
    every mention of them in reading order. Computed once per document (``name_scan``)."""

    title: frozenset[str]
    titled: frozenset[tuple[str, ...]]
    openers: frozenset[tuple[str, ...]]
    mentions: tuple[Mention, ...]
    brackets: tuple[tuple[tuple[str, ...], str], ...]
    """(run, initialism) for each run followed by a bracketed initialism, in reading order."""
    counts: dict[str, int]
    """How often each bracketed initialism of ``brackets`` occurs in the document."""


NAME_SCAN: MemoKey[NameScan] = MemoKey("name-scan")

_Read = tuple[list[Token], str, list[tuple[int, int]]]
"""One sentence as discovery reads it: its cheap tokens, its block's kind, its name runs."""


def name_scan(document: AnalyzedDocument) -> NameScan:
    """Return the document's NameScan, computed once per document (kept in its memo)."""
    return document.memo.remember(NAME_SCAN, lambda: scan(document))


def scan(document: AnalyzedDocument) -> NameScan:
    """Return the cue-independent part of discovery: the candidates (runs of capitals in the
    middle of body sentences, runs marked ™/®, runs of rare words anywhere), then every
    mention of a candidate, also inside a longer run ("Install Tidyup", a Title Case heading).
    """
    sentences: list[_Read] = []
    for sentence in document.sentences:
        tokens = list(sentence.light)
        sentences.append((tokens, _block_kind(document, sentence.block_index), name_runs(tokens)))
    title = _title_words(document)
    candidates = _candidates(sentences)
    titled = _title_candidates(sentences, title, candidates)
    openers = _opening_candidates(sentences, candidates | titled)
    candidates |= titled | openers
    mentions: list[Mention] = []
    brackets: list[tuple[tuple[str, ...], str]] = []
    for tokens, kind, runs in sentences:
        words = frozenset(t.lower_ for t in tokens) if runs else frozenset()
        for start, end in runs:
            for first, last in _mentions(tokens, start, end, candidates):
                mentions.append(_mention(tokens, first, last, kind, words))
            short = _bracketed_initialism(tokens, end)
            if short:
                brackets.append((_key(tokens[start:end]), short))
    shorts = {short for _, short in brackets}
    counts: Counter[str] = Counter()
    if shorts:  # most documents give no name a short form
        counts.update(t.text for tokens, _, _ in sentences for t in tokens if t.text in shorts)
    return NameScan(
        title,
        frozenset(titled),
        frozenset(openers),
        tuple(mentions),
        tuple(brackets),
        dict(counts),
    )


def _mention(
    tokens: Sequence[Token], start: int, end: int, kind: str, words: frozenset[str]
) -> Mention:
    """Return the mention of tokens[start:end] with the words its cues read."""
    return Mention(
        key=_key(tokens[start:end]),
        body=kind in BODY_KINDS and _mid_sentence(tokens, start),
        marked=_marked(tokens, end),
        after=tuple(t.lower_ for t in tokens[end : end + LOOKAHEAD + 2] if t.text not in MARKS),
        before=tuple(t.lower_ for t in tokens[max(0, start - 3) : start]),
        sentence=words,
    )


def discover(
    document: AnalyzedDocument,
    cues: NameCues,
    configured: tuple[tuple[str, ...], tuple[str, ...]] = ((), ()),
) -> DocumentNames:
    """Return the names found in the document's sentences, classified by their use.

    The document is read once (``name_scan``, shared by every cue set); each cue set then only
    tallies the cues of the mentions found.
    """
    found = name_scan(document)
    tallies: dict[tuple[str, ...], _Tally] = {}
    for mention in found.mentions:
        tally = tallies.setdefault(mention.key, _Tally(" ".join(mention.key)))
        _count(tally, mention)
        _cue(tally, mention, cues)
    titled, openers = found.titled, found.openers
    names = [_name(t, found.title) for t in tallies.values()]
    # An ordinary word is a name only when the document uses it as a product ("Notice is a
    # form builder", "Notice automates…"); unconfirmed, it is just the title's word.
    names = [
        n
        for n in names
        if n is not None and (tuple(n.text.split()) not in titled or n.kind == PRODUCT)
    ]
    names += [_opening_name(tallies[k]) for k in openers - titled if _opening_name(tallies[k])]
    names += _aliases(found, names)
    return _with_mains(_merge_config(names, configured))


def _aliases(found: NameScan, names: list[Name]) -> list[Name]:
    """Return the short forms a document gives its names: "Harbour Cloud Suite (HCS)".

    The short form, an initialism in brackets right after the name, takes the name's kind.
    """
    by_text = {n.text: n for n in names}
    aliases: dict[str, Name] = {}
    for key, short in found.brackets:
        # The name may be the end of a longer run ("Use Harbour Cloud Suite (HCS)").
        name = next(
            (by_text[" ".join(key[i:])] for i in range(len(key)) if " ".join(key[i:]) in by_text),
            None,
        )
        if name is not None and short not in by_text:
            aliases[short] = name
    return [
        Name(short, name.kind, found.counts.get(short, 0), frozenset({"alias"}))
        for short, name in aliases.items()
    ]


def _bracketed_initialism(tokens: Sequence[Token], end: int) -> str | None:
    """Return "ABC" when tokens[end:end+3] are "(", "ABC", ")", else None."""
    if end + 2 >= len(tokens) or tokens[end].text != "(" or tokens[end + 2].text != ")":
        return None
    text = tokens[end + 1].text
    return text if len(text) > 1 and text.isupper() and text.isalpha() else None


def _candidates(sentences: list[_Read]) -> set[tuple[str, ...]]:
    """Return the keys of runs that may be names: mid-sentence in body text, marked, or rare."""
    found: set[tuple[str, ...]] = set()
    for tokens, kind, runs in sentences:
        for start, end in runs:
            body = kind in BODY_KINDS and _mid_sentence(tokens, start)
            if body or _rare(tokens[start:end]):
                found.add(_key(tokens[start:end]))
                continue
            start = _past_opening_word(tokens, start, end)
            if _marked(tokens, end) or _rare(tokens[start:end]):
                found.add(_key(tokens[start:end]))
    return found


def _title_candidates(
    sentences: list[_Read], title: frozenset[str], found: set[tuple[str, ...]]
) -> set[tuple[str, ...]]:
    """Return runs of the title's words that open body sentences ("Notice sorts your forms"
    under "# Notice"): an ordinary word used as a name, which only a product cue confirms
    (see ``discover``). A run with a found name inside it is left to that name."""
    titled: set[tuple[str, ...]] = set()
    for tokens, kind, runs in sentences:
        for start, end in runs:
            if kind in BODY_KINDS and _in_title(tokens[start:end], title):
                titled.add(_key(tokens[start:end]))
    return {key for key in titled - found if not any(_inside(f, key) for f in found)}


def _opening_candidates(
    sentences: list[_Read], found: set[tuple[str, ...]]
) -> set[tuple[str, ...]]:
    """Return runs that open at least two body sentences ("Harbour Notes syncs…", "Harbour
    Notes is a…"), of words rarer than function words: a name the copy only ever starts
    sentences with, which product cues must confirm (``_opening_name``)."""
    counts: dict[tuple[str, ...], int] = {}
    for tokens, kind, runs in sentences:
        if kind not in BODY_KINDS or not runs or runs[0][0] != _first_word(tokens):
            continue
        key = _key(tokens[runs[0][0] : runs[0][1]])
        if all(zipf(w.lower()) < OPENER_ZIPF and w.lower() not in WE_WORDS for w in key):
            counts[key] = counts.get(key, 0) + 1
    return {
        key
        for key, n in counts.items()
        if n >= MIN_REPEATS and key not in found and not any(_inside(f, key) for f in found)
    }


def _opening_name(tally: _Tally) -> Name | None:
    """Return a product name for a run that opens sentences, when the copy uses it as one at
    least twice ("Harbour Notes automates…", "Harbour Notes is an app…"), else None."""
    if tally.product < MIN_REPEATS or tally.product <= tally.company:
        return None
    return Name(tally.text, PRODUCT, tally.mentions, frozenset({"opening"}))


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Return True when ``short`` is a run of ``long``'s words."""
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def _mentions(
    tokens: Sequence[Token], start: int, end: int, candidates: set[tuple[str, ...]]
) -> list[tuple[int, int]]:
    """Return the (first, last) of each candidate inside a run, longest first, not overlapping."""
    found: list[tuple[int, int]] = []
    first = start
    while first < end:
        last = next((e for e in range(end, first, -1) if _key(tokens[first:e]) in candidates), None)
        if last is None:
            first += 1
            continue
        found.append((first, last))
        first = last
    return found


def _in_title(run: Sequence[Token], title: frozenset[str]) -> bool:
    """Return True when every word of a run is a capitalised word of the document's title."""
    return bool(run) and all(_bare(t.text) in title for t in run)


def _marked(tokens: Sequence[Token], end: int) -> bool:
    """Return True when a run ends on (or just before) a ™ or ® sign."""
    return tokens[end - 1].text.endswith(MARKS) or end < len(tokens) and tokens[end].text in MARKS


def _rare(run: Sequence[Token]) -> bool:
    """Return True when every word of a run is rare in English (Tidyup, Quillo: made-up names)."""
    return bool(run) and all(zipf(_bare(t.text).lower()) < COMMON_ZIPF for t in run)


def _key(run: Sequence[Token]) -> tuple[str, ...]:
    return tuple(_bare(t.text) for t in run)


def _block_kind(document: AnalyzedDocument, index: int) -> str:
    blocks = document.document.blocks
    return blocks[index].kind if 0 <= index < len(blocks) else "text"


def _title_words(document: AnalyzedDocument) -> frozenset[str]:
    """Return the words of the document's title: front matter, a title, or its first block
    when that is a heading."""
    words: set[str] = set()
    for index, block in enumerate(document.document.blocks):
        if block.kind in ("title", "front-matter") or index == 0 and block.kind == "heading":
            words.update(_bare(w).strip(",.:;!?()[]\"'") for w in block.text.split())
    return frozenset(w for w in words if w)


def _name_like(token: Token) -> bool:
    """Return True for a capitalised or camel-case word that could be (part of) a name."""
    return _name_like_text(token.text)


@lru_cache(maxsize=65536)
def _name_like_text(raw: str) -> bool:
    """``_name_like`` on a token's text (remembered: every sentence asks it of every word)."""
    text = _bare(raw)
    if not text or not any(c.isalpha() for c in text) or text.lower() in NOT_NAMES:
        return False
    if text.lower() in LEGAL_FORMS:
        return False  # "Acme Ltd": the legal form is a cue about the name, not part of it
    if text.isupper() and len(text) > 1:
        return False  # an initialism: the acronym rule's, unless a mark or a run vouches
    return text[0].isupper() or text[0].islower() and any(c.isupper() for c in text[1:])


def _initialism_in_run(token: Token) -> bool:
    return _initialism_text(token.text)


@lru_cache(maxsize=65536)
def _initialism_text(raw: str) -> bool:
    text = _bare(raw)
    return text.isupper() and any(c.isalpha() for c in text)


def name_runs(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Return (start, end) of each run of capitalised words in a sentence's tokens.

    A run may hold an initialism after a capitalised word ("Harbour AI") and may end on a ™/®.
    """
    runs, index = [], 0
    texts = [token.text for token in tokens]
    while index < len(tokens):
        if not _name_like_text(texts[index]):
            index += 1
            continue
        end = index + 1
        while end < len(tokens) and (_name_like_text(texts[end]) or _initialism_text(texts[end])):
            if tokens[end - 1].whitespace_ == "" and not texts[end - 1].endswith(MARKS):
                break  # "Acme-Pro" splits into tokens with no space: keep the first part
            end += 1
        runs.append((index, end))
        index = end
    return runs


def _first_word(tokens: Sequence[Token]) -> int:
    """Return the index of the sentence's first word (after bullets and a label)."""
    start = label_length(tokens)
    return next((i for i in range(start, len(tokens)) if tokens[i].is_alpha), start)


def _past_opening_word(tokens: Sequence[Token], start: int, end: int) -> int:
    """Return where a run's name starts once an ordinary word opening the sentence is left
    out ("Install Tidyup", "Try Brightline™"): its capital says nothing."""
    if start != _first_word(tokens) or end - start < 2:
        return start
    if zipf(_bare(tokens[start].text).lower()) < COMMON_ZIPF:
        return start
    return start + 1 if _name_like(tokens[start + 1]) else end


def _mid_sentence(tokens: Sequence[Token], start: int) -> bool:
    """Return True when a capital at ``start`` is not explained by a sentence opening."""
    if start == 0 or start == _first_word(tokens):
        return False
    return tokens[start - 1].text not in SENTENCE_PUNCT


def _count(tally: _Tally, mention: Mention) -> None:
    tally.mentions += 1
    if mention.body:
        tally.body_mentions += 1
    if mention.marked:
        tally.evidence.add("mark")
        tally.product += 1


def _cue(tally: _Tally, mention: Mention, cues: NameCues) -> None:
    """Add the product and company cues of one mention to its tally."""
    after, before, sentence = list(mention.after), list(mention.before), mention.sentence
    company = _company_cues(after, before, sentence, cues)
    product = _product_cues(after, before, cues)
    tally.company += company
    tally.product += product
    if _we_sentence(after, before, sentence):
        tally.evidence.add("we")


def _next_word(after: list[str]) -> str:
    """Return the word after a name, past a possessive ("Acme's team" → team)."""
    words = [w for w in after if w not in ("'s", "’s")]
    return words[0] if words else ""


def _company_cues(after: list[str], before: list[str], sentence: frozenset[str], cues) -> int:
    following = _next_word(after)
    legal = following in LEGAL_FORMS or after[:1] == ["&"] and after[1:2] == ["co"]
    score = 0
    score += legal or _singular(following) in cues.company_nouns
    score += _verb_after(after, cues.company_verbs)
    score += _defined_as(after, cues.company_nouns)
    score += _we_sentence(after, before, sentence)
    return score


def _product_cues(after: list[str], before: list[str], cues) -> int:
    following = _next_word(after)
    score = 0
    score += _singular(following) in cues.product_nouns
    score += _defined_as(after, cues.product_nouns)
    score += following[:1].isdigit() or following[:2] in ("v1", "v2", "v3", "v4", "v5")
    score += _verb_after(after, cues.product_verbs)
    score += bool(before) and _lemma(before[-1]) in cues.use_verbs
    return score


def _we_sentence(after: list[str], before: list[str], sentence: frozenset[str]) -> bool:
    """Return True for "At Acme, we…", "Acme, we…", "we are Acme", "we at Acme"."""
    if not sentence & WE_WORDS:
        return False
    if before[-2:] in (["we", "are"], ["we", "at"], ["we're"]) or before[-1:] == ["we're"]:
        return True
    comma_we = after[:2] in ([",", "we"], [",", "our"], [",", "we're"])
    return comma_we and (not before or before[-1] in ("at", "here"))


def _defined_as(after: list[str], nouns: frozenset[str]) -> bool:
    """Return True for "Acme is a(n) [words] NOUN" with NOUN one of ``nouns``."""
    if len(after) < 3 or after[0] not in BE_FORMS or after[1] not in ARTICLES:
        return False
    for word in after[2 : 2 + LOOKAHEAD]:
        if _singular(word) in nouns:
            return True
        if word in (",", ".", "that", "which", "who", "for", "with"):
            return False
    return False


def _verb_after(after: list[str], verbs: frozenset[str]) -> bool:
    """Return True when the name is followed (past an auxiliary) by one of ``verbs``."""
    if not verbs:
        return False  # no cue words (the claim and acronym rules' cue set): no lemma to look up
    words = [w for w in after[:3] if w not in ("was", "were", "is", "has", "had", "been")]
    return bool(words) and _lemma(words[0]) in verbs


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=8192)
def _lemma(word: str) -> str:
    """Return the first verb lemma of a lower-case word form, or the word itself."""
    lemmas = verb_lemmas(word, "VERB").get("VERB", ())  # remembered on disk
    return lemmas[0].lower() if lemmas else word


def _name(tally: _Tally, title: frozenset[str]) -> Name | None:
    """Return the Name a tally makes, or None when the evidence is too thin."""
    evidence = set(tally.evidence)
    words = tally.text.split()
    rare = all(zipf(w.lower()) < COMMON_ZIPF for w in words)
    cued = tally.product + tally.company > 0
    body = tally.body_mentions
    if body >= MIN_REPEATS and (rare or cued or body > MIN_REPEATS) or rare and tally.mentions >= 2:
        evidence.add("repeated")
    if all(w in title for w in words) and tally.mentions >= 2 and (rare or cued or body):
        evidence.add("title")
    if not evidence:
        return None
    return Name(tally.text, _kind(tally), tally.mentions, frozenset(evidence))


def _kind(tally: _Tally) -> str:
    if tally.company > tally.product:
        return COMPANY
    if tally.product > tally.company:
        return PRODUCT
    return UNKNOWN


def _merge_config(
    names: list[Name], configured: tuple[tuple[str, ...], tuple[str, ...]]
) -> list[Name]:
    """Return the names with the config's, which win over a discovered name of the same text."""
    products, companies = configured
    given = [Name(" ".join(n.split()), PRODUCT, 0, frozenset({"config"})) for n in products]
    given += [Name(" ".join(n.split()), COMPANY, 0, frozenset({"config"})) for n in companies]
    taken = {n.text.lower() for n in given}
    return given + [n for n in names if n.text.lower() not in taken]


def _with_mains(names: Iterable[Name]) -> DocumentNames:
    """Return DocumentNames with the most used product (or unknown name) and company."""
    names = tuple(names)
    products = [n for n in names if _could_be_main_product(n)]
    companies = [n for n in names if n.kind == COMPANY]
    return DocumentNames(
        names,
        max(products, key=_standing, default=None),
        max(companies, key=_standing, default=None),
    )


def _could_be_main_product(name: Name) -> bool:
    """Return True for a product, or a name of unknown kind that the title or config gives."""
    if name.kind == PRODUCT:
        return True
    return name.kind == UNKNOWN and bool(name.evidence & {"title", "mark"})


def _standing(name: Name) -> int:
    """Return how central a name is to the document: mentions, more for a title or config."""
    bonus = 3 * ("title" in name.evidence) + 3 * ("config" in name.evidence)
    return name.mentions + bonus + 2 * ("mark" in name.evidence)
