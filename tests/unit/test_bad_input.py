"""Bad input: each gets one clear line, the other files are still checked, nothing changes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jargonlint.cli import main

WORDY = "Please utilize the side door.\n"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "good.md").write_text(WORDY, encoding="utf-8")
    return tmp_path


def lint_json(capsys, *paths: str) -> tuple[int, dict]:
    code = main(["--format", "json", *paths])
    return code, json.loads(capsys.readouterr().out)


def errors(data: dict) -> dict[str, str | None]:
    return {f["path"]: f["error"] for f in data["files"]}


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("latin1.md", "Caf\xe9 open late\n".encode("latin-1"), "not valid UTF-8"),
        ("image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    ],
    ids=["not-utf8", "binary"],
)
def test_unreadable_file_is_reported_and_others_still_checked(
    folder, capsys, name, content, expected
):
    (folder / name).write_bytes(content)
    before = snapshot(folder)
    code, data = lint_json(capsys, name, "good.md")
    assert code == 2
    assert expected in errors(data)[name]
    assert "\n" not in errors(data)[name]
    good = next(f for f in data["files"] if f["path"] == "good.md")
    assert good["error"] is None and good["findings"]
    assert snapshot(folder) == before


def test_missing_path(folder, capsys):
    code, data = lint_json(capsys, "nope.md", "good.md")
    assert code == 2 and "no such file" in errors(data)["nope.md"]


def test_directory_without_supported_files_warns_and_exits_0(folder, capsys):
    (folder / "assets").mkdir()
    (folder / "assets" / "logo.png").write_bytes(b"\x89PNG")
    code = main(["--format", "json", "assets"])
    captured = capsys.readouterr()
    assert code == 0 and json.loads(captured.out)["files"] == []
    assert "warning: assets: no Markdown, HTML or text files" in captured.err


def test_empty_file_is_clean(folder, capsys):
    (folder / "empty.md").write_text("", encoding="utf-8")
    code, data = lint_json(capsys, "empty.md")
    assert code == 0 and errors(data) == {"empty.md": None}


def test_fifty_megabyte_file_is_refused_without_reading_it_all(folder, capsys):
    big = folder / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    code, data = lint_json(capsys, "big.txt", "good.md")
    assert code == 2
    message = errors(data)["big.txt"]
    assert "MB" in message or "large" in message
    assert errors(data)["good.md"] is None


def test_text_reporter_prints_one_line_per_unreadable_file(folder, capsys):
    (folder / "latin1.md").write_bytes("Caf\xe9\n".encode("latin-1"))
    code = main(["latin1.md"])
    out = capsys.readouterr().out
    assert code == 2
    assert [line for line in out.splitlines() if line.startswith("latin1.md")] == [
        next(line for line in out.splitlines() if "not valid UTF-8" in line)
    ]
