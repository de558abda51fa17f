"""The `token` and `dependency` kinds: spaCy patterns from packs, compiled once, with triggers."""

from .compile import PatternCheck
from .dependency import DependencyCheck
from .token import TokenCheck

__all__ = ["DependencyCheck", "PatternCheck", "TokenCheck"]
