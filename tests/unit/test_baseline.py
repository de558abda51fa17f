"""`--baseline FILE` / `--write-baseline`: accept today's findings, report only new ones."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from jargonlint import baseline as baseline_module
from jargonlint.baseline import (
    BASELINE_FORMAT,
    FORMAT_KEY,
    filter_baseline,
    read_baseline,
    write_baseline,
)
from jargonlint.cli import main
from jargonlint.errors import BaselineError
from jargonlint.findings import Finding
from jargonlint.fingerprint import fingerprint, normalize

from ..conftest import make_finding, run_of


def finding(path: str, line: int = 3, **changes) -> Finding:
    """Return a Finding at ``line`` of ``path`` with defaults changed by keyword."""
    return make_finding(path=path, line=line, **({"suggestions": ()} | changes))


@pytest.fixture
def page(tmp_path) -> str:
    path = tmp_path / "docs" / "page.md"
    path.parent.mkdir()
    path.write_text("copy\n", encoding="utf-8")
    return str(path)


def test_normalize_ignores_case_spacing_and_punctuation():
    assert normalize("  Please UTILIZE,\n the  side-door! ") == "please utilize the side door"
    assert normalize("ﬁne") == "fine"  # NFKC


def test_fingerprint_ignores_lines_and_wrapping_but_not_words(page):
    base = fingerprint(finding(page))
    assert fingerprint(finding(page, line=30, column=1)) == base
    assert fingerprint(finding(page, context="Please utilize\nthe side door")) == base
    assert fingerprint(finding(page, context="Please utilize the back door.")) != base
    assert fingerprint(finding(page, code="JL102")) != base
    assert fingerprint(finding(page, match="Utilise")) != base


def test_round_trip_filters_everything_recorded(tmp_path, page):
    target = tmp_path / "baseline.json"
    count = write_baseline(run_of(finding(page), finding(page, line=9, context="Other.")), target)
    assert count == 2
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data[FORMAT_KEY] == BASELINE_FORMAT
    assert list(data["files"]) == ["docs/page.md"]  # relative to the baseline's folder
    moved = run_of(finding(page, line=40), finding(page, line=2, context="Other."))
    assert filter_baseline(moved, target).findings == []


def test_counts_two_identical_findings_need_two_entries(tmp_path, page):
    target = tmp_path / "baseline.json"
    write_baseline(run_of(finding(page)), target)
    twice = run_of(finding(page), finding(page, column=30, end_column=37))
    (new,) = filter_baseline(twice, target).findings
    assert new.column == 30  # the first keeps its baseline entry, the second is new
    write_baseline(twice, target)
    (entry,) = json.loads(target.read_text(encoding="utf-8"))["files"]["docs/page.md"]
    assert entry["count"] == 2
    assert filter_baseline(twice, target).findings == []


def test_new_findings_and_other_files_are_reported(tmp_path, page):
    target = tmp_path / "baseline.json"
    write_baseline(run_of(finding(page)), target)
    other = str(tmp_path / "other.md")
    run = run_of(finding(page), finding(page, code="JL102", match="in order to"), finding(other))
    assert [(Path(f.path).name, f.code) for f in filter_baseline(run, target).findings] == [
        ("page.md", "JL102"),
        ("other.md", "JL101"),
    ]


def test_baseline_paths_do_not_depend_on_the_working_directory(tmp_path, page, monkeypatch):
    target = tmp_path / "baseline.json"
    monkeypatch.chdir(tmp_path)
    write_baseline(run_of(finding("docs/page.md")), target)
    monkeypatch.chdir(tmp_path / "docs")
    assert filter_baseline(run_of(finding("page.md")), Path("../baseline.json")).findings == []


def test_rewriting_keeps_files_not_linted_and_drops_deleted_ones(tmp_path, page):
    target = tmp_path / "baseline.json"
    gone = tmp_path / "gone.md"
    gone.write_text("x", encoding="utf-8")
    write_baseline(run_of(finding(page), finding(str(gone))), target)
    gone.unlink()
    other = str(tmp_path / "other.md")
    Path(other).write_text("x", encoding="utf-8")
    write_baseline(run_of(finding(other)), target)
    files = json.loads(target.read_text(encoding="utf-8"))["files"]
    assert sorted(files) == ["docs/page.md", "other.md"]
    write_baseline(run_of(paths=(page,)), target)  # page.md now clean: its entries go
    assert sorted(json.loads(target.read_text(encoding="utf-8"))["files"]) == ["other.md"]


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("{not json", "invalid JSON"),
        ("[]", "not a jargonlint baseline"),
        ('{"files": {}}', "not a jargonlint baseline"),
        (f'{{"{FORMAT_KEY}": 99, "files": {{}}}}', "stale baseline: format 99"),
        (f'{{"{FORMAT_KEY}": {BASELINE_FORMAT}, "files": []}}', "'files' must be an object"),
        (f'{{"{FORMAT_KEY}": {BASELINE_FORMAT}, "files": {{"a.md": [{{}}]}}}}', "bad entry"),
        (
            f'{{"{FORMAT_KEY}": {BASELINE_FORMAT}, "files": {{"a.md": '
            '[{"fingerprint": "x", "count": 0}]}}',
            "bad entry",
        ),
        ("\udcff", "cannot read"),
    ],
)
def test_invalid_or_stale_baselines_are_errors(tmp_path, content, says):
    target = tmp_path / "baseline.json"
    target.write_bytes(content.encode("utf-8", "surrogateescape"))
    with pytest.raises(BaselineError, match=says):
        read_baseline(target)


def test_missing_baseline_is_an_error(tmp_path):
    with pytest.raises(BaselineError, match="not found.*--write-baseline"):
        read_baseline(tmp_path / "nope.json")


def test_write_is_atomic_and_keeps_the_old_file_when_it_fails(tmp_path, page, monkeypatch):
    target = tmp_path / "baseline.json"
    write_baseline(run_of(finding(page)), target)
    os.chmod(target, 0o640)
    before = target.read_bytes()

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(baseline_module.os, "replace", broken_replace)
    with pytest.raises(BaselineError, match="cannot write the baseline"):
        write_baseline(run_of(finding(page), finding(page, line=8, context="New.")), target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["baseline.json", "docs"]  # no temp
    monkeypatch.undo()
    write_baseline(run_of(finding(page), finding(page, line=8, context="New.")), target)
    assert target.stat().st_mode & 0o777 == 0o640  # the user's permissions are kept


# --- through the command line ---------------------------------------------------------------

OLD = "# Visit us\n\nPlease utilize the side door.\n"


def test_cli_write_then_only_new_findings(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("page.md").write_text(OLD, encoding="utf-8")
    assert (
        main(["page.md", "--select", "JL101", "--baseline", "base.json", "--write-baseline"]) == 0
    )
    assert "recorded 1 findings" in capsys.readouterr().err
    # lines move and a neighbouring paragraph changes: still accepted
    Path("page.md").write_text(
        "# Visit us today\n\nWe open at nine.\n\nPlease utilize the side door.\n", encoding="utf-8"
    )
    assert main(["page.md", "--select", "JL101", "--baseline", "base.json"]) == 0
    capsys.readouterr()
    # a new finding is reported, the old one still is not
    Path("page.md").write_text(OLD + "\nWe must utilize every chair.\n", encoding="utf-8")
    assert (
        main(["page.md", "--select", "JL101", "--baseline", "base.json", "--format", "json"]) == 1
    )
    found = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    assert [(f["code"], f["line"]) for f in found] == [("JL101", 5)]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--baseline", "missing.json"], "baseline file not found"),
        (["--baseline", "bad.json"], "invalid JSON"),
        (["--write-baseline"], "--write-baseline needs --baseline"),
    ],
)
def test_cli_baseline_errors_exit_2_with_one_line(tmp_path, monkeypatch, capsys, args, says):
    monkeypatch.chdir(tmp_path)
    Path("page.md").write_text(OLD, encoding="utf-8")
    Path("bad.json").write_text("{", encoding="utf-8")
    assert main(["page.md", *args]) == 2
    err = capsys.readouterr().err.strip()
    assert says in err and "Traceback" not in err
