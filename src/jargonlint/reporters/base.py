"""The reporter interface: a RunResult in, text out. Reporters never parse or lint."""

from __future__ import annotations

from typing import ClassVar, TextIO

from ..results import RunResult


class Reporter:
    """Renders a run's results in one output format."""

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""

    def __init__(self, color: bool = False):
        self.color = color

    def write(self, result: RunResult, out: TextIO) -> None:
        """Write the report of ``result`` to ``out``."""
        raise NotImplementedError
