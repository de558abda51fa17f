"""Rule kinds: one module or subpackage per detector, each a Check subclass.

`check_classes()` maps the packs' `kind:` values to those classes.
"""

from __future__ import annotations

from .base import Check


def check_classes() -> dict[str, type[Check]]:
    """Return the check class for every rule kind, keyed by the pack's `kind:` value."""
    from .acronym import AcronymCheck
    from .claim import ClaimCheck
    from .hero import HeroCheck
    from .meta import MetaCheck
    from .pattern import DependencyCheck, TokenCheck
    from .phrase import PhraseCheck
    from .scope import ScopeCheck
    from .techterm import TechTermCheck

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
