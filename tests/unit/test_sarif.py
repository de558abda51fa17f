"""`--format sarif`: SARIF 2.1.0 that validates against the official schema."""

from __future__ import annotations

import io
import json
from functools import lru_cache
from pathlib import Path

import jsonschema
import pytest

from jargonlint.cli import main
from jargonlint.findings import Finding, Suggestion
from jargonlint.packs.catalog import load_catalog
from jargonlint.packs.model import Rule
from jargonlint.reporters.sarif import FINGERPRINT_KEY, SarifReporter
from jargonlint.results import FileResult, RunResult

from ..conftest import make_finding

SCHEMA = Path(__file__).parents[1] / "data" / "sarif-schema-2.1.0.json"


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft4Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema)


def validate(document: dict) -> dict:
    """Return the SARIF document after validating it against the official schema."""
    errors = sorted(_validator().iter_errors(document), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])
    return document


RULE = Rule(
    code="JL101",
    name="pompous-verb",
    kind="token",
    category="plain-words",
    level="warning",
    message="{match} is formal",
    explanation="Formal verbs where plain ones do. Readers skim.\n\nSay use, not utilize.",
    pack="plain-words",
    source="rules/plain-words.yaml",
)


def finding(**changes) -> Finding:
    """Return a Finding with sensible defaults, changed by keyword."""
    advice = (Suggestion("use", "replace", True), Suggestion("Say it plainly", "advice"))
    return make_finding(**({"offset": 20, "end_offset": 27, "suggestions": advice} | changes))


def sarif(findings, tmp_path: Path, rules=(RULE,), sources=None, errors=()) -> dict:
    """Return the validated SARIF for findings under root tmp_path."""
    files: dict[str, FileResult] = {}
    for item in findings:
        files.setdefault(item.path, FileResult(item.path)).findings.append(item)
    results = list(files.values()) + [FileResult(p, error=e) for p, e in errors]
    out = io.StringIO()
    SarifReporter(root=tmp_path, sources=sources).write(RunResult(results, list(rules)), out)
    return validate(json.loads(out.getvalue()))


def test_run_driver_and_rules(tmp_path):
    doc = sarif([finding(path=str(tmp_path / "docs/page.md"))], tmp_path)
    assert doc["version"] == "2.1.0" and len(doc["runs"]) == 1
    run = doc["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "jargonlint" and driver["version"] and driver["informationUri"]
    (rule,) = driver["rules"]
    assert rule["id"] == "JL101" and rule["name"] == "pompous-verb"
    assert rule["shortDescription"]["text"] == "Formal verbs where plain ones do."
    assert rule["fullDescription"]["text"].endswith("Say use, not utilize.")
    assert rule["helpUri"].endswith("docs/rules.md#jl101-pompous-verb")
    assert rule["defaultConfiguration"]["level"] == "warning"
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].startswith("file://")


def test_result_location_level_and_fix(tmp_path):
    doc = sarif([finding(path=str(tmp_path / "docs/page.md"), level="info")], tmp_path)
    (result,) = doc["runs"][0]["results"]
    assert result["ruleId"] == "JL101" and result["ruleIndex"] == 0
    assert result["level"] == "note"
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "docs/page.md", "uriBaseId": "%SRCROOT%"}
    region = location["region"]
    assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (
        3,
        8,
        3,
        15,
    )
    (fix,) = result["fixes"]  # only the replace suggestion becomes a fix
    (change,) = fix["artifactChanges"]
    (replacement,) = change["replacements"]
    assert replacement["insertedContent"]["text"] == "use"
    assert replacement["deletedRegion"]["startColumn"] == 8


def test_no_fix_when_the_span_holds_markup(tmp_path):
    path = str(tmp_path / "a.md")
    text = "Please **utilize** it."
    marked = finding(path=path, offset=7, end_offset=18, match="utilize")
    assert "fixes" not in sarif([marked], tmp_path, sources={path: text})["runs"][0]["results"][0]
    exact = finding(path=path, offset=9, end_offset=16, match="utilize")
    assert "fixes" in sarif([exact], tmp_path, sources={path: text})["runs"][0]["results"][0]


def test_fingerprints_survive_moved_lines_and_tell_twins_apart(tmp_path):
    path = str(tmp_path / "a.md")
    before = sarif([finding(path=path, line=3)], tmp_path)["runs"][0]["results"]
    after = sarif([finding(path=path, line=30, end_line=30)], tmp_path)["runs"][0]["results"]
    assert before[0]["partialFingerprints"] == after[0]["partialFingerprints"]
    twins = sarif([finding(path=path), finding(path=path, column=20, end_column=27)], tmp_path)
    prints = [r["partialFingerprints"][FINGERPRINT_KEY] for r in twins["runs"][0]["results"]]
    assert prints[0].endswith(":1") and prints[1].endswith(":2")
    assert prints[0].split(":")[0] == prints[1].split(":")[0]
    edited = finding(path=path, context="Please utilize the front door.")
    other = sarif([edited], tmp_path)["runs"][0]["results"][0]["partialFingerprints"]
    assert other != before[0]["partialFingerprints"]


def test_paths_with_spaces_and_outside_the_root_and_file_errors(tmp_path):
    inside = finding(path=str(tmp_path / "my docs" / "päge #1.md"))
    outside = finding(path="/elsewhere/x.md")
    doc = sarif([inside, outside], tmp_path, errors=[(str(tmp_path / "bad.md"), "not UTF-8")])
    uris = [
        r["locations"][0]["physicalLocation"]["artifactLocation"] for r in doc["runs"][0]["results"]
    ]
    assert uris[0] == {"uri": "my%20docs/p%C3%A4ge%20%231.md", "uriBaseId": "%SRCROOT%"}
    assert uris[1] == {"uri": "file:///elsewhere/x.md"}
    invocation = doc["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["message"]["text"] == "not UTF-8"


def test_every_shipped_rule_makes_a_valid_descriptor(tmp_path):
    rules = load_catalog().rules
    doc = sarif([], tmp_path, rules=rules)
    descriptors = doc["runs"][0]["tool"]["driver"]["rules"]
    assert [d["id"] for d in descriptors] == [r.code for r in rules]
    assert all(d["shortDescription"]["text"] and d["fullDescription"]["text"] for d in descriptors)


def test_cli_writes_valid_sarif(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.md").write_text(
        "# Visit us\n\nPlease utilize the side door in order to enter.\n", encoding="utf-8"
    )
    code = main(["--format", "sarif", "page.md", "--sarif-file", "copy.sarif"])
    assert code == 1
    doc = validate(json.loads(capsys.readouterr().out))
    results = doc["runs"][0]["results"]
    assert {r["ruleId"] for r in results} >= {"JL101", "JL102"}
    ids = [rule["id"] for rule in doc["runs"][0]["tool"]["driver"]["rules"]]
    assert all(ids[r["ruleIndex"]] == r["ruleId"] for r in results)
    assert validate(json.loads((tmp_path / "copy.sarif").read_text(encoding="utf-8"))) == doc


@pytest.mark.parametrize("level", ["error", "warning", "info"])
def test_rule_levels_map_to_sarif_levels(tmp_path, level):
    rule = Rule(**{**RULE.__dict__, "level": level})
    doc = sarif([], tmp_path, rules=[rule])
    expected = {"error": "error", "warning": "warning", "info": "note"}[level]
    assert doc["runs"][0]["tool"]["driver"]["rules"][0]["defaultConfiguration"]["level"] == expected
