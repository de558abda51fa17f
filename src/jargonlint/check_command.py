"""The `check` command's work: configs, lint, only-new filters, reports, exit code."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TextIO

from .baseline import filter_baseline, write_baseline
from .config_tree import ConfigTree
from .errors import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS
from .filters import Filters, force_exclude
from .gitdiff import repository_root
from .reporters import make_reporter, write_report_file
from .reporters.base import Reporter
from .results import FileResult, RunResult
from .runner import StdinInput, lint_paths, stdin_input
from .terminal import Progress


@dataclass(frozen=True)
class CheckOptions:
    """Everything `jargonlint check` was asked to do (None: the config decides)."""

    paths: tuple[str, ...]
    config_path: str | None = None
    overrides: tuple[tuple[str, object], ...] = ()
    """Config overrides from flags (audience, select, ...), None values already dropped."""
    output_format: str = "text"
    color: bool = False
    exit_zero: bool = False
    stdin_filename: str | None = None
    changed_since: str | None = None
    baseline: str | None = None
    write_baseline: bool = False
    summary_path: str | None = None
    sarif_file: str | None = None
    force_exclude: bool = False
    fix: bool = False
    fix_preview: bool = False
    """Show the fixes as a unified diff and write nothing (`--fix --diff`)."""
    quiet: bool = False
    statistics: bool = False
    measures: bool = False
    use_cache: bool = True
    """Read and write the result cache (``--no-cache`` turns it off)."""


@dataclass
class Run:
    """What every stage of one check needs: options, configs, filters, streams, progress."""

    options: CheckOptions
    tree: ConfigTree
    filters: Filters
    paths: list[str]
    stdin: StdinInput | None
    stdout: TextIO
    stderr: TextIO
    progress: Progress
    refused: list[tuple[str, str]] = field(default_factory=list)
    """Files --fix would not touch, and why (the run then exits 2)."""

    def note(self, message: str) -> None:
        """Tell the user something on stderr (not with --quiet)."""
        if not self.options.quiet:
            self.progress.clear()
            self.stderr.write(f"jargonlint: {message}\n")


def run_check(options: CheckOptions, stdin: TextIO | None, stdout: TextIO, stderr: TextIO) -> int:
    """Lint, filter, report to ``stdout`` and return the exit code."""
    tree = ConfigTree(options.config_path, dict(options.overrides))
    baseline = Path(options.baseline) if options.baseline else None
    # Bad refs and unreadable baselines fail here, before seconds of linting.
    filters = Filters(baseline if not options.write_baseline else None, options.changed_since)
    paths = list(options.paths)
    if options.force_exclude:
        paths = force_exclude(paths, tree.for_path)
    text_in = stdin_input(stdin, options.stdin_filename) if "-" in paths else None
    progress = Progress.for_stream(stderr, quiet=options.quiet)
    run = Run(options, tree, filters, paths, text_in, stdout, stderr, progress)
    if options.fix or options.fix_preview:
        from .fix_command import run_fix

        code = run_fix(run)
        if code is not None:
            return code
    return lint_and_report(run)


class _Streamer:
    """Hears each finished file: filters it, prints it at once (streaming formats), counts."""

    def __init__(self, run: Run, reporter: Reporter | None, sources: dict[str, str]):
        self.run = run
        self.reporter = reporter
        self.sources = sources
        self.files: list[FileResult] = []

    def started(self, total: int) -> None:
        self.run.progress.start(total)

    def file_done(self, result: FileResult, text: str | None) -> None:
        kept = self.run.filters.apply_file(result)
        self.files.append(kept)
        if text is not None:
            self.sources[result.path] = text
        if self.reporter is not None:
            self.run.progress.clear()
            self.reporter.write_file(kept, self.run.stdout)
            self.run.stdout.flush()
        self.run.progress.advance(len(self.files), result.path)


def _reporter(run: Run, sources: dict[str, str], root: Path) -> Reporter:
    options = run.options
    if options.statistics:
        from .reporters.statistics import StatisticsReporter

        return StatisticsReporter(sources, as_json=options.output_format == "json")
    return make_reporter(
        options.output_format,
        color=options.color,
        sources=sources,
        root=root,
        measures=options.measures,
        quiet=options.quiet,
    )


def lint_and_report(run: Run) -> int:
    """Lint the paths, print each file's findings as it finishes (where the format allows),
    then the rest of the report; return the exit code."""
    options = run.options
    root = run.filters.changes.root if run.filters.changes else repository_root()
    sources: dict[str, str] = {}
    reporter = _reporter(run, sources, root)
    streaming = reporter.streams and not options.write_baseline
    streamer = _Streamer(run, reporter if streaming else None, sources)
    raw, _ = lint_paths(
        run.paths, run.tree, run.stdin, observer=streamer, use_cache=options.use_cache
    )
    run.progress.clear()
    if not streaming:  # made again now that every text is read: a reporter may copy them
        reporter = _reporter(run, sources, root)
    result = replace(raw, files=streamer.files)
    if options.write_baseline and options.baseline:
        baseline = Path(options.baseline)
        count = write_baseline(raw, baseline)
        run.note(f"recorded {count} findings in {baseline}")
        result = run.filters.apply(filter_baseline(raw, baseline))
    if options.sarif_file:
        sarif = make_reporter("sarif", root=root, sources=sources)
        write_report_file(sarif, run.filters.after_baseline(raw), options.sarif_file)
    if streaming:
        reporter.write_end(result, run.stdout)
    else:
        reporter.write(result, run.stdout)
    for warning in result.warnings:
        run.note(f"warning: {warning}")
    _append_summary(options, result, root)
    return exit_code(result, options.exit_zero, bool(run.refused))


def _append_summary(options: CheckOptions, result: RunResult, root: Path) -> None:
    summary_path = options.summary_path
    if options.output_format == "github" and not summary_path:
        summary_path = os.environ.get("GITHUB_STEP_SUMMARY") or None
    if summary_path:
        from .reporters.summary import append_summary

        append_summary(result, summary_path, root)


def exit_code(result: RunResult, exit_zero: bool = False, refused: bool = False) -> int:
    """Return 2 when a file could not be read (or --fix refused one), 1 for findings at the
    fail level, else 0."""
    if result.had_errors or refused:
        return EXIT_ERROR
    if result.failing and not exit_zero:
        return EXIT_FINDINGS
    return EXIT_CLEAN
