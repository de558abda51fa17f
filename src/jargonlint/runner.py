"""One lint run from start to end: config and rules in, RunResult out. No printing here."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .config import check_selectors
from .discovery import discover
from .document.reader import read_document, read_stdin
from .errors import InputError
from .results import FileResult, RunResult
from .scheduler import Job, Scheduler

if TYPE_CHECKING:
    from .findings import Finding
    from .packs.catalog import Catalog


@dataclass(frozen=True)
class StdinInput:
    """Text read from standard input, with the file name that picks its format."""

    data: bytes
    filename: str | None = None
    error: str | None = None
    """Why standard input could not be read (closed, too large), or None."""

    @property
    def name(self) -> str:
        """Return the name findings and errors are reported under."""
        return self.filename or "<stdin>"


def stdin_input(stream: TextIO | None, filename: str | None) -> StdinInput:
    """Return standard input's bytes (bounded), or the reason they could not be read."""
    try:
        return StdinInput(read_stdin(getattr(stream, "buffer", None)), filename)
    except InputError as error:
        return StdinInput(b"", filename, str(error))


def text_linter(config) -> Callable[[str, str], list[Finding]]:
    """Return ``relint(path, text)``: the findings for ``text`` read as the file at ``path``."""
    from .engine import Linter
    from .packs.selection import select_rules

    linter = Linter(select_rules(catalog_for(config), config), config)
    fields = tuple(config.front_matter_fields)

    def relint(path: str, text: str) -> list[Finding]:
        document = read_document(path, data=text.encode("utf-8"), front_matter_fields=fields)
        return linter.lint([document])[0].findings

    return relint


def catalog_for(config) -> Catalog:
    """Return the rule catalogue for a config, its selectors checked against it."""
    from .packs.catalog import load_catalog

    catalog = load_catalog(tuple(Path(p) for p in config.packs))
    check_selectors(
        config,
        {r.code for r in catalog.rules},
        {r.name for r in catalog.rules},
        {r.category for r in catalog.rules},
    )
    return catalog


def lint_paths(
    paths: list[str],
    config,
    stdin: StdinInput | None = None,
    catalog: Catalog | None = None,
    use_cache: bool = True,
    workers: int | None = None,
) -> tuple[RunResult, dict[str, str]]:
    """Return the run's result and the text of every document read (for reporters' context).

    ``use_cache=False`` lints every file afresh (and stores nothing); ``workers`` caps the
    worker processes (default: one per core, used when enough files need linting).
    """
    started = time.perf_counter()
    results: list[FileResult] = []
    sources: dict[str, str] = {}
    scheduler = Scheduler(_catalogs(catalog), use_cache, workers)
    for result, text in iter_results(paths, config, scheduler, stdin):
        results.append(result)
        if text is not None:
            sources[result.path] = text
    elapsed = time.perf_counter() - started
    return RunResult(results, scheduler.rules(), elapsed, config.fail_level), sources


def iter_results(
    paths: list[str], config, scheduler: Scheduler, stdin: StdinInput | None = None
) -> Iterator[tuple[FileResult, str | None]]:
    """Yield ``(result, text)`` per file in the order named, each as soon as it is known."""
    targets = discover(
        [p for p in paths if p != "-"], config.root, tuple(config.include), tuple(config.exclude)
    )
    jobs: list[Job | FileResult] = []
    if stdin is not None and "-" in paths:
        jobs.append(_stdin_job(stdin, config))
    for target in targets:
        failed = FileResult(target.path, error=target.error) if target.error else None
        jobs.append(failed or Job(target.path, config))
    linted = scheduler.results(job for job in jobs if isinstance(job, Job))
    for job in jobs:
        yield (job, None) if isinstance(job, FileResult) else next(linted)


def _stdin_job(stdin: StdinInput, config) -> Job | FileResult:
    if stdin.error:
        return FileResult(stdin.name, error=stdin.error)
    return Job(stdin.name, config, stdin.data, None if stdin.filename else "text")


def _catalogs(catalog: Catalog | None):
    """Return the function giving a config's catalogue: the one given, else loaded once each."""
    if catalog is not None:
        return _Given(catalog)
    return catalog_for


@dataclass(frozen=True)
class _Given:
    """A catalogue fixed in advance (tests, benchmarks), callable like catalog_for."""

    catalog: Catalog

    def __call__(self, config) -> Catalog:
        return self.catalog
