"""Benchmark jargonlint: words per second, peak memory, start-up, and the ratio to a bare parse.

Usage: python benchmarks/bench.py [--words 20000] [--seed 7] [--files 20] [--corpus DIR]

Generates a deterministic corpus of varied Markdown copy (from --seed), then prints:
- in-process: jargonlint's words per second over the corpus (pipeline already loaded);
- as a command: wall time and words per second of `jargonlint --format json` on the files;
- peak memory (max RSS) of that command;
- start-up: wall time of the command on a one-line file with and without a parse candidate;
- the floor: a bare `nlp.pipe` over every sentence of the same prose with the same pipeline,
  and the ratio of jargonlint's in-process time to it (below 1.0 means jargonlint parses less
  than everything, which is the point of the two-stage engine).
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from jargonlint.config import Config
from jargonlint.document.reader import read_document
from jargonlint.engine import Linter
from jargonlint.nlp import PARSE_BATCH_SIZE, full_pipeline, light_pipeline, resolve_model_name
from jargonlint.packs.catalog import load_catalog
from jargonlint.packs.selection import select_rules

SUBJECTS = [
    "Our platform",
    "The dashboard",
    "You",
    "Your team",
    "We",
    "The app",
    "Our team",
    "Customers",
    "The new scheduler",
    "Every shop",
    "Your front desk",
    "Our AI engine",
]
VERBS = [
    "leverages",
    "books",
    "sends",
    "optimizes",
    "shows",
    "streamlines",
    "tracks",
    "answers",
    "utilizes",
    "prints",
    "empowers",
    "saves",
]
OBJECTS = [
    "repair appointments",
    "late invoices",
    "the weekly rota",
    "seamless workflows",
    "customer reminders",
    "robust analytics",
    "every open ticket",
    "parts orders",
    "synergies across teams",
    "a text when the car is ready",
    "receipts by email",
]
TAILS = [
    "before lunch",
    "in order to save time",
    "with one click",
    "at scale",
    "for shops like yours",
    "without a phone call",
    "",
    "",
    "every Monday",
    "so nobody waits",
    "via our SaaS API",
]
HEADINGS = [
    "Book in seconds",
    "Why shops switch",
    "Pricing",
    "What you get",
    "Next-generation scheduling",
    "Questions",
    "How it works",
]


def sentence(rng: random.Random) -> str:
    """Return one generated sentence of customer copy."""
    words = [rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS), rng.choice(TAILS)]
    text = " ".join(w for w in words if w)
    return text[0].upper() + text[1:] + "."


def markdown_file(rng: random.Random, words: int) -> str:
    """Return a Markdown document of about ``words`` words: headings, paragraphs, lists."""
    parts, count = [], 0
    while count < words:
        kind = rng.random()
        if kind < 0.15:
            block = "## " + rng.choice(HEADINGS)
        elif kind < 0.35:
            block = "\n".join(f"- {sentence(rng)}" for _ in range(rng.randint(2, 4)))
        else:
            block = " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))
            if rng.random() < 0.3:
                block += " See `config.yaml` or [the guide](https://example.com/guide)."
        parts.append(block)
        count += len(block.split())
    return "\n\n".join(parts) + "\n"


def corpus(folder: Path, words: int, files: int, seed: int) -> list[Path]:
    """Write the corpus into ``folder`` and return the file paths."""
    rng = random.Random(seed)
    paths = []
    for index in range(files):
        path = folder / f"page{index:03d}.md"
        path.write_text(markdown_file(rng, words // files), encoding="utf-8")
        paths.append(path)
    return paths


def prose_words(paths: list[Path]) -> int:
    """Return the number of prose words jargonlint sees in the files."""
    return sum(len(b.text.split()) for p in paths for b in read_document(str(p)).blocks)


def run_command(args: list[str]) -> tuple[float, int]:
    """Return wall seconds and peak RSS (MiB) of running jargonlint with ``args``."""
    exe = shutil.which("jargonlint") or sys.executable
    cmd = [exe, *args] if exe != sys.executable else [exe, "-m", "jargonlint", *args]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    elapsed = time.perf_counter() - started
    peak = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before)
    return elapsed, peak // 1024


def main() -> int:
    """Print the benchmark figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=20000)
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--corpus", type=Path, help="lint these Markdown files instead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.corpus:
            for source in sorted(args.corpus.glob("*.md")):
                (folder / source.name).write_bytes(source.read_bytes())
            paths = sorted(folder.glob("*.md"))
        else:
            paths = corpus(folder, args.words, args.files, args.seed)
        words = prose_words(paths)
        config = Config()
        nlp = full_pipeline(resolve_model_name(None))
        catalog = load_catalog()
        linter = Linter(select_rules(catalog, config), config, catalog.lexicons)
        documents = [read_document(str(p)) for p in paths]
        started = time.perf_counter()
        results = linter.lint(documents)
        in_process = time.perf_counter() - started
        findings = sum(len(r.findings) for r in results)

        light = light_pipeline()
        sentences = [
            s.text
            for d in documents
            for doc in light.pipe(b.text for b in d.blocks)
            for s in doc.sents
            if s.text.strip()
        ]
        started = time.perf_counter()
        for _ in nlp.pipe(sentences, batch_size=PARSE_BATCH_SIZE):
            pass
        bare = time.perf_counter() - started

        command_time, peak_mib = run_command(["--format", "json", str(folder)])
        one_line = folder / "one.md"
        one_line.write_text("Open every day from nine to five.\n", encoding="utf-8")
        startup_plain, _ = run_command(["--format", "json", str(one_line)])
        one_line.write_text("Our platform leverages AI to streamline bookings.\n", encoding="utf-8")
        startup_parse, _ = run_command(["--format", "json", str(one_line)])

    origin = str(args.corpus) if args.corpus else f"generated, seed {args.seed}"
    print(f"corpus: {len(paths)} Markdown files, {words} prose words ({origin})")
    print(f"sentences parsed: {linter.parsed_sentences} of {len(sentences)}; findings: {findings}")
    print(f"in-process:   {in_process:6.2f} s  {words / in_process:8.0f} words/s")
    print(f"bare nlp.pipe:{bare:6.2f} s  {words / bare:8.0f} words/s (every sentence parsed)")
    print(f"ratio jargonlint / bare parse: {in_process / bare:.2f}")
    print(
        f"command:      {command_time:6.2f} s  {words / command_time:8.0f} words/s, "
        f"peak RSS {peak_mib} MiB"
    )
    print(f"start-up, one-line file, no parse needed: {startup_plain:.2f} s")
    print(f"start-up, one-line file, parse needed:    {startup_parse:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
