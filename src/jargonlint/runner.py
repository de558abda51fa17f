"""One lint run from start to end: configs and rules in, RunResult out. No printing here.

Results come out as each file finishes, through a ``RunObserver`` (the command line streams
them to the terminal); the RunResult at the end holds them all, in the order named.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TextIO

from .config import Config
from .config_tree import ConfigTree
from .discovery import Target, discover
from .document.model import Document
from .document.reader import read_document, read_stdin
from .engine import Linter
from .errors import InputError, JargonlintError
from .file_filter import config_selects
from .findings import Finding
from .packs.catalog import Catalog
from .packs.selection import catalog_for
from .results import FileResult, RunResult

FILES_PER_BATCH = 200
"""Documents linted together: enough to fill parse batches, few enough to bound memory."""


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


def _read(path: str, config: Config, stdin: StdinInput | None) -> Document | FileResult:
    fields = tuple(config.front_matter_fields)
    if stdin is not None:
        path = stdin.name
    try:
        if stdin is not None:
            if stdin.error:
                raise InputError(stdin.error)
            fmt = None if stdin.filename else "text"
            return read_document(path, data=stdin.data, fmt=fmt, front_matter_fields=fields)
        return read_document(path, front_matter_fields=fields)
    except InputError as error:
        return FileResult(path, error=str(error))
    except Exception as error:  # one bad file never sinks the run: it becomes its error
        return FileResult(path, error=internal_error("reading", error))


def internal_error(stage: str, error: BaseException) -> str:
    """Return a one-line, bounded message for an unexpected failure on one file."""
    detail = " ".join(str(error).split())[:200]
    return f"internal error while {stage} this file: {type(error).__name__}: {detail}"


def _lint_each(linter: Linter, documents: list[Document]) -> Iterator[FileResult]:
    """Yield the documents' results as each is done; when linting fails, lint the documents
    not yet done one by one, so the one that fails becomes that file's error."""
    done = 0
    try:
        for result in linter.lint_iter(documents):
            done += 1
            yield result
    except JargonlintError:
        raise  # the run's own problem (the model cannot load): not one file's
    except Exception as error:
        rest = documents[done:]
        if len(rest) == 1:
            yield FileResult(rest[0].path, error=internal_error("linting", error))
            return
        for document in rest:
            yield from _lint_each(linter, [document])


class _Linters:
    """One Linter per config (rules selected once each), created when a file first needs it."""

    def __init__(self, catalog: Catalog | None):
        self.catalog = catalog
        self.by_config: dict[Config, Linter] = {}

    def for_config(self, config: Config) -> Linter:
        if config not in self.by_config:
            catalog = self.catalog or catalog_for(config)
            self.by_config[config] = Linter.from_catalog(catalog, config)
        return self.by_config[config]

    def rules(self) -> list:
        """Return the active rules of every linter, each code once."""
        seen: dict[str, object] = {}
        for linter in self.by_config.values():
            for code, rule in linter.rules.items():
                seen.setdefault(code, rule)
        return [seen[code] for code in sorted(seen)]


def _batch_results(
    entries: list[tuple[str, StdinInput | None, Config]], linters: _Linters
) -> Iterator[tuple[FileResult, str | None]]:
    """Yield (result, text) for a batch of files in order, each as soon as it is linted."""
    read = [(_read(path, config, data), config) for path, data, config in entries]
    # Consecutive documents with the same config are linted together (parse batches).
    runs: list[tuple[Config, list[Document]]] = []
    for item, config in read:
        if isinstance(item, Document):
            if not runs or runs[-1][0] is not config:
                runs.append((config, []))
            runs[-1][1].append(item)
    streams = iter([_lint_each(linters.for_config(config), docs) for config, docs in runs])
    current: Iterator[FileResult] = iter(())
    for item, config in read:
        if isinstance(item, FileResult):
            yield item, None
            continue
        result = next(current, None)
        if result is None:
            current = next(streams)
            result = next(current)
        result.fail_level = config.fail_level
        yield result, None if result.error else item.text


def lint_paths(
    paths: list[str],
    configs: Config | ConfigTree,
    stdin: StdinInput | None = None,
    catalog: Catalog | None = None,
    observer: RunObserver | None = None,
) -> tuple[RunResult, dict[str, str]]:
    """Return the run's result and the text of every document read (for reporters' context).

    ``configs`` is one Config for every file, or a ConfigTree giving each file the config
    closest to it. ``observer`` hears of each file as it finishes.
    """
    started = time.perf_counter()
    tree = configs if isinstance(configs, ConfigTree) else ConfigTree.fixed(configs)
    linters = _Linters(catalog)
    linters.for_config(tree.default)  # a bad selector fails before any file is read

    def selects(path: Path) -> bool:
        return config_selects(tree.for_path(path), path)

    targets = discover([p for p in paths if p != "-"], selects=selects)
    entries = _entries(paths, targets, tree, stdin)
    warnings = [f"{t.path}: {t.warning}" for t in targets if t.warning]
    if observer is not None:
        observer.started(sum(1 for e in entries if not isinstance(e, Target) or e.error))
    results: list[FileResult] = []
    sources: dict[str, str] = {}
    for result, text in _results(entries, tree, linters):
        results.append(result)
        if text is not None:
            sources[result.path] = text
        if observer is not None:
            observer.file_done(result, text)
    elapsed = time.perf_counter() - started
    run = RunResult(results, linters.rules(), elapsed, tree.default.fail_level, warnings)
    return run, sources


def _entries(
    paths: list[str], targets: list[Target], tree: ConfigTree, stdin: StdinInput | None
) -> list:
    """Return what to lint in order: (path, stdin or None, config or None) or a Target that
    failed (error) or has nothing to lint (warning)."""
    entries: list = []
    if stdin is not None and "-" in paths:
        config = tree.for_path(stdin.filename) if stdin.filename else tree.default
        entries.append((stdin.name, stdin, config))
    for target in targets:
        entries.append(target if target.error or target.warning else (target.path, None, None))
    return entries


def _results(
    entries: list, tree: ConfigTree, linters: _Linters
) -> Iterator[tuple[FileResult, str | None]]:
    """Yield every entry's result in order: discovery errors as they stand, files linted."""
    batch: list[tuple[str, StdinInput | None, Config]] = []
    for entry in entries:
        if isinstance(entry, Target):
            if entry.error:
                yield from _batch_results(batch, linters)
                batch = []
                yield FileResult(entry.path, error=entry.error), None
            continue
        path, data, config = entry
        batch.append((path, data, config or tree.for_path(path)))
        if len(batch) >= FILES_PER_BATCH:
            yield from _batch_results(batch, linters)
            batch = []
    yield from _batch_results(batch, linters)
