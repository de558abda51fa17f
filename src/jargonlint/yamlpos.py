"""YAML loading that remembers where every value stood, for error messages with line numbers."""

from __future__ import annotations

from typing import Any

import yaml


def compose_yaml(text: str) -> yaml.Node | None:
    """Return the YAML node tree of ``text`` (None for an empty document).

    Raises ``yaml.YAMLError`` on a syntax error; callers turn it into their own error type.
    """
    return yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def line_of(root: yaml.Node | None, path: list[Any] | tuple[Any, ...]) -> int | None:
    """Return the 1-based line of the value at ``path`` (keys and list indexes) in ``root``.

    Walks as deep as the path exists and returns the line of the deepest node reached, so an
    error about a missing key points at the mapping that lacks it.
    """
    node = root
    line = node.start_mark.line + 1 if node is not None else None
    for step in path:
        child = None
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if key_node.value == step:
                    child = value_node
                    break
        elif (
            isinstance(node, yaml.SequenceNode)
            and isinstance(step, int)
            and 0 <= step < len(node.value)
        ):
            child = node.value[step]
        if child is None:
            break
        node = child
        line = node.start_mark.line + 1
    return line


def yaml_error_line(error: yaml.YAMLError) -> int | None:
    """Return the 1-based line a YAML syntax error points at, if it says."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    return mark.line + 1 if mark is not None else None
