"""The JSON output is a versioned contract: it validates against its schema, spans are exact."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema

from jargonlint.cli import main

COPY = (
    "# Book a repair\r\n\r\nPlease **utilize** the side door in order to reach us.\r\n"
    "Café owners utilize it too — 日本 utilize.\r\n"
)


def output_schema() -> dict:
    text = resources.files("jargonlint.reporters").joinpath("json-output.schema.json")
    return json.loads(text.read_text("utf-8"))


def test_json_output_validates_and_spans_slice_the_file(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "page.md"
    path.write_bytes(("\ufeff" + COPY).encode("utf-8"))
    assert main(["--format", "json", "page.md"]) == 1
    data = json.loads(capsys.readouterr().out)
    jsonschema.validate(data, output_schema())
    text = COPY  # offsets count from after the BOM
    findings = data["files"][0]["findings"]
    assert len([f for f in findings if f["match"].lower() == "utilize"]) == 3
    for finding in findings:
        assert text[finding["offset"] : finding["end_offset"]] == finding["match"]
        lines = text.replace("\r\n", "\n").split("\n")
        line = lines[finding["line"] - 1]
        assert line[finding["column"] - 1 : finding["end_column"] - 1] == finding["match"]
    assert data["summary"]["findings"] == len(findings)
    assert data["summary"]["by_level"]["warning"] == len(findings)


def test_error_files_have_null_findings_list_and_message(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["--format", "json", "absent.md"]) == 2
    data = json.loads(capsys.readouterr().out)
    jsonschema.validate(data, output_schema())
    assert data["files"] == [
        {"path": "absent.md", "findings": [], "error": "no such file or directory", "measures": {}}
    ]
