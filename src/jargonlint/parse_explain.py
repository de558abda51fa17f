"""`jargonlint explain --parse "sentence"`: what the parser saw and which rules fired."""

from __future__ import annotations

import json

from .checks.hero import HeroCheck
from .checks.hero.clauses import clauses, noun_phrase, sentence_hero
from .checks.hero.lexicon import Lexicon
from .document.model import Block, Document
from .document.sourcemap import SourceMapBuilder
from .engine import Linter
from .nlp import full_pipeline, resolve_model_name
from .packs.catalog import load_catalog
from .packs.selection import select_rules


def _document(sentence: str) -> Document:
    builder = SourceMapBuilder()
    builder.verbatim(sentence, 0)
    text, source_map = builder.build()
    return Document("<sentence>", sentence, [Block(text, source_map, "text")], [], "text")


def explain_parse_dict(sentence: str, config) -> dict:
    """Return the clauses (subject, verb, object, hero) and the findings of one sentence."""
    rules = select_rules(load_catalog(tuple(getattr(config, "packs", ()))), config)
    lex = Lexicon.from_rules([r for r in rules if r.kind == HeroCheck.kind], config)
    doc = full_pipeline(resolve_model_name(getattr(config, "model", None)))(sentence)
    items = clauses(doc, lex)
    result = Linter(rules, config).lint([_document(sentence)])[0]
    return {
        "sentence": sentence,
        "hero": sentence_hero(items),
        "clauses": [
            {
                "verb": clause.verb.text,
                "lemma": clause.lemma,
                "subject": " ".join(noun_phrase(clause.subject).text.split())
                if clause.subject is not None
                else None,
                "objects": [" ".join(noun_phrase(o).text.split()) for o in clause.objects],
                "complement": clause.complement.text if clause.complement is not None else None,
                "purpose": clause.purpose.text if clause.purpose is not None else None,
                "hero": "other" if clause.hero == "name" else clause.hero,
                "name": clause.hero == "name",
                "passive": clause.passive,
                "main": clause.main,
            }
            for clause in items
        ],
        "tokens": [
            {"text": t.text, "lemma": t.lemma_, "tag": t.tag_, "dep": t.dep_, "head": t.head.i}
            for t in doc
        ],
        "findings": [
            {
                "code": f.code,
                "category": f.category,
                "match": f.match,
                "message": f.message,
                "suggestions": [s.to_dict() for s in f.suggestions],
            }
            for f in result.findings
        ],
    }


def explain_parse(sentence: str, config) -> str:
    """Return a readable account of the parse of one sentence and the rules that fired."""
    data = explain_parse_dict(sentence, config)
    lines = [f"sentence: {data['sentence']}", f"hero: {data['hero']}", "clauses:"]
    if not data["clauses"]:
        lines.append("  (no verb clause found)")
    for clause in data["clauses"]:
        where = "main" if clause["main"] else "sub"
        hero = clause["hero"] + (" (unknown name)" if clause["name"] else "")
        lines.append(
            f"  - [{where}] subject: {clause['subject'] or '(none)'} | verb: "
            f"{clause['verb']} ({clause['lemma']}{', passive' if clause['passive'] else ''})"
            f" | object: {', '.join(clause['objects']) or '(none)'} | hero: {hero}"
        )
        for key in ("complement", "purpose"):
            if clause[key]:
                lines.append(f"      {key}: {clause[key]}")
    lines.append("parse: " + " ".join(f"{t['text']}/{t['tag']}/{t['dep']}" for t in data["tokens"]))
    lines.append("rules fired:" if data["findings"] else "rules fired: none")
    for finding in data["findings"]:
        lines.append(
            f"  {finding['code']} ({finding['category']}) \u201c{finding['match']}\u201d: "
            f"{finding['message']}"
        )
        for suggestion in finding["suggestions"]:
            lines.append(f"      {suggestion['kind']}: {suggestion['text']}")
    return "\n".join(lines)


def explain_parse_json(sentence: str, config) -> str:
    """Return the dict form of the explanation as JSON text (for --format json)."""
    return json.dumps(explain_parse_dict(sentence, config), indent=2, ensure_ascii=False)
