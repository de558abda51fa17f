"""Bounded YAML loading for config files, rule packs and front matter.

YAML aliases let a few lines stand for a structure of billions of values ("billion laughs"),
and deep nesting exhausts Python's stack. Every YAML text jargonlint reads goes through
``load_bounded`` (or ``compose_bounded``): the node tree is composed (by libyaml when
available), measured as if every alias were expanded, and refused past the limits below with
one line naming where; only then are Python values built. Strings holding a lone surrogate or
a NUL (which YAML escapes can produce, and no text file or path may hold) are refused too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import yaml

MAX_BYTES = 10 * 1024 * 1024
"""Largest YAML file read (a config or a pack); callers read at most this many bytes."""
MAX_VALUES = 2_000_000
"""Most values (scalars, lists, mappings) a document may hold with its aliases expanded."""
MAX_DEPTH = 100
"""Deepest nesting of lists and mappings allowed."""

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader when PyYAML was built with it (much faster), else the Python one."""

_BAD_CHARACTER = re.compile("[\ud800-\udfff\x00]")


class YamlLimitError(yaml.YAMLError):
    """A YAML document is too large, too deep, recursive, or holds an invalid character."""

    def __init__(self, message: str, line: int | None):
        super().__init__(message)
        self.problem = message
        self.line = line

    def __str__(self) -> str:
        return self.problem


@contextmanager
def bounded_document(text: str) -> Iterator[tuple[yaml.SafeLoader, yaml.Node | None]]:
    """Yield a loader and the checked node tree of ``text`` (None when empty).

    The loader builds values from the tree (``construct_object``) within the block. Raises
    ``yaml.YAMLError``: a syntax error, a value YAML cannot represent (``"\\UFFFFFFFF"``), or
    YamlLimitError (with ``line``) for a document past the limits.
    """
    loader = LOADER(text)
    try:
        yield loader, _checked(_compose(loader))
    finally:
        loader.dispose()


def compose_bounded(text: str) -> yaml.Node | None:
    """Return the checked node tree of ``text`` (None when empty); raise as bounded_document."""
    with bounded_document(text) as (_, root):
        return root


def load_bounded(text: str) -> tuple[Any, yaml.Node | None]:
    """Return the Python value of ``text`` and its node tree (for line numbers).

    Raises ``yaml.YAMLError`` as ``bounded_document`` does.
    """
    with bounded_document(text) as (loader, root):
        if root is None:
            return None, None
        try:
            return loader.construct_document(root), root
        except RecursionError:
            raise YamlLimitError("nested too deeply to read", _line(root)) from None


def _compose(loader: yaml.SafeLoader) -> yaml.Node | None:
    try:
        return loader.get_single_node()
    except (ValueError, OverflowError) as error:
        # The Python scanner builds chr() of escapes such as "\UFFFFFFFF" unchecked.
        raise yaml.YAMLError(f"invalid escape in a quoted string ({error})") from None
    except RecursionError:
        raise YamlLimitError(f"nested more than {MAX_DEPTH} levels deep", None) from None


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _checked(root: yaml.Node | None) -> yaml.Node | None:
    """Return ``root`` after measuring it as if aliases were expanded; raise past a limit."""
    if root is None:
        return None
    sizes: dict[int, tuple[int, int]] = {}
    """id(node) -> (values below and including it, nesting height), aliases expanded."""
    pending: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]  # post-order: (node, children done?)
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            measured = [sizes[id(child)] for child in _children(node)]
            size = 1 + sum(count for count, _ in measured)
            height = 1 + max((depth for _, depth in measured), default=0)
            _within_limits(size, height, node)
            sizes[key] = (size, height)
            pending.discard(key)
        elif key in pending:
            raise YamlLimitError("an alias refers to a value that contains it", _line(node))
        elif key not in sizes:
            if isinstance(node, yaml.ScalarNode):
                _check_scalar(node)
                sizes[key] = (1, 1)
                continue
            if len(pending) >= MAX_DEPTH:
                raise YamlLimitError(f"nested more than {MAX_DEPTH} levels deep", _line(node))
            pending.add(key)
            stack.append((node, True))
            stack.extend((child, False) for child in _children(node))
    return root


def _within_limits(size: int, height: int, node: yaml.Node) -> None:
    if height > MAX_DEPTH:
        raise YamlLimitError(f"nested more than {MAX_DEPTH} levels deep", _line(node))
    if size > MAX_VALUES:
        raise YamlLimitError(
            f"too many values once aliases are expanded (more than {MAX_VALUES:,}); "
            "aliases (*name) must not multiply the data like this",
            _line(node),
        )


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _check_scalar(node: yaml.ScalarNode) -> None:
    bad = _BAD_CHARACTER.search(node.value)
    if bad is None:
        return
    what = (
        "a NUL character" if bad.group() == "\x00" else f"a lone surrogate U+{ord(bad.group()):04X}"
    )
    raise YamlLimitError(f"a string holds {what}, which no text can contain", _line(node))
