"""One lint run from start to end: config and rules in, RunResult out. No printing here."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from .config import Config
from .discovery import discover
from .document.model import Document
from .document.reader import read_document, read_stdin
from .engine import Linter
from .errors import InputError, JargonlintError
from .findings import Finding
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
    linter = Linter.from_catalog(catalog_for(config), config)
    fields = tuple(config.front_matter_fields)

    def relint(path: str, text: str) -> list[Finding]:
        document = read_document(path, data=text.encode("utf-8"), front_matter_fields=fields)
        return linter.lint([document])[0].findings

    return relint


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


def _lint_each(linter: Linter, documents: list[Document]) -> list[FileResult]:
    """Return the batch's results; when the batch fails, lint one by one to find the culprit."""
    try:
        return linter.lint(documents)
    except JargonlintError:
        raise  # the run's own problem (the model cannot load): not one file's
    except Exception as error:
        if len(documents) == 1:
            return [FileResult(documents[0].path, error=internal_error("linting", error))]
    return [result for document in documents for result in _lint_each(linter, [document])]


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
    names = [stdin.name] if stdin is not None and "-" in paths else []
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
        for result in _lint_each(linter, documents):
            results[result.path] = result
    files = [results[path] for path in order if path in results]
    elapsed = time.perf_counter() - started
    return RunResult(files, rules, elapsed, config.fail_level), sources
