"""News that can lead: "We're excited to announce our new loyalty card." -> "New: our loyalty
card." The news keeps what the sentence says of it and drops only the company's frame (its
excitement, the announce verb, the "new" that "New:" already says)."""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import Clause, classify
from .lexicon import Lexicon
from .phrasing import subtree_ids, tokens_text, trim

TODAY = "today"
"""The one time word news keeps in its opening ("New today: ...")."""
FRAME_DEPS = frozenset({"aux", "auxpass", "acomp", "neg"})
"""What hangs on the frame's verbs and belongs to the frame: "are", "excited", "not"."""


def news_rewrite(clause: Clause, lex: Lexicon) -> str:
    """Return "New: our loyalty card" for "We're excited to announce our new loyalty card"
    ("" when the sentence announces no news a customer can use, or says more than that)."""
    verb = announcing(clause, lex)
    body = None if verb is None else news_body(verb, lex)
    if body is None:
        return ""
    rest = _rest(verb.doc, _frame_ids(clause, verb), body)
    if rest is None:
        return ""
    today, preps = rest
    doc = verb.doc
    news = tokens_text(trim([t for t in doc if t.i in body and not _says_new(t)]))
    opening = "New today" if today else "New"
    return f"{opening}: {news}{_after(preps, max(body))}"


def _rest(doc, frame: set[int], body: set[int]) -> tuple[bool, list[Token]] | None:
    """Return whether "today" and which phrases on the frame's verbs remain beside the news,
    or None when anything else does (the sentence says more than its news)."""
    left = [t for t in doc if t.i not in frame | body and not t.is_punct]
    today = [t for t in left if t.lower_ == TODAY and t.head.i in frame]
    preps = [t for t in left if t.dep_ == "prep" and t.head.i in frame]
    explained = {t.i for t in today} | {i for p in preps for i in subtree_ids(p)}
    if any(t.i not in explained for t in left):
        return None
    return bool(today), preps


def _after(preps: list[Token], last: int) -> str:
    """Return the phrases that go after the news: one that followed it stays where it was; one
    fronted before the company ("With the release of v2, we're announcing ...") follows the
    news after a comma."""
    ordered = sorted(preps, key=lambda p: (p.i < last, p.i))
    return "".join((" " if p.i > last else ", ") + _lowered(trim(list(p.subtree))) for p in ordered)


def _lowered(tokens: list[Token]) -> str:
    """Return a fronted phrase as it reads mid-sentence ("With the release" -> "with the ...")."""
    if not tokens:
        return ""
    text, first = tokens_text(tokens), tokens[0]
    if first.pos_ == "PROPN" or first.text.isupper() and len(first.text) > 1:
        return text
    return text[0].lower() + text[1:]


def announcing(clause: Clause, lex: Lexicon) -> Token | None:
    """Return the announce verb of the clause ("announce" in "We're excited to announce")."""
    verbs = [clause.verb]
    verbs += [c for o in clause.objects for c in o.children if c.dep_ == "xcomp"]
    if clause.complement is not None:
        verbs.append(clause.complement)
    return next((v for v in verbs if v.lemma_.lower() in lex.announce_verbs), None)


def news_body(verb: Token, lex: Lexicon) -> set[int] | None:
    """Return the ids of what is announced, or None when it is not news a reader can use: a
    pronoun, a person, the company's own team, funding or mission."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return _announced_clause(verb, lex)
    own = lex.self_topics | lex.company_nouns | lex.people_nouns
    if obj.pos_ == "PRON" or any(t.lemma_.lower() in own for t in obj.subtree):
        return None
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in obj.children):
        return None  # "our new head of support, Dana": a person, not something to use
    return subtree_ids(obj)


def _announced_clause(verb: Token, lex: Lexicon) -> set[int] | None:
    """Return the ids of "that the app now syncs ..." without its "that", unless the clause
    is the company's own doing ("that we have raised funding")."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    subject = (
        None if clause is None else next((c for c in clause.children if c.dep_ == "nsubj"), None)
    )
    if subject is None or classify(subject, lex) not in ("technology", "reader"):
        return None  # news of the product or for the reader, not "that Dana has joined"
    if clause.lemma_.lower() in lex.self_verbs:
        return None
    return {t.i for t in clause.subtree if not (t.dep_ == "mark" and t.head == clause)}


def _says_new(token: Token) -> bool:
    """Return True for the "new" of "our new loyalty card", which "New:" already says."""
    return token.dep_ == "amod" and token.lower_ == "new" and token.head.dep_ == "dobj"


def _frame_ids(clause: Clause, verb: Token) -> set[int]:
    """Return the ids of the company's frame: "We're excited to announce", "Announcing"."""
    frame = {verb.i, clause.verb.i}
    if clause.subject is not None:
        frame |= subtree_ids(clause.subject)
    for head in {verb, clause.verb, verb.head}:
        frame.add(head.i)
        frame |= {c.i for c in head.children if c.dep_ in FRAME_DEPS}
    frame |= {c.i for c in verb.children if c.dep_ == "aux"}
    # The "that" of "announce that the app now ...": the frame's, not the news's.
    frame |= {
        m.i for c in verb.children if c.dep_ == "ccomp" for m in c.children if m.dep_ == "mark"
    }
    return frame
