"""The command line: click commands that parse options and hand off. No formatting here."""

from __future__ import annotations

import gc
import os
import signal
import sys
import threading
import traceback

import click

from . import __version__
from .check_options import check_options, config_options
from .config import load_config
from .enums import REACHES
from .errors import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, JargonlintError
from .gate_options import gate_options, gate_overrides
from .gates import gate_rule
from .packs.selection import catalog_for
from .terminal import color_enabled


class DefaultCommandGroup(click.Group):
    """A group where a first argument that is not a subcommand means `check`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Return the arguments with `check` put in front when no subcommand is named."""
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["check", *args]
        return super().parse_args(ctx, args)

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Write the usage line: linting paths is the main use, subcommands the others."""
        formatter.write_usage(ctx.command_path, "[OPTIONS] PATHS...")
        formatter.write_usage(ctx.command_path, "COMMAND [ARGS]...", prefix="   or: ")

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Write the options of linting (the `check` command's), then the commands."""
        check_command = self.commands["check"]
        check_ctx = click.Context(check_command, info_name="check", parent=ctx)
        records = [p.get_help_record(ctx) for p in self.get_params(ctx) if p.name == "version"]
        records += [
            p.get_help_record(check_ctx)
            for p in check_command.get_params(check_ctx)
            if isinstance(p, click.Option)
        ]
        with formatter.section("Options"):
            formatter.write_dl([record for record in records if record])
        self.format_commands(ctx, formatter)


@click.group(cls=DefaultCommandGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="jargonlint")
def cli() -> None:
    """Lint customer-facing copy for tech-first language.

    \b
    jargonlint [OPTIONS] PATHS...      lint files and folders (same as `check`), - for stdin
    jargonlint rules                   list every rule
    jargonlint explain CODE            explain a rule, with examples
    jargonlint explain --parse "TEXT"  show who the hero of a sentence is, and why
    jargonlint config --show [FILE]    print the configuration (that applies to FILE)
    jargonlint test PACK...            run a rule pack's examples as tests
    jargonlint lsp                     start the language server (stdio)
    """


def _config_options(func):
    for decorator in reversed(config_options()):
        func = decorator(func)
    return func


@cli.command()
@check_options
@gate_options
def check(
    paths,
    config_path,
    audience,
    select,
    ignore,
    fail_level,
    output_format,
    color,
    quiet,
    statistics,
    measures,
    reach,
    exit_zero,
    stdin_filename,
    changed_since,
    baseline,
    write_baseline,
    summary_path,
    sarif_file,
    force_exclude,
    skip_non_copy,
    fix,
    diff_value,
    no_cache,
    debug,
    **gate_limits,
) -> int:
    """Lint PATHS (files, folders, or - for standard input)."""
    paths, changed_since, preview = _resolve_diff(list(paths), diff_value, changed_since, fix)
    if not paths:
        raise click.UsageError("no paths given; try `jargonlint README.md` or `jargonlint docs/`")
    if fix and "-" in paths and len(paths) > 1:
        raise click.UsageError("--fix with standard input (-) takes no other paths")
    if write_baseline and not baseline:
        raise click.UsageError("--write-baseline needs --baseline FILE (where to write it)")
    if statistics and output_format not in ("text", "concise", "json"):
        raise click.UsageError("--statistics prints text or JSON: use --format text or json")
    from .check_command import CheckOptions, run_check

    overrides = {
        "audience": audience,
        "reach": reach,
        "select": select or None,
        "ignore": ignore or None,
        "fail_level": fail_level,
        "skip_non_copy": skip_non_copy,
        **gate_overrides(gate_limits),
    }
    options = CheckOptions(
        paths=tuple(paths),
        config_path=config_path,
        overrides=tuple((k, v) for k, v in overrides.items() if v is not None),
        output_format=output_format,
        color=output_format == "text" and color_enabled(color, sys.stdout, os.environ),
        exit_zero=exit_zero,
        stdin_filename=stdin_filename,
        changed_since=changed_since,
        baseline=baseline,
        write_baseline=write_baseline,
        summary_path=summary_path,
        sarif_file=sarif_file,
        force_exclude=force_exclude,
        fix=fix and not preview,
        fix_preview=preview,
        quiet=quiet,
        statistics=statistics,
        measures=measures,
        use_cache=not no_cache,
    )
    return run_check(options, sys.stdin, sys.stdout, sys.stderr)


def _resolve_diff(
    paths: list[str], diff_value: str | None, changed_since: str | None, fix: bool
) -> tuple[list[str], str | None, bool]:
    """Return (paths, changed-since ref, preview fixes) from --diff's two meanings.

    `--diff` alone, or with --fix, previews the fixes (as in ruff and black): a word after it
    is a path. `--diff REF` without --fix is the old spelling of `--changed-since REF`, kept
    for one release with a note; a word after it that names an existing path is a path.
    """
    if diff_value is None:
        return paths, changed_since, False
    if diff_value == "" or fix or os.path.exists(diff_value):
        return ([diff_value] if diff_value else []) + paths, changed_since, True
    if changed_since is not None:
        raise click.UsageError("give --changed-since REF once (--diff REF is its old name)")
    click.echo(
        "jargonlint: --diff REF is deprecated: use --changed-since REF (in the next release "
        "--diff will only preview fixes, as in ruff)",
        err=True,
    )
    return paths, diff_value, False


@cli.command()
@_config_options
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text")
@click.option("--all", "show_all", is_flag=True, help="Also list rules the config turns off.")
def rules(config_path, audience, output_format, show_all) -> int:
    """List every rule: code, name, category, level and pack."""
    from .rule_docs import rules_listing

    config = load_config(config_path).with_overrides(audience=audience)
    click.echo(rules_listing(catalog_for(config), config, output_format, show_all), nl=False)
    return EXIT_CLEAN


@cli.command()
@click.argument("code", required=False)
@click.option(
    "--parse",
    "sentence",
    metavar="SENTENCE",
    help="Show what the parser saw in SENTENCE and which rules fired.",
)
@_config_options
@click.option(
    "--reach",
    type=click.Choice(REACHES),
    help="How far the reader's business reaches, for --parse (default from config).",
)
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text")
def explain(code, sentence, config_path, audience, reach, output_format) -> int:
    """Explain a rule (by code or name), or with --parse, a sentence."""
    config = load_config(config_path).with_overrides(audience=audience, reach=reach)
    if sentence is not None:
        from .parse_explain import explain_parse, explain_parse_json

        render = explain_parse_json if output_format == "json" else explain_parse
        text = render(sentence, config)
        click.echo(text, nl=not text.endswith("\n"))
        return EXIT_CLEAN
    if code is None:
        raise click.UsageError("name a rule (`jargonlint explain JL101`) or use --parse SENTENCE")
    from .rule_docs import explain_rule
    from .rule_lookup import suggestion

    catalog = catalog_for(config)
    rule = catalog.lookup(code) or gate_rule(code)
    if rule is None:
        hint = suggestion(catalog, code) or "; `jargonlint rules` lists them"
        raise JargonlintError(f"unknown rule {code!r}{hint}")
    click.echo(explain_rule(rule, output_format), nl=False)
    return EXIT_CLEAN


@cli.command("test")
@click.argument("packs", nargs=-1, type=str)
@click.option("--quiet", "-q", is_flag=True, help="Print only failing examples and the totals.")
def test_command(packs, quiet) -> int:
    """Run rule packs' bad and good examples (default: the shipped packs); exit 1 on a failure."""
    from .pack_test import run_pack_tests

    passed = run_pack_tests(list(packs), sys.stdout, verbose=not quiet)
    return EXIT_CLEAN if passed else EXIT_FINDINGS


@cli.command("lsp")
@click.option(
    "--stdio",
    is_flag=True,
    help="Talk over stdin and stdout (the default; for clients that pass it).",
)
def lsp_command(stdio) -> int:
    """Start the language server (Language Server Protocol over stdin and stdout)."""
    from .lsp.server import start

    start()
    return EXIT_CLEAN


@cli.command("config")
@click.argument("file", required=False, type=click.Path())
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file.")
@click.option("--show", is_flag=True, help="Print the merged configuration as YAML.")
def config_command(file, config_path, show) -> int:
    """Show the configuration jargonlint would use here, or for FILE (the closest config)."""
    import yaml

    from .config import config_as_dict
    from .config_tree import ConfigTree

    config = ConfigTree(config_path).for_path(file) if file else load_config(config_path)
    catalog_for(config)  # a config naming unknown rules is an error here too
    where = f"config file: {_shown_path(config.source) if config.source else '(none: defaults)'}"
    if not show:
        click.echo(where)
        return EXIT_CLEAN
    target = f" for {file}" if file else ""
    click.echo(f"# {where}{target}")
    click.echo(
        yaml.safe_dump(config_as_dict(config), sort_keys=False, allow_unicode=True), nl=False
    )
    return EXIT_CLEAN


def _shown_path(path: str) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path


EXIT_INTERRUPTED = 130
"""Ctrl-C (128 + SIGINT), as shells report it."""
EXIT_TERMINATED = 143
"""SIGTERM (128 + SIGTERM)."""


class Terminated(BaseException):
    """SIGTERM arrived: unwind (temporary files are removed on the way) and exit 143."""


def _on_sigterm(signum, frame) -> None:
    raise Terminated


def main(argv: list[str] | None = None) -> int:
    """Run jargonlint with ``argv`` (default: sys.argv[1:]) and return the exit code.

    Ctrl-C exits 130 and SIGTERM 143, each with one line; either unwinds the run first, so no
    file is left half-written and no temporary file is left behind.
    """
    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _on_sigterm) if in_main_thread else None
    try:
        return _main(argv)
    except (KeyboardInterrupt, Terminated) as stop:  # raised outside click's own handling
        return _stopped(stop)
    finally:
        if in_main_thread:
            signal.signal(signal.SIGTERM, previous)


def _stopped(stop: BaseException) -> int:
    if isinstance(stop, Terminated):
        click.echo("jargonlint: terminated", err=True)
        return EXIT_TERMINATED
    click.echo("jargonlint: interrupted", err=True)
    return EXIT_INTERRUPTED


def _main(argv: list[str] | None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    try:
        code = cli.main(args=args, prog_name="jargonlint", standalone_mode=False)
    except click.exceptions.Exit as exit_:
        return exit_.exit_code
    except click.ClickException as error:
        error.show()
        return EXIT_ERROR
    except click.exceptions.Abort as abort:
        if isinstance(abort.__cause__, KeyboardInterrupt):  # click turns Ctrl-C into Abort
            return _stopped(abort.__cause__)
        click.echo("jargonlint: aborted", err=True)
        return EXIT_ERROR
    except JargonlintError as error:
        click.echo(f"jargonlint: error: {error}", err=True)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_CLEAN
    except Exception as error:  # never a traceback unless asked for
        if debug:
            traceback.print_exc()
        click.echo(
            f"jargonlint: internal error: {type(error).__name__}: {error} "
            "(run with --debug for details)",
            err=True,
        )
        return EXIT_ERROR
    return code if isinstance(code, int) else EXIT_CLEAN


GC_THRESHOLD = 10_000
"""Allocations between young-generation collections for the command (Python's default: 700).

Start-up imports spaCy and builds the checks: hundreds of thousands of long-lived objects, which
the default threshold scans again and again (about 0.05 s of a one-file run). Cyclic garbage is
still collected, a little later; library users keep Python's default."""


def run() -> None:
    """Console-script entry point: exit with main()'s code."""
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])
    sys.exit(main())
