"""Rule kinds: one module per kind, each a Check subclass; this maps `kind:` values to them."""

from __future__ import annotations

from .base import Check


def check_classes() -> dict[str, type[Check]]:
    """Return the check class for every rule kind, keyed by the pack's `kind:` value."""
    from .dependency import DependencyCheck
    from .meta import MetaCheck
    from .phrase import PhraseCheck
    from .token import TokenCheck

    classes: list[type[Check]] = [PhraseCheck, TokenCheck, DependencyCheck, MetaCheck]
    return {cls.kind: cls for cls in classes}
