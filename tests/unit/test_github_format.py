"""`--format github`: workflow commands escaped exactly as GitHub's toolkit escapes them."""

from __future__ import annotations

import io
import json
import random
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jargonlint.findings import Finding, Suggestion
from jargonlint.reporters.github import (
    GithubReporter,
    escape_data,
    escape_property,
    importance_key,
    workflow_command,
)
from jargonlint.reporters.summary import SummaryReporter, append_summary, cell
from jargonlint.results import FileResult

from ..conftest import make_finding, run_of

ADVERSARIAL = [
    "plain",
    "::error::pwned",
    "line one\n::error file=x::injected",
    "carriage\r::warning::return",
    "crlf\r\n::notice::x",
    "%0A already escaped %25 %3A %2C",
    "100% sure",
    "a:b,c=d",
    "::stop-commands::token",
    "##[error]legacy",
    "%",
    "%%0A%",
    "tab\there",
    "émoji 🚀 and “quotes”",
    "\u2028line separator\u2029",
    "ends with newline\n",
    "\n\n",
    "=,=,:",
    "title=evil,file=other.md",
]


def finding(**changes) -> Finding:
    """Return a Finding with sensible defaults, changed by keyword."""
    return make_finding(**({"offset": 40, "end_offset": 47} | changes))


def runner_parse(line: str) -> tuple[str, dict[str, str], str] | None:
    """Return (command, properties, data) as GitHub's runner parses a line (ActionCommand v2)."""
    line = line.strip()
    if not line.startswith("::"):
        return None
    end = line.find("::", 2)
    if end < 0:
        return None
    info, data = line[2:end], line[end + 2 :]
    command, _, props = info.partition(" ")
    properties = {}
    for pair in filter(None, props.split(",")):
        key, _, value = pair.partition("=")
        properties[key] = _unescape(value, prop=True)
    return command, properties, _unescape(data, prop=False)


def _unescape(value: str, prop: bool) -> str:
    value = value.replace("%0D", "\r").replace("%0A", "\n")
    if prop:
        value = value.replace("%3A", ":").replace("%2C", ",")
    return value.replace("%25", "%")


@given(st.text(), st.text(), st.text())
def test_a_command_is_one_line_that_parses_back_to_what_was_said(message, title, path):
    line = workflow_command("warning", {"title": title, "file": path, "line": 3}, message)
    assert "\n" not in line and "\r" not in line
    parsed = runner_parse(line)
    assert parsed is not None
    command, properties, data = parsed
    assert command == "warning"
    # The runner trims the whole line, so trailing spaces may go; nothing else may change.
    assert message.startswith(data) and not message[len(data) :].strip()
    expected = {k: v for k, v in {"title": title, "file": path, "line": "3"}.items() if v}
    assert properties == expected


def test_escaping_of_the_special_characters():
    assert escape_data("a%b\rc\nd:e,f") == "a%25b%0Dc%0Ad:e,f"
    assert escape_property("a%b\rc\nd:e,f") == "a%25b%0Dc%0Ad%3Ae%2Cf"


def test_annotation_fields_and_suggestion():
    line = GithubReporter(root=Path.cwd()).annotation(finding(path=str(Path("docs/page.md"))))
    assert line == (
        "::warning title=JL101 pompous-verb (plain-words),file=docs/page.md,line=3,endLine=3,"
        "col=8,endColumn=15::“utilize” is a formal word for “use”.%0ATry: use"
    )


def test_info_is_a_notice_and_multi_line_findings_have_no_columns():
    line = GithubReporter().annotation(finding(level="info", end_line=4, end_column=3))
    assert line.startswith("::notice ")
    assert "col=" not in line and "endColumn=" not in line  # the runner drops such annotations
    assert "line=3,endLine=4" in line


def test_most_important_first_then_category_then_position():
    found = [
        finding(level="info", line=1),
        finding(level="warning", category="plain-words", line=2, offset=1),
        finding(level="warning", category="acronym", line=9, offset=90),
        finding(level="error", category="claim", line=5, offset=50),
        finding(level="warning", category="acronym", line=4, offset=30),
    ]
    ordered = sorted(found, key=importance_key)
    assert [(f.level, f.category, f.line) for f in ordered] == [
        ("error", "claim", 5),
        ("warning", "acronym", 4),
        ("warning", "acronym", 9),
        ("warning", "plain-words", 2),
        ("info", "plain-words", 1),
    ]
    out = io.StringIO()
    GithubReporter().write(run_of(*found), out)
    lines = out.getvalue().splitlines()
    assert [runner_parse(x)[0] for x in lines[:5]] == [
        "error",
        "warning",
        "warning",
        "warning",
        "notice",
    ]
    # `::notice` is GitHub's command; the words a person reads say "info", as every format does.
    assert lines[-1].startswith("jargonlint: 1 error, 3 warnings, 1 info in 1 file")


def test_hidden_annotations_are_counted_and_the_summary_has_them_all(tmp_path):
    many = [finding(line=n, offset=n * 10, end_offset=n * 10 + 7) for n in range(1, 15)]
    out = io.StringIO()
    GithubReporter().write(run_of(*many), out)
    assert "4 more are in the summary" in out.getvalue().splitlines()[-1]
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    append_summary(run_of(*many), str(summary))
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n## jargonlint")  # appended, as GitHub expects
    assert text.count("| warning | docs/page.md:") == 14
    assert "| plain-words | 0 | 14 | 0 | 14 |" in text


def test_summary_cells_cannot_break_the_table_or_inject_html():
    assert cell("a|b\nc <script>") == "a&#124;b c &lt;script&gt;"
    hostile = finding(match="x | y", message="**bold** <img src=x> [link](http://e)")
    text = SummaryReporter().render(run_of(hostile))
    row = next(line for line in text.splitlines() if line.startswith("| warning"))
    assert row.count(" | ") == 4
    assert "<img" not in text and "\\*\\*bold\\*\\*" in text


def test_summary_lists_document_measures_and_unreadable_files():
    run = run_of(finding())
    run.files[0].measures = {"words": 120, "jargon_score": 0.4, "detail": {"nested": 1}}
    run.files.append(FileResult("broken.md", error="not UTF-8"))
    text = SummaryReporter().render(run)
    assert "| File | words | jargon score |" in text
    assert "| docs/page.md | 120 | 0.4 |" in text
    assert "broken.md: not UTF-8" in text and "(1 could not be read)" in text


# --- byte-for-byte against GitHub's own toolkit (@actions/core) ------------------------------

NODE_SCRIPT = r"""
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
const base = process.argv[2];
const core = await import(pathToFileURL(base + '/lib/core.js'));
const command = await import(pathToFileURL(base + '/lib/command.js'));
const cases = JSON.parse(readFileSync(0, 'utf8'));
for (const c of cases) {
  if (c.api === 'issueCommand') {
    command.issueCommand(c.command, Object.fromEntries(c.properties), c.message);
  } else {
    core[c.api](c.message, c.properties);
  }
}
"""


@pytest.fixture(scope="session")
def actions_core(request) -> Path:
    """Return the folder of an installed @actions/core (npm, cached), or skip saying why."""
    npm, node = shutil.which("npm"), shutil.which("node")
    if not npm or not node:
        pytest.skip("node and npm are needed to compare with @actions/core")
    prefix = Path(request.config.cache.mkdir("actions-core-npm"))
    package = prefix / "node_modules" / "@actions" / "core"
    if not (package / "lib" / "command.js").is_file():
        proc = subprocess.run(
            [npm, "install", "--prefix", str(prefix), "--no-audit", "--no-fund", "@actions/core"],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if proc.returncode != 0 or not (package / "lib" / "command.js").is_file():
            pytest.skip(f"npm install @actions/core failed (offline?): {proc.stderr[-300:]}")
    return package


def node_output(package: Path, cases: list[dict], tmp_path: Path) -> str:
    """Return what @actions/core writes to stdout for the cases."""
    script = tmp_path / "emit.mjs"
    script.write_text(NODE_SCRIPT, encoding="utf-8")
    proc = subprocess.run(
        ["node", str(script), str(package)],
        input=json.dumps(cases).encode("utf-8"),
        capture_output=True,
        timeout=60,
        check=True,
    )
    return proc.stdout.decode("utf-8")


def _random_strings(count: int) -> list[str]:
    pieces = ["::", "%", "%0A", "%25", "\n", "\r", ":", ",", "=", " ", "a", "é", "🚀", "##["]
    rng = random.Random(20240611)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(count)]


def test_workflow_commands_match_issue_command_byte_for_byte(actions_core, tmp_path):
    texts = ADVERSARIAL + _random_strings(300)
    cases, expected = [], []
    for index, text in enumerate(texts):
        other = texts[(index * 7 + 3) % len(texts)]
        props = [("file", other), ("line", index + 1), ("title", text), ("col", 0)]
        cases.append(
            {"api": "issueCommand", "command": "warning", "properties": props, "message": text}
        )
        expected.append(workflow_command("warning", dict(props), text))
    cases.append(
        {"api": "issueCommand", "command": "notice", "properties": [("title", "")], "message": "m"}
    )
    expected.append(workflow_command("notice", {"title": ""}, "m"))
    assert node_output(actions_core, cases, tmp_path) == "".join(e + "\n" for e in expected)


def test_reporter_annotations_match_core_error_warning_notice(actions_core, tmp_path):
    reporter = GithubReporter(root=tmp_path)
    cases, expected = [], []
    for index, text in enumerate(ADVERSARIAL + _random_strings(100)):
        level = ("error", "warning", "info")[index % 3]
        item = finding(
            path=str(tmp_path / f"docs/{text.replace('/', '_').replace(chr(0), '')}.md"),
            level=level,
            message=text or "m",
            name=f"rule{text}",
            end_line=3 + index % 2,
            suggestions=(Suggestion(text, "rewrite"),) if index % 4 else (),
        )
        line = reporter.annotation(item)
        props = {
            "title": f"{item.code} {item.name} ({item.category})",
            "file": reporter._path(item.path),
            "startLine": item.line,
            "endLine": item.end_line,
        }
        if item.end_line == item.line:
            props |= {"startColumn": item.column, "endColumn": item.end_column}
        message = item.message + (f"\nRewrite: {text}" if index % 4 else "")
        api = {"error": "error", "warning": "warning", "info": "notice"}[level]
        cases.append({"api": api, "message": message, "properties": props})
        expected.append(line)
    assert node_output(actions_core, cases, tmp_path) == "".join(e + "\n" for e in expected)
