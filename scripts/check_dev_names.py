"""Fail when a name that occurs in only one dev document also appears in src/.

Usage: python scripts/check_dev_names.py [--dev ../shared/eval/dev]

A general rule needs no document's name: a capitalised or mixed-case name (two capitals, a
capital and a digit, or camelCase) that occurs in exactly one dev document and also in the
code or its comments is a sign of tuning to that document. Words in wide
general use (wordfreq Zipf frequency of 3 or more, such as HTML or WiFi) are general knowledge,
not a document's name, and are not reported. Exit 0 when clean or when no dev set is present
(it says it skipped), 1 when names are found.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

from wordfreq import zipf_frequency

NAME = re.compile(r"\b([A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*|[A-Z][a-z]{3,}[A-Z][A-Za-z]*)\b")
GENERAL_USE_ZIPF = 3.0
MIN_LENGTH = 4
REPO = Path(__file__).resolve().parents[1]
DEFAULT_DEV = REPO.parent / "shared" / "eval" / "dev"


def single_document_names(dev: Path) -> set[str]:
    """Return the names that occur in exactly one dev document and are not in general use."""
    seen: dict[str, set[str]] = defaultdict(set)
    for doc in sorted((dev / "docs").glob("*.md")):
        for match in NAME.finditer(doc.read_text("utf-8", errors="replace")):
            seen[match.group(1)].add(doc.stem)
    return {
        name
        for name, docs in seen.items()
        if len(docs) == 1
        and len(name) >= MIN_LENGTH
        and zipf_frequency(name.lower(), "en") < GENERAL_USE_ZIPF
    }


def places(names: set[str], roots: list[Path]) -> dict[str, list[str]]:
    """Return {name: files under roots that mention it as a whole word}."""
    found: dict[str, list[str]] = defaultdict(list)
    files = [p for root in roots for p in sorted(root.rglob("*")) if p.suffix in {".py"}]
    for path in files:
        words = set(re.findall(r"[A-Za-z0-9]+", path.read_text("utf-8", errors="replace")))
        for name in sorted(names & words):
            found[name].append(str(path.relative_to(REPO)))
    return found


def main() -> int:
    """Print each single-document name found in src/; exit 1 if there is one."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    args = parser.parse_args()
    if not (args.dev / "docs").is_dir():
        print(f"check_dev_names: skipped, no dev set at {args.dev}")
        return 0
    found = places(single_document_names(args.dev), [REPO / "src"])
    for name, paths in sorted(found.items()):
        print(f"{name}: {', '.join(paths)}")
    if found:
        print(f"check_dev_names: {len(found)} single-document names in src/")
        return 1
    print("check_dev_names: no single-document names in src/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
