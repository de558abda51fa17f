"""The rule catalogue: every pack loaded and checked together, then selected by the config."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..checks.registry import KINDS, KindSpec, advice_fields, message_fields
from .lexicons import Lexicons, merge_lexicons
from .loader import (
    Problem,
    expand_pack_paths,
    raise_problems,
    read_pack,
    rule_line,
    shipped_pack_paths,
)
from .model import Rule
from .template import placeholders


@dataclass(frozen=True)
class Catalog:
    """All known rules, in code order, and the shared vocabulary every check reads."""

    rules: tuple[Rule, ...]
    lexicons: Lexicons = field(default_factory=Lexicons)

    def by_code(self, code: str) -> Rule | None:
        """Return the rule with this code (case-insensitive), or None."""
        code = code.upper()
        return next((r for r in self.rules if r.code == code), None)

    def lookup(self, key: str) -> Rule | None:
        """Return the rule whose code or name is ``key``, or None."""
        return self.by_code(key) or next((r for r in self.rules if r.name == key), None)


def _duplicate_problems(rules: list[Rule]) -> list[Problem]:
    problems = []
    seen_codes: dict[str, Rule] = {}
    seen_names: dict[str, Rule] = {}
    for rule in rules:
        for seen, key, what in ((seen_codes, rule.code, "code"), (seen_names, rule.name, "name")):
            if key in seen:
                other = seen[key]
                problems.append(
                    Problem(
                        rule.source,
                        rule_line(rule, [what]),
                        f"rule {what} {key!r} is already used in {other.source}",
                    )
                )
            else:
                seen[key] = rule
    return problems


def _option_problems(spec: KindSpec, rules: list[Rule]) -> list[Problem]:
    """Return the problems of detector-kind options against the kind's options schema."""
    if spec.options_schema is None:
        return []
    schema = {"type": "object", "additionalProperties": False, **spec.options_schema}
    import jsonschema  # imported when a pack is read: not at start-up

    validator = jsonschema.Draft202012Validator(schema)
    problems = []
    for rule in rules:
        for error in validator.iter_errors(rule.options):
            path = [str(p) for p in error.absolute_path]
            problems.append(
                Problem(
                    rule.source,
                    rule_line(rule, path),
                    f"rule {rule.code}: {'/'.join(path) or 'options'}: {error.message}",
                )
            )
    return problems


def _kind_problems(rules: list[Rule], lexicons: Lexicons) -> list[Problem]:
    problems = []
    for kind, spec in KINDS.items():
        of_kind = [r for r in rules if r.kind == kind]
        problems.extend(_option_problems(spec, of_kind))
        if spec.problems is None:
            continue
        for rule, key_path, message in spec.problems(of_kind, lexicons):
            problems.append(
                Problem(
                    rule.source,
                    rule_line(rule, key_path),
                    f"rule {rule.code}: {'/'.join(key_path)}: {message}",
                )
            )
    return problems


def _template_problems(rules: list[Rule]) -> list[Problem]:
    """Return a problem for each placeholder a rule's message or advice uses that its kind
    does not fill (it would reach the reader as a raw ``{name}``)."""
    problems = []
    for rule in rules:
        for key, template, fields in (
            ("message", rule.message, message_fields(rule)),
            ("advice", rule.advice, advice_fields(rule)),
        ):
            for name in sorted(placeholders(template) - fields):
                fills = ", ".join(f"{{{f}}}" for f in sorted(fields)) or "none"
                problems.append(
                    Problem(
                        rule.source,
                        rule_line(rule, [key]),
                        f"rule {rule.code}: {key}: {{{name}}} is not filled by kind "
                        f"{rule.kind!r} (it fills: {fills})",
                    )
                )
    return problems


def load_catalog(
    extra_packs: tuple[Path, ...] | list[Path] = (), *, shipped: bool = True
) -> Catalog:
    """Return every shipped and configured rule and lexicon, or raise PackError listing every
    problem. With ``shipped=False`` only ``extra_packs`` are read (tests of one pack)."""
    kinds = set(KINDS)
    rules: list[Rule] = []
    declared: list[dict] = []
    problems: list[Problem] = []
    paths = (shipped_pack_paths() if shipped else []) + expand_pack_paths(list(extra_packs))
    for path in paths:
        pack, pack_problems = read_pack(path, kinds)
        rules.extend(pack.rules)
        declared.append(pack.lexicons)
        problems.extend(pack_problems)
    lexicons = merge_lexicons(declared)
    problems.extend(_duplicate_problems(rules))
    problems.extend(_kind_problems(rules, lexicons))
    problems.extend(_template_problems(rules))
    raise_problems(problems)
    return Catalog(tuple(sorted(rules, key=lambda r: r.code)), lexicons)
