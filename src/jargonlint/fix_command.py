"""`--fix`, `--fix --diff` and `--fix` on standard input: apply, preview or print the fixes."""

from __future__ import annotations

from dataclasses import replace

from .check_command import Run, exit_code
from .config import Config
from .config_tree import ConfigTree
from .errors import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, InputError
from .findings import Finding
from .fix_plan import FilePlan, plan_fixes, unified_diff, written_as_utf8
from .fixes import Relint, fix_files
from .reporters import make_reporter
from .reporters.words import plural
from .results import RunResult
from .runner import StdinInput, lint_paths, text_linter


def _fixes(count: int) -> str:
    return plural(count, "safe fix", "safe fixes")


def relinter(tree: ConfigTree) -> Relint:
    """Return ``relint(path, text)`` that lints a fixed text with the config of its path."""
    linters: dict[Config, Relint] = {}

    def relint(path: str, text: str) -> list[Finding]:
        config = tree.for_path(path)
        if config not in linters:
            linters[config] = text_linter(config)
        return linters[config](path, text)

    return relint


def run_fix(run: Run) -> int | None:
    """Apply or preview the safe fixes; return the exit code, or None to lint and report next.

    Every safe fix in the files is made, as before --changed-since and --baseline filter the
    report: `fixes.stable_edits` judges a fix against every finding of the fixed text.
    """
    if run.stdin is not None:
        if len(run.paths) > 1:
            raise InputError("--fix with standard input (-) takes no other paths")
        return _fix_stdin(run)
    # --fix never acts on findings it did not compute itself: the cache is not read for them.
    result, sources = lint_paths(run.paths, run.tree, run.stdin, use_cache=False)
    relint = relinter(run.tree)
    plans = plan_fixes(result, sources, relint)
    if run.options.fix_preview:
        return _preview(run, plans, result)
    _apply(run, plans, result, sources, relint)
    return None  # report what is left, at its new positions


def _apply(
    run: Run, plans: list[FilePlan], result: RunResult, sources: dict[str, str], relint: Relint
) -> None:
    writable = {plan.path for plan in plans if written_as_utf8(plan.path)}
    for plan in plans:
        if plan.path not in writable:
            run.note(f"{plan.path}: not fixed: --fix writes UTF-8 and this file is not UTF-8")
    chosen = replace(result, files=[f for f in result.files if f.path in writable])
    report = fix_files(chosen, sources, relint)
    run.refused.extend(report.refused)
    refused = {path for path, _ in report.refused}
    for path, reason in report.refused:
        run.note(f"{path}: {reason}")
    for plan in plans:
        if plan.path in writable and plan.path not in refused:
            for change in plan.changes:
                run.note(change.describe())
    run.note(f"applied {_fixes(report.fixes)} in {plural(report.files, 'file')}")


def _preview(run: Run, plans: list[FilePlan], result: RunResult) -> int:
    """Print the unified diff of every fix and write nothing; 1 when there is something to fix."""
    for plan in plans:
        run.stdout.write(unified_diff(plan))
    count = sum(len(plan.changes) for plan in plans)
    run.note(f"would apply {_fixes(count)} in {plural(len(plans), 'file')} (nothing written)")
    if result.had_errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if plans else EXIT_CLEAN


def _fix_stdin(run: Run) -> int:
    """Print the fixed text (or its diff) to stdout and what is left to stderr, as ruff does."""
    assert run.stdin is not None
    raw, sources = lint_paths(["-"], run.tree, run.stdin, use_cache=False)
    plans = plan_fixes(raw, sources, relinter(run.tree))
    if run.options.fix_preview:
        return _preview(run, plans, raw)
    name = raw.files[0].path if raw.files else "<stdin>"
    if raw.had_errors or name not in sources:
        # Editors replace the buffer with what comes out: give back the input as it came.
        run.stdout.flush()
        buffer = getattr(run.stdout, "buffer", None)
        if buffer is not None:
            buffer.write(run.stdin.data)
        else:
            run.stdout.write(run.stdin.data.decode("utf-8", errors="replace"))
        _report(run, raw, sources)
        return EXIT_ERROR
    fixed = plans[0].fixed if plans else sources[name]
    run.stdout.write(fixed)
    run.stdout.flush()
    for plan in plans:
        for change in plan.changes:
            run.note(change.describe())
    count = sum(len(plan.changes) for plan in plans)
    run.note(f"applied {_fixes(count)} to standard input")
    again = StdinInput(fixed.encode("utf-8"), run.stdin.filename)
    left, left_sources = lint_paths(["-"], run.tree, again, use_cache=run.options.use_cache)
    left = run.filters.apply(left)
    _report(run, left, left_sources)
    return exit_code(left, run.options.exit_zero)


def _report(run: Run, result: RunResult, sources: dict[str, str]) -> None:
    """Report to stderr: stdout holds the fixed text."""
    reporter = make_reporter(
        run.options.output_format,
        sources=sources,
        measures=run.options.measures,
        quiet=run.options.quiet,
    )
    reporter.write(result, run.stderr)
