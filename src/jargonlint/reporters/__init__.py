"""Output formats: one small Reporter class per module, looked up by name."""

from __future__ import annotations

import inspect

from ..errors import JargonlintError
from ..results import RunResult
from .base import Reporter


def reporter_classes() -> dict[str, type[Reporter]]:
    """Return every reporter class keyed by its `--format` name."""
    from .github import GithubReporter
    from .html import HtmlReporter
    from .json import JsonReporter
    from .rdjson import RdjsonReporter
    from .sarif import SarifReporter
    from .summary import SummaryReporter
    from .text import TextReporter

    classes: list[type[Reporter]] = [
        TextReporter,
        JsonReporter,
        SarifReporter,
        GithubReporter,
        SummaryReporter,
        RdjsonReporter,
        HtmlReporter,
    ]
    return {cls.name: cls for cls in classes}


def make_reporter(name: str, **available) -> Reporter:
    """Return the reporter for ``name``, given those of ``available`` its constructor takes.

    ``available`` offers everything a reporter may want (color, sources, root); each reporter
    declares what it uses in its ``__init__``, so the command line needs no per-format code.
    """
    cls = reporter_classes()[name]
    accepted = inspect.signature(cls.__init__).parameters
    return cls(**{key: value for key, value in available.items() if key in accepted})


def write_report_file(reporter: Reporter, result: RunResult, path: str) -> None:
    """Write the reporter's report of ``result`` to the file at ``path`` (replacing it)."""
    try:
        with open(path, "w", encoding="utf-8", newline="\n") as out:
            reporter.write(result, out)
    except OSError as error:
        raise JargonlintError(
            f"{path}: cannot write the report: {error.strerror or error}"
        ) from None
