"""Loading rule packs from YAML: schema validation with line numbers, then the rule model."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import PackError
from ..regexguard import bound_patterns, pattern_regexes, regex_problem
from ..safeio import read_regular
from ..yamlpos import compose_yaml, line_of, yaml_error_line
from ..yamlsafe import MAX_BYTES as MAX_YAML_BYTES
from ..yamlsafe import YamlLimitError, load_bounded
from .lexicons import lexicon_problems
from .model import Example, Pack, Rule

BASE_KEYS = {
    "code",
    "name",
    "kind",
    "category",
    "level",
    "message",
    "explanation",
    "examples",
    "audiences",
    "advice",
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pack, located by file and line."""

    source: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"


@lru_cache(maxsize=1)
def pack_schema() -> dict:
    """Return the JSON Schema that every pack file must satisfy."""
    text = resources.files("jargonlint.packs").joinpath("pack.schema.json").read_text("utf-8")
    return json.loads(text)


def shipped_pack_paths() -> list[Path]:
    """Return the paths of the packs that ship inside the package, sorted by name."""
    folder = resources.files("jargonlint.rules")
    return sorted(
        (Path(str(entry)) for entry in folder.iterdir() if entry.name.endswith(".yaml")),
        key=lambda p: p.name,
    )


def expand_pack_paths(paths: list[Path]) -> list[Path]:
    """Return pack files from a list of files and folders (folders give their *.yaml files)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(path.glob("*.yaml")) + sorted(path.glob("*.yml")))
        else:
            found.append(path)
    return found


FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_MESSAGE = 300
"""Longest schema message kept: jsonschema quotes the offending value whole."""


def shown(value: object) -> str:
    """Return a value's repr for a message, cut short."""
    return shown_message(repr(value))


def shown_message(message: str) -> str:
    """Return a schema message cut to MAX_MESSAGE characters (values can be huge)."""
    return message if len(message) <= MAX_MESSAGE else message[:MAX_MESSAGE] + "…"


def _valid(data: Any) -> bool:
    """Return True when the pack data passes the schema (the common, fast path)."""
    import jsonschema  # imported when a pack is read: not at start-up

    return jsonschema.Draft202012Validator(pack_schema()).is_valid(data)


def _schema_problems(data: Any, root: yaml.Node | None, source: str) -> list[Problem]:
    import jsonschema  # imported when a pack is read: not at start-up

    validator = jsonschema.Draft202012Validator(pack_schema())
    problems = []
    for error in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.path))):
        path = list(error.absolute_path)
        where = "/".join(str(p) for p in path) or "(top level)"
        message = shown_message(error.message)
        if error.validator in ("oneOf", "anyOf") and error.context:
            message = shown_message("; ".join(sorted({c.message for c in error.context})))
        problems.append(Problem(source, line_of(root, path), f"{where}: {message}"))
    return problems


def _example(item: Any) -> Example:
    if isinstance(item, str):
        return Example(text=item)
    return Example(
        text=item["text"],
        audience=item.get("audience"),
        reach=item.get("reach"),
        format=item.get("format"),
        product_names=tuple(item.get("product-names", ())),
        company_names=tuple(item.get("company-names", ())),
        match=_strings(item.get("match", ())),
        fix=item.get("fix"),
        rewrite=item.get("rewrite"),
    )


def _strings(value: str | list[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def _rule(raw: dict, pack: str, source: str) -> Rule:
    return Rule(
        code=raw["code"],
        name=raw["name"],
        kind=raw["kind"],
        category=raw["category"],
        level=raw["level"],
        message=raw["message"],
        explanation=raw["explanation"].strip(),
        pack=pack,
        source=source,
        bad=tuple(_example(e) for e in raw["examples"]["bad"]),
        good=tuple(_example(e) for e in raw["examples"]["good"]),
        audiences=tuple(raw.get("audiences", ())),
        advice=raw.get("advice", ""),
        options={
            k: bound_patterns(v) if k == "patterns" else v
            for k, v in raw.items()
            if k not in BASE_KEYS
        },
    )


def read_pack(path: Path, known_kinds: set[str]) -> tuple[Pack, list[Problem]]:
    """Return one pack file (its rules and lexicons) and every problem found in it.

    A pack with problems comes back empty: nothing of it is used.
    """
    source = str(path)
    empty = Pack(path.stem, source)
    data, root, problems = _load(path, source)
    if problems:
        return empty, problems
    valid = _valid(data)
    problems = _schema_problems(data, root, source) if not valid else []
    for index, raw in enumerate(data.get("rules") or []):
        if isinstance(raw, dict):
            problems.extend(_rule_problems(raw, index, root, source, known_kinds))
    if valid:
        problems.extend(_lexicon_problems(data.get("lexicons") or {}, root, source))
    if problems:
        return empty, problems
    pack = data["pack"]
    rules = tuple(_rule(raw, pack, source) for raw in data.get("rules") or ())
    return Pack(pack, source, rules, dict(data.get("lexicons") or {})), []


def _load(path: Path, source: str) -> tuple[Any, yaml.Node | None, list[Problem]]:
    """Return a pack file's data and node tree, or the problem that stops it being read."""
    try:
        text = read_regular(path, MAX_YAML_BYTES).decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or error
        return None, None, [Problem(source, None, f"cannot read pack: {reason}")]
    try:
        data, root = load_bounded(text)
    except YamlLimitError as error:
        return None, None, [Problem(source, error.line, error.problem)]
    except yaml.YAMLError as error:
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        return None, None, [Problem(source, yaml_error_line(error), f"invalid YAML: {problem}")]
    if not isinstance(data, dict):
        message = "a pack must be a mapping with 'pack' and 'rules' or 'lexicons'"
        return None, None, [Problem(source, 1, message)]
    return data, root, []


def _lexicon_problems(lexicons: dict, root: yaml.Node | None, source: str) -> list[Problem]:
    """Return the problems of a pack's lexicons: unknown names, entries of the wrong shape."""
    problems = []
    for key_path, message in lexicon_problems(lexicons):
        path = ["lexicons", *key_path]
        where = "/".join(str(p) for p in path)
        problems.append(Problem(source, line_of(root, path), f"{where}: {message}"))
    return problems


def _rule_problems(
    raw: dict, index: int, root: yaml.Node | None, source: str, known_kinds: set[str]
) -> list[Problem]:
    """Return the problems the schema cannot see: an unknown kind, an unsafe regex."""
    problems = []
    kind = raw.get("kind")
    if isinstance(kind, str) and kind not in known_kinds:
        allowed = ", ".join(sorted(known_kinds))
        line = line_of(root, ["rules", index, "kind"])
        message = f"rules/{index}/kind: unknown kind {shown(kind)} (allowed: {allowed})"
        problems.append(Problem(source, line, message))
    for where, pattern in pattern_regexes(raw.get("patterns"), ("patterns",)):
        problem = regex_problem(pattern)
        if problem:
            path = ["rules", index, *where]
            at = "/".join(map(str, path))
            problems.append(Problem(source, line_of(root, path), f"{at}: {problem}"))
    return problems


def rule_line_in(text: str, path: list[Any]) -> int | None:
    """Return the line of ``path`` in pack text (composed on demand, for error messages)."""
    try:
        return line_of(compose_yaml(text), path)
    except yaml.YAMLError:
        return None


def rule_line(rule: Rule, key_path: list[Any]) -> int | None:
    """Return the line in the rule's pack of a key inside the rule (for kind-level errors)."""
    try:
        data, root = load_bounded(read_regular(rule.source, MAX_YAML_BYTES).decode("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    if not isinstance(data, dict):
        return None
    for index, raw in enumerate(data.get("rules", [])):
        if isinstance(raw, dict) and raw.get("code") == rule.code:
            return line_of(root, ["rules", index, *key_path])
    return None


def raise_problems(problems: list[Problem]) -> None:
    """Raise one PackError that lists every problem, if there are any."""
    if not problems:
        return
    noun = "problem" if len(problems) == 1 else "problems"
    lines = [f"invalid rule pack: {len(problems)} {noun}:"] + [f"  {p}" for p in problems]
    raise PackError("\n".join(lines))
