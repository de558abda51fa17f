"""The terminal: whether to colour output, and a progress line for long runs (stderr only)."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Mapping
from typing import TextIO

COLOR_CHOICES = ("auto", "always", "never")
PROGRESS_DELAY = 1.5
"""Seconds a run must last before a progress line appears: short runs stay quiet."""
PROGRESS_INTERVAL = 0.1
"""Seconds between redraws, so a fast run of small files does not flood the terminal."""
_IMPORTED = time.monotonic()
"""About when the command started (the command line imports this module early): the wait for
the language model counts towards the delay, so the counter appears as soon as it can."""


def _isatty(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (OSError, ValueError):  # a closed or detached stream
        return False


def color_enabled(choice: str, stream: object, environ: Mapping[str, str]) -> bool:
    """Return whether to colour output written to ``stream``.

    ``--color always|never`` decides outright. With ``auto``: a non-empty NO_COLOR turns colour
    off (no-color.org: an empty value is ignored), a non-empty FORCE_COLOR other than "0" turns
    it on (force-color.org), and otherwise only a terminal that is not "dumb" gets colour.
    """
    if choice == "always":
        return True
    if choice == "never":
        return False
    if environ.get("NO_COLOR"):
        return False
    if environ.get("FORCE_COLOR", "") not in ("", "0"):
        return True
    return _isatty(stream) and environ.get("TERM") != "dumb"


class Progress:
    """A one-line "[12/200] path" counter on a terminal's stderr, for runs longer than a moment.

    It draws nothing unless enabled (stderr is a terminal, not --quiet) and PROGRESS_DELAY
    seconds have passed, and it erases itself before anything else is printed (``clear``).
    """

    def __init__(
        self,
        stream: TextIO,
        enabled: bool,
        delay: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        started: float | None = None,
    ):
        self.stream = stream
        self.enabled = enabled
        self.delay = PROGRESS_DELAY if delay is None else delay
        self.clock = clock
        self.started = clock() if started is None else started
        self.total = 0
        self.drawn = False
        self._last_draw = float("-inf")

    @classmethod
    def for_stream(cls, stream: TextIO, quiet: bool = False) -> Progress:
        """Return a Progress that draws only when ``stream`` is a terminal and not quiet, its
        delay counted from the start of the command."""
        return cls(stream, enabled=not quiet and _isatty(stream), started=_IMPORTED)

    def start(self, total: int) -> None:
        """Count ``total`` files, and show the counter now if the run is already past the
        delay (start-up counts: a user waiting on it deserves the counter)."""
        self.total = total
        self.advance(0, "")

    def advance(self, done: int, path: str) -> None:
        """Show that ``done`` files of the total are finished, the last one being ``path``."""
        if not self.enabled or not self.total:
            return
        now = self.clock()
        if now - self.started < self.delay or now - self._last_draw < PROGRESS_INTERVAL:
            return
        self._last_draw = now
        digits = len(str(self.total))
        head = f"jargonlint: [{done:>{digits}}/{self.total}] "
        # One line that never wraps: a wrapped line could not be erased with \r.
        room = max(shutil.get_terminal_size((80, 24)).columns - 1 - len(head), 10)
        shown = path if len(path) <= room else "…" + path[-(room - 1) :]
        self.stream.write("\r\x1b[K" + head + shown)
        self.stream.flush()
        self.drawn = True

    def clear(self) -> None:
        """Erase the progress line, if one is shown (before other output, and at the end)."""
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.drawn = False
