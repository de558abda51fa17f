"""Helpers for tests that build real temporary git repositories."""

from __future__ import annotations

import subprocess
from pathlib import Path

OLD = "Please utilize the side door.\n"
NEW = "We must utilize every chair.\n"


def git(repo: Path, *args: str) -> str:
    """Run git in ``repo`` with a fixed identity and return its stdout."""
    command = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com"]
    command += ["-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args]
    return subprocess.run(command, cwd=repo, check=True, capture_output=True, text=True).stdout


def write(repo: Path, name: str, text: str) -> None:
    """Write ``text`` to ``name`` inside ``repo``, creating folders as needed."""
    path = repo / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
