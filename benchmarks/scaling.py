"""Time per byte of jargonlint on hostile shapes, from small to large: it must stay flat.

Usage: python benchmarks/scaling.py [--max-bytes 10000000] [--min-bytes 1000] [--shapes A,B]

Each shape is one generated Markdown document grown to each size (1 KB, 10 KB, ... up to
--max-bytes). Every case runs in a fresh child process (the pipelines loaded and warmed before
the clock starts), so one case's memory never flatters the next; cases under 100 KB are linted
repeatedly (to 100 KB in all) and the CPU time averaged. The table prints, per shape
and size, the seconds, microseconds per byte, the ratio of that to the smallest size's, and the
child's peak memory. A ratio that grows with the size is a quadratic path.

Shapes:
- paragraph: one paragraph of ordinary sentences;
- tiny-sentences: one paragraph of "Hi. " repeated;
- long-sentence: one sentence of comma-separated clauses, no full stop until the end;
- unpunctuated: one line of words, no punctuation at all;
- markdown: nested emphasis, brackets, backticks and block quotes that tempt a parser to
  backtrack.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys

WORDS = [
    "your",
    "team",
    "books",
    "repair",
    "appointments",
    "before",
    "lunch",
    "and",
    "sends",
    "a",
    "text",
    "when",
    "the",
    "car",
    "is",
    "ready",
    "our",
    "platform",
    "leverages",
    "seamless",
    "workflows",
    "so",
    "nobody",
    "waits",
    "every",
    "shop",
    "prints",
    "receipts",
]


def _words(size: int, separator: str = " ") -> str:
    out, total, index = [], 0, 0
    while total < size:
        word = WORDS[index % len(WORDS)]
        out.append(word)
        total += len(word) + len(separator)
        index += 1
    return separator.join(out)


def paragraph(size: int) -> str:
    """Return one paragraph of ordinary sentences."""
    sentences, total, index = [], 0, 0
    while total < size:
        words = WORDS[index % 19 : index % 19 + 9]
        text = " ".join(words).capitalize() + "."
        sentences.append(text)
        total += len(text) + 1
        index += 1
    return " ".join(sentences) + "\n"


def tiny_sentences(size: int) -> str:
    """Return one paragraph of 'Hi. ' repeated."""
    return "Hi. " * (size // 4) + "\n"


def long_sentence(size: int) -> str:
    """Return one sentence of comma-separated clauses."""
    clauses = []
    total, index = 0, 0
    while total < size:
        clause = " ".join(WORDS[index % 11 : index % 11 + 5])
        clauses.append(clause)
        total += len(clause) + 2
        index += 1
    return "Our platform " + ", ".join(clauses) + ".\n"


def unpunctuated(size: int) -> str:
    """Return one line of words without punctuation."""
    return _words(size) + "\n"


def markdown(size: int) -> str:
    """Return Markdown full of openers that never close (emphasis, links, code, quotes)."""
    unit = "*a _b [c `d <e **f > g ![h "
    lines, total = [], 0
    while total < size:
        line = unit * 4
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines) + "\n"


SHAPES = {
    "paragraph": paragraph,
    "tiny-sentences": tiny_sentences,
    "long-sentence": long_sentence,
    "unpunctuated": unpunctuated,
    "markdown": markdown,
}

CHILD = """
import json, resource, sys, time
sys.path.insert(0, {here!r})
from scaling import SHAPES
from jargonlint.config import Config
from jargonlint.document.reader import read_document
from jargonlint.engine import Linter
from jargonlint.packs.catalog import load_catalog
from jargonlint.packs.selection import select_rules
config = Config()
linter = Linter.from_catalog(load_catalog(), config)
warm = read_document("warm.md", data=b"Our platform leverages AI. You get a text.\\n")
list(linter.lint([warm]))
data = SHAPES[{shape!r}]({size}).encode()
repeat = max(1, 100_000 // len(data))  # small cases run often enough to time them steadily
started = time.process_time()
for _ in range(repeat):
    document = read_document("case.md", data=data)
    results = linter.lint([document])
seconds = (time.process_time() - started) / repeat
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(json.dumps({{"seconds": seconds, "bytes": len(data), "peak": peak,
                  "findings": sum(len(r.findings) for r in results),
                  "error": results[0].error}}))
"""


def run_case(shape: str, size: int) -> dict:
    """Return the child's measurement of one shape at one size."""
    here = str(__import__("pathlib").Path(__file__).resolve().parent)
    code = CHILD.format(here=here, shape=shape, size=size)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if done.returncode != 0:
        return {"failed": done.stderr.strip().splitlines()[-1:]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def sizes_up_to(limit: int, first: int = 1000) -> list[int]:
    """Return ``first``, ten times that, ... up to ``limit`` bytes."""
    sizes, size = [], first
    while size <= limit:
        sizes.append(size)
        size *= 10
    return sizes


def main() -> int:
    """Print the scaling table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-bytes", type=int, default=10_000_000)
    parser.add_argument("--min-bytes", type=int, default=1000, help="first size (ratios use it)")
    parser.add_argument("--shapes", default=",".join(SHAPES))
    args = parser.parse_args()
    print(f"{'shape':<16}{'bytes':>11}{'seconds':>9}{'us/byte':>9}{'ratio':>7}{'MiB':>6}  findings")
    for shape in args.shapes.split(","):
        first = None
        for size in sizes_up_to(args.max_bytes, args.min_bytes):
            row = run_case(shape, size)
            if "failed" in row:
                print(f"{shape:<16}{size:>11}  failed: {row['failed']}")
                continue
            per_byte = row["seconds"] / row["bytes"] * 1e6
            first = first or per_byte
            note = row["findings"] if not row["error"] else f"error: {row['error']}"
            print(
                f"{shape:<16}{row['bytes']:>11}{row['seconds']:>9.2f}{per_byte:>9.2f}"
                f"{per_byte / first:>7.2f}{row['peak']:>6}  {note}",
                flush=True,
            )
    _ = resource  # the children report their own peak memory
    return 0


if __name__ == "__main__":
    sys.exit(main())
