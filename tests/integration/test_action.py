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
            "runner": {"temp": str(self.temp), "os": "Linux", "arch": "X64"},
            "steps": {
                "python": {"outputs": {"python-path": sys.executable, "python-version": "3"}},
                # jargonlint as the install step leaves it: this test run's own virtualenv.
                "install": {"outputs": {"bin": str(Path(sys.executable).parent)}},
            },
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
        # A `jargonlint` on PATH that fails: the action must call its own virtualenv's by path.
        decoy = self.temp / "decoy-bin"
        decoy.mkdir(exist_ok=True)
        (decoy / "jargonlint").write_text("#!/bin/sh\necho decoy jargonlint >&2\nexit 99\n")
        (decoy / "jargonlint").chmod(0o755)
        env["PATH"] = os.pathsep.join(p for p in (path_first, str(decoy), env.get("PATH", "")) if p)
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


def python_stub(folder: Path, log: Path) -> Path:
    """Return a stand-in python: `-m venv DIR` makes DIR/bin/python; every call is logged."""
    folder.mkdir(exist_ok=True)
    stub = folder / "python"
    stub.write_text(
        "#!/usr/bin/env bash\n"
        f'echo "$0 $*" >> "{log}"\n'
        'if [ "$1 $2" = "-m venv" ]; then mkdir -p "$3/bin"; cp "$0" "$3/bin/python"; fi\n',
        encoding="utf-8",
    )
    stub.chmod(0o755)
    return stub


def job_path(runner: Runner, before: str) -> str:
    """Return the PATH a later step of the job sees: GITHUB_PATH entries go in front."""
    added = runner.files["GITHUB_PATH"].read_text(encoding="utf-8").splitlines()
    return os.pathsep.join([*reversed([p for p in added if p]), before])


def test_install_step_installs_into_its_own_venv_and_leaves_the_job_alone(tmp_path, workspace):
    log = tmp_path / "calls.log"
    stub = python_stub(tmp_path / "stubs", log)
    runner = Runner(tmp_path, workspace, "pull_request", {"python-version": "3.11"})
    runner.context["steps"]["python"]["outputs"]["python-path"] = str(stub)
    runner.context["steps"]["identify"] = {"outputs": {"source": "abc123"}}
    env_file = tmp_path / "github_env"
    env_file.write_text("", encoding="utf-8")
    before = subprocess.run(
        ["bash", "-c", "command -v python3; command -v pip || true"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    proc = runner.run("Install jargonlint", extra_env={"GITHUB_ENV": str(env_file)})
    assert proc.returncode == 0, proc.stderr
    venv = runner.temp / "jargonlint-venv"
    calls = log.read_text(encoding="utf-8").splitlines()
    assert calls[0] == f"{stub} -m venv {venv}"
    assert calls[-1].startswith(f"{venv}/bin/python -m pip install")
    assert calls[-1].endswith(str(PROJECT))
    assert runner.outputs() == {"bin": f"{venv}/bin"}
    # Nothing leaks into the job: no PATH entry, no environment variable, same python after.
    assert env_file.read_text(encoding="utf-8") == ""
    path = job_path(runner, os.environ.get("PATH", ""))
    after = subprocess.run(
        ["bash", "-c", "command -v python3; command -v pip || true"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PATH": path},
    ).stdout
    assert after == before
    assert (venv / "bin").as_posix() not in path


def test_install_step_reuses_a_cached_venv_and_updates_other_source(tmp_path, workspace):
    log = tmp_path / "calls.log"
    stub = python_stub(tmp_path / "stubs", log)
    venv = tmp_path / "runner-temp" / "jargonlint-venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").write_text(
        f'#!/usr/bin/env bash\necho "venv $*" >> "{log}"\n', encoding="utf-8"
    )
    (venv / "bin" / "python").chmod(0o755)
    (venv / "jargonlint-source").write_text("same", encoding="utf-8")

    def install(source: str) -> list[str]:
        log.write_text("", encoding="utf-8")
        runner = Runner(tmp_path, workspace, "push", {})
        runner.context["steps"]["python"]["outputs"]["python-path"] = str(stub)
        runner.context["steps"]["identify"] = {"outputs": {"source": source}}
        proc = runner.run("Install jargonlint")
        assert proc.returncode == 0, proc.stderr
        return log.read_text(encoding="utf-8").splitlines()

    # A restored virtualenv of this very source: no venv is made and nothing is installed.
    assert install("same") == ["venv -c import jargonlint"]
    # Restored from another commit of the same version: only jargonlint is reinstalled.
    calls = install("newer")
    assert calls[0] == "venv -c import jargonlint" and len(calls) == 2
    assert calls[1].startswith("venv -m pip install") and calls[1].endswith(str(PROJECT))
    assert (venv / "jargonlint-source").read_text(encoding="utf-8") == "newer"


def test_identify_step_names_the_cache_by_jargonlint_and_python_version(tmp_path, workspace):
    runner = Runner(tmp_path, workspace, "push", {})
    proc = runner.run("Identify jargonlint")
    assert proc.returncode == 0, proc.stderr
    outputs = runner.outputs()
    version = re.search(
        r'^version = "(.+)"', (PROJECT / "pyproject.toml").read_text("utf-8"), re.M
    )[1]
    assert outputs["version"] == version
    assert re.fullmatch(r"[0-9a-f]{16}", outputs["source"])
    cache = next(
        s for s in ACTION["runs"]["steps"] if s.get("uses", "").startswith("actions/cache")
    )
    key = cache["with"]["key"]
    for part in ("steps.identify.outputs.version", "steps.python.outputs.python-version"):
        assert part in key and part in cache["with"]["restore-keys"]
    assert cache["with"]["path"] == "${{ runner.temp }}/jargonlint-venv"


PINNED = re.compile(r"^\s*-?\s*uses:\s*([\w.-]+/[\w./-]+)@([0-9a-f]{40}) # v\d+(\.\d+)*$")


@pytest.mark.parametrize("name", ["action.yml", "examples/github-workflow.yml"])
def test_third_party_actions_are_pinned_by_commit_with_the_tag_in_a_comment(name):
    lines = [
        line
        for line in (PROJECT / name).read_text(encoding="utf-8").splitlines()
        if re.match(r"^\s*-?\s*uses:", line) and "jargonlint/jargonlint@" not in line
    ]
    assert lines
    for line in lines:
        assert PINNED.match(line), line


def test_pull_request_annotates_only_new_lines_of_changed_files(tmp_path, workspace):
    runner = Runner(tmp_path, workspace, "pull_request", {})
    proc = runner.run("Run jargonlint")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert sorted(annotations(proc.stdout)) == [
        ("warning", "docs/new page.md", "3"),
        ("warning", "docs/page.md", "7"),
    ]
    assert "--changed-since origin/main" in proc.stdout  # judged on the merge base
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
    assert "--changed-since" not in proc.stdout


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


def example_workflow() -> dict:
    return yaml.safe_load((PROJECT / "examples/github-workflow.yml").read_text("utf-8"))


def example_inputs() -> dict[str, str]:
    """Return the `with:` of the example workflow's jargonlint step, as strings."""
    steps = example_workflow()["jobs"]["jargonlint"]["steps"]
    (ours,) = [s for s in steps if s.get("uses", "").startswith("jargonlint/jargonlint@")]
    return {k: str(v).lower() if isinstance(v, bool) else str(v) for k, v in ours["with"].items()}


def test_example_workflow_uses_only_inputs_the_action_has_and_the_permissions_it_needs():
    workflow = example_workflow()
    assert set(example_inputs()) <= set(ACTION["inputs"])
    permissions = workflow["jobs"]["jargonlint"]["permissions"]
    # upload-sarif on a private repository reads the run (actions) and writes alerts.
    assert permissions == {"contents": "read", "actions": "read", "security-events": "write"}
    steps = workflow["jobs"]["jargonlint"]["steps"]
    checkout = next(s for s in steps if s["uses"].startswith("actions/checkout@"))
    # The default shallow clone: the action fetches what it needs to find the merge base.
    assert "fetch-depth" not in checkout.get("with", {})


def commit_on_top(workspace: Path, name: str, text: str) -> str:
    """Commit ``text`` as ``name`` on HEAD; return the commit it replaced (the push's before)."""
    before = git(workspace, "rev-parse", "HEAD").strip()
    write(workspace, name, text)
    git(workspace, "add", "-A")
    git(workspace, "commit", "-qm", f"edit {name}")
    return before


def test_example_workflow_passes_a_push_with_old_findings_and_fails_a_new_one(tmp_path, workspace):
    inputs = {k: v for k, v in example_inputs().items() if k != "sarif-file"}
    # A push that adds a clean paragraph to a page with an old finding passes.
    before = commit_on_top(workspace, "docs/old.md", f"# Old page\n\n{OLD}\nWe open at nine.\n")
    runner = Runner(tmp_path, workspace, "push", inputs)
    runner.context["github"]["event"]["before"] = before
    proc = runner.run("Run jargonlint")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert annotations(proc.stdout) == []
    # A push that adds a new finding fails on it, and only on it.
    before = commit_on_top(
        workspace, "docs/old.md", f"# Old page\n\n{OLD}\nWe open at nine.\n{NEW}"
    )
    runner = Runner(tmp_path, workspace, "push", inputs)
    runner.context["github"]["event"]["before"] = before
    proc = runner.run("Run jargonlint")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert annotations(proc.stdout) == [("warning", "docs/old.md", "6")]


def test_baseline_reach_and_args_inputs_reach_the_command(tmp_path, workspace):
    baseline = workspace / ".jargonlint-baseline.json"
    subprocess.run(
        [str(Path(sys.executable).parent / "jargonlint"), "--baseline", str(baseline),
         "--write-baseline", "--exit-zero", "docs/old.md"],
        cwd=workspace, capture_output=True, check=True,
        env={**os.environ, "NO_COLOR": "1"},
    )  # fmt: skip
    inputs = {
        "paths": "docs/old.md docs/page.md",
        "baseline": ".jargonlint-baseline.json",
        "reach": "local",
        "args": "--ignore JL102\n--select ALL\n",
    }
    runner = Runner(tmp_path, workspace, "push", inputs)
    proc = runner.run("Run jargonlint")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    # old.md's findings are in the baseline; page.md's are not.
    assert {a[1] for a in annotations(proc.stdout)} == {"docs/page.md"}
    command = next(line for line in proc.stdout.splitlines() if line.startswith("jargonlint: "))
    assert "--baseline .jargonlint-baseline.json" in command and "--reach local" in command
    assert command.split(" -- ")[0].endswith("--ignore JL102 --select ALL")
    assert "decoy" not in proc.stderr


def shallow_workspace(tmp_path: Path, history: int = 40) -> tuple[Path, Path]:
    """Return (origin, clone): a feature branch 2 commits off a main of ``history`` commits,
    cloned with depth 1 as actions/checkout does by default."""
    seed = tmp_path / "seed"
    seed.mkdir()
    git(seed, "init", "-q")
    write(seed, "docs/page.md", f"# Visit us\n\n{OLD}\nWe open at nine.\n")
    for number in range(history):
        write(seed, f"notes/{number}.txt", f"Note {number}.\n")
        git(seed, "add", "-A")
        git(seed, "commit", "-qm", f"main {number}")
    git(seed, "checkout", "-q", "-b", "feature")
    write(seed, "docs/page.md", f"# Visit us\n\n{OLD}\nWe open at nine.\n\n{NEW}")
    git(seed, "commit", "-qam", "feature 1")
    write(seed, "docs/new.md", f"# New\n\n{NEW}")
    git(seed, "add", "-A")
    git(seed, "commit", "-qm", "feature 2")
    git(seed, "checkout", "-q", "main")
    write(seed, "notes/after.txt", "Later.\n")
    git(seed, "add", "-A")
    git(seed, "commit", "-qm", "main after")
    origin = tmp_path / "origin.git"
    git(tmp_path, "clone", "-q", "--bare", str(seed), str(origin))
    git(origin, "config", "uploadpack.allowReachableSHA1InWant", "true")  # as GitHub allows
    work = tmp_path / "work"
    url = origin.as_uri()
    git(tmp_path, "clone", "-q", "--depth=1", "--no-tags", "--branch", "feature", url, str(work))
    return origin, work


def test_pull_request_in_a_shallow_clone_fetches_only_what_the_merge_base_needs(tmp_path):
    _, work = shallow_workspace(tmp_path)
    runner = Runner(tmp_path, work, "pull_request", {})
    proc = runner.run("Run jargonlint")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert sorted(annotations(proc.stdout)) == [
        ("warning", "docs/new.md", "3"),
        ("warning", "docs/page.md", "7"),
    ]
    assert "whole history" not in proc.stdout
    assert git(work, "rev-parse", "--is-shallow-repository").strip() == "true"
    # main has 41 commits; finding the merge base needed a few of them, not all.
    assert int(git(work, "rev-list", "--count", "origin/main")) < 20


def test_push_in_a_shallow_clone_fetches_the_commit_it_compares_with(tmp_path):
    origin, work = shallow_workspace(tmp_path)
    before = git(origin, "rev-parse", "feature~1").strip()
    runner = Runner(tmp_path, work, "push", {"only-changed-lines": "true"})
    runner.context["github"]["event"]["before"] = before
    proc = runner.run("Run jargonlint")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert annotations(proc.stdout) == [("warning", "docs/new.md", "3")]
    assert git(work, "rev-parse", "--is-shallow-repository").strip() == "true"
