"""Benchmark jargonlint as a user runs it: cold, warm, one file, beside proselint and a bare parse.

Usage: python benchmarks/bench.py [--words 1000000] [--files 500] [--seed 7] [--quick]
                                  [--corpus DIR] [--no-proselint]

Builds a deterministic corpus of Markdown pages (from --seed; --quick: 100,000 words in 50
pages), then measures, each in a fresh child process, in one run:
- jargonlint cold (empty result cache) and warm (the same command again), wall and CPU time
  (the process and its workers), words per second and the largest peak memory of any process;
- a pre-commit-style run over five files that are all cached;
- a bare parse: ``nlp.pipe`` over every paragraph with the same pipeline without NER, batch 64
  (CPU of the parse alone, the model already loaded);
- proselint over the same files, when it is installed (``pip install proselint`` in the
  benchmark's environment; it is never a dependency of jargonlint);
- start-up on a new one-line file (not in the result cache, as a pre-commit run after an edit)
  with and without a parse candidate, beside the floors: the interpreter with ``import
  spacy``, and with the model loaded too;
- the share of sentences the cheap stage sends to the parser.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PROSE = {
    "tech_subject": [
        "Our platform",
        "The dashboard",
        "Our AI engine",
        "The new scheduler",
        "The app",
        "Our cloud suite",
        "The booking portal",
        "Our analytics module",
    ],
    "company_subject": ["We", "Our team", "Our company", "The founders"],
    "reader_subject": [
        "You",
        "Your team",
        "Customers",
        "Every shop",
        "Your front desk",
        "Drivers",
        "Guests",
        "Your mechanics",
    ],
    "verb": [
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
        "checks",
        "confirms",
    ],
    "reader_verb": ["book", "see", "get", "pay for", "pick up", "change", "cancel", "print"],
    "object": [
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
        "the spare key",
        "tyre quotes",
        "the loan car",
    ],
    "tail": [
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
        "from the waiting room",
        "on the way home",
    ],
    "plain": [
        "Most repairs take under two hours",
        "Bring the car in before nine and collect it after five",
        "Parking is free behind the shop",
        "The waiting room has coffee and a charger",
        "Prices include parts and labour",
        "Winter tyres are in stock from October",
        "Call the front desk if you are running late",
        "A courtesy car is free for repairs over one day",
        "Cards, cash and bank transfers are all fine",
        "The shop is closed on public holidays",
        "Every quote is written down before work starts",
        "Old parts go back to you if you ask",
    ],
}
HEADINGS = [
    "Book in seconds",
    "Why shops switch",
    "Pricing",
    "What you get",
    "Next-generation scheduling",
    "Questions",
    "How it works",
    "Opening hours",
]
PLAIN_SHARE = 0.28
"""Share of plain sentences (no technology, no company): set so the share of sentences the cheap
stage sends to the parser is close to the labelled dev set's (about half)."""


def sentence(rng: random.Random) -> str:
    """Return one generated sentence of customer copy."""
    roll = rng.random()
    if roll < PLAIN_SHARE:
        return rng.choice(PROSE["plain"]) + "."
    if roll < PLAIN_SHARE + 0.2:
        words = [rng.choice(PROSE["reader_subject"]), rng.choice(PROSE["reader_verb"])]
    else:
        pool = "tech_subject" if rng.random() < 0.6 else "company_subject"
        words = [rng.choice(PROSE[pool]), rng.choice(PROSE["verb"])]
    words += [rng.choice(PROSE["object"]), rng.choice(PROSE["tail"])]
    text = " ".join(w for w in words if w)
    return text[0].upper() + text[1:] + "."


def markdown_file(rng: random.Random, words: int) -> str:
    """Return a Markdown document of about ``words`` words: headings, paragraphs, lists."""
    parts, count = [], 0
    while count < words:
        kind = rng.random()
        if kind < 0.12:
            block = "## " + rng.choice(HEADINGS)
        elif kind < 0.32:
            block = "\n".join(f"- {sentence(rng)}" for _ in range(rng.randint(2, 4)))
        else:
            block = " ".join(sentence(rng) for _ in range(rng.randint(2, 6)))
            if rng.random() < 0.3:
                block += " See `config.yaml` or [the guide](https://example.com/guide)."
        parts.append(block)
        count += len(block.split())
    return "\n\n".join(parts) + "\n"


def corpus(folder: Path, words: int, files: int, seed: int) -> list[Path]:
    """Write the corpus into ``folder`` and return the file paths."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(files):
        path = folder / f"page{index:03d}.md"
        path.write_text(markdown_file(rng, words // files), encoding="utf-8")
        paths.append(path)
    return paths


WRAPPER = """
import json, resource, subprocess, sys, time
started = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
wall = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
                  "peak": usage.ru_maxrss / 1024, "code": done.returncode,
                  "stderr": done.stderr.decode(errors="replace")[-300:]}))
"""


def measure(command: list[str], env: dict[str, str]) -> dict:
    """Return wall and CPU seconds (with every descendant) and the largest peak RSS (MiB)."""
    done = subprocess.run(
        [sys.executable, "-c", WRAPPER, *command], capture_output=True, text=True, env=env
    )
    return json.loads(done.stdout)


BARE = """
import json, sys, time
from pathlib import Path
from jargonlint.config import Config
from jargonlint.document.reader import read_document
from jargonlint.engine import Linter
from jargonlint.nlp import PARSE_BATCH_SIZE, resolve_model_name
from jargonlint.packs.catalog import load_catalog
from jargonlint.packs.selection import select_rules
paths = sorted(Path(sys.argv[1]).glob("*.md"))
documents = [read_document(str(p)) for p in paths]
words = sum(len(b.text.split()) for d in documents for b in d.blocks)
config = Config()
linter = Linter.from_catalog(load_catalog(), config)
sentences = candidates = 0
for document in documents:  # the engine's own choice (the hero rule adds the document's names)
    item = linter._analyze(document)
    sentences += len(item.sentences)
    candidates += len(linter._candidates(item))
# spaCy's own pipeline as a user would load it (jargonlint's full_pipeline speeds up its
# attribute ruler; the yardstick is the plain one).
import spacy
nlp = spacy.load(resolve_model_name(None), exclude=["ner"])
paragraphs = [b.text for d in documents for b in d.blocks]
started = time.process_time()
for _ in nlp.pipe(paragraphs, batch_size=PARSE_BATCH_SIZE):
    pass
print(json.dumps({"cpu": time.process_time() - started, "words": words,
                  "sentences": sentences, "candidates": candidates,
                  "pipes": list(nlp.pipe_names)}))
"""


def jargonlint_command() -> list[str]:
    """Return the command that runs jargonlint from this environment."""
    exe = Path(sys.executable).with_name("jargonlint")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "jargonlint"]


def proselint_command() -> list[str] | None:
    """Return the proselint command beside this interpreter (or on PATH), or None."""
    exe = Path(sys.executable).with_name("proselint")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("proselint")
    return [found] if found else None


def _row(name: str, m: dict, words: int, note: str = "") -> str:
    rate = words / m["wall"] if words else 0
    rate_text = f"{rate:>10,.0f}" if words else f"{'':>10}"
    return (
        f"| {name:<34}| {m['wall']:>7.2f} | {m['cpu']:>7.2f} | {rate_text} "
        f"| {m['peak']:>6.0f} | {note} |"
    )


def main() -> int:
    """Print the benchmark table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="100,000 words in 50 pages")
    parser.add_argument("--corpus", type=Path, help="lint copies of these Markdown files")
    parser.add_argument("--no-proselint", action="store_true")
    args = parser.parse_args()
    if args.quick:
        args.words, args.files = 100_000, 50
    with tempfile.TemporaryDirectory(prefix="jargonlint-bench-") as tmp:
        root = Path(tmp)
        folder = root / "pages"
        if args.corpus:
            folder.mkdir()
            for source in sorted(args.corpus.glob("*.md")):
                (folder / source.name).write_bytes(source.read_bytes())
        else:
            corpus(folder, args.words, args.files, args.seed)
        env = {**os.environ, "JARGONLINT_CACHE_DIR": str(root / "cache"), "HOME": str(root)}
        env.pop("XDG_CACHE_HOME", None)
        print_table(folder, root, env, not args.no_proselint)
    return 0


def print_table(folder: Path, root: Path, env: dict[str, str], with_proselint: bool) -> None:
    """Run every measurement and print the Markdown table and the ratios."""
    jl = jargonlint_command()
    files = sorted(folder.glob("*.md"))
    bare = json.loads(
        subprocess.run(
            [sys.executable, "-c", BARE, str(folder)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout
    )
    words = bare["words"]
    cold = measure([*jl, "--format", "json", str(folder)], env)
    warm = measure([*jl, "--format", "json", str(folder)], env)
    hook = measure([*jl, *map(str, files[:5])], env)
    prose = proselint_command() if with_proselint else None
    pl = measure([*prose, "check", "-o", "json", str(folder)], env) if prose else None
    one = root / "one.md"
    one.write_text("Open every day from nine to five.\n", encoding="utf-8")
    plain = measure([*jl, str(one)], env)
    needs = root / "needs.md"
    needs.write_text("Our platform leverages AI to streamline bookings.\n", encoding="utf-8")
    parse = measure([*jl, str(needs)], env)
    floor_import = measure([sys.executable, "-c", "import spacy"], env)
    model = (
        "import spacy; from jargonlint.nlp import resolve_model_name as r; "
        "spacy.load(r(None), exclude=['ner'])"
    )
    floor_model = measure([sys.executable, "-c", model], env)

    print(f"corpus: {len(files)} Markdown pages, {words:,} prose words; pipeline: {bare['pipes']}")
    print()
    print("| run | wall s | CPU s | words/s | peak MiB | note |")
    print("|---|---:|---:|---:|---:|---|")
    print(_row("jargonlint cold (empty cache)", cold, words, f"exit {cold['code']}"))
    print(
        _row(
            "jargonlint warm (second run)", warm, words, f"{warm['wall'] / cold['wall']:.3f}x cold"
        )
    )
    print(_row("pre-commit: 5 files, all cached", hook, 0, "never imports spaCy"))
    if pl is not None:
        print(_row("proselint 0.16 (same files)", pl, words, "not a dependency"))
    bare_row = {"wall": bare["cpu"], "cpu": bare["cpu"], "peak": 0}
    print(_row("bare nlp.pipe, no NER, batch 64", bare_row, words, "parse only, model loaded"))
    print(_row("one new line, no parse candidate", plain, 0, "not in the cache"))
    print(_row("one new line, parse candidate", parse, 0, "not in the cache"))
    print(_row("floor: python -c 'import spacy'", floor_import, 0, ""))
    print(_row("floor: import spacy + load model", floor_model, 0, ""))
    print()
    share = bare["candidates"] / max(bare["sentences"], 1)
    print(f"- sentences parsed: {bare['candidates']:,} of {bare['sentences']:,} ({share:.0%})")
    if pl is not None:
        print(f"- cold wall / proselint wall: {cold['wall'] / pl['wall']:.2f} (goal <= 1.5)")
    print(f"- cold CPU / bare parse CPU: {cold['cpu'] / bare['cpu']:.2f} (goal <= 0.5)")
    print(f"- warm wall / cold wall: {warm['wall'] / cold['wall']:.3f} (goal <= 0.1)")
    print(f"- pre-commit, all cached: {hook['wall']:.2f} s wall (goal <= 0.3)")
    print(
        f"- one file needing the parse, CPU above the model floor: "
        f"{parse['cpu'] - floor_model['cpu']:+.2f} s (goal <= 0.3); without a candidate, "
        f"above the import floor: {plain['cpu'] - floor_import['cpu']:+.2f} s"
    )
    print(f"- largest process: {max(cold['peak'], warm['peak']):.0f} MiB (goal <= 500)")


if __name__ == "__main__":
    sys.exit(main())
