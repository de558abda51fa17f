"""LSP round-trip timings: `jargonlint lsp` in a subprocess, driven by pygls's client.

Prints, for a real page: server start to initialize answered; didOpen to the first diagnostics
(cold: right after initialize, while the pipelines may still be loading; warm: another document
once they are); and didChange to the new diagnostics, minus the debounce wait (the server's
working time after the writer pauses), over several edits. Run from the repository root:

    python benchmarks/lsp_roundtrip.py [PAGE] [--edits N]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.integration.lsp_client import EditorClient  # noqa: E402

DEBOUNCE_MS = 300


async def measure(page: Path, edits: int) -> dict[str, object]:
    """Return the timings in seconds."""
    text = page.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="jargonlint-lsp-bench-") as scratch:
        folder = Path(scratch)
        (folder / "page.md").write_text(text, encoding="utf-8")
        (folder / "second.md").write_text(text, encoding="utf-8")
        client = EditorClient()
        started = time.perf_counter()
        await client.start(ROOT, Path(os.environ.get("JARGONLINT_CACHE_DIR", folder / "cache")))
        await client.initialize_workspace(folder, {"debounceMs": DEBOUNCE_MS})
        initialized = time.perf_counter() - started

        opened = time.perf_counter()
        uri = client.open(folder / "page.md", "markdown")
        first = await client.diagnostics(uri, version=1)
        cold_open = time.perf_counter() - opened

        opened = time.perf_counter()
        second = client.open(folder / "second.md", "markdown")
        await client.diagnostics(second, version=1)
        warm_open = time.perf_counter() - opened

        changes = []
        for index in range(edits):
            edited = text + f"\nWe leverage synergy on day {index}.\n"
            changed = time.perf_counter()
            version = client.replace_all(uri, edited)
            await client.diagnostics(uri, version=version)
            changes.append(time.perf_counter() - changed - DEBOUNCE_MS / 1000)
        await client.close_session()
    return {
        "diagnostics": len(first.diagnostics),
        "initialize": initialized,
        "cold_open": cold_open,
        "warm_open": warm_open,
        "change_median": statistics.median(changes),
        "change_max": max(changes),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", nargs="?", default=str(ROOT / "examples" / "landing.md"))
    parser.add_argument("--edits", type=int, default=10)
    args = parser.parse_args()
    result = asyncio.run(measure(Path(args.page), args.edits))
    print(f"page: {args.page} ({result['diagnostics']} diagnostics)")
    print(f"start to initialize answered:           {result['initialize']:.2f} s")
    print(f"didOpen to diagnostics, first document: {result['cold_open']:.2f} s")
    print(f"didOpen to diagnostics, warm server:    {result['warm_open']:.3f} s")
    print(
        f"didChange to diagnostics (after the {DEBOUNCE_MS} ms debounce), {args.edits} edits: "
        f"median {result['change_median']:.3f} s, max {result['change_max']:.3f} s"
    )


if __name__ == "__main__":
    main()
