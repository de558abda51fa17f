"""The `hero` kind: who a clause makes the hero (clauses, predicates, lexicon) and the rewrites."""

from .check import HeroCheck

__all__ = ["HeroCheck"]
