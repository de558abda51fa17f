"""Rule kinds: one module per kind, each a Check subclass; this maps `kind:` values to them."""

from __future__ import annotations

from .base import Check


def check_classes() -> dict[str, type[Check]]:
    """Return the check class for every rule kind, keyed by the pack's `kind:` value."""
    from .acronym import AcronymCheck
    from .claim import ClaimCheck
    from .dependency import DependencyCheck
    from .hero import HeroCheck
    from .meta import MetaCheck
    from .phrase import PhraseCheck
    from .scope import ScopeCheck
    from .techterm import TechTermCheck
    from .token import TokenCheck

    classes: list[type[Check]] = [
        PhraseCheck,
        TokenCheck,
        DependencyCheck,
        AcronymCheck,
        TechTermCheck,
        HeroCheck,
        ClaimCheck,
        ScopeCheck,
        MetaCheck,
    ]
    return {cls.kind: cls for cls in classes}
