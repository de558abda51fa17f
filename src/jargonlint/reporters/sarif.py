"""SARIF 2.1.0 for code scanning: one run, every active rule, results with fixes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TextIO
from urllib.parse import quote

from .. import __version__
from ..findings import Finding
from ..fingerprint import numbered_fingerprints
from ..gates import gate_rule
from ..gitdiff import relative_path
from ..packs.model import Rule
from ..results import RunResult
from ..rule_docs import explanation_paragraphs, rule_help_uri, summary_sentence
from .base import Reporter

SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
INFORMATION_URI = "https://github.com/jargonlint/jargonlint"
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "jargonlintFingerprint/v1"
SARIF_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def rule_descriptor(rule: Rule) -> dict:
    """Return the SARIF reportingDescriptor of a rule."""
    full = "\n\n".join(explanation_paragraphs(rule)) or rule.name
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": summary_sentence(rule)},
        "fullDescription": {"text": full},
        "help": {"text": full},
        "helpUri": rule_help_uri(rule),
        "defaultConfiguration": {"level": SARIF_LEVELS[rule.level]},
        "properties": {"category": rule.category, "pack": rule.pack, "tags": [rule.category]},
    }


def _region(finding: Finding) -> dict:
    return {
        "startLine": finding.line,
        "startColumn": finding.column,
        "endLine": finding.end_line,
        "endColumn": max(finding.end_column, 1),
    }


class SarifReporter(Reporter):
    """SARIF 2.1.0 (code scanning): paths relative to the repository root (%SRCROOT%)."""

    name = "sarif"
    description = "SARIF 2.1.0 for GitHub code scanning and other SARIF viewers"

    def __init__(
        self, color: bool = False, root: Path | None = None, sources: dict[str, str] | None = None
    ):
        super().__init__(color)
        self.root = root or Path.cwd()
        self.sources = sources

    def _location(self, path: str) -> dict:
        relative = relative_path(path, self.root)
        if relative is None:  # outside the root: an absolute file URI, no base
            return {"uri": Path(path).absolute().as_uri()}
        return {"uri": quote(relative, safe="/"), "uriBaseId": SRCROOT}

    def _fixes(self, finding: Finding) -> list[dict]:
        """Return a fix per `replace` suggestion, when the span holds exactly the matched text.

        A span that also covers markup (``**AI**``) or an entity would lose it if replaced, so
        such findings get no fix; without the sources the span is trusted.
        """
        if self.sources is not None:
            text = self.sources.get(finding.path)
            if text is None or text[finding.offset : finding.end_offset] != finding.match:
                return []
        fixes = []
        for suggestion in finding.suggestions:
            if suggestion.kind != "replace":
                continue
            fixes.append(
                {
                    "description": {"text": f"Replace “{finding.match}” with “{suggestion.text}”"},
                    "artifactChanges": [
                        {
                            "artifactLocation": self._location(finding.path),
                            "replacements": [
                                {
                                    "deletedRegion": _region(finding),
                                    "insertedContent": {"text": suggestion.text},
                                }
                            ],
                        }
                    ],
                }
            )
        return fixes

    def _result(self, finding: Finding, index: int, print_: str) -> dict:
        result: dict = {
            "ruleId": finding.code,
            "ruleIndex": index,
            "level": SARIF_LEVELS[finding.level],
            "kind": "fail",
            "message": {"text": finding.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": self._location(finding.path),
                        "region": {**_region(finding), "snippet": {"text": finding.match}},
                    }
                }
            ],
            "partialFingerprints": {FINGERPRINT_KEY: print_},
            "properties": {"category": finding.category},
        }
        fixes = self._fixes(finding)
        if fixes:
            result["fixes"] = fixes
        return result

    def document(self, result: RunResult) -> dict:
        """Return the SARIF log of the run as a dict."""
        rules = list(result.rules)
        index = {rule.code: i for i, rule in enumerate(rules)}
        for finding in result.findings:
            if finding.code not in index:  # a finding from a rule the run does not list
                index[finding.code] = len(rules)
                rules.append(gate_rule(finding.code) or _stand_in_rule(finding))
        findings = result.findings
        prints = numbered_fingerprints(findings)
        notifications = [
            {
                "level": "error",
                "message": {"text": file.error},
                "locations": [
                    {"physicalLocation": {"artifactLocation": self._location(file.path)}}
                ],
            }
            for file in result.files
            if file.error
        ]
        run: dict = {
            "tool": {
                "driver": {
                    "name": "jargonlint",
                    "version": __version__,
                    "semanticVersion": __version__,
                    "informationUri": INFORMATION_URI,
                    "rules": [rule_descriptor(rule) for rule in rules],
                }
            },
            "originalUriBaseIds": {SRCROOT: {"uri": self.root.absolute().as_uri() + "/"}},
            "invocations": [
                {
                    "executionSuccessful": not result.had_errors,
                    "toolExecutionNotifications": notifications,
                }
            ],
            "columnKind": "unicodeCodePoints",
            "results": [
                self._result(f, index[f.code], p) for f, p in zip(findings, prints, strict=True)
            ],
        }
        return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}

    def write(self, result: RunResult, out: TextIO) -> None:
        """Write the SARIF log as indented JSON."""
        json.dump(self.document(result), out, indent=2, ensure_ascii=False)
        out.write("\n")


def _stand_in_rule(finding: Finding) -> Rule:
    return Rule(
        code=finding.code,
        name=finding.name,
        kind="",
        category=finding.category,
        level=finding.level,
        message=finding.message,
        explanation="",
        pack="",
        source="",
    )
