"""The command line: click commands that parse options and hand off. No formatting here."""

from __future__ import annotations

import os
import signal
import sys
import threading
import traceback

import click

from . import __version__
from .config import load_config
from .config_schema import AUDIENCES, REACHES
from .errors import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, JargonlintError
from .findings import LEVELS
from .gate_options import gate_options, gate_overrides
from .gates import gate_rule
from .reporters import reporter_classes
from .runner import catalog_for


def _use_color(stream) -> bool:
    return stream.isatty() and "NO_COLOR" not in os.environ


class DefaultCommandGroup(click.Group):
    """A group where a first argument that is not a subcommand means `check`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Return the arguments with `check` put in front when no subcommand is named."""
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["check", *args]
        return super().parse_args(ctx, args)


@click.group(cls=DefaultCommandGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="jargonlint")
def cli() -> None:
    """Lint customer-facing copy for tech-first language.

    \b
    jargonlint [OPTIONS] PATHS...      lint files and folders (same as `check`)
    jargonlint rules                   list every rule
    jargonlint explain CODE            explain a rule, with examples
    jargonlint explain --parse "TEXT"  show who the hero of a sentence is, and why
    jargonlint config --show           print the merged configuration
    jargonlint test PACK...            run a rule pack's examples as tests
    jargonlint lsp                     start the language server (stdio)
    """


def _config_options(func):
    func = click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False),
        help="Config file (default: .jargonlint.yaml or pyproject.toml, found by walking up).",
    )(func)
    func = click.option(
        "--audience",
        type=click.Choice(AUDIENCES),
        help="Who reads the copy (default from config: general).",
    )(func)
    return func


@cli.command()
@click.argument("paths", nargs=-1, type=str)
@_config_options
@click.option(
    "--select", multiple=True, help="Only these rules: codes, prefixes, names or categories."
)
@click.option(
    "--ignore", multiple=True, help="Skip these rules: codes, prefixes, names or categories."
)
@click.option(
    "--fail-level", type=click.Choice(LEVELS), help="Lowest level that makes exit code 1."
)
@click.option(
    "--format",
    "output_format",
    default="text",
    show_default=True,
    type=click.Choice(sorted(reporter_classes())),
    help="Output format. "
    + "; ".join(f"{name}: {cls.description}" for name, cls in sorted(reporter_classes().items())),
)
@click.option(
    "--reach",
    type=click.Choice(REACHES),
    help="How far the reader's business reaches (audience-scope rules; default from config).",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--stdin-filename", help="File name for text read from `-` (picks the format).")
@click.option(
    "--diff",
    "diff_ref",
    metavar="REF",
    help="Only report findings on lines added or changed since git REF (its merge base with "
    "HEAD), uncommitted edits included.",
)
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False),
    help="Only report findings that this baseline file does not record.",
)
@click.option(
    "--write-baseline",
    is_flag=True,
    help="Record every finding of this run in the --baseline file (then report none of them).",
)
@click.option(
    "--summary",
    "summary_path",
    type=click.Path(dir_okay=False),
    help="Append a Markdown summary to this file (--format github: $GITHUB_STEP_SUMMARY).",
)
@click.option(
    "--sarif-file",
    type=click.Path(dir_okay=False),
    help="Also write SARIF here: every finding after --baseline (code scanning tracks what "
    "is new itself, so --diff does not apply).",
)
@click.option(
    "--force-exclude",
    is_flag=True,
    help="Apply the config's include/exclude to files named one by one (pre-commit, CI).",
)
@click.option(
    "--fix",
    is_flag=True,
    help="Apply the replacements marked safe to the files, then report what is left.",
)
@click.option(
    "--no-cache",
    is_flag=True,
    help="Lint every file afresh; do not read or write the result cache "
    "($JARGONLINT_CACHE_DIR, else ~/.cache/jargonlint).",
)
@click.option("--debug", is_flag=True, help="Show a traceback for internal errors.")
@gate_options
def check(
    paths,
    config_path,
    audience,
    select,
    ignore,
    fail_level,
    output_format,
    reach,
    exit_zero,
    stdin_filename,
    diff_ref,
    baseline,
    write_baseline,
    summary_path,
    sarif_file,
    force_exclude,
    fix,
    no_cache,
    debug,
    **gate_limits,
) -> int:
    """Lint PATHS (files, folders, or - for standard input)."""
    if not paths:
        raise click.UsageError("no paths given; try `jargonlint README.md` or `jargonlint docs/`")
    if fix and "-" in paths:
        raise click.UsageError("--fix rewrites files; it cannot fix standard input (-)")
    if write_baseline and not baseline:
        raise click.UsageError("--write-baseline needs --baseline FILE (where to write it)")
    from .check_command import CheckOptions, run_check

    overrides = {
        "audience": audience,
        "reach": reach,
        "select": select or None,
        "ignore": ignore or None,
        "fail_level": fail_level,
        **gate_overrides(gate_limits),
    }
    options = CheckOptions(
        paths=tuple(paths),
        config_path=config_path,
        overrides=tuple((k, v) for k, v in overrides.items() if v is not None),
        output_format=output_format,
        color=output_format == "text" and _use_color(sys.stdout),
        exit_zero=exit_zero,
        stdin_filename=stdin_filename,
        diff_ref=diff_ref,
        baseline=baseline,
        write_baseline=write_baseline,
        summary_path=summary_path,
        sarif_file=sarif_file,
        force_exclude=force_exclude,
        fix=fix,
        use_cache=not no_cache,
    )
    return run_check(options, sys.stdin, sys.stdout, sys.stderr)


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
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text")
def explain(code, sentence, config_path, audience, output_format) -> int:
    """Explain a rule (by code or name), or with --parse, a sentence."""
    config = load_config(config_path).with_overrides(audience=audience)
    if sentence is not None:
        from .parse_explain import explain_parse, explain_parse_json

        render = explain_parse_json if output_format == "json" else explain_parse
        text = render(sentence, config)
        click.echo(text, nl=not text.endswith("\n"))
        return EXIT_CLEAN
    if code is None:
        raise click.UsageError("name a rule (`jargonlint explain JL101`) or use --parse SENTENCE")
    from .rule_docs import explain_rule

    rule = catalog_for(config).lookup(code) or gate_rule(code)
    if rule is None:
        raise JargonlintError(f"unknown rule {code!r}; `jargonlint rules` lists them")
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
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file.")
@click.option("--show", is_flag=True, help="Print the merged configuration as YAML.")
def config_command(config_path, show) -> int:
    """Show the configuration jargonlint would use here."""
    import yaml

    from .config import config_as_dict

    config = load_config(config_path)
    catalog_for(config)  # a config naming unknown rules is an error here too
    if not show:
        click.echo(f"config file: {config.source or '(none: defaults)'}")
        return EXIT_CLEAN
    click.echo(
        yaml.safe_dump(config_as_dict(config), sort_keys=False, allow_unicode=True), nl=False
    )
    return EXIT_CLEAN


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


def run() -> None:
    """Console-script entry point: exit with main()'s code."""
    sys.exit(main())
