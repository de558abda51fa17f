"""The `check` command's arguments and options, in the order `--help` lists them."""

from __future__ import annotations

import click

from .enums import AUDIENCES, LEVELS, REACHES
from .reporters.formats import FORMATS
from .terminal import COLOR_CHOICES


def config_options() -> list:
    """Return the --config and --audience options every command that reads a config takes."""
    return [
        click.option(
            "--config",
            "config_path",
            type=click.Path(dir_okay=False),
            help="Config file for every path (default: the .jargonlint.yaml or pyproject.toml "
            "closest to each file, walking up).",
        ),
        click.option(
            "--audience",
            type=click.Choice(AUDIENCES),
            help="Who reads the copy (default from config: general).",
        ),
    ]


CHECK_OPTIONS = [
    click.argument("paths", nargs=-1, type=str),
    *config_options(),
    click.option(
        "--select", multiple=True, help="Only these rules: codes, prefixes, names or categories."
    ),
    click.option(
        "--ignore", multiple=True, help="Skip these rules: codes, prefixes, names or categories."
    ),
    click.option(
        "--fail-level", type=click.Choice(LEVELS), help="Lowest level that makes exit code 1."
    ),
    click.option(
        "--format",
        "output_format",
        default="text",
        show_default=True,
        type=click.Choice(sorted(FORMATS)),
        help="Output format. "
        + "; ".join(f"{name}: {found.description}" for name, found in sorted(FORMATS.items())),
    ),
    click.option(
        "--color",
        type=click.Choice(COLOR_CHOICES),
        default="auto",
        show_default=True,
        help="Colour the text output: auto colours a terminal unless NO_COLOR is set (FORCE_COLOR "
        "colours pipes too).",
    ),
    click.option("-q", "--quiet", is_flag=True, help="Print the findings and nothing else."),
    click.option(
        "--statistics",
        is_flag=True,
        help="Print how many findings each rule has, not the findings.",
    ),
    click.option(
        "--measures",
        is_flag=True,
        help="Also print each file's document measures (JSON and Markdown always have them).",
    ),
    click.option(
        "--reach",
        type=click.Choice(REACHES),
        help="How far the reader's business reaches (audience-scope rules; default from config).",
    ),
    click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings."),
    click.option("--stdin-filename", help="File name for text read from `-` (picks the format)."),
    click.option(
        "--changed-since",
        metavar="REF",
        help="Only report findings on lines added or changed since git REF (its merge base with "
        "HEAD), uncommitted edits included.",
    ),
    click.option(
        "--baseline",
        type=click.Path(dir_okay=False),
        help="Only report findings that this baseline file does not record.",
    ),
    click.option(
        "--write-baseline",
        is_flag=True,
        help="Record every finding of this run in the --baseline file (then report none of them).",
    ),
    click.option(
        "--summary",
        "summary_path",
        type=click.Path(dir_okay=False),
        help="Append a Markdown summary to this file (--format github: $GITHUB_STEP_SUMMARY).",
    ),
    click.option(
        "--sarif-file",
        type=click.Path(dir_okay=False),
        help="Also write SARIF here: every finding after --baseline (code scanning tracks what "
        "is new itself, so --changed-since does not apply).",
    ),
    click.option(
        "--force-exclude",
        is_flag=True,
        help="Apply the config's include/exclude (and non-copy skipping) to files named one by one "
        "(pre-commit, CI).",
    ),
    click.option(
        "--skip-non-copy/--no-skip-non-copy",
        default=None,
        help="Skip LICENSE, CHANGELOG, robots.txt, requirements.txt and other well-known files "
        "that are not copy when walking folders (default from config: skip).",
    ),
    click.option(
        "--fix",
        is_flag=True,
        help="Apply the replacements marked safe to the files (each change is listed), then report "
        "what is left. With `-`, print the fixed text.",
    ),
    click.option(
        "--diff",
        "diff_value",
        is_flag=False,
        flag_value="",
        default=None,
        metavar="",
        help="With --fix: show the fixes as a unified diff and write nothing. (`--diff REF` "
        "without --fix is the old name of --changed-since REF.)",
    ),
    click.option(
        "--no-cache",
        is_flag=True,
        help="Lint every file afresh; do not read or write the result cache "
        "($JARGONLINT_CACHE_DIR, else ~/.cache/jargonlint).",
    ),
    click.option("--debug", is_flag=True, help="Show a traceback for internal errors."),
]


def check_options(func):
    """Return ``func`` with every argument and option of `check`, listed in this order."""
    for decorator in reversed(CHECK_OPTIONS):
        func = decorator(func)
    return func
