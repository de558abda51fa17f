"""Output formats: one small Reporter class per module, looked up by name."""

from __future__ import annotations

import importlib
import inspect

from ..errors import JargonlintError
from ..results import RunResult
from .base import Reporter
from .formats import FORMATS


def reporter_classes() -> dict[str, type[Reporter]]:
    """Return every reporter class keyed by its `--format` name (imports them all)."""
    return {name: reporter_class(name) for name in FORMATS}


def reporter_class(name: str) -> type[Reporter]:
    """Return the reporter class of the `--format` name, importing only its module."""
    found = FORMATS[name]
    module = importlib.import_module(f"{__name__}.{found.module}")
    return getattr(module, found.cls)


def make_reporter(name: str, **available) -> Reporter:
    """Return the reporter for ``name``, given those of ``available`` its constructor takes.

    ``available`` offers everything a reporter may want (color, sources, root, measures,
    quiet); each reporter
    declares what it uses in its ``__init__``, so the command line needs no per-format code.
    """
    cls = reporter_class(name)
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
