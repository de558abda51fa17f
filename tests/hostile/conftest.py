"""Shared helpers for the hostile-input regression tests (issue 12)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jargonlint.cli import main

WORDY = "Please utilize the side door.\n"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch) -> Path:
    """Return an empty working folder that is also the current directory."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def lint_json(capsys, *args: str) -> tuple[int, dict]:
    """Return the exit code and the JSON report of an in-process run."""
    code = main(["--format", "json", *args])
    return code, json.loads(capsys.readouterr().out)


def errors(data: dict) -> dict[str, str | None]:
    """Return each reported file's error (None when it was linted)."""
    return {f["path"]: f["error"] for f in data["files"]}


def run_cli(
    *args: str, cwd: Path, stdin=None, input_bytes: bytes | None = None, timeout: float = 120
) -> subprocess.CompletedProcess:
    """Run jargonlint in a child process (for standard input, signals and file descriptors)."""
    env = dict(os.environ)
    env.setdefault("JARGONLINT_CACHE_DIR", str(cwd / ".cache"))
    return subprocess.run(
        [sys.executable, "-m", "jargonlint", *args],
        cwd=cwd,
        stdin=stdin,
        input=input_bytes,
        capture_output=True,
        timeout=timeout,
        env=env,
        check=False,
    )
