"""The GitHub Action's own steps, run the way the runner runs them (GitHub is not reachable).

action.yml is parsed, each `${{ }}` in a step's `env:` is evaluated from a context like the
runner's, and the step's script runs as `bash --noprofile --norc -eo pipefail` in a temporary
repository cloned from a local "origin", with GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_PATH
and the event variables set to temp files and values.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from .gitrepo import NEW, OLD, git, write

PROJECT = Path(__file__).resolve().parents[2]
ACTION = yaml.safe_load((PROJECT / "action.yml").read_text(encoding="utf-8"))
SCHEMA = json.loads((PROJECT / "tests/data/sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")

pytestmark = pytest.mark.skipif(
    shutil.which("git") is None or shutil.which("bash") is None, reason="needs git and bash"
)


def step(name: str) -> dict:
    """Return the action's step with this name."""
    return next(s for s in ACTION["runs"]["steps"] if s.get("name") == name)


class Runner:
    """Runs composite steps as GitHub's runner would, with temp files for its file commands."""

    def __init__(self, tmp_path: Path, workspace: Path, event: str, inputs: dict[str, str]):
        self.workspace = workspace
        self.temp = tmp_path / "runner-temp"
        self.temp.mkdir(exist_ok=True)
        self.files = {
            name: tmp_path / name.lower() for name in ("GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY")
        }
        self.files["GITHUB_PATH"] = tmp_path / "github_path"
        for path in self.files.values():
            path.write_text("", encoding="utf-8")
        defaults = {k: str(v.get("default", "")) for k, v in ACTION["inputs"].items()}
        unknown = set(inputs) - set(defaults)
        assert not unknown, f"not inputs of the action: {unknown}"
        self.context = {
            "inputs": defaults | inputs,
            "github": {
                "action_path": str(PROJECT),
                "action_ref": "v1",
                "event_name": event,
                "event": {"before": ""},
            },
            "runner": {"temp": str(self.temp), "os": "Linux"},
            "steps": {"python": {"outputs": {"python-path": sys.executable}}},
        }
        self.event = event

    def evaluate(self, text: str) -> str:
        """Return ``text`` with each `${{ a.b.c }}` replaced from the context ('' if unset)."""

        def lookup(match: re.Match) -> str:
            value: object = self.context
            for part in match[1].split("."):
                value = value.get(part, "") if isinstance(value, dict) else ""
            return str(value)

        return EXPRESSION.sub(lookup, text)

    def run(self, name: str, extra_env: dict[str, str] | None = None, path_first: str = ""):
        """Run the named step; return the completed process."""
        spec = step(name)
        assert spec["shell"] == "bash"
        script = self.temp / "step.sh"
        script.write_text(spec["run"], encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "INPUT_"))}
        env.update({key: str(path) for key, path in self.files.items()})
        env.update(
            GITHUB_ACTIONS="true",
            GITHUB_EVENT_NAME=self.event,
            GITHUB_WORKSPACE=str(self.workspace),
            RUNNER_TEMP=str(self.temp),
            NO_COLOR="1",
        )
        if self.event == "pull_request":
            env.update(GITHUB_BASE_REF="main", GITHUB_HEAD_REF="feature")
        env.update({k: self.evaluate(str(v)) for k, v in spec.get("env", {}).items()})
        env.update(extra_env or {})
        # jargonlint on PATH as the install step leaves it (this venv's console script).
        bin_dir = path_first or str(Path(sys.executable).parent)
        env["PATH"] = bin_dir + os.pathsep + env.get("PATH", "")
        return subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
            cwd=self.workspace,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )

    def outputs(self) -> dict[str, str]:
        """Return what the step wrote to GITHUB_OUTPUT."""
        text = self.files["GITHUB_OUTPUT"].read_text(encoding="utf-8")
        return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)

    def summary(self) -> str:
        return self.files["GITHUB_STEP_SUMMARY"].read_text(encoding="utf-8")


def annotations(stdout: str, code: str = "JL101") -> list[tuple[str, str, str]]:
    """Return (level, file, line) of each workflow command of rule ``code`` in the output.

    Tests follow one rule ("utilize") so that other rules' growth changes nothing here.
    """
    found = []
    for line in stdout.splitlines():
        match = re.match(r"::(error|warning|notice) ([^:]*)::", line)
        if match:
            props = dict(pair.split("=", 1) for pair in match[2].split(","))
            if props.get("title", "").split("%20")[0].split(" ")[0] == code:
                found.append((match[1], props.get("file", ""), props.get("line", "")))
    return found


@pytest.fixture
def workspace(tmp_path) -> Path:
    """Return a clone of a local origin: main has old copy, HEAD is a feature branch on top."""
    origin = tmp_path / "origin.git"
    seed = tmp_path / "seed"
    seed.mkdir()
    git(seed, "init", "-q")
    write(seed, "docs/old.md", f"# Old page\n\n{OLD}")
    write(seed, "docs/page.md", f"# Visit us\n\n{OLD}\nWe open at nine.\n")
    write(seed, "docs/moved.md", f"# Moved\n\n{OLD}")
    git(seed, "add", "-A")
    git(seed, "commit", "-qm", "base")
    git(tmp_path, "clone", "-q", "--bare", str(seed), str(origin))
    work = tmp_path / "work"
    git(tmp_path, "clone", "-q", str(origin), str(work))
    git(work, "checkout", "-q", "-b", "feature")
    write(work, "docs/page.md", f"# Visit us\n\n{OLD}\nWe open at nine.\n\n{NEW}")
    write(work, "docs/new page.md", f"# New\n\n{NEW}")
    write(work, "notes.py", "# utilize\n")
    git(work, "mv", "docs/moved.md", "docs/renamed.md")
    git(work, "add", "-A")
    git(work, "commit", "-qm", "feature")
    # As after actions/checkout of a pull request: the base branch is not fetched yet.
    git(work, "update-ref", "-d", "refs/remotes/origin/main")
    return work


def test_no_expression_is_inside_a_script_and_inputs_are_complete():
    for spec in ACTION["runs"]["steps"]:
        assert "${{" not in spec.get("run", ""), f"script injection risk in {spec['name']}"
    assert ACTION["runs"]["using"] == "composite"
    expected = {"paths", "config", "audience", "fail-level", "only-changed-lines"}
    assert expected | {"sarif-file", "python-version"} <= set(ACTION["inputs"])
    uses = [s["uses"] for s in ACTION["runs"]["steps"] if "uses" in s]
    assert any(u.startswith("actions/setup-python@") for u in uses)


def test_install_step_installs_from_the_action_path_into_its_own_venv(tmp_path, workspace):
    stubs = tmp_path / "stubs"
    stubs.mkdir()
    log = tmp_path / "calls.log"
    # A stand-in python: `-m venv DIR` makes DIR/bin/python, which logs what pip is asked.
    stub = stubs / "python"
    stub.write_text(
        "#!/usr/bin/env bash\n"
        f'echo "$0 $*" >> "{log}"\n'
        'if [ "$1 $2" = "-m venv" ]; then mkdir -p "$3/bin"; cp "$0" "$3/bin/python"; fi\n',
        encoding="utf-8",
    )
    stub.chmod(0o755)
    runner = Runner(tmp_path, workspace, "pull_request", {})
    runner.context["steps"]["python"]["outputs"]["python-path"] = str(stub)
    proc = runner.run("Install jargonlint")
    assert proc.returncode == 0, proc.stderr
    venv = runner.temp / "jargonlint-venv"
    calls = log.read_text(encoding="utf-8").splitlines()
    assert calls[0] == f"{stub} -m venv {venv}"
    assert calls[1].startswith(f"{venv}/bin/python -m pip install")
    assert calls[1].endswith(str(PROJECT))
    assert runner.files["GITHUB_PATH"].read_text(encoding="utf-8") == f"{venv}/bin\n"


def test_pull_request_annotates_only_new_lines_of_changed_files(tmp_path, workspace):
    runner = Runner(tmp_path, workspace, "pull_request", {})
    proc = runner.run("Run jargonlint")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert sorted(annotations(proc.stdout)) == [
        ("warning", "docs/new page.md", "3"),
        ("warning", "docs/page.md", "7"),
    ]
    assert "--diff origin/main" in proc.stdout  # judged on the merge base with main
    assert "notes.py" not in proc.stdout and "old.md" not in proc.stdout
    assert runner.outputs() == {"exit-code": "1", "sarif-file": ""}
    summary = runner.summary()
    assert summary.startswith("## jargonlint") and "docs/new page.md:3:" in summary


def test_pull_request_writes_sarif_with_every_finding_of_the_changed_files(tmp_path, workspace):
    runner = Runner(tmp_path, workspace, "pull_request", {"sarif-file": "reports/copy.sarif"})
    proc = runner.run("Run jargonlint")
    assert proc.returncode == 1, proc.stderr
    sarif_path = workspace / "reports/copy.sarif"
    assert runner.outputs()["sarif-file"] == "reports/copy.sarif"
    document = json.loads(sarif_path.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(SCHEMA).validate(document)
    places = {
        (r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["ruleId"])
        for r in document["runs"][0]["results"]
    }
    # the old finding of a changed file is in SARIF: code scanning decides what is new
    assert ("docs/page.md", "JL101") in places and ("docs/new%20page.md", "JL101") in places


def test_pull_request_without_copy_changes_passes(tmp_path, workspace):
    git(workspace, "fetch", "-q", "origin", "main:refs/remotes/origin/main")
    git(workspace, "checkout", "-q", "-b", "code-only", "origin/main")
    write(workspace, "app.py", "print('utilize')\n")
    git(workspace, "add", "-A")
    git(workspace, "commit", "-qm", "code")
    runner = Runner(tmp_path, workspace, "pull_request", {})
    proc = runner.run("Run jargonlint")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "changes no Markdown, HTML or text files" in proc.stdout
    assert runner.outputs()["exit-code"] == "0"
    assert "No Markdown, HTML or text files changed." in runner.summary()


def test_push_lints_every_file_and_inputs_reach_the_command(tmp_path, workspace):
    inputs = {"fail-level": "error", "audience": "business"}
    runner = Runner(tmp_path, workspace, "push", inputs)
    proc = runner.run("Run jargonlint")
    has_errors = any(line.startswith("::error ") for line in proc.stdout.splitlines())
    assert proc.returncode == (1 if has_errors else 0), proc.stdout + proc.stderr
    files = {a[1] for a in annotations(proc.stdout)}
    assert {"docs/old.md", "docs/page.md", "docs/renamed.md", "docs/new page.md"} <= files
    assert "--fail-level error" in proc.stdout and "--audience business" in proc.stdout
    assert "--diff" not in proc.stdout


def test_push_with_only_changed_lines_compares_with_the_commit_before(tmp_path, workspace):
    before = git(workspace, "rev-parse", "HEAD~1").strip()
    runner = Runner(tmp_path, workspace, "push", {"only-changed-lines": "true"})
    runner.context["github"]["event"]["before"] = before
    proc = runner.run("Run jargonlint")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    found = sorted(a[1:] for a in annotations(proc.stdout))
    assert found == [("docs/new page.md", "3"), ("docs/page.md", "7")]


def test_paths_input_one_per_line_and_a_bad_flag(tmp_path, workspace):
    runner = Runner(tmp_path, workspace, "push", {"paths": "docs/new page.md\n docs/old.md \n"})
    proc = runner.run("Run jargonlint")
    assert {a[1] for a in annotations(proc.stdout)} == {"docs/new page.md", "docs/old.md"}
    runner = Runner(tmp_path, workspace, "push", {"only-changed-lines": "maybe"})
    proc = runner.run("Run jargonlint")
    assert proc.returncode == 2 and "must be true or false" in proc.stdout


def test_example_workflow_uses_only_inputs_the_action_has():
    workflow = yaml.safe_load((PROJECT / "examples/github-workflow.yml").read_text("utf-8"))
    steps = workflow["jobs"]["jargonlint"]["steps"]
    (ours,) = [s for s in steps if s.get("uses", "").startswith("jargonlint/jargonlint@")]
    assert set(ours.get("with", {})) <= set(ACTION["inputs"])
    checkout = next(s for s in steps if s["uses"].startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0
