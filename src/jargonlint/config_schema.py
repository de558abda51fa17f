"""The configuration keys, their types, and validation shared by config files and CLI options."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .findings import LEVELS
from .gates import GATES, MISNAMED_KEYS

AUDIENCES = ("general", "business", "developer")
REACHES = ("local", "regional", "national", "global")
LEVEL_CHOICES = (*LEVELS, "off")
ALL = "ALL"
"""The selector that matches every rule (the default ``select``)."""
DEFAULT_FRONT_MATTER_FIELDS = ("title", "description", "summary", "subtitle", "excerpt")
SELECTOR_KEYS = ("select", "ignore", "levels")


@dataclass(frozen=True)
class KeySpec:
    """The type of one key: a list of strings, paths, an enum, a string or a level mapping."""

    kind: str
    choices: tuple[str, ...] = ()
    bounds: tuple[float, float | None] = (0.0, None)
    """For numbers: the lowest and highest valid value (None: no highest)."""


_STRINGS = KeySpec("strings")
KEYS: dict[str, KeySpec] = {
    "packs": KeySpec("paths"),
    "select": _STRINGS,
    "ignore": _STRINGS,
    "levels": KeySpec("levels", LEVEL_CHOICES),
    "fail-level": KeySpec("enum", LEVELS),
    "audience": KeySpec("enum", AUDIENCES),
    "reach": KeySpec("enum", REACHES),
    "model": KeySpec("string"),
    "include": _STRINGS,
    "exclude": _STRINGS,
    "allow": _STRINGS,
    "known-acronyms": _STRINGS,
    "product-names": _STRINGS,
    "company-names": _STRINGS,
    "front-matter-fields": _STRINGS,
    **{gate.key: KeySpec("number", bounds=(gate.low, gate.high)) for gate in GATES},
}
"""Every valid key, in the order ``config --show`` prints them."""


@dataclass(frozen=True)
class Entry:
    """One key as read from a source, with the lines of the key and of its items when known."""

    key: Any
    value: Any
    line: int | None = None
    item_lines: Mapping[Any, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Site:
    """Where values came from (a YAML file, a TOML table or the command line), for messages."""

    label: str
    kind: str  # "yaml" | "toml" | "cli"
    table: str = ""

    def where(self, key: str | None, line: int | None = None) -> str:
        """Return the location prefix of a problem, e.g. ``.jargonlint.yaml:3: select``."""
        if self.kind == "cli":
            return f"--{key}"
        place = f"{self.label}:{line}" if line is not None else self.label
        # TOML has no line numbers to give, so name the table the key sits in instead.
        name = " ".join(part for part in (self.table, key) if part)
        return f"{place}: {name}" if name else place


MAX_SHOWN = 60
"""Longest value quoted in a message; longer ones are cut (a message is one readable line)."""


def shown(value: Any) -> str:
    """Return ``repr(value)`` for a message, cut to MAX_SHOWN characters with "…"."""
    if isinstance(value, str) and len(value) > MAX_SHOWN:
        return repr(value[:MAX_SHOWN]) + "…"
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN] + "…"


def did_you_mean(word: str, options: Iterable[str]) -> str:
    """Return ' (did you mean 'x'?)' for the closest option, or '' when none is close."""
    if len(word) > MAX_SHOWN:  # difflib is quadratic, and nothing that long is a typo
        return ""
    matches = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f" (did you mean {matches[0]!r}?)" if matches else ""


def describe(value: Any) -> str:
    """Return how a value reads in a message, naming its type the way YAML/TOML users know it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"boolean {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"number {shown(value)}"
    if isinstance(value, str):
        return f"string {shown(value)}"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, Mapping):
        return "a mapping"
    return f"{type(value).__name__} {shown(value)}"


def _quote_hint(value: Any) -> str:
    # YAML turns bare yes/no/on/off, numbers and dates into non-strings; quoting is the fix.
    scalar = value is not None and not isinstance(value, (str, list, tuple, Mapping))
    return "; quote it to make it a string" if scalar else ""


def raise_problems(label: str, problems: list[str]) -> None:
    """Return None when there are no problems; otherwise raise one ConfigError listing them all."""
    if len(problems) == 1:
        raise ConfigError(problems[0])
    if problems:
        lines = "\n".join(f"  {problem}" for problem in problems)
        raise ConfigError(f"{label}: {len(problems)} problems:\n{lines}")


_INVALID = object()


class Validator:
    """Checks entries against KEYS, collecting every problem instead of stopping at the first."""

    def __init__(self, site: Site, root: Path) -> None:
        self.site = site
        self.root = root
        self.problems: list[str] = []
        self.values: dict[str, Any] = {}
        """Valid values by Config attribute name (snake_case)."""
        self.origins: list[tuple[str, str, str]] = []
        """(key, selector, where) for every selector, so later checks can point at it."""

    def run(self, entries: Iterable[Entry]) -> Validator:
        """Return self after validating the entries into values, origins and problems."""
        first_line: dict[str, int | None] = {}
        for entry in entries:
            key = entry.key
            if not isinstance(key, str) or key not in KEYS:
                self._unknown(entry)
            elif key in first_line:
                seen = first_line[key]
                earlier = f" (first set on line {seen})" if seen is not None else ""
                self._add(None, entry.line, f"duplicate key {shown(key)}{earlier}")
            else:
                first_line[key] = entry.line
                # A key with no value (null) means "use the default", like leaving it out.
                if entry.value is not None:
                    value = self._check(key, entry)
                    if value is not _INVALID:
                        self.values[key.replace("-", "_")] = value
        return self

    def _add(self, key: str | None, line: int | None, message: str) -> None:
        self.problems.append(f"{self.site.where(key, line)}: {message}")

    def _unknown(self, entry: Entry) -> None:
        key = entry.key
        if key in MISNAMED_KEYS:
            self._add(None, entry.line, f"unknown key {key!r}: {MISNAMED_KEYS[key]}")
            return
        hint = did_you_mean(key.replace("_", "-").lower(), KEYS) if isinstance(key, str) else ""
        if not hint:
            hint = f"; valid keys are {', '.join(KEYS)}"
        self._add(None, entry.line, f"unknown key {shown(key)}{hint}")

    def _check(self, key: str, entry: Entry) -> Any:
        spec = KEYS[key]
        if spec.kind == "enum":
            return self._enum(key, entry.value, entry.line, spec.choices)
        if spec.kind == "string":
            if isinstance(entry.value, str) and entry.value.strip():
                return entry.value
            self._add(key, entry.line, f"expected a non-empty string, got {describe(entry.value)}")
            return _INVALID
        if spec.kind == "levels":
            return self._levels(key, entry)
        if spec.kind == "number":
            return self._number(key, entry, spec.bounds)
        items = self._strings(key, entry)
        if items is _INVALID or spec.kind != "paths":
            return items
        return self._paths(key, entry, items)

    def _number(self, key: str, entry: Entry, bounds: tuple[float, float | None]) -> Any:
        value, (low, high) = entry.value, bounds
        in_range = (
            isinstance(value, (int, float))
            and not isinstance(value, bool)
            and low <= value
            and (high is None or value <= high)
        )
        if in_range:
            return float(value)
        wanted = f"a number >= {low:g}"
        if high is not None:
            wanted = f"a number from {low:g} to {high:g}"
        self._add(key, entry.line, f"expected {wanted}, got {describe(value)}")
        return _INVALID

    def _enum(
        self, key: str, value: Any, line: int | None, choices: tuple[str, ...], prefix: str = ""
    ) -> Any:
        if isinstance(value, str) and value in choices:
            return value
        allowed = ", ".join(choices)
        if isinstance(value, str):
            message = (
                f"{shown(value)} is not one of {allowed}{did_you_mean(value.lower(), choices)}"
            )
        else:
            message = f"expected one of {allowed}, got {describe(value)}"
        self._add(key, line, prefix + message)
        return _INVALID

    def _strings(self, key: str, entry: Entry) -> Any:
        value = entry.value
        if not isinstance(value, (list, tuple)):
            hint = f"; write it as a list: [{shown(value)}]" if isinstance(value, str) else ""
            self._add(key, entry.line, f"expected a list of strings, got {describe(value)}{hint}")
            return _INVALID
        items: dict[str, None] = {}  # ordered and unique in linear time
        valid = True
        for index, item in enumerate(value):
            line = entry.item_lines.get(index, entry.line)
            if not isinstance(item, str) or not item.strip():
                got = describe(item) + _quote_hint(item)
                self._add(key, line, f"item {index + 1} must be a non-empty string, got {got}")
                valid = False
            elif "\0" in item:
                self._add(key, line, f"item {index + 1} holds a NUL character: {shown(item)}")
                valid = False
            elif item not in items:
                items[item] = None
                if key in SELECTOR_KEYS:
                    self.origins.append((key, item, self.site.where(key, line)))
        return tuple(items) if valid else _INVALID

    def _paths(self, key: str, entry: Entry, items: tuple[str, ...]) -> Any:
        paths = tuple(self.root / Path(item).expanduser() for item in items)
        missing = [(index, path) for index, path in enumerate(paths) if not path.exists()]
        for index, path in missing:
            line = entry.item_lines.get(index, entry.line)
            self._add(key, line, f"{shown(items[index])} does not exist (looked for {path})")
        return _INVALID if missing else paths

    def _levels(self, key: str, entry: Entry) -> Any:
        if not isinstance(entry.value, Mapping):
            expected = "a mapping of selector to level (info, warning, error or off)"
            self._add(key, entry.line, f"expected {expected}, got {describe(entry.value)}")
            return _INVALID
        pairs: list[tuple[str, str]] = []
        valid = True
        for selector, level in entry.value.items():
            line = entry.item_lines.get(selector, entry.line)
            if not isinstance(selector, str) or not selector.strip():
                self._add(
                    key, line, f"selectors must be non-empty strings, got {describe(selector)}"
                )
                valid = False
                continue
            # YAML 1.1 reads a bare `off` as false; that is what the writer meant.
            level = "off" if level is False else level
            checked = self._enum(key, level, line, LEVEL_CHOICES, prefix=f"{selector}: ")
            if checked is _INVALID:
                valid = False
            else:
                pairs.append((selector, checked))
                self.origins.append((key, selector, self.site.where(key, line)))
        return tuple(pairs) if valid else _INVALID
