"""One-file start-up: CPU of `jargonlint FILE` beside the floors of importing spaCy and loading
the model.

Usage: python benchmarks/startup.py [--runs 4] [--src DIR]

Each figure is the minimum CPU (user + system) of ``--runs`` fresh processes. The file is never
in the result cache (its entries are removed before each run), while the run's manifest and the
word tables are warm, as for a pre-commit run after an edit. Two one-line files: one with no
parse candidate, one that needs the parse. ``--src DIR`` runs the jargonlint of another source
tree (``DIR/jargonlint``) with this interpreter, to compare two versions on the same machine.
The cache is a temporary folder; the user's own is never touched.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PLAIN = "Open every day from nine to five.\n"
NEEDS_PARSE = "Our platform leverages AI to streamline bookings.\n"
MODEL = (
    "import spacy; from jargonlint.nlp import resolve_model_name as r; "
    "spacy.load(r(None), exclude=['ner'])"
)


def cpu(command: list[str], env: dict[str, str], runs: int, cache: Path | None = None) -> float:
    """Return the least CPU seconds of ``runs`` runs of ``command`` (result entries cleared)."""
    best = float("inf")
    for _ in range(runs):
        if cache is not None:
            _clear_results(cache)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        used = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
        best = min(best, used)
    return best


def _clear_results(cache: Path) -> None:
    """Remove the cached results, keeping the runs' manifests and the word tables."""
    results = cache / "results"
    if results.is_dir():
        for child in results.iterdir():
            if child.name != "runs":
                shutil.rmtree(child, ignore_errors=True)


def main() -> None:
    """Print the two floors and the two one-file figures, with the differences."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=4)
    parser.add_argument("--src", help="source tree holding the jargonlint to measure")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="jargonlint-startup-") as folder:
        root = Path(folder)
        env = {**os.environ, "JARGONLINT_CACHE_DIR": str(root / "cache")}
        if args.src:
            env["PYTHONPATH"] = str(Path(args.src).resolve())
        plain, needs = root / "plain.md", root / "needs.md"
        plain.write_text(PLAIN, encoding="utf-8")
        needs.write_text(NEEDS_PARSE, encoding="utf-8")
        jl = [sys.executable, "-m", "jargonlint"]
        cpu([*jl, str(plain), str(needs)], env, 1)  # the manifest and word tables, once
        floor_import = cpu([sys.executable, "-c", "import spacy"], env, args.runs)
        floor_model = cpu([sys.executable, "-c", MODEL], env, args.runs)
        one = cpu([*jl, str(plain)], env, args.runs, root / "cache")
        parse = cpu([*jl, str(needs)], env, args.runs, root / "cache")
    print(f"floor: import spacy              {floor_import:.2f} s CPU")
    print(f"floor: import spacy + load model {floor_model:.2f} s CPU")
    print(f"one file, no parse candidate     {one:.2f} s CPU ({one - floor_import:+.2f} s)")
    print(f"one file, parse candidate        {parse:.2f} s CPU ({parse - floor_model:+.2f} s)")


if __name__ == "__main__":
    main()
