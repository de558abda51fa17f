"""Sibling phrase rules: the deselected phrase rules of the packs the active ones come from.

The phrase check matches them too (never reporting them), so which longer phrase a shorter
term gives way to does not depend on the selection. Finding them means reading and validating
the packs again; the cache's manifest of a run keeps them, and ``remember_siblings`` hands
them back, so a run with a warm manifest reads no pack. Light: no NLP import.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from .model import Rule

_known: dict[tuple, tuple[Rule, ...]] = {}
"""Siblings already found in this process, by ``_key`` (active phrase rules and audience)."""


def _key(rules: Iterable[Rule], audience: str) -> tuple:
    return (audience, tuple(sorted((rule.code, rule.source or "") for rule in rules)))


def phrase_rules(rules: Iterable[Rule]) -> list[Rule]:
    """Return the phrase rules among ``rules`` (what the phrase check is built with)."""
    return [rule for rule in rules if rule.kind == "phrase"]


@lru_cache(maxsize=16)
def _pack_rules(source: str) -> tuple[Rule, ...]:
    """Return the rules of the pack file ``source`` (read once; empty if it cannot be read)."""
    from ..checks.registry import KINDS
    from .loader import read_pack

    pack, problems = read_pack(Path(source), set(KINDS))
    return () if problems else pack.rules


def sibling_rules(rules: list[Rule], audience: str) -> list[Rule]:
    """Return the phrase rules that share a pack with ``rules`` but are not among them (turned
    off by select, ignore or a level), that would apply to this audience."""
    key = _key(rules, audience)
    if key not in _known:
        active = {rule.code for rule in rules}
        sources = sorted({rule.source for rule in rules if rule.source})
        _known[key] = tuple(
            rule
            for source in sources
            for rule in _pack_rules(source)
            if rule.kind == "phrase" and rule.code not in active and rule.applies_to(audience)
        )
    return list(_known[key])


def remember_siblings(rules: list[Rule], audience: str, siblings: Iterable[Rule]) -> None:
    """Record the siblings of the phrase rules ``rules`` (from a manifest whose key covers the
    config and every pack's content), so ``sibling_rules`` reads no pack for them."""
    _known[_key(rules, audience)] = tuple(siblings)
