"""One lint run from start to end: config and rules in, RunResult out. No printing here."""

from __future__ import annotations

import time
from dataclasses import dataclass

from .config import Config
from .discovery import discover
from .document.model import Document
from .document.reader import read_document
from .engine import Linter
from .errors import InputError
from .packs.catalog import Catalog
from .packs.selection import catalog_for, select_rules
from .results import FileResult, RunResult

FILES_PER_BATCH = 200
"""Documents linted together: enough to fill parse batches, few enough to bound memory."""


@dataclass(frozen=True)
class StdinInput:
    """Text read from standard input, with the file name that picks its format."""

    data: bytes
    filename: str | None = None


def _read(path: str, config: Config, stdin: StdinInput | None) -> Document | FileResult:
    fields = tuple(config.front_matter_fields)
    try:
        if stdin is not None:
            name = stdin.filename or "<stdin>"
            fmt = None if stdin.filename else "text"
            return read_document(name, data=stdin.data, fmt=fmt, front_matter_fields=fields)
        return read_document(path, front_matter_fields=fields)
    except InputError as error:
        return FileResult(path, error=str(error))


def lint_paths(
    paths: list[str],
    config: Config,
    stdin: StdinInput | None = None,
    catalog: Catalog | None = None,
) -> tuple[RunResult, dict[str, str]]:
    """Return the run's result and the text of every document read (for reporters' context)."""
    started = time.perf_counter()
    catalog = catalog or catalog_for(config)
    rules = select_rules(catalog, config)
    linter = Linter(rules, config, catalog.lexicons)
    targets = discover(
        [p for p in paths if p != "-"], config.root, tuple(config.include), tuple(config.exclude)
    )
    names = [stdin.filename or "<stdin>"] if stdin is not None and "-" in paths else []
    results: dict[str, FileResult] = {}
    order: list[str] = names + [t.path for t in targets]
    for target in targets:
        if target.error:
            results[target.path] = FileResult(target.path, error=target.error)
    pending = ([("-", stdin)] if names else []) + [(t.path, None) for t in targets if not t.error]
    sources: dict[str, str] = {}
    for index in range(0, len(pending), FILES_PER_BATCH):
        documents = []
        for path, data in pending[index : index + FILES_PER_BATCH]:
            read = _read(path, config, data)
            if isinstance(read, FileResult):
                results[read.path] = read
            else:
                documents.append(read)
                sources[read.path] = read.text
        for result in linter.lint(documents):
            results[result.path] = result
    files = [results[path] for path in order if path in results]
    elapsed = time.perf_counter() - started
    return RunResult(files, rules, elapsed, config.fail_level), sources
