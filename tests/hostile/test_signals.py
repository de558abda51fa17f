"""Issue 12 §6: Ctrl-C exits 130 with one line, SIGTERM ends cleanly (143), no temp files."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from jargonlint import atomicfile

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

PARAGRAPH = "Please utilize the door in order to enter. Salons leverage our vans.\n\n"


def stop_midway(folder, signum: int, *args: str) -> tuple[int, list[str]]:
    """Start jargonlint on a long file, signal it once it has started linting, return the end."""
    (folder / "long.md").write_text(PARAGRAPH * 4000, encoding="utf-8")
    env = dict(os.environ, JARGONLINT_CACHE_DIR=str(folder / ".cache"), PYTHONUNBUFFERED="1")
    marker = folder / "started"
    code = (
        "import sys, pathlib, jargonlint.engine as e\n"
        "real = e.Linter.lint\n"
        "def lint(self, docs):\n"
        f"    pathlib.Path({str(marker)!r}).touch()\n"
        "    return real(self, docs)\n"
        "e.Linter.lint = lint\n"
        "from jargonlint.cli import run\n"
        "sys.argv = ['jargonlint', *sys.argv[1:]]\n"
        "run()\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args, "long.md"],
        cwd=folder,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=120)
    return proc.returncode, [line for line in err.decode().splitlines() if line.strip()]


def test_ctrl_c_exits_130_with_one_line(folder):
    code, lines = stop_midway(folder, signal.SIGINT)
    assert (code, lines) == (130, ["jargonlint: interrupted"])


def test_sigterm_ends_cleanly_with_143_and_no_temporary_files(folder):
    code, lines = stop_midway(folder, signal.SIGTERM, "--fix")
    assert (code, lines) == (143, ["jargonlint: terminated"])
    assert not [p for p in folder.iterdir() if atomicfile.TEMP_MARK in p.name]
    assert (folder / "long.md").read_text(encoding="utf-8") == PARAGRAPH * 4000
