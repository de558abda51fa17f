"""News that can lead: "We're excited to announce our new loyalty card." -> "New: our loyalty
card." The news keeps what the sentence says of it and drops only the company's frame (its
excitement, the announce verb, the "new" that "New:" already says)."""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import Clause
from .lexicon import Lexicon
from .phrasing import subtree_ids, tokens_text, trim

TODAY = "today"
"""The one time word news keeps in its opening ("New today: ...")."""


def news_rewrite(clause: Clause, lex: Lexicon) -> str | None:
    """Return "New: our loyalty card" for "We're excited to announce our new loyalty card"."""
    verb = announcing(clause, lex)
    if verb is None:
        return None
    body = news_body(verb, lex)
    if body is None:
        return None
    frame = _frame_ids(clause, verb)
    doc = verb.doc
    left = [t for t in doc if t.i not in frame | body and not t.is_punct]
    today = [t for t in left if t.lower_ == TODAY and t.head.i in frame]
    preps = [t for t in left if t.dep_ == "prep" and t.head.i in frame]
    explained = {t.i for t in today} | {i for p in preps for i in subtree_ids(p)}
    if any(t.i not in explained for t in left):
        return None
    news = tokens_text(trim([t for t in doc if t.i in body and not _says_new(t)]))
    opening = "New today" if today else "New"
    # A phrase after the news stays where it was; one fronted before the company ("With the
    # release of v2, we're announcing ...") follows the news after a comma.
    last = max(body)
    after = "".join(
        (" " if p.i > last else ", ") + _lowered(trim(list(p.subtree)))
        for p in sorted(preps, key=lambda p: (p.i < last, p.i))
    )
    return f"{opening}: {news}{after}"


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
    """Return the ids of what is announced (its "new" left out), or None when it is not news
    a reader can use: a pronoun, a person, the company's own team, funding or mission."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if clause is None or clause.lemma_.lower() in lex.self_verbs:
            return None
        return {t.i for t in clause.subtree if not (t.dep_ == "mark" and t.head == clause)}
    own = lex.self_topics | lex.company_nouns | lex.people_nouns
    if obj.pos_ == "PRON" or any(t.lemma_.lower() in own for t in obj.subtree):
        return None
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in obj.children):
        return None  # "our new head of support, Dana": a person, not something to use
    return subtree_ids(obj)


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
        frame |= {c.i for c in head.children if c.dep_ in ("aux", "auxpass", "acomp", "neg")}
        frame |= {c.i for c in head.children if c.dep_ == "xcomp" and c == verb}
    frame |= {c.i for c in verb.children if c.dep_ == "aux"}
    return frame
