"""--format rdjson: reviewdog's Diagnostic JSON, valid against reviewdog's published schema."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pytest

from jargonlint.cli import main
from jargonlint.config import Config
from jargonlint.reporters import make_reporter
from jargonlint.runner import lint_paths

from ..conftest import DATA

SCHEMA = json.loads((DATA / "rdjson" / "DiagnosticResult.json").read_text(encoding="utf-8"))


def rdjson_of(tmp_path: Path, name: str, text: str, **overrides) -> tuple[dict, str]:
    page = tmp_path / name
    page.write_text(text, encoding="utf-8", newline="")
    config = Config(root=tmp_path).with_overrides(**overrides) if overrides else Config()
    result, sources = lint_paths([str(page)], config)
    out = io.StringIO()
    make_reporter("rdjson", sources=sources, root=tmp_path).write(result, out)
    document = json.loads(out.getvalue())
    jsonschema.Draft4Validator(SCHEMA).validate(document)
    return document, page.read_bytes().decode("utf-8")


def byte_offset(text: str, position: dict) -> int:
    """Return the code-point offset of an rdjson position (1-based line, 1-based UTF-8 column)."""
    lines = text.splitlines(keepends=True)
    line = lines[position["line"] - 1].encode("utf-8")
    before = line[: position["column"] - 1].decode("utf-8")
    return sum(len(x) for x in lines[: position["line"] - 1]) + len(before)


def apply(text: str, suggestion: dict) -> str:
    start = byte_offset(text, suggestion["range"]["start"])
    end = byte_offset(text, suggestion["range"]["end"])
    return text[:start] + suggestion["text"] + text[end:]


def test_the_vendored_schema_is_reviewdogs_and_rejects_a_wrong_shape() -> None:
    jsonschema.Draft4Validator.check_schema(SCHEMA)
    assert "reviewdog.rdf.Suggestion" in SCHEMA["definitions"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(SCHEMA).validate({"diagnostics": [{"severity": "LOUD"}]})


def test_columns_are_utf8_bytes_and_suggestions_apply_exactly(tmp_path: Path) -> None:
    # "😀" is four UTF-8 bytes and "é" two: the columns after them must count bytes.
    text = "Café 😀: please utilize the side door.\n"
    document, source = rdjson_of(tmp_path, "page.txt", text, select=("JL101",))
    [diagnostic] = document["diagnostics"]
    start = diagnostic["location"]["range"]["start"]
    assert start == {"line": 1, "column": len("Café 😀: please ".encode()) + 1}
    assert diagnostic["severity"] == "WARNING"
    assert diagnostic["code"]["value"] == "JL101"
    assert diagnostic["code"]["url"].endswith("docs/rules.md#jl101-pompous-verb")
    assert diagnostic["location"]["path"] == "page.txt"
    [suggestion] = diagnostic["suggestions"]
    assert apply(source, suggestion) == "Café 😀: please use the side door.\n"


def test_rewrites_are_sentence_suggestions_and_every_group_shares_its_lines(
    tmp_path: Path,
) -> None:
    text = (
        "# Booking\n\nYou can book online. Our platform enables small bakeries to take\n"
        "orders online. Call us any time.\n"
    )
    document, source = rdjson_of(tmp_path, "page.md", text)
    rewrites = [
        s
        for d in document["diagnostics"]
        if d["code"]["value"] == "JL501"
        for s in d.get("suggestions", [])
    ]
    assert rewrites, "the tech-as-hero finding should carry its rewrite"
    rewritten = apply(source, rewrites[0])
    assert "Our platform leverages" not in rewritten
    assert rewritten.startswith("# Booking\n\nYou can book online. ")
    assert rewritten.endswith(" Call us any time.\n")
    for diagnostic in document["diagnostics"]:
        lines = {
            (s["range"]["start"]["line"], s["range"]["end"]["line"])
            for s in diagnostic.get("suggestions", [])
        }
        assert len(lines) <= 1, "reviewdog needs one line range per diagnostic"


def test_markup_inside_a_span_gets_no_replacement(tmp_path: Path) -> None:
    # The span of "in order to" covers an emphasis marker: replacing it would lose markup.
    document, _ = rdjson_of(tmp_path, "page.md", "Call us *in order* to book.\n", select=("JL102",))
    [diagnostic] = document["diagnostics"]
    assert diagnostic["location"]["range"]["start"]["column"] == 10
    assert "suggestions" not in diagnostic
    document, _ = rdjson_of(tmp_path, "page.md", "Please **utilize** it.\n", select=("JL101",))
    [diagnostic] = document["diagnostics"]
    assert [s["text"] for s in diagnostic["suggestions"]] == ["use"]


def test_advice_goes_into_the_message_and_errors_are_diagnostics(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.txt").write_text("Our SLA covers it.\n", encoding="utf-8")
    (tmp_path / "bad.md").write_bytes(b"\xff\xfe\x00bad")
    code = main(["page.txt", "bad.md", "--format", "rdjson", "--select", "JL301"])
    assert code == 2
    document = json.loads(capsys.readouterr().out)
    jsonschema.Draft4Validator(SCHEMA).validate(document)
    by_path = {d["location"]["path"]: d for d in document["diagnostics"]}
    assert "SLA" in by_path["page.txt"]["message"]
    assert "\n\n" in by_path["page.txt"]["message"]  # the advice follows the message
    assert by_path["bad.md"]["severity"] == "ERROR"
    assert document["source"]["name"] == "jargonlint"


def test_a_gate_finding_is_a_diagnostic_with_figure_and_limit(tmp_path: Path) -> None:
    text = "Our platform leverages synergy to streamline seamless workflows.\n"
    document, _ = rdjson_of(tmp_path, "page.txt", text, max_buzzwords_per_100_words=1)
    [gate] = [d for d in document["diagnostics"] if d["code"]["value"] == "JL900"]
    assert gate["severity"] == "ERROR"
    assert "above the maximum 1" in gate["message"]
    assert gate["code"]["url"].endswith("#gates-on-document-measures")
