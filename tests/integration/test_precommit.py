"""The pre-commit hook, run by real pre-commit on a real `git commit`.

pre-commit clones the hook repository at a commit and pip-installs it into its own virtualenv
(spaCy and the model come from the package index), so a pass proves that the installed wheel
finds its rule packs and its model. The hook repository is a snapshot of this checkout's work
tree (committed in a temporary repository), so the test judges the code as it is, committed
or not; its commit dates are fixed, so an unchanged tree reuses the cached environment.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
INSTALL_TIMEOUT = 1800
"""Seconds for the first run: building the hook's virtualenv downloads spaCy and the model."""
FIXED_DATE = "2024-01-01T00:00:00+0000"
IGNORED_PARTS = {
    ".git", ".venv", "venv", "node_modules", "__pycache__", "build", "dist",
    ".pytest_cache", ".hypothesis", ".ruff_cache",
}  # fmt: skip

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
]

TECH_FIRST = """# Welcome

Our AI-powered platform leverages machine learning to optimize workflows.

Please utilize the portal in order to submit your invoices.
"""
CUSTOMER_FIRST = """# Your car, ready when we say

We call you when your car is ready. Most repairs take one day.
"""


def git(
    repo: Path, *args: str, check: bool = True, env: dict | None = None, timeout: float = 120
) -> subprocess.CompletedProcess:
    """Run git in ``repo`` with a fixed identity and dates; return the completed process."""
    env = dict(env or os.environ, GIT_AUTHOR_DATE=FIXED_DATE, GIT_COMMITTER_DATE=FIXED_DATE)
    for key in ("GIT_DIR", "GIT_INDEX_FILE", "GIT_WORK_TREE"):  # when run from a git hook
        env.pop(key, None)
    command = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com"]
    command += ["-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args]
    return subprocess.run(
        command, cwd=repo, check=check, capture_output=True, text=True, env=env, timeout=timeout
    )


def project_files() -> list[str]:
    """Return the checkout's files as git would commit them (ignored files left out)."""
    if (PROJECT / ".git").exists():
        listing = git(PROJECT, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
        names = [n for n in listing.stdout.split("\0") if n]
    else:
        names = [p.relative_to(PROJECT).as_posix() for p in PROJECT.rglob("*") if p.is_file()]
    return [
        n
        for n in names
        if not IGNORED_PARTS & set(Path(n).parts)
        and not n.endswith(".egg-info")
        and (PROJECT / n).is_file()
    ]


def snapshot(target: Path) -> str:
    """Commit the checkout's work tree into ``target`` and return the commit id."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for name in project_files():
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(PROJECT / name, destination)
    git(target, "init", "-q")
    git(target, "add", "-A")
    git(target, "commit", "-q", "-m", "snapshot")
    return git(target, "rev-parse", "HEAD").stdout.strip()


@pytest.fixture(scope="module")
def hook_repo(request) -> tuple[Path, str, Path]:
    """Return (snapshot repository, its commit, PRE_COMMIT_HOME), cached across sessions."""
    cache = Path(request.config.cache.mkdir("jargonlint-pre-commit"))
    rev = snapshot(cache / "hook-repo")
    return cache / "hook-repo", rev, cache / "home"


def test_hook_fails_on_tech_first_copy_and_passes_on_customer_first_copy(tmp_path, hook_repo):
    repo_path, rev, home = hook_repo
    site = tmp_path / "site"
    site.mkdir()
    git(site, "init", "-q")
    (site / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {repo_path.as_posix()}\n    rev: {rev}\n"
        "    hooks:\n      - id: jargonlint\n",
        encoding="utf-8",
    )
    env = dict(os.environ, PRE_COMMIT_HOME=str(home), NO_COLOR="1")
    env.pop("VIRTUAL_ENV", None)
    install = subprocess.run(
        [sys.executable, "-m", "pre_commit", "install"],
        cwd=site,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    # The hook's environment is built on first use: give it the full install time here.
    build = subprocess.run(
        [sys.executable, "-m", "pre_commit", "install-hooks"],
        cwd=site,
        capture_output=True,
        text=True,
        env=env,
        timeout=INSTALL_TIMEOUT,
        check=False,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]

    (site / "landing.md").write_text(TECH_FIRST, encoding="utf-8")
    git(site, "add", ".pre-commit-config.yaml", "landing.md")
    failed = git(site, "commit", "-m", "tech-first copy", check=False, env=env, timeout=600)
    output = failed.stdout + failed.stderr
    assert failed.returncode != 0, output
    assert "jargonlint" in output and "Failed" in output
    assert "landing.md:5:8: JL101" in output  # "utilize", with its place and the suggestion
    assert "try: use" in output
    assert git(site, "rev-list", "--all", check=False).stdout == ""  # nothing was committed

    (site / "landing.md").unlink()
    git(site, "rm", "-q", "--cached", "landing.md")
    (site / "repairs.md").write_text(CUSTOMER_FIRST, encoding="utf-8")
    git(site, "add", ".pre-commit-config.yaml", "repairs.md")
    passed = git(site, "commit", "-m", "customer-first copy", check=False, env=env, timeout=600)
    output = passed.stdout + passed.stderr
    assert passed.returncode == 0, output
    assert "jargonlint" in output and "Passed" in output


def test_manifest_is_valid_for_pre_commit():
    from pre_commit.clientlib import load_manifest

    (hook,) = load_manifest(str(PROJECT / ".pre-commit-hooks.yaml"))
    assert hook["id"] == "jargonlint" and hook["language"] == "python"
    assert set(hook["types_or"]) == {"markdown", "html", "plain-text"}
    assert hook["require_serial"] is True
    assert hook["entry"].split()[0] == "jargonlint"
