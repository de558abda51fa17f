"""Shared vocabulary: the packs' ``lexicons:`` blocks, validated and merged by name.

A lexicon belongs to no rule: every pack's lexicons are loaded whatever the selection, so a
rule sees the same words whether it runs alone or with every other rule. A user pack extends a
shipped lexicon by declaring the same name (its entries are added after the shipped ones).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..checks.registry import LEXICONS


@dataclass(frozen=True)
class Lexicons:
    """Every declared lexicon, merged across packs: name → entries in pack order."""

    by_name: Mapping[str, tuple[Any, ...]] = field(default_factory=dict, hash=False)

    def entries(self, name: str) -> tuple[Any, ...]:
        """Return a lexicon's entries (empty when no pack declares it)."""
        return self.by_name.get(name, ())

    def words(self, name: str) -> frozenset[str]:
        """Return a word-list lexicon lower-cased, as a set (phrases keep their spaces)."""
        return frozenset(word.lower() for word in self.entries(name))


def merge_lexicons(declared: Iterable[Mapping[str, list]]) -> Lexicons:
    """Return the lexicons of several packs merged by name, each entry once, in pack order."""
    merged: dict[str, list] = {}
    seen: dict[str, set[str]] = {}
    for lexicons in declared:
        for name, entries in lexicons.items():
            for entry in _flat(entries):
                key = json.dumps(entry, sort_keys=True)
                if key not in seen.setdefault(name, set()):
                    seen[name].add(key)
                    merged.setdefault(name, []).append(entry)
    return Lexicons({name: tuple(entries) for name, entries in merged.items()})


def _flat(entries: list | Mapping[str, list]) -> list:
    """Return a lexicon's entries; entries grouped by domain get their ``domain`` key."""
    if isinstance(entries, Mapping):
        return [{**raw, "domain": domain} for domain, group in entries.items() for raw in group]
    return list(entries)


def lexicon_problems(lexicons: Mapping[str, Any]) -> list[tuple[list, str]]:
    """Return ``(key_path, problem)`` for unknown lexicon names and entries of the wrong shape."""
    problems: list[tuple[list, str]] = []
    for name, entries in lexicons.items():
        schema = LEXICONS.get(name)
        if schema is None:
            known = ", ".join(sorted(LEXICONS))
            problems.append(([name], f"unknown lexicon {name!r} (known: {known})"))
            continue
        import jsonschema  # imported when a pack is read: not at start-up

        for error in jsonschema.Draft202012Validator(schema).iter_errors(entries):
            problems.append(([name, *error.absolute_path], error.message))
    return problems
