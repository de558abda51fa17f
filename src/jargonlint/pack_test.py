"""`jargonlint test PACK...`: run a pack's bad and good examples as tests.

Each example is linted as a real run would lint it, with every rule active (a suppression rule
needs the rule it suppresses; a document rule reads the sentences other rules judge), and is
judged on its own rule's findings. A bad example passes when its rule flags it (covering the
example's `match`, when given) and a good one when its rule does not. When an example also
states the text a safe fix should give (`fix`) or the rewrite it expects (`rewrite`), those
are checked too. jargonlint's own rule tests (tests/rules/) run through the same functions,
so a team's pack is held to the same bar.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from .config import Config
from .document.reader import read_document
from .engine import Linter
from .findings import Finding
from .fixes import apply_edits, safe_edits
from .packs.catalog import Catalog, load_catalog
from .packs.loader import expand_pack_paths, shipped_pack_paths
from .packs.model import Example, Rule
from .packs.selection import select_rules

SUFFIXES = {"markdown": ".md", "html": ".html", "text": ".txt"}


@dataclass(frozen=True)
class ExampleCase:
    """One example of one rule, and whether the rule must flag it."""

    rule: Rule
    example: Example
    bad: bool
    index: int

    @property
    def id(self) -> str:
        """Return the case's name, e.g. ``JL101-bad-0``."""
        return f"{self.rule.code}-{'bad' if self.bad else 'good'}-{self.index}"


@dataclass(frozen=True)
class CaseResult:
    """The outcome of one case: passed or not, and what the rule found."""

    case: ExampleCase
    passed: bool
    problem: str = ""
    """Why the case failed (empty when it passed)."""
    findings: tuple[Finding, ...] = field(default_factory=tuple)


def example_cases(rules: Iterable[Rule]) -> list[ExampleCase]:
    """Return every bad and good example of the rules as cases, in rule order."""
    cases = []
    for rule in rules:
        cases += [ExampleCase(rule, e, True, i) for i, e in enumerate(rule.bad)]
        cases += [ExampleCase(rule, e, False, i) for i, e in enumerate(rule.good)]
    return cases


def case_config(case: ExampleCase) -> Config:
    """Return the config an example runs under: the defaults and the example's context."""
    example, rule = case.example, case.rule
    audience = example.audience or (rule.audiences[0] if rule.audiences else None)
    overrides = {
        "audience": audience,
        "reach": example.reach,
        "product_names": example.product_names or None,
        "company_names": example.company_names or None,
    }
    return Config().with_overrides(**{k: v for k, v in overrides.items() if v is not None})


class ExampleRunner:
    """Runs cases against one catalogue, building one Linter per distinct example config."""

    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        self._linters: dict[Config, Linter] = {}

    def _linter(self, config: Config) -> Linter:
        if config not in self._linters:
            self._linters[config] = Linter(select_rules(self.catalog, config), config)
        return self._linters[config]

    def findings(self, case: ExampleCase) -> tuple[str, list[Finding]]:
        """Return the example's text (ending in a newline) and its rule's findings on it."""
        config = case_config(case)
        text = case.example.text if case.example.text.endswith("\n") else case.example.text + "\n"
        fmt = case.example.format or "text"
        document = read_document(
            f"example{SUFFIXES[fmt]}",
            data=text.encode("utf-8"),
            fmt=fmt,
            front_matter_fields=config.front_matter_fields,
        )
        [result] = self._linter(config).lint([document])
        return text, [f for f in result.findings if f.code == case.rule.code]

    def run(self, case: ExampleCase) -> CaseResult:
        """Return whether the case passes, with the reason when it does not."""
        text, findings = self.findings(case)
        problem = _bad_problem(case, text, findings) if case.bad else _good_problem(findings)
        return CaseResult(case, not problem, problem, tuple(findings))


def _good_problem(findings: list[Finding]) -> str:
    if not findings:
        return ""
    return "flagged " + ", ".join(_where(f) for f in findings) + "; expected no finding"


def _bad_problem(case: ExampleCase, text: str, findings: list[Finding]) -> str:
    example = case.example
    if not findings:
        return "not flagged; expected a finding"
    if example.match and not any(example.match.lower() in f.match.lower() for f in findings):
        found = ", ".join(_where(f) for f in findings)
        return f"flagged {found}; expected it to cover “{example.match}”"
    expected_fix = getattr(example, "fix", None)
    if expected_fix is not None:
        fixed = apply_edits(text, safe_edits(text, findings)).rstrip("\n")
        if fixed != expected_fix.rstrip("\n"):
            return f"safe fix gives “{fixed}”; expected “{expected_fix.rstrip()}”"
    expected_rewrite = getattr(example, "rewrite", None)
    if expected_rewrite is not None:
        rewrites = [s.text for f in findings for s in f.suggestions if s.kind == "rewrite"]
        if expected_rewrite not in rewrites:
            got = " / ".join(f"“{r}”" for r in rewrites) or "no rewrite"
            return f"rewrite is {got}; expected “{expected_rewrite}”"
    return ""


def _where(finding: Finding) -> str:
    return f"“{finding.match}” at {finding.line}:{finding.column}"


def _one_line(text: str, limit: int = 70) -> str:
    flat = " ⏎ ".join(text.strip("\n").split("\n"))
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def describe(result: CaseResult) -> str:
    """Return the report line of one case: PASS or FAIL, the example, what was found."""
    case = result.case
    head = f"{'PASS' if result.passed else 'FAIL'} {case.id}: “{_one_line(case.example.text)}”"
    if not result.passed:
        return f"{head}\n    {result.problem}"
    if result.findings:
        return f"{head} → {', '.join(_where(f) for f in result.findings)}"
    return f"{head} → not flagged"


def pack_rules(paths: list[str]) -> tuple[Catalog, list[Rule]]:
    """Return the catalogue with the packs loaded, and the rules those packs define.

    With no paths, the rules are the packs jargonlint ships.
    """
    packs = [Path(p) for p in paths]
    catalog = load_catalog(tuple(packs))
    wanted = expand_pack_paths(packs) if packs else shipped_pack_paths()
    sources = {str(path.resolve()) for path in wanted}
    rules = [rule for rule in catalog.rules if str(Path(rule.source).resolve()) in sources]
    return catalog, rules


def run_pack_tests(paths: list[str], out: TextIO, verbose: bool = True) -> bool:
    """Run every example of the packs' rules, write one line per case; return True if all pass."""
    catalog, rules = pack_rules(paths)
    runner = ExampleRunner(catalog)
    results = [runner.run(case) for case in example_cases(rules)]
    for result in results:
        if verbose or not result.passed:
            out.write(describe(result) + "\n")
    failed = sum(1 for r in results if not r.passed)
    noun = "rule" if len(rules) == 1 else "rules"
    out.write(f"{len(results) - failed} passed, {failed} failed ({len(rules)} {noun})\n")
    return failed == 0
