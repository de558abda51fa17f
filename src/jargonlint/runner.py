"""One lint run from start to end: configs and rules in, RunResult out. No printing here.

Results come out as each file finishes, through a ``RunObserver`` (the command line streams
them to the terminal); the RunResult at the end holds them all, in the order named.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO

from .config import Config
from .config_tree import ConfigTree
from .discovery import Target, discover
from .document.reader import read_document, read_stdin
from .errors import InputError
from .file_filter import config_selects
from .packs.selection import catalog_for
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


def text_linter(config: Config) -> Callable[[str, str], list[Finding]]:
    """Return ``relint(path, text)``: the findings for ``text`` read as the file at ``path``."""
    from .engine import Linter

    linter = Linter.from_catalog(catalog_for(config), config)
    fields = tuple(config.front_matter_fields)

    def relint(path: str, text: str) -> list[Finding]:
        document = read_document(path, data=text.encode("utf-8"), front_matter_fields=fields)
        return linter.lint([document])[0].findings

    return relint


class RunObserver(Protocol):
    """Told about a run as it goes: how many files it will lint, then each finished file."""

    def started(self, total: int) -> None:
        """Called once, before the first file, with the number of files to lint."""

    def file_done(self, result: FileResult, text: str | None) -> None:
        """Called once per file in order, as soon as it is finished (``text``: its contents)."""


def lint_paths(
    paths: list[str],
    configs: Config | ConfigTree,
    stdin: StdinInput | None = None,
    catalog: Catalog | None = None,
    observer: RunObserver | None = None,
    use_cache: bool = True,
    workers: int | None = None,
) -> tuple[RunResult, dict[str, str]]:
    """Return the run's result and the text of every document read (for reporters' context).

    ``configs`` is one Config for every file, or a ConfigTree giving each file the config
    closest to it. ``observer`` hears of each file as it finishes. ``use_cache=False`` lints
    every file afresh (and stores nothing); ``workers`` caps the worker processes (default:
    one per core, used when enough files need linting).
    """
    started = time.perf_counter()
    tree = configs if isinstance(configs, ConfigTree) else ConfigTree.fixed(configs)
    scheduler = Scheduler(_catalogs(catalog), use_cache, workers)
    scheduler.note_rules(tree.default)  # a bad selector fails before any file is read

    def selects(path: Path) -> bool:
        return config_selects(tree.for_path(path), path)

    targets = discover([p for p in paths if p != "-"], selects=selects)
    jobs = _jobs(paths, targets, tree, stdin)
    warnings = [f"{t.path}: {t.warning}" for t in targets if t.warning]
    if observer is not None:
        observer.started(len(jobs))
    results: list[FileResult] = []
    sources: dict[str, str] = {}
    for result, text in iter_results(jobs, scheduler):
        results.append(result)
        if text is not None:
            sources[result.path] = text
        if observer is not None:
            observer.file_done(result, text)
    elapsed = time.perf_counter() - started
    run = RunResult(results, scheduler.rules(), elapsed, tree.default.fail_level, warnings)
    return run, sources


def _jobs(
    paths: list[str], targets: list[Target], tree: ConfigTree, stdin: StdinInput | None
) -> list[Job | FileResult]:
    """Return what to lint in order: a Job per file, or the FileResult of a file that failed
    before linting. Targets with nothing to lint (a warning) are left out."""
    jobs: list[Job | FileResult] = []
    if stdin is not None and "-" in paths:
        config = tree.for_path(stdin.filename) if stdin.filename else tree.default
        jobs.append(_stdin_job(stdin, config))
    for target in targets:
        if target.error:
            jobs.append(FileResult(target.path, error=target.error))
        elif not target.warning:
            jobs.append(Job(target.path, tree.for_path(target.path)))
    return jobs


def iter_results(
    jobs: list[Job | FileResult], scheduler: Scheduler
) -> Iterator[tuple[FileResult, str | None]]:
    """Yield ``(result, text)`` per job in order, each as soon as it is known (from the cache,
    this process or the worker pool); a file that failed has no text."""
    linted = scheduler.results(job for job in jobs if isinstance(job, Job))
    for job in jobs:
        if isinstance(job, FileResult):
            yield job, None
            continue
        result, text = next(linted)
        result.fail_level = job.config.fail_level
        yield result, None if result.error else text


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
