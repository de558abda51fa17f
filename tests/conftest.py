"""Shared helpers: lint a string in-process with the shipped rules; the session's own cache."""

from __future__ import annotations

import atexit
import importlib.util
import os
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

import pytest

from jargonlint.config import Config
from jargonlint.document.reader import read_document
from jargonlint.engine import Linter
from jargonlint.packs.catalog import load_catalog
from jargonlint.packs.selection import select_rules

DATA = Path(__file__).parent / "data"
CACHE_PREFIX = "jargonlint-test-cache-"


def pytest_configure(config) -> None:
    """Give the test session its own jargonlint cache folder, never the user's ~/.cache.

    Set in the environment, so the subprocesses that tests start use it too. It is removed at
    exit, after the inflection cache has written itself there (atexit runs in reverse order).
    """
    folder = tempfile.mkdtemp(prefix=CACHE_PREFIX)
    os.environ["JARGONLINT_CACHE_DIR"] = folder
    atexit.register(shutil.rmtree, folder, ignore_errors=True)


@lru_cache(maxsize=1)
def shipped_catalog():
    """Return the catalogue of shipped rules (loaded once per test session)."""
    return load_catalog()


@lru_cache(maxsize=64)
def _linter(config: Config) -> Linter:
    return Linter(select_rules(shipped_catalog(), config), config, shipped_catalog().lexicons)


def lint_text(text: str, fmt: str = "text", **overrides):
    """Return the findings for ``text`` read as ``fmt``, linted with the shipped rules."""
    config = Config().with_overrides(**overrides) if overrides else Config()
    suffix = {"markdown": ".md", "html": ".html", "text": ".txt"}[fmt]
    document = read_document(
        f"example{suffix}",
        data=text.encode("utf-8"),
        fmt=fmt,
        front_matter_fields=config.front_matter_fields,
    )
    return _linter(config).lint([document])[0].findings


def codes(findings) -> list[str]:
    """Return the codes of findings, in order."""
    return [f.code for f in findings]


@pytest.fixture
def lint():
    """Provide lint_text to tests."""
    return lint_text


def make_finding(**changes):
    """Return a JL101 Finding ("utilize" on line 3 of docs/page.md), changed by keyword."""
    from jargonlint.findings import Finding, Suggestion

    line = changes.get("line", 3)
    values = dict(
        path="docs/page.md",
        line=line,
        column=8,
        end_line=line,
        end_column=15,
        offset=line * 40,
        end_offset=line * 40 + 7,
        code="JL101",
        name="pompous-verb",
        category="plain-words",
        level="warning",
        message="“utilize” is a formal word for “use”.",
        match="utilize",
        suggestions=(Suggestion("use", "replace", True),),
        context="Please utilize the side door.",
    )
    values.update(changes)
    return Finding(**values)


def run_of(*findings, paths: tuple[str, ...] = ()):
    """Return a RunResult holding the findings, one FileResult per path (plus clean ``paths``)."""
    from jargonlint.results import FileResult, RunResult

    files: dict[str, FileResult] = {p: FileResult(p) for p in paths}
    for item in findings:
        files.setdefault(item.path, FileResult(item.path)).findings.append(item)
    return RunResult(list(files.values()), [])


def plain_document(*paragraphs: str):
    """Return a Document of verbatim paragraphs separated by blank lines (no reader involved)."""
    from jargonlint.document.model import Block, Document
    from jargonlint.document.sourcemap import SourceMapBuilder

    blocks, offset = [], 0
    for paragraph in paragraphs:
        builder = SourceMapBuilder()
        builder.verbatim(paragraph, offset)
        text, source_map = builder.build()
        blocks.append(Block(text, source_map))
        offset += len(paragraph) + 2
    return Document("example.txt", "\n\n".join(paragraphs), blocks)


def source_of(text: str, block, fragment: str, occurrence: int = 0) -> str:
    """Return the file text that ``fragment`` (found in the block's prose) maps to."""
    at = -1
    for _ in range(occurrence + 1):
        at = block.text.index(fragment, at + 1)
    start, end = block.source_map.source_span(at, at + len(fragment))
    return text[start:end]


def load_script(name: str):
    """Import ``scripts/<name>.py`` as a module (the scripts folder is not a package)."""
    path = Path(__file__).resolve().parents[1] / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
