"""Finding, reading and validating jargonlint's configuration (YAML file or pyproject.toml)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import yaml

from .config_schema import (
    ALL,
    DEFAULT_FRONT_MATTER_FIELDS,
    KEYS,
    SELECTOR_KEYS,
    Entry,
    Site,
    Validator,
    describe,
    did_you_mean,
    raise_problems,
    shown,
)
from .errors import ConfigError
from .safeio import read_regular
from .yamlsafe import MAX_BYTES as MAX_YAML_BYTES
from .yamlsafe import YamlLimitError, bounded_document

try:
    import tomllib
except ImportError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

YAML_NAMES = (".jargonlint.yaml", ".jargonlint.yml")
PYPROJECT = "pyproject.toml"
PYPROJECT_TABLE = "[tool.jargonlint]"


@dataclass(frozen=True)
class Config:
    """The validated settings for a run; list settings are tuples so a Config is hashable."""

    packs: tuple[Path, ...] = ()
    select: tuple[str, ...] = (ALL,)
    ignore: tuple[str, ...] = ()
    levels: tuple[tuple[str, str], ...] = ()
    """(selector, level-or-"off") pairs in the order written."""
    fail_level: str = "warning"
    audience: str = "general"
    reach: str | None = None
    model: str | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    known_acronyms: tuple[str, ...] = ()
    product_names: tuple[str, ...] = ()
    company_names: tuple[str, ...] = ()
    front_matter_fields: tuple[str, ...] = DEFAULT_FRONT_MATTER_FIELDS
    # Measure gates (jargonlint.gates): None means the gate is off.
    min_jargon_score: float | None = None
    max_buzzwords_per_100_words: float | None = None
    min_reader_hero_share: float | None = None
    max_tech_hero_share: float | None = None
    max_company_hero_share: float | None = None
    source: str | None = None
    """Absolute path of the config file, or None when these are the defaults."""
    root: Path = field(default_factory=Path.cwd)
    """Folder of the config file (or the cwd for defaults); include/exclude are relative to it."""
    origins: tuple[tuple[str, str, str], ...] = field(default=(), repr=False, compare=False)
    """(key, selector, where) for each selector, so check_selectors can point at the line."""

    def with_overrides(self, **changes: Any) -> Config:
        """Return a copy with the non-None CLI options applied, validated like file values."""
        settable = {f.name for f in fields(self)} - {"source", "root", "origins"}
        unknown = sorted(set(changes) - settable)
        if unknown:
            raise TypeError(f"with_overrides() got unknown option(s): {', '.join(unknown)}")
        entries = [
            Entry(name.replace("_", "-"), _cli_value(name, value))
            for name, value in changes.items()
            if value is not None
        ]
        # CLI paths are typed relative to where the command runs, not to the config file.
        checked = Validator(Site("command line", "cli"), Path.cwd()).run(entries)
        raise_problems("command-line options", checked.problems)
        overridden = {entry.key for entry in entries}
        origins = tuple(o for o in self.origins if o[0] not in overridden)
        return replace(self, **checked.values, origins=origins + tuple(checked.origins))


def _cli_value(name: str, value: Any) -> Any:
    kind = KEYS[name.replace("_", "-")].kind
    if kind in ("strings", "paths"):
        items = [value] if isinstance(value, (str, Path)) else list(value)
        items = [str(item) if isinstance(item, Path) else item for item in items]
        if name in SELECTOR_KEYS:
            # `--select JL1,JL2` as ruff does; selectors never contain commas.
            items = [part.strip() for item in items for part in _split(item)]
        return items
    if kind == "levels" and not isinstance(value, Mapping):
        try:
            return dict(value)
        except (TypeError, ValueError):
            return value
    return value


def _split(item: Any) -> list[Any]:
    return item.split(",") if isinstance(item, str) else [item]


def find_config_file(start: Path) -> Path | None:
    """Return the nearest config file in start or a parent folder, or None when there is none."""
    folder = Path(start).absolute()
    for directory in (folder, *folder.parents):
        for name in YAML_NAMES:
            if (directory / name).is_file():
                return directory / name
        pyproject = directory / PYPROJECT
        if pyproject.is_file() and _pyproject_table(pyproject, str(pyproject)) is not None:
            return pyproject
    return None


def load_config(explicit: str | Path | None = None, cwd: Path | None = None) -> Config:
    """Return the validated Config from the explicit file, the nearest file, or the defaults."""
    cwd = Path(cwd if cwd is not None else Path.cwd()).absolute()
    if explicit is not None:
        path = cwd / Path(explicit).expanduser()
        if not path.exists():
            raise ConfigError(f"{explicit}: config file not found")
        if not path.is_file():
            raise ConfigError(f"{explicit}: not a config file (it is a folder)")
    else:
        found = find_config_file(cwd)
        if found is None:
            return Config(root=cwd)
        path = found
    label = _display(path, cwd)
    if path.suffix == ".toml":
        site, entries = _read_toml(path, label)
    else:
        site, entries = _read_yaml(path, label)
    checked = Validator(site, path.parent).run(entries)
    raise_problems(label, checked.problems)
    return Config(
        **checked.values, source=str(path), root=path.parent, origins=tuple(checked.origins)
    )


def _display(path: Path, cwd: Path) -> str:
    try:
        return os.path.relpath(path, cwd)
    except ValueError:  # another drive on Windows
        return str(path)


def _read_text(path: Path, label: str) -> str:
    try:
        text = read_regular(path, MAX_YAML_BYTES).decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ConfigError(f"{label}: not UTF-8 text ({error.reason})") from None
    except OSError as error:
        raise ConfigError(f"{label}: cannot read: {error.strerror or error}") from None
    if "\0" in text:
        raise ConfigError(f"{label}: binary file (contains NUL bytes), not a config file")
    return text


def _pyproject_table(path: Path, label: str) -> dict[str, Any] | None:
    text = _read_text(path, label)
    try:
        data = _toml(text, label)
    except tomllib.TOMLDecodeError as error:
        # A broken pyproject that never mentions us is someone else's problem: keep walking.
        if "jargonlint" not in text:
            return None
        raise ConfigError(f"{label}: invalid TOML: {error}") from None
    tool = data.get("tool")
    table = tool.get("jargonlint") if isinstance(tool, dict) else None
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f"{label}: {PYPROJECT_TABLE} must be a table, got {describe(table)}")
    return table


def _toml(text: str, label: str) -> dict[str, Any]:
    """Return the parsed TOML; tomllib recurses once per nesting level, so depth is bounded."""
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise ConfigError(f"{label}: nested too deeply to read (arrays or tables)") from None


def _read_toml(path: Path, label: str) -> tuple[Site, list[Entry]]:
    if path.name == PYPROJECT:
        table = _pyproject_table(path, label)
        if table is None:
            raise ConfigError(f"{label}: has no {PYPROJECT_TABLE} table")
        site = Site(label, "toml", PYPROJECT_TABLE)
    else:
        # Any other .toml file (e.g. jargonlint.toml) holds the keys at the top level.
        try:
            table = _toml(_read_text(path, label), label)
        except tomllib.TOMLDecodeError as error:
            raise ConfigError(f"{label}: invalid TOML: {error}") from None
        site = Site(label, "toml")
    return site, [Entry(key, value) for key, value in table.items()]


def _read_yaml(path: Path, label: str) -> tuple[Site, list[Entry]]:
    site = Site(label, "yaml")
    try:
        # Compose first (not safe_load) so every key and list item keeps its line number.
        with bounded_document(_read_text(path, label)) as (loader, node):
            return site, _yaml_entries(loader, node, label)
    except YamlLimitError as error:
        where = f"{label}:{error.line}" if error.line else label
        raise ConfigError(f"{where}: {error.problem}") from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f"{label}:{mark.line + 1}" if mark else label
        problem = "; ".join(part for part in (error.context, error.problem) if part)
        raise ConfigError(f"{where}: invalid YAML: {problem or 'syntax error'}") from None
    except yaml.YAMLError as error:
        raise ConfigError(f"{label}: invalid YAML: {error}") from None


def _yaml_entries(loader: yaml.SafeLoader, node: yaml.Node | None, label: str) -> list[Entry]:
    if node is None or (isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null")):
        return []
    if not isinstance(node, yaml.MappingNode):
        got = describe(loader.construct_object(node, deep=True))
        line = node.start_mark.line + 1
        raise ConfigError(f"{label}:{line}: expected a mapping of keys at the top, got {got}")
    loader.flatten_mapping(node)  # resolve `<<` merge keys as safe_load would
    entries = []
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        value = loader.construct_object(value_node, deep=True)
        lines = _item_lines(loader, value_node)
        entries.append(Entry(key, value, key_node.start_mark.line + 1, lines))
    return entries


def _item_lines(loader: yaml.SafeLoader, node: yaml.Node) -> dict[Any, int]:
    if isinstance(node, yaml.SequenceNode):
        return {index: item.start_mark.line + 1 for index, item in enumerate(node.value)}
    lines: dict[Any, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, _ in node.value:
            key = loader.construct_object(key_node, deep=True)
            if isinstance(key, (str, int, float, bool)):
                lines.setdefault(key, key_node.start_mark.line + 1)
    return lines


def config_as_dict(config: Config) -> dict[str, Any]:
    """Return the settings as plain data with kebab-case keys, in documented key order."""
    result: dict[str, Any] = {}
    for key in KEYS:
        value = getattr(config, key.replace("-", "_"))
        if key == "levels":
            value = dict(value)
        elif isinstance(value, tuple):
            value = [str(item) if isinstance(item, Path) else item for item in value]
        result[key] = value
    return result


def selector_matches(selector: str, code: str, name: str, category: str) -> bool:
    """Return whether the selector picks the rule (ALL, code, code prefix, name or category)."""
    if not selector:
        return False
    return selector == ALL or code.startswith(selector) or selector in (name, category)


def check_selectors(config: Config, codes: set[str], names: set[str], categories: set[str]) -> None:
    """Return None when every selector matches a rule; else raise ConfigError listing the rest."""
    label = _display(Path(config.source), Path.cwd()) if config.source else "configuration"
    where = {(key, selector): place for key, selector, place in config.origins}
    written = [("select", s) for s in config.select] + [("ignore", s) for s in config.ignore]
    written += [("levels", selector) for selector, _ in config.levels]
    known = sorted(codes | names | categories)
    problems = []
    for key, selector in written:
        if selector == ALL or selector in names or selector in categories:
            continue
        if selector and any(code.startswith(selector) for code in codes):
            continue
        place = where.get((key, selector), f"{label}: {key}")
        hint = did_you_mean(selector, known)
        problems.append(f"{place}: selector {shown(selector)} matches no rule{hint}")
    raise_problems(label, problems)
