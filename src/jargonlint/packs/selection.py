"""Choosing the active rules for a run: select, ignore, level overrides, audience."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..config import selector_matches
from ..config_schema import ALL
from .model import Rule

if TYPE_CHECKING:  # loading packs (jsonschema) is not needed to select from a loaded catalogue
    from .catalog import Catalog


def _specificity(selector: str, rule: Rule) -> int:
    """Return how precisely a selector names a rule: code or name 3, prefix 2, category 1, ALL 0."""
    if selector in (rule.code, rule.name):
        return 3
    if selector == rule.category:
        return 1
    return 0 if selector == ALL else 2


def level_for(rule: Rule, levels) -> str:
    """Return the rule's level after the config's overrides (the most specific selector wins)."""
    best = (0, rule.level)
    for selector, level in dict(levels).items():
        if selector_matches(selector, rule.code, rule.name, rule.category):
            rank = _specificity(selector, rule)
            if rank >= best[0]:
                best = (rank, level)
    return best[1]


def select_rules(catalog: Catalog, config) -> list[Rule]:
    """Return the rules active for this config, with their levels overridden."""
    active = []
    for rule in catalog.rules:
        names = (rule.code, rule.name, rule.category)
        if not any(selector_matches(s, *names) for s in config.select):
            continue
        if any(selector_matches(s, *names) for s in config.ignore):
            continue
        level = level_for(rule, config.levels)
        if level == "off" or not rule.applies_to(config.audience):
            continue
        active.append(rule if level == rule.level else rule.with_level(level))
    return active
