"""Rule kinds: one module or subpackage per detector, each a Check subclass.

`checks.registry` says what each kind accepts from packs without importing any check;
`check_classes()` imports the Check classes, only when a run lints.
"""

from __future__ import annotations

from importlib import import_module

from .base import Check
from .registry import KINDS


def check_classes() -> dict[str, type[Check]]:
    """Return the check class for every rule kind that has one, keyed by its `kind:` value."""
    classes: dict[str, type[Check]] = {}
    for kind, spec in KINDS.items():
        if spec.check is not None:
            module, _, name = spec.check.partition(":")
            classes[kind] = getattr(import_module(module), name)
    return classes
