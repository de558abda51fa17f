"""Dump the suggestion of every tech-hero, company-centric and claim finding on the dev set.

Usage: python scripts/dump_rewrites.py [--dev DIR] [--out FILE] [--why]

For the tuned sources, writes one JSON line per finding: document, code, the sentence the
finding sits in, the suggestion's kind and text (to judge each rewrite against the four
criteria of issue 11); with --why, also every candidate rewrite the finding had before the
gate and why the gate held each back (empty: it passed). The reserved sources are only
counted, never printed, so they stay unread. Prints coverage (the share of those findings
that get a rewrite) for both folds.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

CATEGORIES = frozenset({"tech-hero", "company-centric", "claim"})
DOCUMENT_LEVEL_CODES = frozenset({"JL502", "JL602"})


def _eval_module():
    path = Path(__file__).resolve().parent / "eval_dev.py"
    spec = importlib.util.spec_from_file_location("eval_dev", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Recorder:
    """Records each gated finding's candidates before the gate, and the gate's reasons."""

    def __init__(self) -> None:
        self.candidates: dict[tuple[str, str, int], list[str]] = {}
        self.problems: dict[str, list[str]] = {}

    def install(self) -> None:
        """Wrap the gate's apply so that every run of it is recorded."""
        from jargonlint.checks.hero import gate

        original = gate.RewriteGate.apply
        recorder = self

        def apply(self, results):
            for result in results:
                for f in result.findings:
                    if f.category in gate.GATED:
                        texts = [s.text for s in f.suggestions if s.kind == "rewrite"]
                        recorder.candidates[(f.context, f.code, f.offset)] = texts
            settled = original(self, results)
            recorder.problems.update(self.problems)
            return settled

        gate.RewriteGate.apply = apply

    def why(self, finding) -> list[dict]:
        """Return the finding's candidates with the gate's reasons for holding each back."""
        texts = self.candidates.get((finding.context, finding.code, finding.offset), [])
        return [{"text": t, "problems": self.problems.get(t, [])} for t in texts]


def rows(found: dict, recorder: Recorder | None = None) -> list[dict]:
    """Return one row per scored hero/company/claim finding, in document order."""
    out = []
    for (doc, unit), findings in sorted(found.items()):
        for finding in findings:
            if finding.category not in CATEGORIES or finding.code in DOCUMENT_LEVEL_CODES:
                continue
            first = finding.suggestions[0] if finding.suggestions else None
            out.append(
                {
                    "doc": doc,
                    "unit": unit,
                    "code": finding.code,
                    "match": finding.match,
                    "sentence": finding.context,
                    "kind": first.kind if first else None,
                    "suggestion": first.text if first else None,
                }
            )
            if recorder is not None:
                out[-1]["candidates"] = recorder.why(finding)
    return out


def coverage(items: list[dict]) -> str:
    """Return "rewrites / findings (share)" for these rows."""
    rewrites = sum(1 for r in items if r["kind"] == "rewrite")
    share = rewrites / len(items) if items else 0.0
    return f"{rewrites} / {len(items)} ({share:.0%})"


def main() -> int:
    """Write the tuned rows and print coverage per fold."""
    evaluation = _eval_module()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=evaluation.DEFAULT_DEV)
    parser.add_argument("--out", type=Path, default=None, help="JSONL file (default: stdout)")
    parser.add_argument("--why", action="store_true", help="add candidates and gate reasons")
    args = parser.parse_args()
    if not (args.dev / "gold.jsonl").exists():
        print(f"dump_rewrites: no dev set at {args.dev}", file=sys.stderr)
        return 2
    recorder = Recorder() if args.why else None
    if recorder is not None:
        recorder.install()
    _, found = evaluation.lint_dev_set(args.dev)
    reserved = evaluation.reserved_documents(args.dev)
    all_rows = rows(found, recorder)
    tuned = [r for r in all_rows if r["doc"] not in reserved]
    held = [r for r in all_rows if r["doc"] in reserved]
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in tuned)
    if args.out is None:
        sys.stdout.write(lines)
    else:
        args.out.write_text(lines, "utf-8")
    missing = sum(1 for r in all_rows if r["kind"] is None)
    print(f"coverage, tuned sources: {coverage(tuned)}", file=sys.stderr)
    print(f"coverage, reserved sources: {coverage(held)}", file=sys.stderr)
    print(f"findings with no suggestion: {missing}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
