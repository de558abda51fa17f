"""Fixed vocabularies are defined once (jargonlint.enums); the JSON schemas list them exactly."""

from __future__ import annotations

import json
from importlib import resources
from typing import get_args

import pytest

from jargonlint import enums
from jargonlint.config_schema import KEYS
from jargonlint.findings import SuggestionKind

ENUMERATIONS = {
    "AUDIENCES": enums.AUDIENCES,
    "REACHES": enums.REACHES,
    "LEVELS": enums.LEVELS,
    "CATEGORIES": enums.CATEGORIES,
    "FORMATS": enums.FORMATS,
    "SUGGESTION_KINDS": enums.SUGGESTION_KINDS,
}


def schema(package: str, name: str) -> dict:
    return json.loads(resources.files(package).joinpath(name).read_text("utf-8"))


PACK = schema("jargonlint.packs", "pack.schema.json")
OUTPUT = schema("jargonlint.reporters", "json-output.schema.json")


def walk(node, path=()):
    """Yield (path, node) for every mapping in a JSON document."""
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from walk(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, (*path, index))


def at(document: dict, *path):
    for key in path:
        document = document[key]
    return document


@pytest.mark.parametrize(
    ("document", "path", "values"),
    [
        (PACK, ("$defs", "audience", "enum"), enums.AUDIENCES),
        (PACK, ("$defs", "example-context", "properties", "reach", "enum"), enums.REACHES),
        (PACK, ("$defs", "example-context", "properties", "format", "enum"), enums.FORMATS),
        (PACK, ("$defs", "rule", "properties", "category", "enum"), enums.CATEGORIES),
        (PACK, ("$defs", "rule", "properties", "level", "enum"), enums.LEVELS),
        (OUTPUT, ("$defs", "finding", "properties", "category", "enum"), enums.CATEGORIES),
        (OUTPUT, ("$defs", "finding", "properties", "level", "enum"), enums.LEVELS),
        (
            OUTPUT,
            ("properties", "summary", "properties", "by_level", "required"),
            enums.LEVELS,
        ),
    ],
    ids=[
        "pack-audience",
        "pack-reach",
        "pack-format",
        "pack-category",
        "pack-level",
        "output-category",
        "output-level",
        "output-by-level",
    ],
)
def test_schema_lists_the_enumeration(document: dict, path: tuple, values: tuple) -> None:
    assert list(at(document, *path)) == list(values)


@pytest.mark.parametrize("document", [PACK, OUTPUT], ids=["pack", "json-output"])
def test_no_schema_enum_is_a_partial_copy_of_an_enumeration(document: dict) -> None:
    """Any enum that shares a value with one of ours lists all of it, in order."""
    for path, node in walk(document):
        values = node.get("enum")
        if not isinstance(values, list):
            continue
        for name, enumeration in ENUMERATIONS.items():
            if set(values) & set(enumeration):
                assert values == list(enumeration), f"{'/'.join(map(str, path))} vs {name}"


def test_python_types_and_config_keys_use_the_enumerations() -> None:
    assert get_args(SuggestionKind) == enums.SUGGESTION_KINDS
    assert KEYS["audience"].choices == enums.AUDIENCES
    assert KEYS["reach"].choices == enums.REACHES
    assert KEYS["fail-level"].choices == enums.LEVELS
