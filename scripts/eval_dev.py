"""Measure jargonlint against the labelled dev set: precision, recall and F1 per category.

Usage: python scripts/eval_dev.py [--dev ../shared/eval/dev] [--misses CATEGORY] [--json]

Reads the dev set in place (never copies it). Each document is linted as Markdown with its
evident audience; a finding belongs to the unit whose span contains its offset.
"""

from __future__ import annotations

import argparse
import json
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
    "plain-words": "buzzword",
    "tech-term": "tech_term",
}
GOLD_CATEGORIES = ("acronym", "tech_hero", "company_centric", "buzzword", "tech_term")
DEFAULT_DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


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
        linter = Linter(select_rules(catalog, config), config)
        docs = [d for d, a in sorted(audiences.items()) if a == audience]
        documents = [read_document(str(dev / "docs" / f"{d}.md")) for d in docs]
        for doc_id, result in zip(docs, linter.lint(documents), strict=True):
            for finding in result.findings:
                for unit in by_doc[doc_id]:
                    if unit["start"] <= finding.offset < unit["end"]:
                        key = (doc_id, unit["unit"])
                        found[key].append(finding)
                        if finding.category in CATEGORY_MAP:
                            predicted[key].add(CATEGORY_MAP[finding.category])
                        break
    return predicted, found


def score(dev: Path, predicted: dict) -> dict:
    """Return per-category counts and precision/recall/F1, plus the `any` row."""
    gold = {(g["doc"], g["unit"]): g for g in _jsonl(dev / "gold.jsonl")}
    table = {}
    for category in (*GOLD_CATEGORIES, "any"):
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


def main() -> int:
    """Print the accuracy table (and misses / false alarms for one category when asked)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    parser.add_argument("--misses", help="list misses and false alarms for this gold category")
    parser.add_argument("--json", action="store_true", help="print the table as JSON")
    args = parser.parse_args()
    if not (args.dev / "gold.jsonl").exists():
        print(f"eval_dev: no dev set at {args.dev}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    predicted, found = lint_dev_set(args.dev)
    table = score(args.dev, predicted)
    if args.json:
        print(json.dumps(table, indent=2))
    else:
        print(f"{'category':<16}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}")
        for category, row in table.items():
            print(
                f"{category:<16}{row['precision']:>7.2f}{row['recall']:>7.2f}{row['f1']:>7.2f}"
                f"{row['tp']:>6}{row['fp']:>6}{row['fn']:>6}"
            )
        print(f"({time.perf_counter() - started:.1f}s)")
    if args.misses:
        gold = {(g["doc"], g["unit"]): g for g in _jsonl(args.dev / "gold.jsonl")}
        units = {(u["doc"], u["unit"]): u["text"] for u in _jsonl(args.dev / "units.jsonl")}
        for key in sorted(gold):
            truth = args.misses in gold[key]["pos"]
            guess = args.misses in predicted.get(key, set())
            if truth != guess and args.misses not in gold[key].get("ambiguous", []):
                label = "MISS" if truth else "FALSE"
                hits = [
                    f"{f.code}:{f.match}"
                    for f in found.get(key, [])
                    if CATEGORY_MAP.get(f.category) == args.misses
                ]
                print(f"{label} {key[0]}/{key[1]} {hits} :: {' '.join(units[key].split())[:200]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
