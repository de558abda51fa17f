"""Regular expressions from rule packs: refused when they can backtrack for ever, else bounded.

spaCy runs a pattern's ``REGEX`` with Python's backtracking ``re`` on every token. A pack is
data anyone can write, so before its patterns reach spaCy each expression is:

* compiled (an invalid one is a pack error with its line);
* refused when its shape can take exponential time: a repetition inside a repetition
  (``(a+)+``), alternatives under a repetition that can start alike (``(a|ab)*``), or a
  backreference;
* wrapped so that it only ever sees tokens of at most MAX_TOKEN characters, which bounds the
  polynomial cases (``a*a*a*b``) too. No word in copy is that long.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

try:  # Python 3.11+
    import re._constants as sre_constants  # type: ignore[import-not-found]
    import re._parser as sre_parse  # type: ignore[import-not-found]
except ImportError:  # Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

MAX_TOKEN = 200
"""Longest token text a pack regex is run on; longer tokens never match."""

_REPEATS = {
    sre_constants.MAX_REPEAT,
    sre_constants.MIN_REPEAT,
    getattr(sre_constants, "POSSESSIVE_REPEAT", sre_constants.MAX_REPEAT),
}
_LEADING_FLAGS = re.compile(r"\A\(\?[aiLmsux]+\)")


def regex_problem(pattern: Any) -> str | None:
    """Return why a pack regex is refused (invalid or exponential), or None when it is safe."""
    if not isinstance(pattern, str):
        return None  # spaCy's own validation names the wrong type
    try:
        parsed = sre_parse.parse(pattern)
        re.compile(pattern)
    except (re.error, RecursionError, OverflowError) as error:
        return f"invalid regular expression {pattern[:60]!r}: {error}"
    danger = _danger(parsed, repeated=False)
    if danger:
        return (
            f"regular expression {pattern[:60]!r} {danger}, which can take exponential time "
            "on some words; write it without that"
        )
    return None


def _danger(items: Any, repeated: bool) -> str | None:
    for op, value in items:
        found = _danger_of(op, value, repeated)
        if found:
            return found
    return None


def _danger_of(op: Any, value: Any, repeated: bool) -> str | None:
    if op in _REPEATS:
        low, high, body = value
        unbounded = high == sre_constants.MAXREPEAT or high > 10
        if unbounded and _can_vary(body):
            return "repeats a repetition (like (a+)+)"
        return _danger(body, repeated or unbounded)
    if op == sre_constants.BRANCH:
        alternatives = value[1]
        if repeated and not _distinct_starts(alternatives):
            return "repeats alternatives that can start alike (like (a|ab)*)"
        return next((d for alt in alternatives if (d := _danger(alt, repeated))), None)
    if op == sre_constants.SUBPATTERN:
        return _danger(value[-1], repeated)
    if op in (sre_constants.GROUPREF, getattr(sre_constants, "GROUPREF_EXISTS", None)):
        return "uses a backreference"
    if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return _danger(value[1], repeated)
    if op == getattr(sre_constants, "ATOMIC_GROUP", None):
        return _danger(value, repeated)
    return None


def _can_vary(body: Any) -> bool:
    """Return True when the body holds a repetition of more than one possible count."""
    return any(op in _REPEATS and value[0] != value[1] for op, value in _walk(body))


def _walk(items: Any) -> Iterator[tuple[Any, Any]]:
    for op, value in items:
        yield op, value
        if op in _REPEATS:
            yield from _walk(value[2])
        elif op == sre_constants.SUBPATTERN:
            yield from _walk(value[-1])
        elif op == sre_constants.BRANCH:
            for alternative in value[1]:
                yield from _walk(alternative)


def _distinct_starts(alternatives: list[Any]) -> bool:
    """Return True when every alternative starts with its own literal character."""
    firsts = []
    for alternative in alternatives:
        items = list(alternative)
        if not items or items[0][0] != sre_constants.LITERAL:
            return False
        firsts.append(items[0][1])
    return len(set(firsts)) == len(firsts)


def bounded(pattern: str) -> str:
    """Return ``pattern`` rewritten to search only tokens of at most MAX_TOKEN characters.

    ``search`` semantics are kept: the expression may match anywhere in a short token.
    """
    flags = _LEADING_FLAGS.match(pattern)
    lead = flags.group() if flags else ""
    body = pattern[len(lead) :]
    return rf"{lead}\A(?=[\s\S]{{0,{MAX_TOKEN}}}\Z)[\s\S]*?(?:{body})"


def pattern_regexes(node: Any, path: tuple = ()) -> Iterator[tuple[tuple, Any]]:
    """Yield ``(path, value)`` for every ``REGEX`` value inside a rule's patterns.

    A value is a string, or a mapping with ``IN``/``NOT_IN`` lists of strings.
    """
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "REGEX":
                if isinstance(value, dict):
                    for op, items in value.items():
                        for index, item in enumerate(items if isinstance(items, list) else []):
                            yield (*path, key, op, index), item
                else:
                    yield (*path, key), value
            else:
                yield from pattern_regexes(value, (*path, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from pattern_regexes(item, (*path, index))


def bound_patterns(node: Any) -> Any:
    """Return a copy of a patterns structure with every REGEX string made ``bounded``."""
    if isinstance(node, dict):
        return {
            key: _bound_regex(value) if key == "REGEX" else bound_patterns(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [bound_patterns(item) for item in node]
    return node


def _bound_regex(value: Any) -> Any:
    if isinstance(value, str):
        return bounded(value)
    if isinstance(value, dict):
        return {
            op: [bounded(v) if isinstance(v, str) else v for v in items]
            if isinstance(items, list)
            else items
            for op, items in value.items()
        }
    return value
