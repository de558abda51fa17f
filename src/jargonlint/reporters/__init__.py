"""Output formats: one small Reporter class per module, looked up by name."""

from __future__ import annotations

from .base import Reporter


def reporter_classes() -> dict[str, type[Reporter]]:
    """Return every reporter class keyed by its `--format` name."""
    from .json import JsonReporter
    from .text import TextReporter

    classes: list[type[Reporter]] = [TextReporter, JsonReporter]
    return {cls.name: cls for cls in classes}
