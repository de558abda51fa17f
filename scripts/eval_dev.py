"""Measure jargonlint against the labelled dev set: precision, recall and F1 per category.

Usage: python scripts/eval_dev.py [--dev DIR] [--reserved] [--misses CATEGORY] [--json]

Reads the dev set in place (never copies it). Each document is linted as Markdown with its
evident audience; a finding belongs to the unit whose span contains its offset. Scoring follows
shared/eval/README.md: `plain-words`, unused-suppression and document-level findings are
neither credited nor charged.

The reserved split: about a third of the dev set's *sources* (documents grouped by
`source_repo`), drawn with a fixed seed separately from the first set (ids below 301) and the
later set (ids 301 and up), so both are fairly represented. Tune only on the other sources;
`--reserved` prints the tuned and the reserved tables side by side, and `--misses` lists misses
and false alarms of the tuned sources only (the reserved ones are never shown).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

from jargonlint.config import Config
from jargonlint.document.reader import read_document
from jargonlint.engine import Linter
from jargonlint.packs.catalog import load_catalog
from jargonlint.packs.selection import select_rules

CATEGORY_MAP = {
    "acronym": "acronym",
    "tech-hero": "tech_hero",
    "company-centric": "company_centric",
    "claim": "company_centric",
    "buzzword": "buzzword",
    "tech-term": "tech_term",
}
"""Finding categories that the rubric scores; all others (plain-words, suppression…) are not."""
DOCUMENT_LEVEL_CODES = frozenset({"JL502", "JL602"})
"""Document-level findings (they sit on line 1): not scored."""
GOLD_CATEGORIES = ("acronym", "tech_hero", "company_centric", "buzzword", "tech_term")
DEFAULT_DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"
SPLIT_SEED = 20261205
RESERVED_SHARE = 1 / 3
LATER_SET_FIRST_ID = "301"


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def reserved_documents(dev: Path) -> set[str]:
    """Return the ids of the documents whose sources are reserved (never tuned on); none for a
    set without a manifest of sources (the project's own held-out documents)."""
    if not (dev / "manifest.jsonl").exists():
        return set()
    sources: dict[str, list[str]] = defaultdict(list)
    for entry in _jsonl(dev / "manifest.jsonl"):
        sources[entry["source_repo"]].append(entry["id"])
    rng = random.Random(SPLIT_SEED)
    reserved: set[str] = set()
    for later in (False, True):
        stratum = sorted(
            name for name, ids in sources.items() if (min(ids) >= LATER_SET_FIRST_ID) == later
        )
        rng.shuffle(stratum)
        for name in stratum[: round(len(stratum) * RESERVED_SHARE)]:
            reserved.update(sources[name])
    return reserved


def lint_dev_set(dev: Path) -> tuple[dict, dict]:
    """Return {(doc, unit): set of predicted gold categories} and {(doc, unit): findings}."""
    audiences = json.loads((dev / "audience.json").read_text("utf-8"))
    units = _jsonl(dev / "units.jsonl")
    by_doc = defaultdict(list)
    for unit in units:
        by_doc[unit["doc"]].append(unit)
    catalog = load_catalog()
    predicted: dict = defaultdict(set)
    found: dict = defaultdict(list)
    for audience in sorted(set(audiences.values())):
        config = Config().with_overrides(audience=audience)
        linter = Linter(select_rules(catalog, config), config, catalog.lexicons)
        docs = [d for d, a in sorted(audiences.items()) if a == audience]
        documents = [read_document(str(dev / "docs" / f"{d}.md")) for d in docs]
        for doc_id, result in zip(docs, linter.lint(documents), strict=True):
            for finding in result.findings:
                if finding.code in DOCUMENT_LEVEL_CODES:
                    continue
                for unit in by_doc[doc_id]:
                    if unit["start"] <= finding.offset < unit["end"]:
                        key = (doc_id, unit["unit"])
                        found[key].append(finding)
                        if finding.category in CATEGORY_MAP:
                            predicted[key].add(CATEGORY_MAP[finding.category])
                        break
    return predicted, found


def _counts(gold: dict, predicted: dict, category: str) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for key, g in gold.items():
        if category == "any":
            truth, ambiguous = bool(g["pos"]), False
            guess = bool(predicted.get(key))
        else:
            truth = category in g["pos"]
            ambiguous = category in g.get("ambiguous", [])
            guess = category in predicted.get(key, set())
        if ambiguous and not truth:
            continue
        tp += truth and guess
        fp += guess and not truth
        fn += truth and not guess
    return tp, fp, fn


def score(dev: Path, predicted: dict, docs: set[str] | None = None) -> dict:
    """Return per-category counts and precision/recall/F1, plus the `any` row.

    With ``docs``, only units of those documents are scored.
    """
    gold = {
        (g["doc"], g["unit"]): g
        for g in _jsonl(dev / "gold.jsonl")
        if docs is None or g["doc"] in docs
    }
    table = {}
    for category in (*GOLD_CATEGORIES, "any"):
        tp, fp, fn = _counts(gold, predicted, category)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table[category] = {
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(f1, 3),
        }
    return table


def print_table(title: str, table: dict) -> None:
    """Print one accuracy table."""
    print(title)
    print(f"{'category':<16}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}")
    for category, row in table.items():
        print(
            f"{category:<16}{row['precision']:>7.2f}{row['recall']:>7.2f}{row['f1']:>7.2f}"
            f"{row['tp']:>6}{row['fp']:>6}{row['fn']:>6}"
        )


def print_misses(dev: Path, category: str, predicted: dict, found: dict, hidden: set[str]):
    """List misses and false alarms for one category, never for the hidden documents."""
    gold = {(g["doc"], g["unit"]): g for g in _jsonl(dev / "gold.jsonl")}
    units = {(u["doc"], u["unit"]): u["text"] for u in _jsonl(dev / "units.jsonl")}
    for key in sorted(gold):
        if key[0] in hidden:
            continue
        truth = category in gold[key]["pos"]
        guess = category in predicted.get(key, set())
        if truth != guess and category not in gold[key].get("ambiguous", []):
            label = "MISS" if truth else "FALSE"
            hits = [
                f"{f.code}:{f.match}"
                for f in found.get(key, [])
                if CATEGORY_MAP.get(f.category) == category
            ]
            print(f"{label} {key[0]}/{key[1]} {hits} :: {' '.join(units[key].split())[:200]}")


def main() -> int:
    """Print the accuracy tables (and tuned-fold misses / false alarms when asked)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    parser.add_argument(
        "--reserved", action="store_true", help="print the tuned and reserved tables"
    )
    parser.add_argument(
        "--misses", help="list misses and false alarms for this gold category (tuned sources)"
    )
    parser.add_argument("--json", action="store_true", help="print the tables as JSON")
    args = parser.parse_args()
    if not (args.dev / "gold.jsonl").exists():
        print(f"eval_dev: no dev set at {args.dev}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    predicted, found = lint_dev_set(args.dev)
    reserved = reserved_documents(args.dev)
    all_docs = {g["doc"] for g in _jsonl(args.dev / "gold.jsonl")}
    tables = {"all": score(args.dev, predicted)}
    if args.reserved:
        tables = {
            "reserved": score(args.dev, predicted, reserved),
            "tuned": score(args.dev, predicted, all_docs - reserved),
            **tables,
        }
    if args.json:
        print(json.dumps(tables, indent=2))
    else:
        for name, table in tables.items():
            docs = {"all": all_docs, "reserved": reserved, "tuned": all_docs - reserved}[name]
            print_table(f"== {name} sources ({len(docs)} documents)", table)
        print(f"({time.perf_counter() - started:.1f}s)")
    if args.misses:
        print_misses(args.dev, args.misses, predicted, found, reserved)
    return 0


if __name__ == "__main__":
    sys.exit(main())
