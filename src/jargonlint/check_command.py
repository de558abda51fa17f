"""The `check` command's work: config, lint, only-new filters, reports, exit code."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from .baseline import filter_baseline, write_baseline
from .config import load_config
from .errors import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS
from .filters import Filters, force_exclude
from .fixes import fix_files
from .gitdiff import repository_root
from .reporters import make_reporter, write_report_file
from .reporters.summary import append_summary
from .runner import lint_paths, stdin_input, text_linter


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
    diff_ref: str | None = None
    baseline: str | None = None
    write_baseline: bool = False
    summary_path: str | None = None
    sarif_file: str | None = None
    force_exclude: bool = False
    fix: bool = False
    use_cache: bool = True
    """Read and write the result cache (``--no-cache`` turns it off)."""


def run_check(options: CheckOptions, stdin: TextIO | None, stdout: TextIO, stderr: TextIO) -> int:
    """Lint, filter, report to ``stdout`` and return the exit code."""
    config = load_config(options.config_path).with_overrides(**dict(options.overrides))
    baseline = Path(options.baseline) if options.baseline else None
    # Bad refs and unreadable baselines fail here, before seconds of linting.
    filters = Filters(baseline if not options.write_baseline else None, options.diff_ref)
    paths = list(options.paths)
    if options.force_exclude:
        paths = force_exclude(paths, config)
    text_in = stdin_input(stdin, options.stdin_filename) if "-" in paths else None
    # --fix never acts on findings it did not compute itself: the cache is not read for them.
    first_cached = options.use_cache and not options.fix
    result, sources = lint_paths(paths, config, text_in, use_cache=first_cached)
    refused = []
    if options.fix:
        report = fix_files(result, sources, text_linter(config))
        refused = report.refused
        for path, reason in refused:
            stderr.write(f"jargonlint: {path}: {reason}\n")
        noun = "file" if report.files == 1 else "files"
        stderr.write(f"jargonlint: applied {report.fixes} safe fixes in {report.files} {noun}\n")
        if report.fixes:  # report what is left, at its new position
            result, sources = lint_paths(paths, config, text_in, use_cache=options.use_cache)
    if options.write_baseline and baseline is not None:
        count = write_baseline(result, baseline)
        stderr.write(f"jargonlint: recorded {count} findings in {baseline}\n")
        result = filter_baseline(result, baseline)
    root = filters.changes.root if filters.changes else repository_root()
    if options.sarif_file:
        sarif = make_reporter("sarif", root=root, sources=sources)
        write_report_file(sarif, filters.after_baseline(result), options.sarif_file)
    result = filters.apply(result)
    reporter = make_reporter(options.output_format, color=options.color, sources=sources, root=root)
    reporter.write(result, stdout)
    summary_path = options.summary_path
    if options.output_format == "github" and not summary_path:
        summary_path = os.environ.get("GITHUB_STEP_SUMMARY") or None
    if summary_path:
        append_summary(result, summary_path, root)
    if result.had_errors or refused:
        return EXIT_ERROR
    if result.failing and not options.exit_zero:
        return EXIT_FINDINGS
    return EXIT_CLEAN
