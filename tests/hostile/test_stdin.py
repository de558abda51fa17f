"""Issue 12 §1: standard input fails closed, exactly as the same bytes in a file would."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from jargonlint.document.reader import MAX_BYTES

from .conftest import errors, lint_json, run_cli


def feed(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"Please utilize \xff it.\n", "not valid UTF-8: byte 0xff at byte offset 15"),
        (b"Please utilize \0 it.\n", "binary file"),
        (b"x" * 9000 + b"\0 utilize\n", "binary file"),
    ],
    ids=["invalid-utf8", "nul", "nul-after-the-first-8k"],
)
def test_bad_bytes_on_stdin_are_an_error_like_in_a_file(
    folder, capsys, monkeypatch, data, expected
):
    (folder / "same.txt").write_bytes(data)
    file_code, file_data = lint_json(capsys, "same.txt")
    feed(monkeypatch, data)
    code, report = lint_json(capsys, "-")
    assert code == file_code == 2
    assert errors(report) == {"<stdin>": errors(file_data)["same.txt"]}
    assert expected in errors(report)["<stdin>"]


def test_stdin_error_uses_the_stdin_filename(folder, capsys, monkeypatch):
    feed(monkeypatch, b"Caf\xe9\n")
    code, report = lint_json(capsys, "--stdin-filename", "page.md", "-")
    assert code == 2 and "not valid UTF-8" in errors(report)["page.md"]


def test_closed_stdin_is_an_error(folder, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", None)  # what Python gives when fd 0 is closed
    code, report = lint_json(capsys, "-")
    assert code == 2 and "closed" in errors(report)["<stdin>"]


def test_more_than_ten_megabytes_on_stdin_is_refused(folder, capsys, monkeypatch):
    feed(monkeypatch, b"Please utilize it.\n" * (MAX_BYTES // 19 + 10))
    code, report = lint_json(capsys, "-")
    assert code == 2 and "too large" in errors(report)["<stdin>"]


def test_closed_stdin_in_a_real_process(folder):
    proc = subprocess.run(
        ["bash", "-c", f"exec {sys.executable} -m jargonlint - <&-"],
        cwd=folder,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 2, proc.stderr
    assert b"<stdin>: error: cannot read standard input" in proc.stdout


def test_endless_stdin_stops_at_the_limit(folder):
    endless = subprocess.Popen(["yes", "Please utilize it."], stdout=subprocess.PIPE)
    try:
        proc = run_cli("-", cwd=folder, stdin=endless.stdout)
    finally:
        endless.kill()
        endless.wait()
    assert proc.returncode == 2
    assert b"too large" in proc.stdout
